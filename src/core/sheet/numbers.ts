import { Dec } from '../money';

/** A decimal a spreadsheet cell (a double) cannot hold to the digit: more than 15 significant digits. */
export class NotExactError extends RangeError {
  constructor(readonly value: string) {
    super(`${value} has more digits than a spreadsheet cell keeps exactly (15)`);
    this.name = 'NotExactError';
  }
}

/**
 * The double a writer puts in a cell for a number of the sheet: exact amounts and numbers must fit
 * (else `NotExactError`), a quota is rounded to the 15 significant digits a cell holds.
 */
export function cellNumber(v: { readonly t: 'amount' | 'number' | 'approx'; readonly v: string }): number {
  const d = new Dec(v.v);
  if (v.t === 'approx') return d.toSignificantDigits(15).toNumber();
  if (d.sd(true) > 15) throw new NotExactError(v.v);
  return d.toNumber();
}
