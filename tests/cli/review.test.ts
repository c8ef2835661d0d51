import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './harness';
import { filledReport, goodFill, grantFor } from '../review/report-fixtures';

describe('bidragskollen review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-review-'));

  beforeAll(async () => {
    writeFileSync(join(dir, 'skr.xlsx'), await filledReport('skr', goodFill('skr')));
    writeFileSync(join(dir, 'halland.xlsx'), await filledReport('13', goodFill('13')));
    const own = new ExcelJS.Workbook();
    own.addWorksheet('Min redovisning').getCell('A1').value = 'Ekonomisk redovisning';
    writeFileSync(join(dir, 'egen.xlsx'), Buffer.from(await own.xlsx.writeBuffer()));
  });

  it('reviews a folder, writes one follow-up workbook, and names what it refused (exit 1)', async () => {
    const r = await cli(['review', dir, '--out', join(dir, 'ut', '..', 'uppfoljning.xlsx'), '--today', '2024-03-01']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/skr\.xlsx \/ Redov SKR .*Godkänd/);
    expect(r.out).toMatch(/egen\.xlsx .*Ej granskad/);
    expect(r.out).toContain('FEL REPORT_NO_SHEETS (egen.xlsx)');
    expect(r.out).toContain('Uppföljningen skriven till');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'uppfoljning.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Uppföljning');
    const rows = (ws?.getSheetValues() ?? []).slice(4) as unknown[][];
    // The recipient as the report names itself (the fixture's profile is Region Halland's for both).
    // The last row is the total row, rendered from the core's follow-up sheet: nothing under Mottagare.
    expect(rows.map((row) => row[4])).toEqual(['13 Region Halland', 'skr Region Halland', '', undefined]);
    expect(rows.at(-1)?.[1]).toBe('Summa (granskade)');
    expect(rows.at(-1)?.[7]).toBe(grantFor('skr').total.plus(grantFor('13').total).toNumber());
    expect(wb.getWorksheet('Anmärkningar')?.rowCount).toBe(3);
  });

  it('never overwrites a workbook that is not a follow-up, and replaces its own', async () => {
    const again = await cli(['review', dir, '--out', join(dir, 'uppfoljning.xlsx'), '--today', '2024-03-01']);
    expect(again.code).toBe(1);
    expect(again.out).not.toContain('uppfoljning.xlsx /');
    const theirs = join(dir, 'skr.xlsx');
    const before = readFileSync(theirs);
    const r = await cli(['review', join(dir, 'halland.xlsx'), '--out', theirs, '--today', '2024-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('finns redan och är ingen uppföljning');
    expect(readFileSync(theirs).equals(before)).toBe(true);
  });

  it('prints JSON with every finding located', async () => {
    const r = await cli(['review', join(dir, 'skr.xlsx'), join(dir, 'halland.xlsx'), '--format', 'json', '--today', '2024-03-01']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.reports.map((x: { recipient: string; status: string }) => [x.recipient, x.status])).toEqual([
      ['13', 'ok'],
      ['skr', 'ok'],
    ]);
    expect(json.reports[0].findings[0]).toMatchObject({ code: 'REPORT_DEADLINE_UNKNOWN', file: 'halland.xlsx', sheet: 'Redov 13 Halland' });
  });

  it('refuses a corrupt file as a row, and bad usage with exit 2', async () => {
    writeFileSync(join(dir, 'trasig.xlsx'), 'inte en arbetsbok');
    const r = await cli(['review', join(dir, 'trasig.xlsx'), '--today', '2024-03-01']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('REPORT_UNREADABLE');
    expect((await cli(['review', join(dir, 'finns-inte.xlsx')])).code).toBe(2);
    expect((await cli(['review', dir, '--out', 'x.csv'])).err).toContain('--out ska vara en .xlsx-fil');
  });
});

describe('bidragskollen review of a whole batch', () => {
  it('finds every report sheet of a --all workbook (SKR, regions, samverkansregioner) by its names, and skips the index', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-review-all-'));
    const out = join(dir, 'alla.xlsx');
    const made = await cli(['report', 'redovisning', '--agreement', 'sammanhallen-vard-2023', '--all', '--out', out]);
    expect(made.code).toBe(0);
    const r = await cli(['review', out, '--format', 'json', '--today', '2024-03-01']);
    const json = JSON.parse(r.out);
    const recipients = json.reports.map((x: { recipient: string }) => x.recipient);
    expect(recipients).toHaveLength(28);
    expect(recipients).toEqual(expect.arrayContaining(['skr', '01', '25', 'sodra', 'norra']));
    // Nothing filled in yet: every report is incomplete, none refused or misread.
    expect(new Set(json.reports.map((x: { status: string }) => x.status))).toEqual(new Set(['incomplete']));
    expect(json.reports.flatMap((x: { findings: { code: string }[] }) => x.findings.map((f) => f.code)).filter((c: string) => c === 'REPORT_LAYOUT_CHANGED')).toEqual([]);
  }, 60_000);
});
