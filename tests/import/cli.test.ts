import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/harness';
import { figureKeys, score } from './figures';
import { CATALOG_ENTRY, CORPUS, OVERVIEW_SEED, SEED, readText } from './seed-support';

const dir = mkdtempSync(join(tmpdir(), 'bk-import-'));
const catalog = JSON.parse(readText(CATALOG_ENTRY));

describe('bidragskollen import <file.txt>', () => {
  const out = join(dir, 'overenskommelse.json');
  let printed = '';

  beforeAll(async () => {
    const r = await cli(['import', SEED, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    printed = r.out;
  });

  it('prints the figures grouped by area with their quotes, then the checks, then what was not stated', () => {
    const area = printed.indexOf('Område: Nationella');
    const checks = printed.indexOf('Kontroller');
    const missing = printed.indexOf('Ej angivet i texten');
    expect(area).toBeGreaterThan(0);
    expect(checks).toBeGreaterThan(area);
    expect(missing).toBeGreaterThan(checks);
    expect(printed).toContain('[hittat] Totalt belopp: 326 000 000 kr');
    expect(printed).toContain('”Totalt 326 000 000”');
    expect(printed).toContain('utgiftsområde 9, anslag 1:6, anslagspost 40');
    expect(printed).toContain('0 fel');
    // The draft's notes come first, before the figures.
    expect(printed.indexOf('Att veta:\n  - Utkast från import av dokumentets text')).toBeGreaterThan(0);
    expect(printed.indexOf('Att veta:')).toBeLessThan(area);
  });

  it('tells the draft\'s notes in English with --lang en, and keeps them in Swedish in the agreement file', async () => {
    const r = await cli(['import', SEED, '--lang', 'en', '--format', 'text']);
    expect(r.out).toContain('To know:\n  - A draft imported from the document text: check every amount against its quote');
    expect(r.out).not.toContain('Utkast från import');
    const json = JSON.parse((await cli(['import', SEED, '--format', 'json'])).out) as { agreement: { notes: string[] } };
    expect(json.agreement.notes[0]).toMatch(/^Utkast från import av dokumentets text/);
  });

  it('writes an agreement file that reproduces the catalog entry and that check, deadlines and report read', async () => {
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(score(figureKeys(catalog), figureKeys(written)).recall).toBe(1);
    const check = await cli(['check', out]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('0 fel');
    const deadlines = await cli(['deadlines', out, '--today', '2023-11-15', '--format', 'json']);
    expect(deadlines.code).toBe(0);
    expect(JSON.parse(deadlines.out).deadlines.map((d: { date: string }) => d.date)).toContain('2023-12-01');
    const report = await cli(['report', 'rekvisition', '--agreement', out, '--recipient', '13', '--population', '2023-12-31', '--out', join(dir, 'rekv.xlsx')]);
    expect(report.err).toBe('');
    expect(report.code).toBe(0);
    expect(report.out).toContain('Region Halland, 2 036 081 kr');
  });

  it('prints the draft, its figures, checks and what is not stated as JSON', async () => {
    const r = await cli(['import', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.agreement.total.amount).toBe('326000000');
    expect(json.figures.every((f: { status: string }) => f.status === 'found')).toBe(true);
    expect(Array.isArray(json.issues)).toBe(true);
    expect(json.notStated).toEqual([]);
  });

  it('reads a text saved as Windows-1252 the same as UTF-8', async () => {
    const latin = join(dir, 'windows.txt');
    writeFileSync(latin, Buffer.from(readText(SEED).replace(/[−–]/g, '-'), 'latin1'));
    const r = await cli(['import', latin, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(score(figureKeys(catalog), figureKeys(JSON.parse(r.out).agreement)).recall).toBe(1);
  });

  it('never overwrites an existing file unless asked to', async () => {
    const target = join(dir, 'mine.json');
    writeFileSync(target, '{"mitt":"arbete"}');
    const r = await cli(['import', SEED, '--out', target]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('finns redan');
    expect(readFileSync(target, 'utf8')).toBe('{"mitt":"arbete"}');
    const forced = await cli(['import', SEED, '--out', target, '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).id).toBe('sammanhallen-jamlik-saker-vard-2023');
  });
});

describe('bidragskollen import with unreadable input (exit 2, a message, nothing written)', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => write('tom.txt', ''), /ingen text/],
    ['a file of blank lines', () => write('blank.txt', '\n \n\f\n'), /ingen text/],
    ['a text that is not an agreement', () => write('recept.txt', 'Pannkakor\n\nTre ägg, sex deciliter mjölk och två och en halv deciliter vetemjöl.\n'), /inte ut som en överenskommelse/],
    ['a binary file', () => write('bild.txt', '\u0000\u0001\u0002PNG'), /inte ut som en överenskommelse/],
    ['a 50 MB file', () => {
      const p = join(dir, 'stor.txt');
      writeFileSync(p, 'Överenskommelse');
      truncateSync(p, 50 * 1024 * 1024);
      return p;
    }, /för stor \(50 MB\)/],
    ['a missing file', () => join(dir, 'finns-inte.txt'), /finns inte/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const file = make();
    const target = join(dir, `ut-${Math.random().toString(36).slice(2)}.json`);
    const r = await cli(['import', file, '--out', target]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
    expect(existsSync(target)).toBe(false);
  });
});

it('says what is wrong in English with --lang en', async () => {
  const r = await cli(['import', write('empty-en.txt', ''), '--lang', 'en']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('The file contains no text');
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('bidragskollen import of texts that are not one agreement', () => {
  it('reads a payout decision in decision mode and prints its amounts, payees and dates', async () => {
    const r = await cli(['import', join(CORPUS, 'rb-2024-utbetalning-forsorjningsberedskap-mtp-skydd.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.kind).toBe('decision');
    expect(json.payments.map((p: { amount: string; recipient: string }) => [p.amount, p.recipient])).toEqual([
      ['850000000', 'regions'],
      ['2500000', 'skr'],
    ]);
    expect(json.dates.map((d: { date: string }) => d.date)).toEqual(['2024-12-15', '2024-12-15']);
  });

  it('refuses to write a decision as an agreement file (exit 2, nothing written)', async () => {
    const out = join(dir, 'beslut.json');
    const r = await cli(['import', join(CORPUS, 'rb-2023-utbetalning-civilt-forsvar.txt'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('utbetalningsbeslut');
    expect(existsSync(out)).toBe(false);
  });

  it('says an overview of several agreements is not one agreement (exit 2)', async () => {
    const r = await cli(['import', OVERVIEW_SEED]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/flera överenskommelser \(4 olika totalbelopp\)/);
  });
});
