import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cli } from './harness';

const FIXTURES = join(__dirname, '../fixtures');

describe('bidragskollen distribute', () => {
  it('prints the 21 regions as a table that foots, with method, unit and SCB source', async () => {
    const r = await cli(['distribute', '--amount', '62 500 000', '--population', '2023-12-31']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Region Stockholm');
    expect(r.out).toContain('14 540 426');
    expect(r.out).toMatch(/Summa\s+62 500 000/);
    expect(r.out).toContain('största rest');
    expect(r.out).toContain('referensdatum 2023-12-31');
    expect(r.out).toContain('Källa: SCB');
  });

  it('prints the documented JSON shape with amounts as decimal strings', async () => {
    const r = await cli(['distribute', '--amount', '7', '--weights', join(FIXTURES, 'weights-sv.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['method', 'unit', 'amount', 'residual', 'population', 'rows']));
    expect(json.rows.map((x: { id: string; amount: string }) => [x.id, x.amount])).toEqual([
      ['a', '1'],
      ['b', '3'],
      ['c', '3'],
    ]);
    expect(json.rows[0]).toEqual(expect.objectContaining({ id: 'a', name: 'Alfa', weight: '2', quota: '1.0769230769', amount: '1' }));
    expect(json).toMatchObject({ method: 'largest-remainder', unit: '1', amount: '7', residual: '0' });
  });

  it('writes CSV for Swedish Excel', async () => {
    const r = await cli(['distribute', '--amount', '100,00', '--unit', 'öre', '--equal', 'samverkansregioner', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.out.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('kod;namn;vikt;kvot;fast;avrundat;justering;belopp');
    expect(lines.slice(1).map((l) => l.split(';').at(-1))).toEqual(['16,67', '16,67', '16,67', '16,67', '16,66', '16,66']);
  });

  it('supports the other methods, units, fixed amounts and a base', async () => {
    const r = await cli(['distribute', '--amount', '1000', '--population', '2023-12-31', '--method', 'adjust-largest', '--unit', '1', '--fixed', 'SKR=100', '--base', '10', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.rows[0]).toMatchObject({ id: 'SKR', amount: '100' });
    expect(json.rows.slice(1).every((x: { fixed: string }) => x.fixed === '10')).toBe(true);
    expect(json.total).toBe('1000');
  });

  it.each([
    [['distribute', '--amount', '100'], /precis en fördelningsnyckel/],
    [['distribute', '--amount', 'hundra', '--population', '2023-12-31'], /inte ett belopp/],
    [['distribute', '--amount', '100', '--population', '2019-12-31'], /ingen befolkningstabell för 2019-12-31/],
    [['distribute', '--amount', '100', '--population', '2023-12-31', '--method', 'dice'], /Okänd metod/],
    [['distribute', '--amount', '100', '--population', '2023-12-31', '--unit', '7'], /Okänd enhet/],
    [['distribute', '--amount', '100,5', '--population', '2023-12-31'], /inte en jämn multipel/],
    [['distribute', '--amount', '100', '--weights', 'finns-inte.csv'], /går inte att läsa/],
    [['distribute', '--amount', '100', '--population', '2023-12-31', '--format', 'xml'], /Okänt format/],
    [['distribute'], /amount/],
    [['frobnicate'], /okänt kommando frobnicate/],
    [['distribute', '--amount', '1', '--population', '2023-12-31', '--bogus'], /okänd flagga --bogus/],
    [['distribute', '--population', '2023-12-31'], /Ange --amount <belopp> \(ett eget belopp\) eller --agreement/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('runs as `npx bidragskollen` from a clone', () => {
    const out = execFileSync('npx', ['--no-install', 'bidragskollen', 'distribute', '--amount', '7', '--equal', 'regioner', '--format', 'json'], {
      cwd: join(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(JSON.parse(out).total).toBe('7');
  }, 30_000);
});
