import type Decimal from 'decimal.js';
import { distribute, METHODS, type AmountInput, type Distribution, type Method, type WeightedRecipient } from '../distribution';
import { Dec, parseAmount, UNITS, ZERO, type Unit } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { METHOD_MESSAGES as M } from './method-messages';

export interface RowDeviation {
  readonly id: string;
  readonly name: string;
  readonly published: Decimal;
  readonly computed: Decimal;
  /** published − computed, in kronor. */
  readonly difference: Decimal;
}

export interface MethodFit {
  readonly method: Method;
  /** Every row equals what the method gives. */
  readonly reproduces: boolean;
  readonly deviations: readonly RowDeviation[];
  /** Σ |difference|: the tie-break between methods that miss equally many rows. */
  readonly absoluteDeviation: Decimal;
  /** The largest |difference|: at most 1 kr means the weights are right and only the rounding differs. */
  readonly maxDeviation: Decimal;
  /** The engine's own result, for the intervals and for showing the computed table. */
  readonly distribution: Distribution;
}

/**
 * At whole kronor unless the table says tkr or mnkr or has öre. `none` keeps the decimals of the
 * unit (none for kronor and above, two for öre), which makes it the same as `round` by
 * construction; it is listed so a table is tested against all four names users know.
 */
const noneDecimals = (unit: Unit): number => Math.max(0, -unit.exponent);

/**
 * Distributes `amount` over the recipients by every method with the one engine and compares each
 * row with the published amount, in the recipients' order.
 */
export function fitMethods(amount: Decimal, recipients: readonly WeightedRecipient[], published: readonly Decimal[], unit: Unit = UNITS.krona): Result<MethodFit[]> {
  const fits: MethodFit[] = [];
  for (const method of METHODS) {
    const d = distribute({ amount, unit, method, ...(method === 'none' ? { decimals: noneDecimals(unit) } : {}), recipients });
    if (!d.ok) return d;
    const deviations: RowDeviation[] = [];
    let absolute = ZERO;
    let max = ZERO;
    d.value.rows.forEach((row, i) => {
      const p = published[i] as Decimal;
      if (p.eq(row.amount)) return;
      const difference = p.minus(row.amount);
      absolute = absolute.plus(difference.abs());
      if (difference.abs().gt(max)) max = difference.abs();
      deviations.push({ id: row.id, name: row.name, published: p, computed: row.amount, difference });
    });
    fits.push({ method, reproduces: deviations.length === 0, deviations, absoluteDeviation: absolute, maxDeviation: max, distribution: d.value });
  }
  return ok(fits);
}

/** Fewest deviating rows, then the smallest total deviation, then the order of METHODS. */
export function closestFit(fits: readonly MethodFit[]): MethodFit | undefined {
  let best: MethodFit | undefined;
  for (const f of fits) {
    if (!best || f.deviations.length < best.deviations.length || (f.deviations.length === best.deviations.length && f.absoluteDeviation.lt(best.absoluteDeviation))) {
      best = f;
    }
  }
  return best;
}

export interface MethodIdentification {
  /** The first method (in the order of METHODS) that reproduces every row, or null. */
  readonly method: Method | null;
  /** The closest method, even when none reproduces. */
  readonly closest: Method;
  /** Rows the closest method gets wrong: 0 when `method` is set. */
  readonly deviatingRows: number;
  readonly fits: readonly MethodFit[];
}

/**
 * Which rounding method made this table from this amount and these weights: the core of
 * BIDRAG.METOD. Amounts and weights come in the same order, one per recipient.
 */
export function identifyMethod(input: {
  readonly amount: AmountInput;
  readonly weights: readonly WeightedRecipient['weight'][];
  readonly published: readonly AmountInput[];
  readonly unit?: Unit;
}): Result<MethodIdentification> {
  const issues: Issue[] = [];
  if (input.published.length !== input.weights.length) {
    return fail(makeIssue(M, 'METHOD_LENGTH_MISMATCH', { amounts: input.published.length, weights: input.weights.length }));
  }
  const amount = readAmount(input.amount);
  if (amount === undefined) issues.push(makeIssue(M, 'AUDIT_TOTAL_NOT_NUMBER', { text: String(input.amount) }));
  const published = input.published.map((p, i) => {
    const d = readAmount(p);
    if (d === undefined) issues.push(makeIssue(M, 'METHOD_BAD_AMOUNT', { row: i + 1, text: String(p) }, [i]));
    return d ?? ZERO;
  });
  if (issues.length > 0 || amount === undefined) return fail(...issues);
  const recipients = input.weights.map((weight, i) => ({ id: String(i + 1), weight }));
  const fits = fitMethods(amount, recipients, published, input.unit);
  if (!fits.ok) return fits;
  const closest = closestFit(fits.value) as MethodFit;
  const reproducing = fits.value.find((f) => f.reproduces);
  return ok({ method: reproducing?.method ?? null, closest: closest.method, deviatingRows: closest.deviations.length, fits: fits.value });
}

function readAmount(v: AmountInput): Decimal | undefined {
  if (typeof v === 'string' || typeof v === 'number') {
    const r = parseAmount(v);
    return r.ok ? r.value : undefined;
  }
  return v.isFinite() ? new Dec(v) : undefined;
}
