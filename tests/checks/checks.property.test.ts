import fc from 'fast-check';
import { parseAgreement, type AgreementJson } from '../../src/core/agreements';
import { checkAgreement, checkDistribution, checkParts, type CheckIssue } from '../../src/core/checks';
import { Dec } from '../../src/core/money';
import { REGIONS } from '../../src/core/reference';
import type { Line } from '../../src/core/agreements';

const S = { where: 'x', quote: 'x' };
/** As many cases as the README promises for every property. */
const RUNS = { numRuns: 1000 };
/** Amounts in öre up to 10^13 kr, written as kronor with two decimals. */
const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((o) => new Dec(o.toString()).div(100).toFixed());

function exactDifferences(issues: readonly CheckIssue[]) {
  for (const i of issues) {
    if (i.difference === null) continue;
    expect(new Dec(i.actual!).minus(new Dec(i.expected!)).eq(new Dec(i.difference))).toBe(true);
  }
}

/** What a result says, without where it says it: the same whatever order the lines come in. */
const essence = (issues: readonly CheckIssue[]) =>
  issues.map((i) => `${i.code}|${i.expected}|${i.actual}|${i.difference}`).sort();

function agreementWith(areas: { amount: string | null; funder: 'state' | 'regions' | null }[], total: string | null, complete: boolean): AgreementJson {
  return {
    schemaVersion: 1,
    id: 'p',
    title: 'P',
    year: 2023,
    document: 'p',
    parties: [],
    diarienummer: [],
    total: { amount: total, source: total === null ? null : S },
    stateShare: { amount: null, source: null },
    regionsShare: { amount: null, source: null },
    period: null,
    areasComplete: complete,
    areas: areas.map((a, i) => ({ id: `a${i}`, title: `A${i}`, amount: a.amount, source: S, funder: a.funder, recipient: { type: 'regions' } })),
    recipientTotals: [],
    constraints: [],
    deadlines: [],
  };
}

describe('check arithmetic (properties)', () => {
  it('difference = actual − expected exactly, for any parts and total', () => {
    // A total drawn independently of its parts almost never equals their sum, so a third of the
    // cases take the sum itself as the total; the counters prove both claimed cases are reached.
    const reached = { exceeds: 0, foots: 0 };
    const parts = fc.array(fc.option(amount, { nil: null, freq: 8 }), { maxLength: 12 });
    const wholeAndParts = fc.oneof(
      fc.tuple(fc.option(amount, { nil: null }), parts),
      parts.map((ps) => [sumKnown(ps).toFixed(), ps] as const),
    );
    fc.assert(
      fc.property(wholeAndParts, fc.boolean(), ([whole, parts], complete) => {
        const issues = checkParts({
          whole: whole === null ? null : new Dec(whole),
          parts: parts.map((p) => (p === null ? null : new Dec(p))),
          complete,
          subject: { sv: 's', en: 's' },
          path: [],
        });
        exactDifferences(issues);
        expect(issues.length).toBeLessThanOrEqual(1);
        const known = sumKnown(parts);
        // Parts above a total are always an error, whatever else is true.
        if (whole !== null && known.gt(whole)) {
          reached.exceeds++;
          expect(issues[0]?.code).toBe('PARTS_EXCEED_TOTAL');
        }
        // Nothing is reported when a fully known list sums exactly.
        if (whole !== null && known.eq(whole) && parts.every((p) => p !== null)) {
          reached.foots++;
          expect(issues).toEqual([]);
        }
      }),
      RUNS,
    );
    expect(reached.exceeds).toBeGreaterThan(50);
    expect(reached.foots).toBeGreaterThan(50);
  });

  it('shuffling the areas does not change what the checks find', () => {
    const area = fc.record({ amount: fc.option(amount, { nil: null }), funder: fc.constantFrom('state' as const, 'regions' as const, null) });
    fc.assert(
      fc.property(fc.array(area, { minLength: 1, maxLength: 8 }), fc.option(amount, { nil: null }), fc.boolean(), fc.integer(), (areas, total, complete, seed) => {
        const shuffled = [...areas].sort((x, y) => ((hash(JSON.stringify(x), seed) - hash(JSON.stringify(y), seed)) | 0));
        const a = parseAgreement(agreementWith(areas, total, complete));
        const b = parseAgreement(agreementWith(shuffled, total, complete));
        if (!a.ok || !b.ok) throw new Error('invalid');
        const ia = checkAgreement(a.value);
        exactDifferences(ia);
        expect(essence(checkAgreement(b.value))).toEqual(essence(ia));
      }),
      RUNS,
    );
  });

  it('a distribution table: shuffling rows changes nothing, and the difference to the line is exact', () => {
    // Half the cases give the line the table's own sum, so the "foots" branch is really tested.
    const reached = { foots: 0, differs: 0 };
    const table = fc.array(amount, { minLength: 21, maxLength: 21 });
    const tableAndLine = fc.oneof(
      fc.tuple(table, amount),
      table.map((xs) => [xs, sumKnown(xs).toFixed()] as const),
    );
    fc.assert(
      fc.property(tableAndLine, fc.integer(), ([amounts, lineAmount], seed) => {
        const line = { id: 'l', title: 'L', amount: new Dec(lineAmount), source: null, recipient: { type: 'regions' } } as Line;
        const rows = REGIONS.map((r, i) => ({ recipient: r.code, amount: amounts[i]! }));
        const shuffled = [...rows].sort((x, y) => hash(x.recipient, seed) - hash(y.recipient, seed));
        const issues = checkDistribution(line, rows);
        exactDifferences(issues);
        expect(essence(checkDistribution(line, shuffled))).toEqual(essence(issues));
        const foots = sumKnown(amounts).eq(lineAmount);
        if (foots) reached.foots++;
        else reached.differs++;
        expect(issues.some((i) => i.code === 'DISTRIBUTION_TOTAL_MISMATCH')).toBe(!foots);
      }),
      RUNS,
    );
    expect(reached.foots).toBeGreaterThan(100);
    expect(reached.differs).toBeGreaterThan(100);
  });
});

function sumKnown(parts: readonly (string | null)[]): Dec {
  return parts.filter((p): p is string => p !== null).reduce((s, p) => s.plus(p), new Dec(0));
}

function hash(s: string, seed: number): number {
  let h = seed | 0;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 0x9e3779b1);
  return h;
}
