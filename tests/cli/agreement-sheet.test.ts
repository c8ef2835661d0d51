import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { blankAgreementSheet } from '../../src/core/templates';
import { controllerTyping } from '../agreement-sheet/controller';
import { cli } from './harness';

const SEED = join(__dirname, '../../../shared/seeds/000_6d1cf6cedc0d2a94.txt');

describe('bidragskollen agreement sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-agreement-sheet-'));

  it('writes the sheet of a catalog entry, and check, deadlines and report read it as the agreement', async () => {
    const out = join(dir, 'overenskommelse.xlsx');
    const w = await cli(['agreement', 'sheet', 'sammanhallen-vard-2023', '--out', out]);
    expect(w.err).toBe('');
    expect(w.code).toBe(0);
    expect(w.out).toContain('Överenskommelsebladet för sammanhallen-vard-2023');
    const fromId = await cli(['check', 'sammanhallen-vard-2023', '--format', 'json']);
    const fromSheet = await cli(['check', out, '--format', 'json']);
    expect(fromSheet.err).toBe('');
    expect(fromSheet.code).toBe(fromId.code);
    expect(fromSheet.out).toBe(fromId.out);
    const d1 = await cli(['deadlines', 'sammanhallen-vard-2023', '--today', '2023-11-15', '--format', 'json']);
    const d2 = await cli(['deadlines', out, '--today', '2023-11-15', '--format', 'json']);
    expect(d2.out).toBe(d1.out);
    const report = await cli(['report', 'rekvisition', '--agreement', out, '--recipient', '13', '--out', join(dir, 'rekv.xlsx')]);
    expect(report.err).toBe('');
    expect(report.code).toBe(0);
  });

  it('refuses an existing file without --force, and writes English with --lang en', async () => {
    const out = join(dir, 'en.xlsx');
    expect((await cli(['agreement', 'sheet', 'cancervard-2023', '--out', out, '--lang', 'en'])).code).toBe(0);
    const again = await cli(['agreement', 'sheet', 'cancervard-2023', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect((await cli(['check', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Agreement']);
  });

  it('imports an agreement text straight into the sheet', async () => {
    const out = join(dir, 'import.xlsx');
    const r = await cli(['agreement', 'sheet', SEED, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const c = await cli(['check', out, '--format', 'json']);
    expect([0, 1]).toContain(c.code);
  });

  it('a broken sheet exits 2 with the cell to fix, and the file is left as it was', async () => {
    const out = join(dir, 'broken.xlsx');
    expect((await cli(['agreement', 'sheet', 'sammanhallen-vard-2023', '--out', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Överenskommelse')!;
    let amountCell = '';
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'antibiotika' && amountCell === '') {
        row.getCell(5).value = '12,5x';
        amountCell = row.getCell(5).address;
      }
    });
    await wb.xlsx.writeFile(out);
    const before = readFileSync(out);
    const r = await cli(['check', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Överenskommelse!${amountCell}: beloppet ”12,5x” går inte att läsa`);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('an .xlsx without an agreement sheet, or not a workbook at all, exits 2', async () => {
    const rekv = join(dir, 'rekv.xlsx');
    if (!existsSync(rekv)) await cli(['report', 'rekvisition', '--agreement', 'sammanhallen-vard-2023', '--recipient', '13', '--out', rekv]);
    const none = await cli(['check', rekv]);
    expect(none.code).toBe(2);
    expect(none.err).toContain('har inget överenskommelseblad');
    const junk = join(dir, 'junk.xlsx');
    writeFileSync(junk, 'not a zip');
    const bad = await cli(['deadlines', junk]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('går inte att öppna som Excel-arbetsbok');
  });

  it('--blank writes an empty sheet to type into; unfilled, check names the cells to fill; filled in Excel, check accepts it', async () => {
    const out = join(dir, 'ny.xlsx');
    const w = await cli(['agreement', 'sheet', '--blank', '--out', out]);
    expect(w.err).toBe('');
    expect(w.code).toBe(0);
    expect(w.out).toContain('Ett tomt överenskommelseblad skrivet till');
    expect(w.out).toContain(`bidragskollen check ${out}`);
    const unfilled = await cli(['check', out]);
    expect(unfilled.code).toBe(2);
    expect(unfilled.err).toContain('Överenskommelse!B6: Id måste fyllas i.');
    expect(unfilled.err).toContain('Överenskommelse!C32: raden har nivå 2');

    // The controller types into the file (ExcelJS standing in for Excel) and saves it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Överenskommelse')!;
    for (const [ref, v] of controllerTyping(blankAgreementSheet('sv', { productVersion: 'x', generatedAt: '2023-06-15T10:00:00.000Z' }))) ws.getCell(ref).value = v;
    await wb.xlsx.writeFile(out);
    const checked = await cli(['check', out, '--format', 'json']);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    const deadlines = await cli(['deadlines', out, '--today', '2025-11-01', '--format', 'json']);
    expect(deadlines.code).toBe(0);
    expect(deadlines.out).toContain('2025-12-01');
  });

  it('a second --blank into the same workbook adds a sheet: it never replaces one a controller typed into', async () => {
    const out = join(dir, 'two-blank.xlsx');
    expect((await cli(['agreement', 'sheet', '--blank', '--out', out])).code).toBe(0);
    const again = await cli(['agreement', 'sheet', '--blank', '--out', out, '--force']);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('uppdaterat');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Överenskommelse', 'Överenskommelse (2)']);
  });

  it('--blank in English, and neither an agreement nor --blank, or both, is a usage error', async () => {
    const out = join(dir, 'new-en.xlsx');
    const w = await cli(['agreement', 'sheet', '--blank', '--lang', 'en', '--out', out]);
    expect(w.code).toBe(0);
    expect(w.out).toContain('A blank agreement sheet written to');
    const unfilled = await cli(['check', out]);
    expect(unfilled.code).toBe(2);
    expect(unfilled.err).toContain('Agreement!B6: ');
    // --lang en gives the reading errors, and the heading, in English.
    const english = await cli(['check', out, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.err).toMatch(/is not a valid agreement \(\d+ errors\):/);
    expect(english.err).toMatch(/Agreement!B6: .*[Ii]d/);
    expect(english.err).not.toContain('måste');
    const neither = await cli(['agreement', 'sheet', '--out', join(dir, 'x.xlsx')]);
    expect(neither.code).toBe(2);
    expect(neither.err).toContain('--blank');
    const both = await cli(['agreement', 'sheet', 'cancervard-2023', '--blank', '--out', join(dir, 'y.xlsx')]);
    expect(both.code).toBe(2);
    expect(both.err).toContain('inte båda');
    expect(existsSync(join(dir, 'x.xlsx')) || existsSync(join(dir, 'y.xlsx'))).toBe(false);
  });
});
