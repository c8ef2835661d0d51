import ExcelJS from 'exceljs';
import type { ReportCell, ReportSheetInput } from '../core/review';
import { MARKER_CELL } from '../core/sheet';

/**
 * Reads a returned workbook for review: every sheet with its marker and the defined names that
 * point to one of its cells. Nothing is interpreted here; the core decides what a sheet is.
 */
export async function readReportWorkbook(bytes: Uint8Array, file: string): Promise<{ ok: true; value: ReportSheetInput[] } | { ok: false; detail: string }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : String(e) };
  }
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const bySheet = new Map<string, Map<string, string>>();
  for (const n of model) {
    const range = n.ranges.length === 1 ? n.ranges[0] : undefined;
    const bang = range?.lastIndexOf('!') ?? -1;
    if (!range || bang < 0) continue;
    const rawSheet = range.slice(0, bang);
    const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    const address = range.slice(bang + 1).replace(/\$/g, '');
    if (address.includes(':')) continue;
    if (!bySheet.has(sheet)) bySheet.set(sheet, new Map());
    bySheet.get(sheet)?.set(n.name, address);
  }
  return {
    ok: true,
    value: wb.worksheets.map((ws) => {
      const marker = ws.getCell(MARKER_CELL).value;
      const names = new Map<string, ReportCell>();
      for (const [name, address] of bySheet.get(ws.name) ?? []) names.set(name, readCell(ws.getCell(address), address));
      return { file, sheet: ws.name, marker: typeof marker === 'string' ? marker : null, names };
    }),
  };
}

function readCell(cell: ExcelJS.Cell, address: string): ReportCell {
  if (cell.type === ExcelJS.ValueType.Formula) {
    return { address, value: plain(cell.result as ExcelJS.CellValue), formula: cell.formula };
  }
  return { address, value: plain(cell.value) };
}

/** Dates as YYYY-MM-DD (ExcelJS gives date cells as UTC midnights), rich text and links as their text. */
function plain(v: ExcelJS.CellValue | undefined): ReportCell['value'] {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'error' in v) return null;
  return null;
}
