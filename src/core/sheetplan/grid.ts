import { cellRef, parseRange, rangeRef } from './a1';
import { NUMBER_FORMAT, type PlanBlock, type PlanCell, type PlanRangeStyle, type PlanStyle } from './types';

export const text = (v: string): PlanCell => ({ t: 'text', v });
export const num = (v: { toFixed(): string } | string | number): PlanCell => ({ t: 'number', v: typeof v === 'object' ? v.toFixed() : String(v) });
export const approx = (v: { toFixed(): string } | string): PlanCell => ({ t: 'approx', v: typeof v === 'string' ? v : v.toFixed() });
export const date = (v: string): PlanCell => ({ t: 'date', v });
export const formula = (f: string): PlanCell => ({ t: 'formula', f });
export const EMPTY: PlanCell = { t: 'empty' };

interface Placed {
  readonly cell: PlanCell;
  readonly format: string;
}

/**
 * Collects cells by position, then hands them over as one rectangular block: a writer assigns the
 * whole rectangle at once, whatever the number of rows.
 */
export class PlanGrid {
  private readonly cells = new Map<number, Map<number, Placed>>();
  readonly styles: PlanRangeStyle[] = [];
  readonly merges: string[] = [];
  private maxRow = 0;
  private maxCol = 0;

  put(col: number, row: number, cell: PlanCell, format: string = NUMBER_FORMAT.general): string {
    let line = this.cells.get(row);
    if (!line) this.cells.set(row, (line = new Map()));
    line.set(col, { cell, format });
    this.maxRow = Math.max(this.maxRow, row);
    this.maxCol = Math.max(this.maxCol, col);
    return cellRef(col, row);
  }

  style(range: string, style: PlanStyle): void {
    this.styles.push({ range, style });
  }

  merge(range: string, style?: PlanStyle): void {
    this.merges.push(range);
    if (style) this.style(range, style);
  }

  get lastRow(): number {
    return this.maxRow;
  }

  /** Everything placed, as one block from A1 to the last used cell; gaps are empty cells. */
  toBlocks(): PlanBlock[] {
    if (this.maxRow === 0) return [];
    const cells: PlanCell[][] = [];
    const formats: string[][] = [];
    for (let r = 1; r <= this.maxRow; r++) {
      const line = this.cells.get(r);
      const row: PlanCell[] = new Array(this.maxCol);
      const fmt: string[] = new Array(this.maxCol);
      for (let c = 1; c <= this.maxCol; c++) {
        const placed = line?.get(c);
        row[c - 1] = placed ? placed.cell : EMPTY;
        fmt[c - 1] = placed ? placed.format : NUMBER_FORMAT.general;
      }
      cells.push(row);
      formats.push(fmt);
    }
    return [{ at: 'A1', cells, formats }];
  }
}

/** The rows of a range as a range ("C5:C25" from column 3, rows 5..25). */
export const columnRange = (col: number, top: number, bottom: number): string => rangeRef({ left: col, right: col, top, bottom });

/** Splits a block into row bands whose estimated request size stays under `maxBytes`. */
export function splitBlock(block: PlanBlock, maxBytes: number): PlanBlock[] {
  const size = estimateBytes(block);
  if (size <= maxBytes || block.cells.length <= 1) return [block];
  const bands = Math.ceil(size / maxBytes);
  const perBand = Math.max(1, Math.ceil(block.cells.length / bands));
  const start = parseRange(block.at);
  const out: PlanBlock[] = [];
  for (let i = 0; i < block.cells.length; i += perBand) {
    out.push({
      at: cellRef(start.left, start.top + i),
      cells: block.cells.slice(i, i + perBand),
      formats: block.formats.slice(i, i + perBand),
    });
  }
  return out;
}

/** A rough upper bound of the JSON a block becomes in an Office.js request (values plus formats). */
export function estimateBytes(block: PlanBlock): number {
  let bytes = 0;
  for (let r = 0; r < block.cells.length; r++) {
    const row = block.cells[r] as readonly PlanCell[];
    const fmt = block.formats[r] as readonly string[];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as PlanCell;
      bytes += 8 + (fmt[c] as string).length + ('v' in cell ? cell.v.length : cell.t === 'formula' ? cell.f.length : 0);
    }
  }
  return bytes;
}
