import { excelSerial } from '../core/calendar';
import { Dec } from '../core/money';
import type { PlanCell } from '../core/sheetplan';

/**
 * Text Excel would not keep as typed: a formula or DDE trigger (= + - @, also after spaces), a
 * number or date it would convert ("01", "2023-12-01", "1/2"), or a leading apostrophe it would
 * swallow. Such text is written with Excel's own quote prefix, which marks the cell as text and is
 * not part of its value.
 */
const NEEDS_PREFIX = /^[\s=+\-@'\u2212\uFF1D\uFF0B\uFF0D\uFF20]|^[\d.,]/;

export function textInput(s: string): string {
  return NEEDS_PREFIX.test(s) ? `'${s}` : s;
}

/** A decimal as the double a cell holds; refuses one a double cannot carry to the digit. */
export function exactNumber(text: string): number {
  const d = new Dec(text);
  if (d.sd(true) > 15) throw new RangeError(`NOT_EXACT:${text}`);
  return d.toNumber();
}

/** What goes into `range.formulas` for a plan cell: a formula with its `=`, or a constant. */
export function cellInput(c: PlanCell): string | number {
  switch (c.t) {
    case 'text':
      return textInput(c.v);
    case 'number':
      return exactNumber(c.v);
    case 'approx':
      return new Dec(c.v).toSignificantDigits(15).toNumber();
    case 'date':
      return excelSerial(c.v);
    case 'formula':
      return `=${c.f}`;
    case 'empty':
      return '';
  }
}
