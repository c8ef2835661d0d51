import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installKolada, installScb, MUNICIPALITIES_2024, startReplayServer, type ReplayServer } from '../support/replay-server';
import { FAST_CONFIG } from '../sources/support';
import { cli } from './harness';

let server: ReplayServer;
let dir: string;
let scbUrl: string;
let koladaUrl: string;

beforeEach(async () => {
  server = await startReplayServer();
  scbUrl = installScb(server, { config: FAST_CONFIG });
  koladaUrl = installKolada(server);
  dir = mkdtempSync(join(tmpdir(), 'bk-population-'));
});
afterEach(async () => server.close());

const fetchArgs = (...more: string[]) => ['population', 'fetch', '--scb-url', scbUrl, '--kolada-url', koladaUrl, ...more];

describe('bidragskollen population list', () => {
  it('lists the built-in tables and how to fetch the rest, without the network', async () => {
    const r = await cli(['population', 'list']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('scb-lan-2023-12-31');
    expect(r.out).toContain('10 551 707');
    expect(r.out).toContain('population fetch --date 2025-12-31 --level kommuner');
    expect(r.out).toContain('TAB1267');
    const json = JSON.parse((await cli(['population', 'list', '--format', 'json'])).out);
    expect(json.builtIn[0]).toMatchObject({ id: 'scb-lan-2023-12-31', level: 'regioner', rows: 21, total: '10551707' });
  });
});

describe('bidragskollen population fetch', () => {
  it('writes kod;namn;befolkning and its source beside it, and distribute --weights reads the file as it is', async () => {
    const r = await cli(fetchArgs('--date', '2024-12-31', '--level', 'kommuner', '--out', 'befolkning.csv'), { cwd: dir });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Hämtade 290 kommuner från SCB (TAB638');
    expect(r.out).toContain('summa 10 587 710');
    const csv = readFileSync(join(dir, 'befolkning.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFkod;namn;befolkning\r\n0114;Upplands Väsby;50323\r\n')).toBe(true);
    const source = JSON.parse(readFileSync(join(dir, 'befolkning.källa.json'), 'utf8'));
    expect(source).toMatchObject({ file: 'befolkning.csv', level: 'kommuner', rows: 290, total: 10587710, source: { provider: 'SCB', tableId: 'TAB638', referenceDate: '2024-12-31' } });
    expect(source.source.url).toContain('/tables/TAB638/data?');
    expect(source.source.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const d = await cli(['distribute', '--amount', '1 050 000 000', '--weights', 'befolkning.csv', '--format', 'json'], { cwd: dir });
    expect(d.code).toBe(0);
    const json = JSON.parse(d.out);
    expect(json.rows).toHaveLength(290);
    expect(json.rows.map((x: { id: string }) => x.id)).toEqual(MUNICIPALITIES_2024.map((m) => m.code));
    expect(json.rows.reduce((s: bigint, x: { amount: string }) => s + BigInt(x.amount), 0n)).toBe(1050000000n);
    expect(json.residual).toBe('0');
  });

  it('distribute --weights names the source beside the CSV: SCB’s table, date and URL; an edited CSV is not credited to SCB', async () => {
    expect((await cli(fetchArgs('--date', '2025-11-01', '--level', 'kommuner', '--out', 'nov.csv'), { cwd: dir })).code).toBe(0);
    const url = JSON.parse(readFileSync(join(dir, 'nov.källa.json'), 'utf8')).source.url as string;
    const d = await cli(['distribute', '--amount', '1 050 000 000', '--weights', 'nov.csv', '--format', 'json'], { cwd: dir });
    expect(d.err).toBe('');
    const json = JSON.parse(d.out);
    expect(json.population).toMatchObject({ kind: 'population', source: 'SCB', referenceDate: '2025-11-01' });
    expect(json.population.description).toContain('TAB1267');
    expect(json.population.description).toContain(url);
    expect(json.population.description).toContain('fil nov.csv');
    const text = await cli(['distribute', '--amount', '1 050 000 000', '--weights', 'nov.csv'], { cwd: dir });
    expect(text.out).toContain('Källa: SCB');

    const csv = readFileSync(join(dir, 'nov.csv'), 'utf8');
    writeFileSync(join(dir, 'nov.csv'), csv.replace(/^(0114;Upplands Väsby;)(\d+)/m, (_, head: string, n: string) => `${head}${Number(n) + 1}`));
    const edited = await cli(['distribute', '--amount', '1 050 000 000', '--weights', 'nov.csv', '--format', 'json'], { cwd: dir });
    expect(edited.code).toBe(0);
    expect(edited.err).toContain('nov.csv har ändrats sedan den hämtades');
    expect(JSON.parse(edited.out).population).toMatchObject({ source: 'nov.csv' });
  });

  it('fetches counties from Kolada and lists where SCB differs', async () => {
    await server.close();
    server = await startReplayServer();
    scbUrl = installScb(server, { config: FAST_CONFIG });
    koladaUrl = installKolada(server, { overrides: { '0013': 345000 } });
    const r = await cli(fetchArgs('--date', '2024-12-31', '--source', 'kolada', '--cross-check', '--out', 'k.csv'), { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Hämtade 21 regioner från Kolada (N01951');
    expect(r.out).toContain('Kontrollen mot SCB (TAB638): 1 skillnad:');
    expect(r.out).toContain('13 Region Halland: Kolada 345 000, SCB 345 074 (skillnad 74)');
    const source = JSON.parse(readFileSync(join(dir, 'k.källa.json'), 'utf8'));
    expect(source.crossCheck.differences).toEqual([{ kind: 'value', code: '13', name: 'Region Halland', a: 345000, b: 345074, difference: 74 }]);
  });

  it('offline: says so, says what still works, exits 3 and writes nothing', async () => {
    await server.close();
    const r = await cli(fetchArgs('--date', '2024-12-31', '--out', 'befolkning.csv'), { cwd: dir });
    server = await startReplayServer();
    expect(r.code).toBe(3);
    expect(r.err).toContain('Kunde inte nå SCB');
    expect(r.err).toContain('de inbyggda befolkningstabellerna (bidragskollen population list)');
    expect(existsSync(join(dir, 'befolkning.csv'))).toBe(false);
  });

  it('a hung SCB times out after --timeout seconds', async () => {
    server.route('GET', /\/tables$/, { hang: true });
    const r = await cli(fetchArgs('--date', '2024-12-31', '--timeout', '0,3', '--out', 'x.csv'), { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.err).toContain('SCB svarade inte inom 0,3 sekunder');
  });

  it('an unknown date lists the dates SCB has (exit 2)', async () => {
    const r = await cli(fetchArgs('--date', '2030-12-31', '--out', 'x.csv'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('1968-12-31 … 2024-12-31 (57 datum) (TAB638)');
    expect(r.err).toContain('2025-12-31 (TAB6471)');
  });

  it.each([
    [['--date', '2024-12-15'], 'inget av dem'],
    [['--date', '2024-12-31', '--level', 'socken'], 'Okänd nivå'],
    [['--date', '2024-12-31', '--kind', 'vecka'], 'Okänt slag'],
    [['--date', '2024-12-31', '--source', 'skatteverket'], 'Okänd källa'],
  ])('refuses bad input %j with a message (exit 2)', async (args, message) => {
    const r = await cli(fetchArgs(...args, '--out', 'x.csv'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(server.requests).toHaveLength(0);
  });

  it('never overwrites a file without --force', async () => {
    writeFileSync(join(dir, 'mine.csv'), 'kod;namn;befolkning\r\n01;x;1\r\n');
    const r = await cli(fetchArgs('--date', '2024-12-31', '--out', 'mine.csv'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(readFileSync(join(dir, 'mine.csv'), 'utf8')).toBe('kod;namn;befolkning\r\n01;x;1\r\n');
    const forced = await cli(fetchArgs('--date', '2024-12-31', '--out', 'mine.csv', '--force'), { cwd: dir });
    expect(forced.code).toBe(0);
  });
});
