import ExcelJS from 'exceljs';
import type { AgreementJson } from '../core/agreements';
import { fail, makeIssue, type Issue, type Result } from '../core/result';
import { MARKER_CELL, markerId, readRegistry } from '../core/sheet';
import { AGREEMENT_SHEET_KIND, AGREEMENT_SHEET_MESSAGES as M, readAgreementSheet, type CellInput } from '../core/templates';

/**
 * Reads the agreement sheet of an .xlsx file: found through the workbook's registry of generated
 * sheets (or, failing that, the marker cell), its cell values handed to the core reader as they
 * stand (a formula by its cached result, a date as YYYY-MM-DD). The file is only read.
 */
export async function readAgreementWorkbook(bytes: Uint8Array, file: string): Promise<Result<{ agreement: AgreementJson; sheetName: string }, Issue>> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return fail(makeIssue(M, 'FILE_UNREADABLE', { file, reason: e instanceof Error ? e.message : String(e) }));
  }
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const registered = readRegistry(names.map((n) => ({ name: n.name, formula: n.ranges[0] ?? '' })))
    .filter((e) => e.id.startsWith(AGREEMENT_SHEET_KIND))
    .map((e) => wb.getWorksheet(e.sheet));
  const ws = registered.find((w) => w !== undefined) ?? wb.worksheets.find((w) => markerId(w.getCell(MARKER_CELL).value)?.startsWith(AGREEMENT_SHEET_KIND));
  if (!ws) return fail(makeIssue(M, 'NO_AGREEMENT_SHEET', { file }));
  const read = readAgreementSheet(grid(ws), { sheetName: ws.name });
  return read.ok ? { ok: true, value: { agreement: read.value, sheetName: ws.name } } : read;
}

function grid(ws: ExcelJS.Worksheet): CellInput[][] {
  const out: CellInput[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellInput[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range's value is its top-left cell's; the others read as empty, as Excel shows them.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      cells[c - 1] = valueOf(cell.value);
    });
    out[r - 1] = cells;
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

function valueOf(v: ExcelJS.CellValue): CellInput {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return valueOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return null;
}
