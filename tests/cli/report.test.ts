import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateWorkbook } from '../xlsx/hyperformula';
import { load, named, save } from '../xlsx/helpers';
import { cli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'bk-report-'));
const AGREEMENT = ['--agreement', 'sammanhallen-vard-2023'];

describe('bidragskollen report', () => {
  it('writes a region’s rekvisition with its population share of 62 500 000 kr', async () => {
    const out = join(dir, 'halland.xlsx');
    const r = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--population', '2023-12-31', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Region Halland, 2 036 081 kr');
    expect(r.out).toContain('Rekv 13 Halland: nytt');
    const ev = await evaluateWorkbook(readFileSync(out));
    expect(ev.errors()).toEqual([]);
    expect(ev.value('Rekv 13 Halland', 'D20')).toBe(2036081);
  });

  it('writes every recipient with an index that foots, and regenerates keeping what the user typed', async () => {
    const out = join(dir, 'alla.xlsx');
    const first = await cli(['report', 'redovisning', ...AGREEMENT, '--all', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('28 mottagare');
    let wb = await load(readFileSync(out));
    expect(wb.worksheets).toHaveLength(29);
    named(wb, 'bk_redov_sammanhallen_vard_2023_skr_kostnad_1_text').value = 'Personal';
    named(wb, 'bk_redov_sammanhallen_vard_2023_skr_kostnad_1_belopp').value = 1000;
    wb.addWorksheet('Mina anteckningar').getCell('A1').value = 'rör ej';
    writeFileSync(out, await save(wb));

    const again = await cli(['report', 'redovisning', ...AGREEMENT, '--all', '--out', out]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('(befintlig arbetsbok)');
    expect(again.out).toContain('Redov SKR: uppdaterat');
    wb = await load(readFileSync(out));
    expect(named(wb, 'bk_redov_sammanhallen_vard_2023_skr_kostnad_1_text').value).toBe('Personal');
    expect(wb.getWorksheet('Mina anteckningar')?.getCell('A1').value).toBe('rör ej');
    const ev = await evaluateWorkbook(readFileSync(out));
    expect(ev.errors()).toEqual([]);
    const index = ev.hf.getSheetValues(ev.hf.getSheetId('Redovisningar')!);
    const diffs = (index.find((row) => row[0] === 'Differens') ?? []).slice(1).filter((v) => typeof v === 'number');
    expect(diffs.length).toBeGreaterThan(5);
    expect(diffs.every((v) => v === 0)).toBe(true);
    expect(index.some((row) => row[0] === 'Summorna stämmer med överenskommelsen.')).toBe(true);
  }, 30_000); // two writes of 28 sheets: near 4 s alone, past jest’s 5 s default on a loaded machine

  it('reads a profile, warns about an odd diarienummer and refuses a wrong checksum', async () => {
    const good = join(dir, 'profil.json');
    writeFileSync(good, JSON.stringify({ bidragsmottagare: 'SKR', organisationsnummer: '222000-0315', diarienummer: { 'sammanhallen-vard-2023': { overenskommelse: 'okänt' } } }));
    const r = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', 'skr', '--profile', good, '--out', join(dir, 'skr.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Varning: Diarienumret ”okänt”');
    const bad = join(dir, 'fel.json');
    writeFileSync(bad, JSON.stringify({ organisationsnummer: '222000-0316' }));
    const r2 = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', 'skr', '--profile', bad, '--out', join(dir, 'x.xlsx')]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('fel kontrollsiffra');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });

  it.each([
    [['report', 'rekvisition', '--agreement', 'nope', '--recipient', '13', '--out', 'x.xlsx'], 'nope'],
    [['report', 'rekvisition', ...AGREEMENT, '--recipient', '99', '--out', 'x.xlsx'], 'Okänd mottagare'],
    [['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--all', '--out', 'x.xlsx'], '--recipient <kod> eller --all'],
    [['report', 'faktura', ...AGREEMENT, '--recipient', '13', '--out', 'x.xlsx'], 'Okänd mall'],
    [['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--out', 'x.csv'], '.xlsx'],
  ])('exits 2 with a message for bad usage: %j', async (args, message) => {
    const r = await cli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('exits 2 naming the missing counties when a weights file lacks regions, and writes nothing', async () => {
    const weights = join(dir, 'tva-regioner.csv');
    writeFileSync(weights, 'kod;namn;vikt\n13;Halland;1\n01;Stockholm;6\n');
    const out = join(dir, 'tva.xlsx');
    const r = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--weights', weights, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Saknas: 03, 04');
    expect(existsSync(out)).toBe(false);
  });

  it.each(['round', 'none'])('exits 2 for --method %s, which would not foot', async (method) => {
    const out = join(dir, `metod-${method}.xlsx`);
    const r = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--method', method, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('largest-remainder eller adjust-largest');
    expect(existsSync(out)).toBe(false);
  });

  it('creates the folder --out names, and takes the agreement from a JSON file as check does', async () => {
    const file = join(__dirname, '../../src/core/agreements/catalog/sammanhallen-vard-2023.json');
    const r = await cli(['report', 'rekvisition', '--agreement', file, '--recipient', '13', '--out', 'ny-mapp/halland.xlsx'], { cwd: dir });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Region Halland, 2 036 081 kr');
    expect(existsSync(join(dir, 'ny-mapp', 'halland.xlsx'))).toBe(true);
  });

  it('exits 2 without showing a temporary file when --out cannot be written', async () => {
    writeFileSync(join(dir, 'en-fil'), 'x');
    const r = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--out', 'en-fil/x.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('en-fil/x.xlsx');
    expect(r.err).not.toContain('.tmp');
  });

  it('refuses to touch a file that is not a workbook', async () => {
    const out = join(dir, 'inte.xlsx');
    writeFileSync(out, 'inte en arbetsbok');
    const r = await cli(['report', 'rekvisition', ...AGREEMENT, '--recipient', '13', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('inte en Excel-arbetsbok');
    expect(readFileSync(out, 'utf8')).toBe('inte en arbetsbok');
  });
});

describe('bidragskollen demo', () => {
  it('writes the demo workbook, prints where and a summary, and every formula calculates', async () => {
    const r = await cli(['demo'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Skrev demo/bidragskollen-demo.xlsx');
    expect(r.out).toContain('326 000 000 kr, 5 områden');
    expect(r.out).toContain('62 500 000 kr över 21 regioner');
    const wb = await load(readFileSync(join(dir, 'demo/bidragskollen-demo.xlsx')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Översikt', 'Fördelning', 'Rekv 13 Halland', 'Redov 13 Halland']);
    const ev = await evaluateWorkbook(readFileSync(join(dir, 'demo/bidragskollen-demo.xlsx')));
    expect(ev.errors()).toEqual([]);
    expect(ev.formulaCells().length).toBeGreaterThan(8);
    const fordelning = wb.getWorksheet('Fördelning')!;
    const text = fordelning.getSheetValues().flat().filter((v) => typeof v === 'string').join(' ');
    expect(text).toContain('största rest');
    expect(text).toContain('2023-12-31');
    expect(text).toContain('SCB');
  });
});

describe('bidragskollen report for a municipality', () => {
  // God och nära vård 2023 with its 1 050 Mkr to kommunerna as an area of its own, as a user's agreement file.
  const file = join(dir, 'god-och-nara-kommuner.json');
  const catalog = JSON.parse(readFileSync(join(__dirname, '../../src/core/agreements/catalog/god-och-nara-vard-2023.json'), 'utf8')) as { areas: unknown[] };
  const quote = { where: 'God och nära vård 2023', quote: 'respektive 1 050 miljoner till kommunerna' };
  writeFileSync(
    file,
    JSON.stringify({ ...catalog, areasComplete: false, areas: [...catalog.areas, { id: 'kommunerna', title: 'Till kommunerna', amount: '1050000000', source: quote, funder: 'state', recipient: { type: 'municipalities' }, key: 'population' }] }),
  );

  it('writes Stockholm’s rekvisition with its population share of 1 050 000 000 kr by the municipal table chosen', async () => {
    const out = join(dir, 'stockholm.xlsx');
    const r = await cli(['report', 'rekvisition', '--agreement', file, '--recipient', '0180', '--municipal-population', '2024-12-31', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Stockholm, 98 732 653 kr');
    expect(r.out).toContain('Rekv 0180 Stockholm: nytt');
    const ev = await evaluateWorkbook(readFileSync(out));
    expect(ev.errors()).toEqual([]);
  });

  it('refuses a municipal table of 289 for the forms', async () => {
    const csv = join(dir, 'kommuner-289.csv');
    const rows = (await cli(['distribute', '--amount', '1', '--population', '2024-12-31', '--level', 'kommuner', '--format', 'json'])).out;
    const all = (JSON.parse(rows) as { rows: { id: string; name: string; weight: string }[] }).rows;
    writeFileSync(csv, ['kod;namn;befolkning', ...all.filter((x) => x.id !== '2584').map((x) => `${x.id};${x.name};${x.weight}`)].join('\n'));
    const r = await cli(['report', 'rekvisition', '--agreement', file, '--recipient', '0180', '--municipal-weights', csv, '--out', join(dir, 'x289.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('2584');
  });
});
