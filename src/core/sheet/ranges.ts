import { cellRef, parseCell, parseRange, rangeRef, resolveSheetRefs, type Box } from './a1';
import { EMPTY, FORMAT } from './builder';
import type { CellStyle, CellValue, RangeValidation, Sheet } from './types';

/** A rectangle of cells written in one assignment; `formats` has the same shape as `cells`. */
export interface Block {
  /** Top-left cell, A1. */
  readonly at: string;
  readonly cells: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly string[])[];
}

/**
 * A sheet as a writer that assigns whole ranges sees it (Office.js: one `formulas` and one
 * `numberFormat` assignment per block, whatever the number of rows): one block from A1 to the last
 * cell, the styles and merges by range, the input cells to unlock, and a table's totals row apart,
 * since it can only be written once the table has one.
 */
export interface SheetRanges {
  readonly blocks: readonly Block[];
  readonly totals?: { readonly range: string; readonly cells: readonly CellValue[]; readonly formats: readonly string[] };
  readonly styles: readonly { readonly range: string; readonly style: CellStyle }[];
  readonly merges: readonly string[];
  readonly unlocked: readonly string[];
  /** Input cells with a validation or a prompt, then the sheet's range-wide validations. */
  readonly validations: readonly RangeValidation[];
  /** Everything written, "A1:H26". */
  readonly used: string;
}

export function sheetRanges(sheet: Sheet, sheetNameOf: (sheetId: string) => string | undefined = () => undefined): SheetRanges {
  const placed = new Map<string, { value: CellValue; format: string }>();
  let maxRow = 0;
  let maxCol = 0;
  const styles: { range: string; style: CellStyle }[] = [];
  const merges: string[] = [];
  const unlocked: string[] = [];
  const validations: RangeValidation[] = [];
  const single: { col: number; row: number; style: CellStyle }[] = [];
  for (const c of sheet.cells) {
    const { col, row } = parseCell(c.ref);
    const value = c.value.t === 'formula' ? { t: 'formula' as const, f: resolveSheetRefs(c.value.f, sheetNameOf) } : c.value;
    placed.set(cellRef(col, row), { value, format: c.numFmt ?? FORMAT.general });
    const area = c.merge ?? c.ref;
    const box = parseRange(area);
    maxRow = Math.max(maxRow, box.bottom);
    maxCol = Math.max(maxCol, box.right);
    if (c.merge) merges.push(c.merge);
    if (c.merge) styles.push({ range: area, style: c.style });
    else single.push({ col, row, style: c.style });
    if (c.input) unlocked.push(area);
    if (c.input && (c.input.validation || c.input.prompt))
      validations.push({ range: area, ...(c.input.validation ? { validation: c.input.validation } : {}), ...(c.input.prompt ? { prompt: c.input.prompt } : {}) });
  }
  validations.push(...(sheet.validations ?? []));
  // A cell has one validation in Excel: a second over it would silently replace the first.
  const boxes = validations.map((v) => parseRange(v.range));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [p, q] = [boxes[i] as Box, boxes[j] as Box];
      if (p.left <= q.right && q.left <= p.right && p.top <= q.bottom && q.top <= p.bottom)
        throw new Error(`sheet ${sheet.id}: the validations of ${validations[i]?.range} and ${validations[j]?.range} overlap`);
    }
  styles.push(...coalesce(single));
  const totalsBox: Box | undefined = sheet.table?.totalsRow ? (({ bottom, left, right }) => ({ top: bottom, bottom, left, right }))(parseRange(sheet.table.range)) : undefined;
  const inTotals = (col: number, row: number) => totalsBox !== undefined && row === totalsBox.top && col >= totalsBox.left && col <= totalsBox.right;
  const cells: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = 1; r <= maxRow; r++) {
    const row: CellValue[] = [];
    const fmt: string[] = [];
    for (let c = 1; c <= maxCol; c++) {
      const p = inTotals(c, r) ? undefined : placed.get(cellRef(c, r));
      row.push(p ? p.value : EMPTY);
      fmt.push(p ? p.format : FORMAT.general);
    }
    cells.push(row);
    formats.push(fmt);
  }
  const totals = totalsBox
    ? (() => {
        const at = Array.from({ length: totalsBox.right - totalsBox.left + 1 }, (_, i) => placed.get(cellRef(totalsBox.left + i, totalsBox.top)));
        return { range: rangeRef(totalsBox), cells: at.map((p) => p?.value ?? EMPTY), formats: at.map((p) => p?.format ?? FORMAT.general) };
      })()
    : undefined;
  return {
    blocks: maxRow === 0 ? [] : [{ at: 'A1', cells, formats }],
    ...(totals ? { totals } : {}),
    styles,
    merges,
    unlocked,
    validations,
    used: rangeRef({ top: 1, left: 1, bottom: Math.max(1, maxRow), right: Math.max(1, maxCol) }),
  };
}

/**
 * Cells of one style as few rectangles as rows allow: runs along a row, then runs of equal rows. A
 * 5 000-row table is then a handful of style ranges in the request, not 25 000.
 */
function coalesce(cells: readonly { col: number; row: number; style: CellStyle }[]): { range: string; style: CellStyle }[] {
  const rows = new Map<number, { col: number; style: CellStyle }[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c]);
  type Rect = { top: number; bottom: number; left: number; right: number; style: CellStyle };
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const line = (rows.get(row) ?? []).sort((a, b) => a.col - b.col);
    const segments: { left: number; right: number; style: CellStyle }[] = [];
    for (const c of line) {
      const last = segments[segments.length - 1];
      if (last && last.style === c.style && last.right === c.col - 1) last.right = c.col;
      else segments.push({ left: c.col, right: c.col, style: c.style });
    }
    const next = new Map<string, Rect>();
    for (const sg of segments) {
      const key = `${sg.left}:${sg.right}:${sg.style}`;
      const prev = open.get(key);
      if (prev && prev.bottom === row - 1) {
        prev.bottom = row;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: row, bottom: row, left: sg.left, right: sg.right, style: sg.style });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left).map((b) => ({ range: rangeRef(b), style: b.style }));
}

/** The block's address, from its top-left and its shape. */
export function blockAddress(b: Block): string {
  const at = parseRange(b.at);
  const width = b.cells[0]?.length ?? 1;
  return rangeRef({ top: at.top, left: at.left, bottom: at.top + b.cells.length - 1, right: at.left + width - 1 });
}

/** Splits a block into row bands whose estimated request size stays under `maxBytes`. */
export function splitBlock(block: Block, maxBytes: number): Block[] {
  const size = estimateBytes(block);
  if (size <= maxBytes || block.cells.length <= 1) return [block];
  const bands = Math.ceil(size / maxBytes);
  const perBand = Math.max(1, Math.ceil(block.cells.length / bands));
  const start = parseRange(block.at);
  const out: Block[] = [];
  for (let i = 0; i < block.cells.length; i += perBand) {
    out.push({ at: cellRef(start.left, start.top + i), cells: block.cells.slice(i, i + perBand), formats: block.formats.slice(i, i + perBand) });
  }
  return out;
}

/** A rough upper bound of the JSON a block becomes in an Office.js request (values plus formats). */
export function estimateBytes(block: Block): number {
  let bytes = 0;
  for (let r = 0; r < block.cells.length; r++) {
    const row = block.cells[r] as readonly CellValue[];
    const fmt = block.formats[r] as readonly string[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as CellValue;
      bytes += 8 + (fmt[c] as string).length + ('v' in cell ? cell.v.length : cell.t === 'formula' ? cell.f.length : 0);
    }
  }
  return bytes;
}
