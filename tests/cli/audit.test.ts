import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './harness';

const SHARED = join(__dirname, '../../../shared');
const table = (year: number) => join(SHARED, 'published-tables', `skr-kvinnors-halsa-fordelning-${year}.txt`);

/** A weights file as a user would export it: kod;namn;befolkning, Swedish thousands spaces, from SCB 2024-12-31. */
function counties2024Csv(dir: string): string {
  const lines = readFileSync(join(SHARED, 'data/counties-2024-12-31.csv'), 'utf8').trim().split('\n').slice(1);
  const file = join(dir, 'scb-lan-2024-12-31.csv');
  const body = lines.map((l) => {
    const [code, name, population] = l.split(',');
    return `${code};${name};${Number(population).toLocaleString('sv-SE')}`;
  });
  writeFileSync(file, ['kod;namn;befolkning', ...body].join('\r\n'), 'utf8');
  return file;
}

describe('bidragskollen audit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-audit-'));
  const weights = counties2024Csv(dir);

  it('2024: foots to its total row, not to the text; names SCB 2023-12-31 as closest and not the source (exit 1)', async () => {
    const r = await cli(['audit', '--table', table(2024), '--population', '2023-12-31', '--weights', weights]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tabellens summarad (rad 152): 1 367 000 000 kr – stämmer');
    expect(r.out).toContain('Texten (rad 8): 1 357 000 000 kr – skiljer -10 000 000 kr mot tabellen');
    expect(r.out).toContain('Tabellen summerar INTE till alla angivna summor.');
    expect(r.out).toContain(
      'Tabellen är inte gjord från Folkmängd per län 31 december 2023 (SCB, BE0101N1): Region Stockholms belopp 317 989 729 kr motsvarar mellan 2 454 524,09 och 2 454 524,12 invånare, SCB har 2 454 821.',
    );
    expect(r.out).toMatch(/Folkmängd per län 31 december 2023.*\n.*scb-lan-2024-12-31\.csv/);
  });

  it('prints the documented JSON shape, ids as county codes', async () => {
    const r = await cli(['audit', '--table', table(2024), '--weights', weights, '--population', 'alla', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['foots', 'tableTotal', 'statedTotals', 'methods', 'closest', 'weights']));
    expect(json).toMatchObject({ foots: false, tableTotal: '1367000000', closest: 'largest-remainder', distributed: { amount: '1367000000', basis: 'table' } });
    expect(json.statedTotals.map((s: { kind: string; amount: string; difference: string }) => [s.kind, s.amount, s.difference])).toEqual([
      ['table', '1367000000', '0'],
      ['text', '1357000000', '-10000000'],
    ]);
    expect(json.methods.map((m: { method: string }) => m.method)).toEqual(['largest-remainder', 'adjust-largest', 'round', 'none']);
    expect(json.methods[0].deviations[0]).toEqual({ id: '01', name: 'Region Stockholm', published: '317989729', computed: '318028193', difference: '-38464' });
    // Every built-in date and the file; none made the table, SCB 2023-12-31 comes closest.
    expect(json.weights[0]).toMatchObject({ date: '2023-12-31', fits: false, deviations: 21 });
    expect(json.weights.map((w: { date: string }) => w.date)).toEqual(expect.arrayContaining(['2023-12-31', '2024-12-31']));
    expect(json.weights.every((w: { fits: boolean; deviations: number }) => !w.fits && w.deviations === 21)).toBe(true);
    expect(json.weights[0].intervals[0]).toMatchObject({ id: '01', weight: '2454821', contains: false });
  });

  it.each([2019, 2022])('%i foots to the table and the text; no built-in population made it', async (year) => {
    const r = await cli(['audit', '--table', table(year), '--weights', weights, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.foots).toBe(true);
    expect(json.statedTotals.every((s: { foots: boolean }) => s.foots)).toBe(true);
    expect(json.weights.every((w: { fits: boolean }) => !w.fits)).toBe(true);
  });

  it('audits the second column by name, and a CSV table the engine made exits 0', async () => {
    const land = await cli(['audit', '--table', table(2024), '--column', 'landsbygd', '--format', 'json']);
    expect(JSON.parse(land.out)).toMatchObject({ foots: true, tableTotal: '150000000', column: { number: 2, name: 'Landsbygdssatsning kronor' } });

    const made = await cli(['distribute', '--amount', '62 500 000', '--population', '2023-12-31', '--method', 'adjust-largest', '--format', 'csv']);
    const rows = made.out.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(';'));
    const file = join(dir, 'tabell.csv');
    writeFileSync(file, ['Region;Belopp', ...rows.map((c) => `${c[1]};${c[7]}`), 'Summa;62 500 000'].join('\n'));
    const r = await cli(['audit', '--table', file, '--total', '62 500 000']);
    expect(r.code).toBe(0);
    // 62 500 000 over SCB 2023-12-31 leaves no residual, so every method gives this table.
    expect(r.out).toContain('Tabellen återges exakt av largest-remainder, adjust-largest, round, none med Folkmängd per län 31 december 2023');
  });

  it.each([
    [['--total', 'många pengar'], 'Summan ”många pengar” är inte ett belopp'],
    [['--column', 'tre'], 'Tabellen har ingen kolumn ”tre”'],
    [['--population', '2019-12-31'], 'Det finns ingen befolkningstabell för 2019-12-31'],
    [['--format', 'xml'], 'Okänt format'],
  ])('refuses %j with a message (exit 2)', async (extra, message) => {
    const r = await cli(['audit', '--table', table(2022), ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('refuses a corrupt file, a missing file and a table with an unknown region', async () => {
    const corrupt = join(dir, 'trasig.txt');
    writeFileSync(corrupt, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x12]));
    expect((await cli(['audit', '--table', corrupt])).err).toContain('är ingen textfil');
    expect((await cli(['audit', '--table', join(dir, 'finns-inte.txt')])).err).toContain('går inte att läsa');
    const unknown = join(dir, 'okand.txt');
    writeFileSync(unknown, readFileSync(table(2019), 'utf8').replace('Gotland', 'Atlantis'));
    const r = await cli(['audit', '--table', unknown]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('”Atlantis” är ingen region');
  });
});
