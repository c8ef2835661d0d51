import type Decimal from 'decimal.js';
import type { Distribution } from '../distribution';
import { Dec } from '../money';
import type { MethodFit } from './methods';

/**
 * The weights that would give a row its published amount under one method (in the method's unit,
 * kronor or tkr), everything else equal:
 * the amount A and the sum of the weights W stay as they are, only this row's weight w moves.
 * Exact, in BigInt over the weights scaled to integers:
 * - `round`, `none`, and `adjust-largest` on every row but the one that takes the residual:
 *   round-half-up(A·w/W) = a, so (2a − 1)·W ≤ 2A·w < (2a + 1)·W;
 * - `adjust-largest` on the row that takes the residual r: the same for a − r;
 * - `largest-remainder`: a is the floor or the ceiling of the quota, so (a − 1)·W < A·w < (a + 1)·W
 *   (necessary; whether the row wins a leftover krona also depends on the other rows' remainders).
 * The bounds are rationals (a population table's interval is usually narrower than one inhabitant:
 * at 1 367 000 000 kr over 10,5 million people one inhabitant is worth about 130 kr); `contains`
 * compares exactly, `min` and `max` are the bounds as decimals (60 significant digits).
 */
export interface WeightInterval {
  readonly id: string;
  readonly name: string;
  readonly published: Decimal;
  /** The candidate's own weight. */
  readonly weight: Decimal;
  readonly min: Decimal;
  readonly max: Decimal;
  /** Whether the bound itself belongs to the interval. */
  readonly minIncluded: boolean;
  readonly maxIncluded: boolean;
  /** The candidate's weight lies in the interval. */
  readonly contains: boolean;
}

export function weightIntervals(fit: MethodFit, published: readonly Decimal[]): WeightInterval[] | null {
  const d = fit.distribution;
  const step = new Dec(10).pow(d.unit.exponent);
  const inUnits = (x: Decimal) => x.div(step);
  if (!inUnits(d.amount).isInteger() || d.amount.lte(0) || published.some((p) => !inUnits(p).isInteger())) return null;
  const scale = Math.max(0, ...d.rows.map((r) => r.weight.decimalPlaces()));
  const factor = new Dec(10).pow(scale);
  const ints = d.rows.map((r) => BigInt(r.weight.times(factor).toFixed(0)));
  const W = ints.reduce((a, b) => a + b, 0n);
  const A = BigInt(inUnits(d.amount).toFixed(0));
  return d.rows.map((row, i) => {
    const a = published[i] as Decimal;
    const b = bounds(fit.method, BigInt(inUnits(a).toFixed(0)), A, W, adjustmentOf(d, i, step));
    const w = ints[i] as bigint;
    // w·den against num, exactly: lo ≤ w (or <), w < hi (or ≤).
    const aboveLo = b.loIncluded ? w * b.den >= b.lo : w * b.den > b.lo;
    const belowHi = b.hiIncluded ? w * b.den <= b.hi : w * b.den < b.hi;
    const asDecimal = (n: bigint) => new Dec(n.toString()).div(b.den.toString()).div(factor);
    return {
      id: row.id,
      name: row.name,
      published: a,
      weight: row.weight,
      min: Dec.max(0, asDecimal(b.lo)),
      max: asDecimal(b.hi),
      minIncluded: b.loIncluded,
      maxIncluded: b.hiIncluded,
      contains: aboveLo && belowHi,
    };
  });
}

function adjustmentOf(d: Distribution, i: number, step: Decimal): bigint {
  const adj = d.rows[i]?.adjustment.div(step);
  return adj && adj.isInteger() ? BigInt(adj.toFixed(0)) : 0n;
}

/** Bounds lo/den and hi/den on the scaled weight. */
function bounds(method: MethodFit['method'], a: bigint, A: bigint, W: bigint, adjustment: bigint) {
  if (method === 'largest-remainder') return { lo: (a - 1n) * W, hi: (a + 1n) * W, den: A, loIncluded: false, hiIncluded: false };
  const t = method === 'adjust-largest' ? a - adjustment : a;
  return { lo: (2n * t - 1n) * W, hi: (2n * t + 1n) * W, den: 2n * A, loIncluded: true, hiIncluded: false };
}
