import type Decimal from 'decimal.js';
import type { Unit } from '../money';

export const METHODS = ['largest-remainder', 'adjust-largest', 'round', 'none'] as const;
/**
 * - `largest-remainder` (Hamilton): floor every quota in the unit, give the units left over to the
 *   largest remainders.
 * - `adjust-largest`: round every quota half away from zero, put the residual on the recipient with
 *   the largest share (the convention of Swedish government distribution tables). Should that share
 *   be too small to give back a negative residual (only with a few units over many recipients), the
 *   next largest give back the rest, so no share ever changes sign.
 * - `round`: round every quota half away from zero and report the residual without fixing it.
 * - `none`: the exact quotas, cut to `decimals` decimals (half away from zero).
 */
export type Method = (typeof METHODS)[number];

/**
 * The only rule that decides between equal claims: larger weight first, then earlier in the input.
 * Stated in every result so an auditor can reproduce it.
 */
export const TIE_BREAK = 'larger-weight-then-input-order' as const;
export type TieBreak = typeof TIE_BREAK;

export type WeightInput = number | string | bigint | Decimal;
export type AmountInput = number | string | Decimal;

export interface WeightedRecipient {
  readonly id: string;
  readonly name?: string;
  readonly weight: WeightInput;
}

export interface FixedAmount {
  readonly id: string;
  readonly name?: string;
  readonly amount: AmountInput;
}

/** Where the weights came from, recorded on every result (for example SCB, 2023-12-31). */
export interface WeightSource {
  readonly kind: 'population' | 'weights' | 'equal' | 'fixed';
  /** Table id, file name or range address. */
  readonly id: string;
  readonly description: string;
  /** YYYY-MM-DD for a population table. */
  readonly referenceDate?: string;
  /** Who published the numbers ("SCB"), to be credited wherever they are shown. */
  readonly publisher?: string;
}

export interface DistributionRequest {
  /** The whole amount in kronor; Swedish text such as "62 500 000 kr" is accepted. */
  readonly amount: AmountInput;
  readonly unit?: Unit;
  readonly method?: Method;
  /** For `none`: how many decimals of the exact quota to keep. Default 6. */
  readonly decimals?: number;
  /** Recipients sharing what is left after fixed amounts and bases, in proportion to weight. */
  readonly recipients: readonly WeightedRecipient[];
  /** Named fixed amounts taken off the top (for example SKR's stödfunktion). */
  readonly fixed?: readonly FixedAmount[];
  /** A fixed base every weighted recipient gets before the rest is shared by weight. */
  readonly basePerRecipient?: AmountInput;
  readonly source?: WeightSource;
}

export interface DistributionRow {
  readonly id: string;
  readonly name: string;
  /** Weight as given (zero for a recipient with only a fixed amount). */
  readonly weight: Decimal;
  /**
   * The share of the weighted rest in kronor before any rounding: exact, cut (toward zero) at 20
   * decimals of the unit, so whether it is at least half a unit is always decided right.
   */
  readonly quota: Decimal;
  /** Fixed amount plus base. */
  readonly fixed: Decimal;
  /** The weighted share after the method's per-share rounding (floor for largest remainder). */
  readonly rounded: Decimal;
  /** What the method added or took away to make the total foot (0 for most recipients). */
  readonly adjustment: Decimal;
  /** fixed + rounded + adjustment. */
  readonly amount: Decimal;
  /**
   * The amount as a whole number of 10^exponent kronor (the result's `exponent`): the engine's own
   * exact result. A plain number while it is a safe integer (always, for amounts up to 9·10^15
   * units: 90 000 000 000 000 kr in öre), a bigint beyond.
   */
  readonly units: number | bigint;
}

export interface Distribution {
  readonly method: Method;
  readonly unit: Unit;
  readonly decimals: number | undefined;
  /**
   * The power of ten of kronor that `units` count: the unit's exponent, or for `none` the finest
   * decimals in play (its `decimals`, or more when an amount was given with more).
   */
  readonly exponent: number;
  readonly tieBreak: TieBreak;
  readonly amount: Decimal;
  /** Sum of the rows' amounts. */
  readonly total: Decimal;
  /**
   * What rounding left over: amount − total − unallocated. Zero for `largest-remainder` and
   * `adjust-largest`, always; for `round` and `none` the units their rounding leaves.
   */
  readonly residual: Decimal;
  /**
   * What no recipient shares: the rest after the fixed amounts when a request has fixed amounts
   * only (an agreement that leaves part of its total unspecified). Zero whenever anyone has a weight.
   */
  readonly unallocated: Decimal;
  /** What rounding each share on its own would have left: the number the methods exist to fix. */
  readonly plainRoundingResidual: Decimal;
  /** Each row's amount as whole units of 10^exponent kr, in row order: what most callers need, cheap to read. */
  readonly units: readonly (number | bigint)[];
  /** Built on first read and kept: plain frozen objects. */
  readonly rows: readonly DistributionRow[];
  readonly source: WeightSource | undefined;
}
