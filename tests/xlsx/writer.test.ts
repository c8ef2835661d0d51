import { issueText } from '../../src/core/result';
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MARKER_CELL } from '../../src/core/sheet';
import { distributionSheet, prefillAll, redovisningTemplate, rekvisitionTemplate } from '../../src/core/templates';
import { TEST_AGREEMENT } from '../templates/agreement-fixture';
import { INPUT_FILL, buildWorkbook, checkPackage, excelSerial, fromExcelSerial, writeSheetsToFile } from '../../src/xlsx';
import { OPTIONS, POPULATION, grantFor } from '../templates/fixtures';
import { book, build, load, named, names, renameLikeExcel, save } from './helpers';
import { rezip, unzipText } from './zip-writer';

const rekv = () => rekvisitionTemplate(grantFor('13'), OPTIONS);
const redov = () => redovisningTemplate(grantFor('13'), OPTIONS);

describe('xlsx writer', () => {
  it('marks, names and unlocks input cells, locks the rest, and protects the sheet without a password', async () => {
    const tpl = redov();
    const wb = await load(await build([tpl]));
    const ws = wb.getWorksheet(tpl.sheetName)!;
    const input = named(wb, `${tpl.namePrefix}_kontaktperson`);
    expect(input.value).toBe('Anna Andersson');
    expect(input.protection?.locked).toBe(false);
    expect((input.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(INPUT_FILL);
    const costs = tpl.cells.find((c) => c.anchor === 'costs')!;
    expect(ws.getCell(costs.ref).formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
    expect(ws.getCell(costs.ref).protection?.locked).not.toBe(false);
    expect(ws.getCell(costs.ref).numFmt).toBe('#,##0');
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true });
    expect(protection.hashValue).toBeUndefined();
    const inputs = tpl.cells.filter((c) => c.input).map((c) => `${tpl.namePrefix}_${c.input!.key}`);
    expect(inputs.every((n) => names(wb).has(n))).toBe(true);
  });

  it('sets A4, the print area, fit to width, the review list and date formats', async () => {
    const tpl = redov();
    const wb = await load(await build([tpl]));
    const ws = wb.getWorksheet(tpl.sheetName)!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, printArea: tpl.print.area });
    const review = named(wb, `${tpl.namePrefix}_granskning`);
    expect(review.dataValidation).toMatchObject({ type: 'list', formulae: ['"Alt 1: Redovisningen under punkt 3 är korrekt,Alt 2: Redovisningen under punkt 3 är inte korrekt"'] });
    const deadline = ws.getCell(tpl.cells.find((c) => c.value.t === 'date')!.ref);
    expect(deadline.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell(MARKER_CELL).value).toBe(`bidragskollen:v1:${tpl.id}`);
    expect(ws.getColumn(52).hidden).toBe(true);
  });

  it('converts calendar dates to Excel serials in one place', () => {
    expect(excelSerial('2023-12-01')).toBe(45261);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(fromExcelSerial(45261)).toBe('2023-12-01');
    expect(() => excelSerial('2023-02-29')).toThrow(RangeError);
    expect(() => excelSerial('1900-02-28')).toThrow(RangeError);
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(excelSerial('2024-02-29')).toBe(45351);
  });

  it('never overwrites a sheet it did not create: it picks a new name and leaves the user’s sheet as it was', async () => {
    const wb = new ExcelJS.Workbook();
    const mine = wb.addWorksheet('Rekv 13 Halland');
    mine.getCell('A1').value = 'mina egna anteckningar';
    mine.getCell('B2').value = { formula: '1+1', result: 2 };
    const r = await buildWorkbook(book([rekv()]), { bytes: await save(wb), file: 'x.xlsx' });
    if (!r.ok) throw new Error();
    expect(r.value.sheets[0]).toMatchObject({ sheetName: 'Rekv 13 Halland (2)', status: 'created', preferredName: 'Rekv 13 Halland' });
    const out = await load(r.value.buffer);
    expect(out.worksheets.map((w) => w.name)).toEqual(['Rekv 13 Halland', 'Rekv 13 Halland (2)']);
    expect(out.getWorksheet('Rekv 13 Halland')!.getCell('A1').value).toBe('mina egna anteckningar');
    expect(out.getWorksheet('Rekv 13 Halland')!.getCell('B2').formula).toBe('1+1');
  });

  it('finds its own sheet after the user renamed it, and keeps the user’s sheet order', async () => {
    const wb = await load(await build([rekv()]));
    renameLikeExcel(wb, 'Rekv 13 Halland', 'Min rekvisition');
    wb.addWorksheet('Anteckningar');
    const r = await buildWorkbook(book([rekv()]), { bytes: await save(wb), file: 'x.xlsx' });
    if (!r.ok) throw new Error();
    expect(r.value.sheets[0]).toMatchObject({ sheetName: 'Min rekvisition', status: 'updated' });
    expect((await load(r.value.buffer)).worksheets.map((w) => w.name)).toEqual(['Min rekvisition', 'Anteckningar']);
  });

  it('writes the distribution as an Excel table with its totals row, and replaces it in place keeping its name', async () => {
    const p = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
    if (!p.ok) throw new Error();
    const sheet = distributionSheet({ agreement: { id: 'test-2023', title: 'Prov' }, line: { id: 'a-regioner', title: 'Till regionerna' }, distribution: p.value.distributions.get('a-regioner')!, lang: 'sv', stamp: OPTIONS.info });
    const once = await build([sheet]);
    const r = await buildWorkbook(book([sheet]), { bytes: once, file: 'x.xlsx' });
    if (!r.ok) throw new Error();
    expect(r.value.sheets[0]).toMatchObject({ sheetName: 'Fördelning', status: 'updated' });
    const ws = (await load(r.value.buffer)).getWorksheet('Fördelning')!;
    const tables = ws.getTables() as unknown as { table: { name: string; tableRef: string; totalsRow: boolean } }[];
    expect(tables.map((t) => [t.table.name, t.table.tableRef, t.table.totalsRow])).toEqual([['bk_fordelning_a_regioner', 'A4:E26', true]]);
    expect(ws.getCell('E26').formula).toBe('SUBTOTAL(109,E5:E25)');
    expect(JSON.parse(String(ws.getCell('AZ2').value))).toMatchObject({ agreementId: 'test-2023', lineId: 'a-regioner' });
  });

  it('writes into a workbook with parts ExcelJS does not know, and keeps them as they were', async () => {
    const plain = await build([rekv()]);
    expect(checkPackage(plain, 'x.xlsx')).toEqual([]);
    const withChart = rezip(plain, (p) => {
      p.set('xl/charts/chart1.xml', '<chartSpace/>');
      p.set('xl/workbook.xml', (p.get('xl/workbook.xml') as string).replace('</definedNames>', '<definedName name="Moms">0.25</definedName></definedNames>'));
    });
    expect(checkPackage(withChart, 'x.xlsx')).toEqual([]);
    const r = await buildWorkbook(book([rekv(), redov()]), { bytes: withChart, file: 'x.xlsx' });
    if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join());
    const parts = unzipText(r.value.buffer);
    expect(parts.get('xl/charts/chart1.xml')).toBe('<chartSpace/>');
    expect(parts.get('xl/workbook.xml')).toContain('<definedName name="Moms">0.25</definedName>');
    expect(r.value.sheets.map((s) => s.status)).toEqual(['updated', 'created']);
    expect(checkPackage(Buffer.from('hej'), 'x.xlsx').map((i) => i.code)).toEqual(['NOT_XLSX']);
  });
});

describe('writing a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-writer-'));

  it('a failure midway leaves the file exactly as it was and no temporary file behind', async () => {
    const file = join(dir, 'a.xlsx');
    const first = await writeSheetsToFile(file, book([rekv()]));
    expect(first.ok).toBe(true);
    const before = readFileSync(file);
    const failed = await writeSheetsToFile(file, book([rekv(), redov()]), {
      write: () => {
        throw new Error('disk full');
      },
    });
    expect(failed.ok ? [] : failed.issues.map((i) => i.code)).toEqual(['WRITE_FAILED']);
    expect(readFileSync(file).equals(before)).toBe(true);
    const broken = await writeSheetsToFile(file, book([{ ...rekv(), cells: [{ ref: 'A1', value: { t: 'formula', f: '{{no-such-sheet}}!A1' }, style: 'text' }] }])).catch((e: Error) => e);
    expect(broken).toBeInstanceOf(Error);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says why a write failed without showing the temporary file', async () => {
    const file = join(dir, 'finns-inte', 'd.xlsx');
    const r = await writeSheetsToFile(file, book([rekv()]));
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['WRITE_FAILED']);
    const issue = r.ok ? undefined : r.issues[0];
    expect(issueText(issue!)).toContain('mappen finns inte');
    expect(issueText(issue!, 'en')).toContain('the folder does not exist');
    expect(`${issueText(issue!)} ${issueText(issue!, 'en')}`).not.toContain('.tmp');
  });

  it('the atomic write replaces the file in one step', async () => {
    const file = join(dir, 'b.xlsx');
    writeFileSync(file, 'old');
    const r = await writeSheetsToFile(file, book([rekv()])).catch((e: Error) => e);
    expect(r).toMatchObject({ ok: false });
    expect(readFileSync(file, 'utf8')).toBe('old');
    const file2 = join(dir, 'c.xlsx');
    expect((await writeSheetsToFile(file2, book([rekv()]))).ok).toBe(true);
    expect(readFileSync(file2).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
