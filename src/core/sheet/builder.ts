import type { Lang } from '../result';
import { cellRef, columnLetters } from './a1';
import type { CellStyle, CellValue, InputSpec, SheetCell } from './types';

/** Invariant (en-US) number format codes; Excel shows them with the user's separators (1 234 567 in Swedish Excel). */
export const FORMAT = {
  general: 'General',
  kronor: '#,##0',
  ore: '#,##0.00',
  date: 'yyyy-mm-dd',
  quota: '#,##0.0000',
  count: '#,##0',
  weight: '#,##0.######',
} as const;

export const text = (v: string): CellValue => ({ t: 'text', v });
export const amount = (v: { toFixed(): string } | string): CellValue => ({ t: 'amount', v: typeof v === 'string' ? v : v.toFixed() });
export const number = (v: { toFixed(): string } | string | number): CellValue => ({ t: 'number', v: typeof v === 'object' ? v.toFixed() : String(v) });
export const approx = (v: { toFixed(): string } | string): CellValue => ({ t: 'approx', v: typeof v === 'string' ? v : v.toFixed() });
export const date = (v: string): CellValue => ({ t: 'date', v });
export const formula = (f: string): CellValue => ({ t: 'formula', f });
export const EMPTY: CellValue = { t: 'empty' };

/** Picks the user's language for a label: Swedish first, English available. */
export type Tr = (sv: string, en: string) => string;
export const translator = (lang: Lang): Tr => (sv, en) => (lang === 'sv' ? sv : en);

/**
 * Lays out a sheet top to bottom: a label column and a value area that spans the rest. Keeps the
 * current row so blocks compose without counting rows by hand.
 */
export class SheetBuilder {
  readonly cells: SheetCell[] = [];
  readonly rowHeights: Record<number, number> = {};
  row = 1;
  private readonly last: string;

  constructor(readonly width: number) {
    this.last = columnLetters(width);
  }

  put(ref: string, value: CellValue, style: CellStyle, extra: Partial<Omit<SheetCell, 'ref' | 'value' | 'style'>> = {}): string {
    this.cells.push({ ref, value, style, ...extra });
    return ref;
  }

  /** A line across the whole width. */
  banner(value: CellValue, style: CellStyle, height?: number): string {
    const ref = this.put(cellRef(1, this.row), value, style, { merge: `A${this.row}:${this.last}${this.row}` });
    if (height) this.rowHeights[this.row] = height;
    this.row++;
    return ref;
  }

  /** A label in A and a value across B..last; returns the value's address. */
  field(label: string, value: CellValue, style: CellStyle, extra: { input?: InputSpec; numFmt?: string; height?: number } = {}): string {
    this.put(`A${this.row}`, text(label), 'label');
    const ref = this.put(`B${this.row}`, value, style, {
      merge: `B${this.row}:${this.last}${this.row}`,
      ...(extra.input ? { input: extra.input } : {}),
      ...(extra.numFmt ? { numFmt: extra.numFmt } : {}),
    });
    if (extra.height) this.rowHeights[this.row] = extra.height;
    this.row++;
    return ref;
  }

  /** A label across A..second-to-last and an amount in the last column; returns the amount's address. */
  amountField(label: string, value: CellValue, style: CellStyle, numFmt: string, extra: { input?: InputSpec; anchor?: string } = {}): string {
    this.put(`A${this.row}`, text(label), 'label', { merge: `A${this.row}:${columnLetters(this.width - 1)}${this.row}` });
    const ref = this.put(`${this.last}${this.row}`, value, style, { numFmt, ...extra });
    this.row++;
    return ref;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  get lastColumn(): string {
    return this.last;
  }
}
