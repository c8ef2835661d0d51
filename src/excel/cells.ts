import { excelSerial } from '../core/calendar';
import { cellNumber, type CellValue } from '../core/sheet';

/**
 * Text Excel would not keep as typed when it is put in `range.formulas` or `values` (which parse
 * their input as the user's typing would, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values):
 * a formula or DDE trigger (= + - @, also after spaces); a number, percentage, fraction or date
 * ("01", "50%", "1/2", "2023-12-01"); a negative number in brackets ("(2024)"); a currency amount
 * ("$100", "€5"); an error literal ("#N/A", "#SAKNAS!"); a boolean in either language (SANT, FALSKT,
 * TRUE, FALSE); a month and year ("maj 2024", "Jan-24"); or a leading apostrophe it would swallow.
 * Such text is written with Excel's own quote prefix, which marks the cell as text and is not part
 * of its value. A harmless extra prefix on ordinary text ("Marsvinet 3") changes nothing the user sees.
 */
const NEEDS_PREFIX = /^[\s=+\-@'#(\u2212\uFF1D\uFF0B\uFF0D\uFF20$€£¥]|^[\d.,]/;
const BOOLEAN = /^(sant|falskt|true|false)$/i;
const MONTH_FIRST = /^(jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zåäö]*\.?[\s\-/]*\d/i;

export function textInput(s: string): string {
  return NEEDS_PREFIX.test(s) || BOOLEAN.test(s) || MONTH_FIRST.test(s) ? `'${s}` : s;
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
