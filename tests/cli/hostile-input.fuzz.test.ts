import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG_JSON } from '../../src/core/agreements';
import { cli } from './harness';

/**
 * Hostile input files for every command that reads a file, seeded and bounded: the CLI answers
 * 0, 1 or 2, never 70 (an internal error). BK_FUZZ_RUNS raises the count for a longer run; the
 * counts per entry point are printed.
 */
const RUNS = Number(process.env.BK_FUZZ_RUNS ?? 40);
jest.setTimeout(60_000 + RUNS * 400);
const dir = mkdtempSync(join(tmpdir(), 'bk-hostile-'));
let n = 0;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, `${n++}-${name}`);
  writeFileSync(p, content);
  return p;
};
const seed = JSON.stringify((CATALOG_JSON as readonly { id: string }[]).find((a) => a.id === 'sammanhallen-vard-2023'), null, 2);
const tally = new Map<string, Map<number, number>>();
afterAll(() => {
  const lines = [...tally].map(([entry, codes]) => `${entry}: ${[...codes].map(([c, k]) => `exit ${c} × ${k}`).join(', ')}`);
  console.log(`hostile inputs per entry point (${RUNS} runs each):\n${lines.join('\n')}`);
});

async function expectHandled(entry: string, args: string[]): Promise<void> {
  const r = await cli(args);
  const codes = tally.get(entry) ?? new Map<number, number>();
  codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
  tally.set(entry, codes);
  if (![0, 1, 2].includes(r.code)) throw new Error(`${entry} exited ${r.code}: ${r.err.slice(0, 400)}`);
}

/** Text that looks like the genre: a valid file with edits, deep nesting, long numbers, odd characters. */
const mutated = (base: string) =>
  fc.oneof(
    fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.string({ maxLength: 12 })).map(([at, del, ins]) => {
      const i = at % base.length;
      return base.slice(0, i) + ins + base.slice(i + del);
    }),
    fc.integer({ min: 1, max: 3000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
    fc.integer({ min: 16, max: 90 }).map((digits) => base.replace(/"326000000"/, `"${'9'.repeat(digits)}.${'1'.repeat(digits)}"`)),
    fc.constantFrom('', '\uFEFF', 'null', '[]', '{"__proto__": {"polluted": true}}', '{"schemaVersion": 1, "constructor": {"prototype": {}}}'),
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
    fc.json(),
  );

const csvLine = fc.oneof(
  fc.constantFrom('01;Stockholm;2454821', '03,Uppsala,1,5', 'a,Alfa,1,5', '=cmd|/c calc!A1;x;1', '13;Halland;−5', '14;Västra Götaland;9'.repeat(40), 'kod;namn;vikt', ';;', '"01";"Sthlm";"12 345,5"', '01\tStockholm\t1e400'),
  fc.string({ maxLength: 40 }),
);
const csv = fc.oneof(
  fc.array(csvLine, { maxLength: 30 }).map((ls) => ls.join(fc.sample(fc.constantFrom('\n', '\r\n', '\r'), 1)[0])),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
  fc.constant(Buffer.from('kod;namn;vikt\n14;V\xe4stra G\xf6taland;1\n', 'latin1')),
);

describe('hostile input files (fuzz): no exit 70', () => {
  it('check <file.json>', async () => {
    await fc.assert(fc.asyncProperty(mutated(seed), async (t) => expectHandled('check', ['check', file('a.json', t)])), { numRuns: RUNS, seed: 1 });
  });

  it('deadlines <file.json>', async () => {
    await fc.assert(fc.asyncProperty(mutated(seed), async (t) => expectHandled('deadlines', ['deadlines', file('a.json', t), '--today', '2023-11-15'])), { numRuns: RUNS, seed: 2 });
  });

  it('distribute --weights <file.csv>', async () => {
    await fc.assert(
      fc.asyncProperty(csv, fc.constantFrom('table', 'csv', 'json'), async (t, format) => expectHandled('distribute --weights', ['distribute', '--amount', '1 000 000', '--weights', file('w.csv', t), '--format', format])),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('report --agreement <file.json> --profile <file.json> --out <file.xlsx>', async () => {
    const profile = JSON.stringify({ bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0115', bankgiro: '5050-1055' });
    await fc.assert(
      fc.asyncProperty(mutated(seed), mutated(profile), fc.boolean(), async (agreement, prof, garbageOut) => {
        const out = garbageOut ? file('out.xlsx', Buffer.from('PK\u0003\u0004garbage')) : join(dir, `${n++}-out.xlsx`);
        await expectHandled('report', ['report', 'rekvisition', '--agreement', file('a.json', agreement), '--recipient', '13', '--profile', file('p.json', prof), '--out', out]);
      }),
      { numRuns: RUNS, seed: 4 },
    );
  });

  it('import <file.txt>', async () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'seeds', '000_6d1cf6cedc0d2a94.txt'), 'utf8');
    await fc.assert(
      fc.asyncProperty(mutated(text.slice(0, 6000)), async (t) => expectHandled('import', ['import', file('a.txt', t), '--out', join(dir, `${n++}-out.json`)])),
      { numRuns: RUNS, seed: 5 },
    );
  });

  it('audit --table <file>', async () => {
    const table = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'published-tables', 'skr-kvinnors-halsa-fordelning-2024.txt'), 'utf8');
    await fc.assert(
      fc.asyncProperty(mutated(table), fc.constantFrom('.txt', '.csv'), async (t, ext) => expectHandled('audit', ['audit', '--table', file(`t${ext}`, t), '--format', 'json'])),
      { numRuns: RUNS, seed: 6 },
    );
  });

  it('review <file.xlsx>', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (b) =>
        expectHandled('review', ['review', file('r.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(b)])), '--out', join(dir, `${n++}-uppf.xlsx`)]),
      ),
      { numRuns: RUNS, seed: 7 },
    );
  });
});
