import Decimal from 'decimal.js';

/**
 * The one Decimal constructor the product uses. A private clone, so nothing we do changes the
 * global `Decimal.config` another library may rely on. 60 significant digits hold any amount up to
 * 10^13 kr with far more decimals than a quota needs.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Dec = Decimal;

export type DecimalInput = Decimal.Value;

export const ZERO = new Dec(0);

export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total: Decimal = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/**
 * The decimal a spreadsheet user sees for a binary double. Excel works on 15 significant digits,
 * so 1.005 (stored as 1.00499999…) is 1.005 to Excel and rounds to 1.01. Use this wherever a
 * number arrives from a cell.
 */
export function fromSpreadsheetNumber(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (Number.isSafeInteger(x)) return new Dec(x);
  // Straight from the 15-digit text: through a double again, 1.7976931348623157e308 would round up to Infinity.
  return new Dec(x.toPrecision(15));
}
