import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'bk-tables-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('distribute over municipalities and the built-in tables', () => {
  it('--population 2024-12-31 --level kommuner gives one JSON row per municipality with its four-digit id', async () => {
    const r = await cli(['distribute', '--amount', '1 050 000 000', '--population', '2024-12-31', '--level', 'kommuner', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.rows).toHaveLength(290);
    expect(json.rows.every((x: { id: string }) => /^\d{4}$/.test(x.id))).toBe(true);
    expect(json.rows.find((x: { id: string }) => x.id === '0180')).toMatchObject({ name: 'Stockholm', weight: '995574' });
    expect(json.total).toBe('1050000000');
    expect(json.population).toMatchObject({ source: 'SCB', referenceDate: '2024-12-31' });
  });

  it('--level regioner is the default; the 2024 counties are built in', async () => {
    const r = await cli(['distribute', '--amount', '100', '--population', '2024-12-31', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).rows).toHaveLength(21);
  });

  it('an unknown date, or a level without a table for it, lists the tables that exist', async () => {
    const r = await cli(['distribute', '--amount', '100', '--population', '2025-12-31']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('2024-12-31 (kommuner), 2025-12-31 (kommuner)');
    const level = await cli(['distribute', '--amount', '100', '--population', '2024-12-31', '--level', 'socknar']);
    expect(level.code).toBe(2);
    expect(level.err).toMatch(/Okänd nivå/);
  });

  it('--equal kommuner gives the 290 the same amount, to the krona', async () => {
    const r = await cli(['distribute', '--amount', '2900', '--equal', 'kommuner', '--format', 'json']);
    expect(JSON.parse(r.out).rows.every((x: { amount: string }) => x.amount === '10')).toBe(true);
  });
});

describe('weights files are read right, or refused', () => {
  it('refuses an unquoted decimal comma in a comma-separated file, with the line', async () => {
    const path = file('komma.csv', 'id,name,weight\na,Alfa,1,5\nb,Beta,2\n');
    const r = await cli(['distribute', '--amount', '100', '--weights', path]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Rad 2 i .*komma\.csv har 4 kolumner men första raden har 3/);
  });

  it('reads a Windows-1252 file and says so', async () => {
    const latin = Uint8Array.from([...'kod;namn;vikt\r\n14;V'].map((c) => c.charCodeAt(0)).concat([0xe4], [...'stra G'].map((c) => c.charCodeAt(0)), [0xf6], [...'taland;3\r\n'].map((c) => c.charCodeAt(0))));
    const r = await cli(['distribute', '--amount', '9', '--weights', file('ansi.csv', latin), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).rows[0].name).toBe('Västra Götaland');
    expect(r.err).toMatch(/läst som Windows-1252/);
  });

  it('refuses a file that is neither UTF-8 nor Windows-1252, naming the encodings', async () => {
    const r = await cli(['distribute', '--amount', '9', '--weights', file('binary.csv', Uint8Array.from([0x6b, 0x6f, 0x64, 0x81, 0xff]))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/varken UTF-8 eller Windows-1252/);
  });

  it('states its limits and exits 2 beyond them', async () => {
    const big = await cli(['distribute', '--amount', '1'.repeat(31), '--equal', 'regioner']);
    expect(big.code).toBe(2);
    expect(big.err).toMatch(/fler än 30 siffror/);
    const rows = 'kod;vikt\n' + Array.from({ length: 100_001 }, (_, i) => `k${i};1`).join('\n');
    const many = await cli(['distribute', '--amount', '1', '--weights', file('many.csv', rows)]);
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/fler än högst 100/);
  });
});

describe('--format csv cannot attack the reader, and reads back', () => {
  it('neutralises cells Excel would run as formulas, and --weights reads the file back to the same distribution', async () => {
    const names = ['=HYPERLINK("http://x";"klick")', '+1+1', '-2', '@SUM(A1)', '\tflik', "'citat", 'Vanlig; med semikolon'];
    const input = 'kod;namn;vikt\n' + names.map((n, i) => `${i === 2 ? '-k' : `k${i}`};"${n.replace(/"/g, '""')}";${i + 1}`).join('\n') + '\n';
    const first = await cli(['distribute', '--amount', '1000', '--weights', file('farlig.csv', input), '--format', 'csv']);
    expect(first.code).toBe(0);
    const lines = first.out.replace(/^\uFEFF/, '').trim().split('\r\n');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^"?[=+\-@\t\r]/);
    expect(lines[1]).toMatch(/^k0;"'=HYPERLINK/);
    expect(lines[3]).toMatch(/^"'-k";"'-2"/);
    const again = await cli(['distribute', '--amount', '1000', '--weights', file('tillbaka.csv', first.out), '--format', 'json']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.out);
    // As the reader reads any cell: trimmed, one leading apostrophe (Excel's text mark) dropped.
    expect(json.rows.map((x: { id: string; name: string }) => x.name)).toEqual(['=HYPERLINK("http://x";"klick")', '+1+1', '-2', '@SUM(A1)', 'flik', 'citat', 'Vanlig; med semikolon']);
    expect(json.rows[2].id).toBe('-k');
    const original = await cli(['distribute', '--amount', '1000', '--weights', file('farlig2.csv', input), '--format', 'json']);
    expect(json.rows).toEqual(JSON.parse(original.out).rows);
  });
});

describe('fuzz: no weights file makes distribute exit 70', () => {
  // Seeded and bounded for CI; FUZZ_RUNS=5000 for a longer run.
  const runs = Number(process.env.FUZZ_RUNS ?? 60);
  const piece = fc.constantFrom(';', ',', '\t', '\n', '\r\n', '"', "'", '=', '-', '1', '01', '0180', '2 454,5', '1e400', 'kod', 'vikt', 'namn', 'befolkning', '\u00e4', '\uFEFF', '9'.repeat(40));
  it('structured text and raw bytes give exit 0 or 2, never an unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(piece, { maxLength: 50 }).map((p) => Buffer.from(p.join(''), 'utf8')),
          fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b)),
        ),
        fc.constantFrom('100', '0', '-7', '1000000,50'),
        fc.constantFrom('largest-remainder', 'adjust-largest', 'round', 'none'),
        async (bytes, amount, method) => {
          const r = await cli(['distribute', '--amount', amount, '--unit', 'öre', '--method', method, '--weights', file('fuzz.csv', bytes), '--format', 'csv']);
          expect([0, 2]).toContain(r.code);
        },
      ),
      { numRuns: runs, seed: 14 },
    );
  });
});
