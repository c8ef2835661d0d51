import fc from 'fast-check';
import { DEADLINE_KINDS, DISTRIBUTION_KEYS, FUNDERS, RECIPIENT_TYPES, type AgreementJson } from '../../src/core/agreements';
import { REGIONS } from '../../src/core/reference';

/**
 * Random valid agreements in the shape of the schema, in the canonical form the sheet keeps: an
 * optional list (lines, alsoStated, notes) is absent or has items, amounts are canonical decimals.
 * Text is anything but blank or the sheet's "ej angivet" (which means null there).
 */
const RESERVED = new Set(['ej angivet', 'not stated']);
const text = fc
  .oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.string({ minLength: 1, maxLength: 24, unit: 'grapheme' }), fc.constantFrom('Regionerna via SKR', 'Tidsfrister', 'Anteckningar', 'Diarienummer', '3 000 000 kronor', 'Å ä ö', '12', 'TRUE', '=SUM(A1)'))
  .filter((s) => s.trim() !== '' && !RESERVED.has(s.trim().toLowerCase()));
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
// Up to the schema's limit of 15 digits before the point: past 15 significant digits a cell cannot
// hold the amount as a number, so the sheet must keep it as text and still read it back exactly.
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.constantFrom('', '5', '25', '125', '123456'), fc.boolean())
  .map(([whole, dec, small]) => (small ? (whole % 100000000000n).toString() : whole.toString()) + (dec ? `.${dec}` : ''));
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const nonEmpty = <T>(arb: fc.Arbitrary<T>) => opt(fc.array(arb, { minLength: 1, maxLength: 3 }));
const source = fc.record({ document: opt(text), where: text, quote: text }, { requiredKeys: ['where', 'quote'] });
const recipient = fc.oneof(
  fc.constantFrom(...RECIPIENT_TYPES.filter((t) => t !== 'region' && t !== 'other')).map((type) => ({ type })),
  fc.record({ type: fc.constant('region' as const), code: fc.constantFrom(...REGIONS.map((r) => r.code)), viaSkr: opt(fc.boolean()) }, { requiredKeys: ['type', 'code'] }),
  fc.record({ type: fc.constant('other' as const), name: text }),
);
const statement = fc.record({ amount: opt(fc.option(amount, { nil: null })), recipient: opt(recipient), source }, { requiredKeys: ['source'] });
const stated = fc.record({ amount: fc.option(amount, { nil: null }), source: fc.option(source, { nil: null }), alsoStated: nonEmpty(statement) }, { requiredKeys: ['amount', 'source'] });
const appropriation = fc.record(
  { utgiftsomrade: fc.integer({ min: 1, max: 27 }), anslag: fc.tuple(fc.nat(9), fc.nat(99)).map(([a, b]) => `${a}:${b}`), anslagspost: fc.option(fc.integer({ min: 1, max: 99 }), { nil: null }), anslagspostName: opt(text), source },
  { requiredKeys: ['utgiftsomrade', 'anslag', 'anslagspost', 'source'] },
);

type LineJson = AgreementJson['areas'][number];
const line = (depth: number): fc.Arbitrary<LineJson> =>
  fc.record(
    {
      id,
      title: text,
      titleEn: opt(text),
      amount: fc.option(amount, { nil: null }),
      source: fc.option(source, { nil: null }),
      alsoStated: nonEmpty(statement),
      recipient: opt(fc.option(recipient, { nil: null })),
      key: opt(fc.constantFrom(...DISTRIBUTION_KEYS)),
      funder: opt(fc.option(fc.constantFrom(...FUNDERS), { nil: null })),
      appropriation: opt(fc.option(appropriation, { nil: null })),
      linesComplete: opt(fc.boolean()),
      lines: depth >= 2 ? fc.constant(undefined) : nonEmpty(line(depth + 1)),
      note: opt(text),
    },
    { requiredKeys: ['id', 'title', 'amount', 'source'] },
  ) as fc.Arbitrary<LineJson>;

/** Ids made unique by a suffix where they repeat: the schema's rule. */
function uniqueIds<T extends { id: string }>(items: T[], seen = new Set<string>()): T[] {
  return items.map((x) => {
    let v = x.id;
    for (let i = 2; seen.has(v); i++) v = `${x.id}-${i}`;
    seen.add(v);
    x.id = v;
    return x;
  });
}

function allLines(lines: LineJson[], seen: Set<string>): LineJson[] {
  uniqueIds(lines, seen);
  return lines.flatMap((l) => [l, ...(l.lines ? allLines(l.lines, seen) : [])]);
}

const strip = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

export const agreementArb: fc.Arbitrary<AgreementJson> = fc
  .record(
    {
      id,
      title: text,
      titleEn: opt(text),
      year: fc.integer({ min: 1990, max: 2100 }),
      document: text,
      parties: fc.array(
        fc.record({ name: text, role: fc.constantFrom('state', 'skr', 'other'), signedOn: opt(fc.option(day, { nil: null })), signatory: opt(text), source: opt(source) }, { requiredKeys: ['name', 'role'] }),
        { maxLength: 3 },
      ),
      diarienummer: fc.array(fc.record({ value: text, issuer: text, description: text, source }), { maxLength: 2 }),
      total: stated,
      stateShare: stated,
      regionsShare: stated,
      frame: opt(stated),
      period: fc.option(fc.record({ start: day, end: day, source }).map((p) => (p.end < p.start ? { ...p, start: p.end, end: p.start } : p)), { nil: null }),
      areasComplete: fc.boolean(),
      areas: fc.array(line(0), { maxLength: 4 }),
      recipientTotals: fc.array(
        fc.record({
          id,
          title: text,
          of: fc.constantFrom('total', 'stateShare', 'regionsShare'),
          complete: fc.boolean(),
          source,
          parts: fc.array(fc.record({ id, title: text, recipients: fc.array(fc.constantFrom(...RECIPIENT_TYPES), { minLength: 1, maxLength: 3 }), amount, source, alsoStated: nonEmpty(statement) }, { requiredKeys: ['id', 'title', 'recipients', 'amount', 'source'] }), {
            minLength: 1,
            maxLength: 3,
          }),
        }),
        { maxLength: 2 },
      ),
      notes: nonEmpty(text),
    },
    { requiredKeys: ['id', 'title', 'year', 'document', 'parties', 'diarienummer', 'total', 'stateShare', 'regionsShare', 'period', 'areasComplete', 'areas', 'recipientTotals'] },
  )
  .chain((base) => {
    const b = strip(base) as typeof base;
    const lineIds = allLines(b.areas, new Set()).map((l) => l.id);
    uniqueIds(b.recipientTotals);
    for (const g of b.recipientTotals) uniqueIds(g.parts);
    const areaIds = b.areas.map((a) => a.id);
    const constraint = fc.record(
      {
        id,
        kind: fc.constantFrom('min-share', 'max-share'),
        percent: fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '.5', '.25')).map(([w, d]) => `${w}${d}`),
        area: fc.constantFrom(...(areaIds.length > 0 ? areaIds : ['x'])),
        target: fc.record({ description: text, descriptionEn: opt(text), lines: fc.subarray(lineIds), possibleLines: fc.subarray(lineIds) }, { requiredKeys: ['description', 'lines', 'possibleLines'] }),
        source,
      },
    );
    const deadline = fc.record({
      id,
      kind: fc.constantFrom(...DEADLINE_KINDS),
      date: fc.oneof(day, day.map((d) => d.slice(0, 7))),
      title: text,
      titleEn: text,
      by: fc.option(text, { nil: null }),
      to: fc.option(text, { nil: null }),
      areas: fc.subarray(areaIds),
      source,
    });
    return fc
      .record({ constraints: fc.array(constraint, { maxLength: areaIds.length === 0 ? 0 : 2 }), deadlines: fc.array(deadline, { maxLength: 3 }) })
      .map(({ constraints, deadlines }) => strip({ schemaVersion: 1 as const, ...b, constraints: uniqueIds(constraints), deadlines: uniqueIds(deadlines) }) as AgreementJson);
  });
