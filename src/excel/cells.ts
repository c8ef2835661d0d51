import { excelSerial } from '../core/calendar';
import { cellNumber, type CellValue } from '../core/sheet';

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

/** What goes into `range.formulas` for a cell: a formula with its `=`, or a constant. */
export function cellInput(c: CellValue): string | number {
  switch (c.t) {
    case 'text':
      return textInput(c.v);
    case 'amount':
    case 'number':
    case 'approx':
      return cellNumber(c);
    case 'date':
      return excelSerial(c.v);
    case 'formula':
      return `=${c.f}`;
    case 'empty':
      return '';
  }
}
