import type ExcelJS from 'exceljs';
import { Dec } from '../core/money';
import { parseA1, resolveSheetRefs, type CellValue, type TemplateCell, type TemplateSheet } from '../core/templates';
import { excelSerial } from './serial';
import { STYLES } from './styles';
import { xmlSafeText } from './xml-text';

/** Column of the hidden marker that says which template a sheet is (beyond any print area). */
export const MARKER_CELL = 'AZ1';
export const MARKER_PREFIX = 'bidragskollen:v1:';

export interface RenderContext {
  /** Sheet name each template id became in this workbook. */
  readonly sheetNameOf: (templateId: string) => string | undefined;
  /** Values the user typed into input cells of the sheet this one replaces, by input key. */
  readonly kept: ReadonlyMap<string, ExcelJS.CellValue>;
  /** Told of every cell whose text held characters a workbook cannot store (see xml-text.ts). */
  readonly replacedCharacters?: (ref: string, chars: readonly string[]) => void;
}

/**
 * Renders template data onto an empty worksheet: values, formulas, formats, styles, merges,
 * validations, input names, print setup, protection and the marker. Returns the defined names to add.
 */
export async function renderSheet(ws: ExcelJS.Worksheet, sheet: TemplateSheet, ctx: RenderContext): Promise<{ name: string; ref: string }[]> {
  sheet.columns.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  const names: { name: string; ref: string }[] = [];
  for (const c of sheet.cells) {
    if (c.merge) ws.mergeCells(c.merge);
    const cell = ws.getCell(c.ref);
    const kept = c.input ? ctx.kept.get(c.input.key) : undefined;
    cell.value = kept !== undefined ? kept : toExcel(c.value, ctx, (chars) => ctx.replacedCharacters?.(c.ref, chars));
    applyStyle(ws, cell, c);
    if (c.input) {
      names.push({ name: `${sheet.namePrefix}_${c.input.key}`, ref: c.ref });
      cell.protection = { locked: false };
      const v = validation(c);
      if (v) cell.dataValidation = v;
    }
    if (c.anchor) names.push({ name: `${sheet.namePrefix}_${c.anchor.replace(/[^A-Za-z0-9_]/g, '_')}`, ref: c.ref });
  }
  const marker = ws.getCell(MARKER_CELL);
  marker.value = MARKER_PREFIX + sheet.id;
  ws.getColumn(parseA1(MARKER_CELL).col).hidden = true;

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
  return names;
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
      return exactNumber(v.v);
    case 'date':
      return excelSerial(v.v);
    case 'formula':
      return { formula: resolveSheetRefs(v.f, ctx.sheetNameOf) };
    case 'empty':
      return null;
  }
}

/** A cell holds a double: refuse a decimal that one cannot carry to the digit (more than 15 significant digits). */
function exactNumber(text: string): number {
  const d = new Dec(text);
  if (d.sd(true) > 15) throw new RangeError(`${text} has more digits than a spreadsheet cell keeps`);
  return d.toNumber();
}

function applyStyle(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, c: TemplateCell): void {
  const s = STYLES[c.style];
  const targets = c.merge ? cellsOf(ws, c.merge) : [cell];
  for (const t of targets) {
    if (s.font) t.font = s.font;
    if (s.fill) t.fill = s.fill;
    if (s.border) t.border = s.border;
    if (s.alignment) t.alignment = s.alignment;
    if (c.numFmt) t.numFmt = c.numFmt;
    if (c.input) t.protection = { locked: false };
  }
}

function cellsOf(ws: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to] = range.split(':') as [string, string];
  const a = parseA1(from);
  const b = parseA1(to);
  const out: ExcelJS.Cell[] = [];
  for (let r = a.row; r <= b.row; r++) for (let col = a.col; col <= b.col; col++) out.push(ws.getCell(r, col));
  return out;
}

function validation(c: TemplateCell): ExcelJS.DataValidation | undefined {
  const input = c.input;
  if (!input) return undefined;
  const prompt = input.prompt ? { showInputMessage: true, prompt: input.prompt.slice(0, 250) } : {};
  const v = input.validation;
  if (!v) return input.prompt ? ({ type: 'any', allowBlank: true, formulae: [], ...prompt } as unknown as ExcelJS.DataValidation) : undefined;
  switch (v.type) {
    case 'list':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${v.options.join(',')}"`],
        showErrorMessage: true,
        errorTitle: 'Bidragskollen',
        error: v.options.join(' / '),
        ...prompt,
      };
    case 'amount':
      return {
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [v.min ?? -1e15],
        showErrorMessage: true,
        errorTitle: 'Bidragskollen',
        error: 'Skriv ett belopp i kronor. / Enter an amount in kronor.',
        ...prompt,
      };
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        showErrorMessage: true,
        errorTitle: 'Bidragskollen',
        error: 'Skriv ett datum som 2023-12-01. / Enter a date such as 2023-12-01.',
        ...prompt,
      };
  }
}
