import type Decimal from 'decimal.js';
import { Dec, fromSpreadsheetNumber, isDecimal, parseNumber } from '../money';
import { makeIssue, type Issue } from '../result';
import type { IntWeights } from './apportion';
import { DISTRIBUTION_MESSAGES as M, MAX_DIGITS } from './messages';
import type { WeightedRecipient } from './types';

export interface NormalizedWeights {
  /** Weights scaled by 10^scale to integers: numbers while they are safe, BigInt beyond. */
  readonly ints: IntWeights;
  readonly scale: number;
  readonly isZero: boolean;
  /** The weights as the user gave them, when they were not all safe whole numbers (then `ints` are). */
  readonly decimals: readonly Decimal[] | undefined;
}

/** The weight of recipient i as the user gave it. */
export function weightOf(w: NormalizedWeights, i: number): Decimal {
  return w.decimals === undefined ? new Dec(w.ints[i] as number) : (w.decimals[i] as Decimal);
}

/**
 * Turns the weights into integers with one common scale, so 12.5 and 3 become 125 and 30.
 * Whole-number weights (populations) skip Decimal altogether: that is the hot path.
 */
export function normalizeWeights(recipients: readonly WeightedRecipient[], issues: Issue[]): NormalizedWeights {
  const n = recipients.length;
  const fast: number[] = [];
  let allSafeIntegers = true;
  let isZero = true;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const w = (recipients[i] as WeightedRecipient).weight;
    if (typeof w === 'number' && Number.isSafeInteger(w) && w >= 0) {
      fast.push(w);
      sum += w;
      if (w > 0) isZero = false;
    } else {
      allSafeIntegers = false;
      break;
    }
  }
  if (allSafeIntegers && sum <= Number.MAX_SAFE_INTEGER) return { ints: fast, scale: 0, isZero, decimals: undefined };

  const decimals: Decimal[] = new Array<Decimal>(n);
  let scale = 0;
  for (let i = 0; i < n; i++) {
    const r = recipients[i] as WeightedRecipient;
    const d = toDecimal(r.weight);
    if (d === undefined) {
      issues.push(makeIssue(M, 'INVALID_WEIGHT', { id: r.id, value: String(r.weight) }, ['recipients', i, 'weight']));
      decimals[i] = new Dec(0);
      continue;
    }
    if (d.sd(true) > MAX_DIGITS) {
      issues.push(makeIssue(M, 'WEIGHT_TOO_PRECISE', { id: r.id, max: MAX_DIGITS }, ['recipients', i, 'weight']));
      decimals[i] = new Dec(0);
      continue;
    }
    if (d.isNegative() && !d.isZero()) {
      issues.push(makeIssue(M, 'NEGATIVE_WEIGHT', { id: r.id, value: d.toFixed() }, ['recipients', i, 'weight']));
    }
    decimals[i] = d.abs();
    scale = Math.max(scale, d.decimalPlaces());
  }
  const factor = new Dec(10).pow(scale);
  const big = decimals.map((d) => BigInt(d.times(factor).toFixed(0)));
  let safe = true;
  let total = 0n;
  for (const b of big) {
    total += b;
    if (b > BigInt(Number.MAX_SAFE_INTEGER)) safe = false;
  }
  const ints: IntWeights = safe && total <= BigInt(Number.MAX_SAFE_INTEGER) ? big.map(Number) : big;
  return { ints, scale, isZero: total === 0n, decimals };
}

function toDecimal(w: WeightedRecipient['weight']): Decimal | undefined {
  if (isDecimal(w)) return w.isFinite() ? new Dec(w) : undefined;
  if (typeof w === 'bigint') return new Dec(w.toString());
  if (typeof w === 'number') return Number.isFinite(w) ? fromSpreadsheetNumber(w) : undefined;
  if (typeof w === 'string') {
    const parsed = parseNumber(w);
    return parsed.ok ? parsed.value : undefined;
  }
  return undefined;
}
