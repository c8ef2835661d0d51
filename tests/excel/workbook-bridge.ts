import ExcelJS from 'exceljs';
import { parseRange, rangeRef, splitAddress } from '../../src/core/sheet';
import { FakeWorkbook, type FakeSheet } from '../support/fake-excel';

/**
 * Moves a workbook between the two worlds the writers live in, as Excel would when a user opens a
 * file the CLI wrote, or saves one the task pane wrote: cells (constants and formulas), workbook
 * names and tables. Nothing else is carried, so a test through here shows that the identity lives
 * in what both keep.
 */
export function fakeFromXlsx(wb: ExcelJS.Workbook): FakeWorkbook {
  const fake = new FakeWorkbook([]);
  for (const ws of wb.worksheets) {
    const sheet = fake.addSheet(ws.name);
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        const input = c.type === ExcelJS.ValueType.Formula ? `=${c.formula}` : typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'string' ? v : String(v ?? '');
        sheet.cells.set(c.address, { input, numberFormat: c.numFmt || 'General' });
      }),
    );
    for (const t of ws.getTables() as unknown as { table: { name: string; tableRef: string; totalsRow: boolean } }[]) {
      const box = parseRange(t.table.tableRef);
      // The fake keeps a table's header and body; its totals row is the row below.
      fake.tables.push({ name: t.table.name, sheet, range: rangeRef({ ...box, bottom: box.bottom - (t.table.totalsRow ? 1 : 0) }), showTotals: t.table.totalsRow, style: 'TableStyleLight9' });
    }
  }
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const n of model) {
    const [sheetName, ref] = splitAddress(n.ranges[0] ?? '');
    fake.names.push({ name: n.name, sheet: fake.sheet(sheetName) ?? null, ref, comment: '' });
  }
  return fake;
}

export function xlsxFromFake(fake: FakeWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const byFake = new Map<FakeSheet, ExcelJS.Worksheet>();
  for (const s of fake.sheets) {
    const ws = wb.addWorksheet(s.name);
    byFake.set(s, ws);
    for (const [ref, c] of s.cells) {
      const cell = ws.getCell(ref);
      if (typeof c.input === 'string' && c.input.startsWith('=')) cell.value = { formula: c.input.slice(1) };
      else if (c.input !== '') cell.value = s.value(ref);
      if (c.numberFormat !== 'General') cell.numFmt = c.numberFormat;
    }
  }
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'`;
  (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model = fake.names
    .filter((n) => n.sheet && byFake.has(n.sheet))
    .map((n) => ({ name: n.name, ranges: [`${quote(n.sheet!.name)}!${n.ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`] }));
  return wb;
}
