import Decimal from 'decimal.js';
import { Dec } from './decimal';

/**
 * Named rounding modes. `half-away-from-zero` is Excel's ROUND/AVRUNDA: ROUND(-2.5;0) = -3, where
 * JavaScript's Math.round(-2.5) gives -2.
 */
export const ROUNDING_MODES = ['half-away-from-zero', 'half-even', 'floor', 'ceiling', 'truncate'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_JS_MODE: Record<RoundingMode, Decimal.Rounding> = {
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  floor: Decimal.ROUND_FLOOR,
  ceiling: Decimal.ROUND_CEIL,
  truncate: Decimal.ROUND_DOWN,
};

/** Rounds to `decimals` places (negative: to tens, hundreds, thousands, as ROUND(x;-3)). */
export function roundTo(value: Decimal.Value, decimals: number, mode: RoundingMode): Decimal {
  const d = new Dec(value);
  const rounding = DECIMAL_JS_MODE[mode];
  if (decimals >= 0) return d.toDecimalPlaces(decimals, rounding);
  const factor = new Dec(10).pow(-decimals);
  return d.div(factor).toDecimalPlaces(0, rounding).times(factor);
}

/** Excel's ROUND: what the test engines register in place of their own. */
export const roundHalfAwayFromZero = (v: Decimal.Value, decimals = 0): Decimal =>
  roundTo(v, decimals, 'half-away-from-zero');
