import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG_JSON } from '../../src/core/agreements';
import { cli } from './harness';

const ROOT = join(__dirname, '../..');
const tmp = () => mkdtempSync(join(tmpdir(), 'bidragskollen-'));

describe('bidragskollen agreements', () => {
  it('lists the ten built-in agreements with ids and titles', async () => {
    const r = await cli(['agreements']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('sammanhallen-vard-2023');
    expect(r.out).toContain('Överenskommelse om sammanhållen, jämlik och säker vård 2023');
    expect(r.out).toContain('326 000 000 kr');
    expect(r.out).toMatch(/civilt-forsvar-2023 .* anges inte/);
    const json = JSON.parse((await cli(['agreements', '--format', 'json'])).out);
    expect(json.agreements).toHaveLength(10);
    expect(json.agreements[0]).toEqual({ id: 'sammanhallen-vard-2023', title: 'Överenskommelse om sammanhållen, jämlik och säker vård 2023', year: 2023, total: '326000000' });
  });
});

describe('bidragskollen check', () => {
  it('exits 0 with warnings only, and prints them in Swedish', async () => {
    const r = await cli(['check', 'sammanhallen-vard-2023']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('VARNING STATEMENT_RECIPIENT_MISMATCH');
    expect(r.out).toContain('0 fel, 3 varningar, 1 upplysning.');
  });

  it('exits 1 when errors are found, with the documented JSON shape', async () => {
    const r = await cli(['check', 'okad-tillganglighet-2023', '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['issues']);
    expect(json.issues[0]).toEqual({
      code: 'PARTS_SUM_MISMATCH',
      severity: 'error',
      path: 'areas',
      message: expect.stringContaining('Det saknas 12 000 000 kr'),
      messageEn: expect.any(String),
      expected: '2952000000',
      actual: '2940000000',
      difference: '-12000000',
    });
  });

  it('checks a file, and exits 2 with located messages when the file is invalid', async () => {
    const dir = tmp();
    const good = join(dir, 'egen.json');
    writeFileSync(good, JSON.stringify(CATALOG_JSON[0]));
    expect((await cli(['check', good])).code).toBe(0);
    const broken = JSON.parse(JSON.stringify(CATALOG_JSON[0]));
    broken.areas[1].amount = '168 000 000';
    const bad = join(dir, 'trasig.json');
    writeFileSync(bad, JSON.stringify(broken));
    const r = await cli(['check', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('areas[1].amount: beloppet ska vara en decimalsträng');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('prints English with --lang en', async () => {
    const r = await cli(['check', 'cancervard-2023', '--lang', 'en']);
    expect(r.out).toContain('WARNING UNALLOCATED_REMAINDER');
    expect(r.out).toContain('44 000 000 kr less than the frame');
  });

  it.each([
    [['check', 'finns-inte'], /ingen inbyggd överenskommelse/],
    [['check', 'saknas.json'], /går inte att läsa/],
    [['check', 'sammanhallen-vard-2023', '--format', 'xml'], /Okänt format/],
    [['check'], /argumentet id\|fil\.json\|fil\.xlsx saknas/],
    [['deadlines', 'sammanhallen-vard-2023', '--today', '2023-02-30'], /--today ska vara ett datum/],
  ])('exits 2 for %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('bidragskollen deadlines', () => {
  it('prints the documented JSON shape with dates as YYYY-MM-DD', async () => {
    const r = await cli(['deadlines', 'sammanhallen-vard-2023', '--today', '2023-11-15', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['deadlines']);
    for (const d of json.deadlines) {
      expect(Object.keys(d)).toEqual(expect.arrayContaining(['id', 'kind', 'date', 'status', 'daysLeft', 'nonWorkingDay', 'holiday', 'lastWorkingDay', 'recipient', 'areas']));
      expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.lastWorkingDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(json.deadlines[2]).toMatchObject({ id: 'rekvisition', kind: 'requisition', date: '2023-12-01', status: 'due-soon', daysLeft: 16, nonWorkingDay: false, holiday: null });
  });

  it('uses today in Swedish time by default, and writes an .ics file', async () => {
    const dir = tmp();
    const r = await cli(['deadlines', 'sammanhallen-vard-2023', '--ics', 'frister.ics'], { cwd: dir, today: '2024-03-20' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('I dag: 2024-03-20');
    expect(r.out).toContain('Påskdagen: sista arbetsdag 2024-03-28');
    expect(r.out).toMatch(/2023-09-30 .* lördag: sista arbetsdag 2023-09-29/);
    const ics = readFileSync(join(dir, 'frister.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(10);
  });

  it('says so when the document states no deadlines', async () => {
    const r = await cli(['deadlines', 'cancervard-2023', '--today', '2023-06-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dokumentet anger inga tidsfrister.');
  });
});

describe('the real CLI, spawned', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/bidragskollen.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('returns the exit codes a script can rely on: 0, 1 and 2', () => {
    const ok = run(['check', 'sammanhallen-vard-2023', '--format', 'json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).issues).toHaveLength(4);
    const errors = run(['check', 'okad-tillganglighet-2023', '--format', 'json']);
    expect(errors.status).toBe(1);
    expect(JSON.parse(errors.stdout).issues[0].code).toBe('PARTS_SUM_MISMATCH');
    const usage = run(['check', 'finns-inte']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('ingen inbyggd överenskommelse');
    const deadlines = run(['deadlines', 'sammanhallen-vard-2023', '--today', '2024-01-10', '--format', 'json']);
    expect(deadlines.status).toBe(0);
    expect(JSON.parse(deadlines.stdout).deadlines[3]).toMatchObject({ id: 'aterbetalning', status: 'upcoming', daysLeft: 81 });
  }, 60_000);
});
