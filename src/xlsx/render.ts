import type ExcelJS from 'exceljs';
import { AUDIT_CELL, MARKER_CELL, VALIDATION_ERRORS as E, cellNumber, cellRef, cellsOf, markerValue, parseCell, parseRange, resolveSheetRefs, type CellValue, type Sheet, type SheetCell, type ValidationRule } from '../core/sheet';
import { excelSerial } from './serial';
import { XLSX_STYLES } from './styles';
import { xmlSafeText } from './xml-text';

export interface RenderContext {
  /** Sheet name each sheet id became in this workbook. */
  readonly sheetNameOf: (sheetId: string) => string | undefined;
  /** Values the user typed into input cells of the sheet this one replaces, by input key. */
  readonly kept: ReadonlyMap<string, ExcelJS.CellValue>;
  /** The table's name, free in this workbook. */
  readonly tableName?: string;
  /** Told of every cell whose text held characters a workbook cannot store (see xml-text.ts). */
  readonly replacedCharacters?: (ref: string, chars: readonly string[]) => void;
}

/**
 * Renders a sheet onto an empty worksheet: values, formulas, formats, styles, merges, validations,
 * its table, print setup, protection, the marker and the audit record. Names are the workbook's.
 */
export async function renderSheet(ws: ExcelJS.Worksheet, sheet: Sheet, ctx: RenderContext): Promise<void> {
  sheet.columns.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  if (sheet.table && ctx.tableName) addTable(ws, sheet, ctx);
  for (const c of sheet.cells) {
    if (c.merge) ws.mergeCells(c.merge);
    const cell = ws.getCell(c.ref);
    const kept = c.input ? ctx.kept.get(c.input.key) : undefined;
    cell.value = kept !== undefined ? kept : toExcel(c.value, ctx, (chars) => ctx.replacedCharacters?.(c.ref, chars));
    applyStyle(ws, cell, c);
    if (c.input) {
      cell.protection = { locked: false };
      const v = dataValidation(c.input);
      if (v) cell.dataValidation = v;
    }
  }
  // One sqref per range, as Excel writes a validation set on a selection. `Worksheet.dataValidations`
  // is ExcelJS's own (lib/doc/data-validations.js) but missing from its typings.
  const ranged = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const r of sheet.validations ?? []) {
    const v = dataValidation(r);
    if (v) ranged.add(r.range, v);
  }
  ws.getCell(MARKER_CELL).value = markerValue(sheet.id);
  if (sheet.audit) ws.getCell(AUDIT_CELL).value = sheet.audit;
  ws.getColumn(parseCell(MARKER_CELL).col).hidden = true;

  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.orientation = sheet.print.orientation;
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.printArea = sheet.print.area;
  ws.pageSetup.margins = { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 };
  if (sheet.print.repeatRows) ws.pageSetup.printTitlesRow = sheet.print.repeatRows;
  ws.headerFooter.oddFooter = '&L&8&A&R&8&P (&N)';
  if (sheet.freezeRows) ws.views = [{ state: 'frozen', ySplit: sheet.freezeRows, showGridLines: false }];
  else ws.views = [{ showGridLines: false }];
  if (sheet.protect) {
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

/** The sheet's table: ExcelJS writes its header, rows and totals itself; the cells are then styled like any other. */
function addTable(ws: ExcelJS.Worksheet, sheet: Sheet, ctx: RenderContext): void {
  const spec = sheet.table!;
  const box = parseRange(spec.range);
  const at = new Map(sheet.cells.map((c) => [c.ref, c.value]));
  const get = (col: number, row: number): CellValue => at.get(cellRef(col, row)) ?? { t: 'empty' };
  const cols = Array.from({ length: box.right - box.left + 1 }, (_, i) => box.left + i);
  const bodyEnd = spec.totalsRow ? box.bottom - 1 : box.bottom;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = box.top + 1; r <= bodyEnd; r++) rows.push(cols.map((c) => toExcel(get(c, r), ctx, (chars) => ctx.replacedCharacters?.(cellRef(c, r), chars))));
  ws.addTable({
    name: ctx.tableName as string,
    ref: cellRef(box.left, box.top),
    headerRow: true,
    totalsRow: spec.totalsRow,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: cols.map((c, i) => {
      const head = get(c, box.top);
      const total = spec.totalsRow ? get(c, box.bottom) : { t: 'empty' as const };
      const name = head.t === 'text' ? head.v : `Kolumn ${i + 1}`;
      if (total.t === 'formula') return { name, totalsRowFunction: 'custom' as const, totalsRowFormula: resolveSheetRefs(total.f, ctx.sheetNameOf) };
      if (i === 0 && total.t === 'text') return { name, totalsRowLabel: total.v };
      return { name, totalsRowFunction: 'none' as const };
    }),
    rows,
  });
}

export function toExcel(v: CellValue, ctx: Pick<RenderContext, 'sheetNameOf'>, replaced?: (chars: readonly string[]) => void): ExcelJS.CellValue {
  switch (v.t) {
    case 'text': {
      const safe = xmlSafeText(v.v);
      if (safe.replaced.length > 0) replaced?.(safe.replaced);
      return safe.text;
    }
    case 'amount':
    case 'number':
    case 'approx':
      return cellNumber(v);
    case 'date':
      return excelSerial(v.v);
    case 'formula':
      return { formula: resolveSheetRefs(v.f, ctx.sheetNameOf) };
    case 'empty':
      return null;
  }
}

function applyStyle(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, c: SheetCell): void {
  const s = XLSX_STYLES[c.style];
  const targets = c.merge ? cellsOf(c.merge).map(({ col, row }) => ws.getCell(row, col)) : [cell];
  for (const t of targets) {
    if (s.font) t.font = s.font;
    if (s.fill) t.fill = s.fill;
    if (s.border) t.border = s.border;
    if (s.alignment) t.alignment = s.alignment;
    if (c.numFmt) t.numFmt = c.numFmt;
    if (c.input) t.protection = { locked: false };
  }
}

function dataValidation(rule: ValidationRule): ExcelJS.DataValidation | undefined {
  const prompt = rule.prompt ? { showInputMessage: true, prompt: rule.prompt.slice(0, E.maxPrompt) } : {};
  // Stop is the file format's default: only a warning says so.
  const alert = { showErrorMessage: true, errorTitle: E.title, ...(rule.alert === 'warning' ? { errorStyle: 'warning' } : {}) };
  const v = rule.validation;
  if (!v) return rule.prompt ? ({ type: 'any', allowBlank: true, formulae: [], ...prompt } as unknown as ExcelJS.DataValidation) : undefined;
  switch (v.type) {
    case 'list':
      return { type: 'list', allowBlank: true, formulae: [`"${v.options.join(',')}"`], ...alert, error: v.options.join(' / '), ...prompt };
    case 'amount':
      return { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [v.min ?? -1e15], ...alert, error: E.amount, ...prompt };
    case 'date':
      return { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(`${E.earliestDate}T00:00:00Z`)], ...alert, error: E.date, ...prompt };
  }
}
