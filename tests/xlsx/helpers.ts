import { issueText } from '../../src/core/result';
import ExcelJS from 'exceljs';
import type { Sheet, SheetBook } from '../../src/core/sheet';
import { buildWorkbook } from '../../src/xlsx';

export function book(sheets: Sheet[]): SheetBook {
  return { title: 'Test', generator: 'Bidragskollen test', sheets };
}

export async function build(sheets: Sheet[], existing?: Buffer): Promise<Buffer> {
  const r = await buildWorkbook(book(sheets), existing ? { bytes: existing, file: 'test.xlsx' } : undefined);
  if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
  return r.value.buffer;
}

export async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function names(wb: ExcelJS.Workbook): Map<string, string> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return new Map(model.map((n) => [n.name, n.ranges[0] as string]));
}

/** The cell a defined name points at. */
export function named(wb: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const range = names(wb).get(name);
  if (!range) throw new Error(`no name ${name}`);
  const bang = range.lastIndexOf('!');
  const sheet = range.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return ws.getCell(range.slice(bang + 1).replace(/\$/g, ''));
}

/**
 * Renames a sheet as Excel does: the workbook's names that refer to it follow (ExcelJS's own rename
 * leaves them pointing at the old name, which Excel never does).
 */
export function renameLikeExcel(wb: ExcelJS.Workbook, from: string, to: string): void {
  wb.getWorksheet(from)!.name = to;
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const quoted = (s: string) => `'${s.replace(/'/g, "''")}'!`;
  for (const n of model) n.ranges = n.ranges.map((r) => (r.startsWith(quoted(from)) ? quoted(to) + r.slice(quoted(from).length) : r.startsWith(`${from}!`) ? quoted(to) + r.slice(from.length + 1) : r));
  (wb.definedNames as unknown as { model: unknown }).model = model;
}
