import { issueText } from '../../src/core/result';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redovisningTemplate, rekvisitionTemplate } from '../../src/core/templates';
import { buildWorkbook } from '../../src/xlsx';
import { readZip } from '../../src/xlsx/package/zip';
import { OPTIONS, grantFor } from '../templates/fixtures';
import { excelFeatureParts, excelFeatureWorkbook, type StructureProtection } from './excel-features';
import { book } from './helpers';
import { findSoffice, recalculateWithLibreOffice } from './libreoffice';
import { rezip, unzipText } from './zip-writer';

const rekv = () => rekvisitionTemplate(grantFor('13'), OPTIONS);
const redov = () => redovisningTemplate(grantFor('13'), OPTIONS);

/** The shared parts a writer must edit to add a sheet; every other part of the user's must keep its bytes. */
const SHARED = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']);

async function writeInto(bytes: Buffer, sheets = [rekv(), redov()]): Promise<Buffer> {
  const r = await buildWorkbook(book(sheets), { bytes, file: 'budget.xlsx' });
  if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
  return r.value.buffer;
}

const raw = (bytes: Buffer) => new Map(readZip(bytes).map((p) => [p.name, p.compressed]));

describe.each<StructureProtection>(['legacy', 'sha512'])('a workbook with Excel features the user made (%s structure protection)', (protection) => {
  const original = excelFeatureWorkbook(protection);
  const before = excelFeatureParts(protection);

  it('every part that is not shared comes back byte for byte, compressed bytes included', async () => {
    const after = await writeInto(original);
    const rawBefore = raw(original);
    const rawAfter = raw(after);
    for (const [name, bytes] of rawBefore) {
      if (SHARED.has(name)) continue;
      expect([name, rawAfter.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
  });

  it('the shared parts keep every element the user had, to the letter', async () => {
    const parts = unzipText(await writeInto(original));
    const wbBefore = before.get('xl/workbook.xml') as string;
    const wb = parts.get('xl/workbook.xml') as string;
    for (const element of [
      /<fileSharing[^>]*\/>/,
      /<workbookProtection[^>]*\/>/,
      /<workbookPr[^>]*\/>/,
      /<bookViews>[\s\S]*?<\/bookViews>/,
      /<extLst>[\s\S]*?<\/extLst>/,
      /<sheet name="Budget"[^>]*\/>/,
      /<sheet name="Trender"[^>]*\/>/,
      /<definedName name="Moms">[^<]*<\/definedName>/,
      /<definedName name="Summa"[^>]*>[^<]*<\/definedName>/,
      /<definedName name="Utfall">[^<]*<\/definedName>/,
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">[^<]*<\/definedName>/,
    ]) {
      const m = element.exec(wbBefore)?.[0];
      expect(m).toBeDefined();
      expect([m, wb.includes(m as string)]).toEqual([m, true]);
    }
    // Iterative calculation survives; only a full calculation on load is asked for.
    const calcPr = /<calcPr\b[^>]*>/.exec(wb)?.[0] ?? '';
    for (const a of ['calcId="191029"', 'iterate="1"', 'iterateCount="50"', 'iterateDelta="1E-4"', 'fullCalcOnLoad="1"']) expect([a, calcPr.includes(a)]).toEqual([a, true]);
    // The user's styles keep their positions: every cell format they had is still at its index.
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
    expect(xfs(parts.get('xl/styles.xml') as string).startsWith(xfs(before.get('xl/styles.xml') as string))).toBe(true);
    expect(parts.get('xl/styles.xml')).toContain('<numFmt numFmtId="164" formatCode="&quot;Ja&quot;;;&quot;Nej&quot;"/>');
    for (const rel of (before.get('xl/_rels/workbook.xml.rels') as string).match(/<Relationship [^>]*\/>/g) ?? []) {
      expect(parts.get('xl/_rels/workbook.xml.rels')).toContain(rel);
    }
    for (const o of (before.get('[Content_Types].xml') as string).match(/<(Override|Default) [^>]*\/>/g) ?? []) {
      expect(parts.get('[Content_Types].xml')).toContain(o);
    }
  });

  it('writing again updates our sheets in place, and neither styles nor names grow', async () => {
    const once = await writeInto(original);
    const twice = await writeInto(once);
    const a = unzipText(once);
    const b = unzipText(twice);
    expect(b.get('xl/styles.xml')).toBe(a.get('xl/styles.xml'));
    expect(b.get('xl/workbook.xml')).toBe(a.get('xl/workbook.xml'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(twice as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Budget', 'Trender', 'Rekv 13 Halland', 'Redov 13 Halland']);
    expect(wb.getWorksheet('Budget')!.getCell('B5').formula).toBe('SUM(B2:B4)');
  });
});

describe('the transplanted workbook opens in another engine', () => {
  const soffice = findSoffice();
  const maybe = soffice ? it : it.skip;
  if (!soffice && process.env.CI === 'true') throw new Error('LibreOffice is required under CI.');

  maybe('LibreOffice reads the user’s sheets and ours, and calculates both', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bk-foreign-'));
    const file = join(dir, 'budget.xlsx');
    writeFileSync(file, await writeInto(excelFeatureWorkbook()));
    const [out] = recalculateWithLibreOffice(soffice as string, [file], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out as string) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Budget', 'Trender', 'Rekv 13 Halland', 'Redov 13 Halland']);
    const budget = wb.getWorksheet('Budget')!;
    expect(budget.getCell('B5').result).toBe(2450);
    expect(budget.getCell('A2').value).toBe('Personal');
    // A formula on our sheet, calculated by LibreOffice from the inlined strings and merged styles.
    const redovisning = wb.getWorksheet('Redov 13 Halland')!;
    const formulas: unknown[] = [];
    redovisning.eachRow((row) => row.eachCell((c) => (c.type === ExcelJS.ValueType.Formula ? formulas.push(c.result) : undefined)));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((r) => typeof r === 'object' && r !== null && 'error' in r)).toEqual([]);
  }, 120_000);
});

describe('a generated sheet the user copied, or wrote beside', () => {
  it('updates the sheet the registry names, not a copy placed before it, and leaves the copy as it was', async () => {
    const first = await buildWorkbook(book([rekv()]));
    if (!first.ok) throw new Error('not built');
    // As Excel copies a sheet: the copy first, the workbook's names on it copied as sheet-local names.
    const copied = rezip(first.value.buffer, (p) => {
      p.set('xl/worksheets/sheet9.xml', (p.get('xl/worksheets/sheet1.xml') as string).replace(/Region Halland/g, 'Region Halland (kopia)'));
      p.set('xl/_rels/workbook.xml.rels', (p.get('xl/_rels/workbook.xml.rels') as string).replace('</Relationships>', '<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>'));
      p.set('[Content_Types].xml', (p.get('[Content_Types].xml') as string).replace('</Types>', '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
      let wb = p.get('xl/workbook.xml') as string;
      wb = wb.replace(/localSheetId="(\d+)"/g, (_m, i: string) => `localSheetId="${Number(i) + 1}"`);
      const locals = (wb.match(/<definedName name="bk_[^"]*">[^<]*<\/definedName>/g) ?? []).map((d) =>
        d.replace('<definedName ', '<definedName localSheetId="0" ').replace(/'Rekv 13 Halland'!/g, "'Rekv 13 Halland (2)'!"),
      );
      wb = wb.replace('</definedNames>', `${locals.join('')}</definedNames>`);
      wb = wb.replace('<sheets>', '<sheets><sheet name="Rekv 13 Halland (2)" sheetId="9" r:id="rIdCopy"/>');
      p.set('xl/workbook.xml', wb);
    });
    const again = await buildWorkbook(book([rekv()]), { bytes: copied, file: 'x.xlsx' });
    if (!again.ok) throw new Error(again.issues.map((i) => issueText(i)).join());
    expect(again.value.sheets.map((s) => [s.sheetName, s.status])).toEqual([['Rekv 13 Halland', 'updated']]);
    expect(unzipText(again.value.buffer).get('xl/worksheets/sheet9.xml')).toBe(unzipText(copied).get('xl/worksheets/sheet9.xml'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(again.value.buffer as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rekv 13 Halland (2)', 'Rekv 13 Halland']);
  });

  it('keeps what the user wrote outside the form’s cells, and says so', async () => {
    const first = await buildWorkbook(book([rekv()]));
    if (!first.ok) throw new Error('not built');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.value.buffer as unknown as ArrayBuffer);
    wb.getWorksheet('Rekv 13 Halland')!.getCell('F3').value = 'Ring Bertil före den 20:e';
    wb.getWorksheet('Rekv 13 Halland')!.getCell('H40').value = 1234;
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await buildWorkbook(book([rekv()]), { bytes: edited, file: 'x.xlsx' });
    if (!again.ok) throw new Error(again.issues.map((i) => issueText(i)).join());
    expect(again.value.sheets[0]?.keptOutside).toEqual(['F3', 'H40']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(again.value.buffer as unknown as ArrayBuffer);
    expect(back.getWorksheet('Rekv 13 Halland')!.getCell('F3').value).toBe('Ring Bertil före den 20:e');
    expect(back.getWorksheet('Rekv 13 Halland')!.getCell('H40').value).toBe(1234);
  });
});
