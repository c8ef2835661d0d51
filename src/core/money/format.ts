import Decimal from 'decimal.js';
import { Dec } from './decimal';
import { roundTo, type RoundingMode } from './rounding';

export interface FormatOptions {
  /** Decimals to show; default: as many as the value has. */
  readonly decimals?: number;
  /** How to round when `decimals` cuts digits off. Default half away from zero, as Excel shows. */
  readonly rounding?: RoundingMode;
  /** Thousands separator. Default U+00A0 (no-break space), as sv-SE. */
  readonly group?: string;
  /** Minus sign. Default U+2212, as sv-SE. Use "-" for plain-text exports. */
  readonly minus?: string;
  /** Suffix such as " kr". */
  readonly suffix?: string;
}

/** Formats in sv-SE: `1 234 567,50`, `−12 500` — without Intl, so it is exact for any size. */
export function formatAmount(value: Decimal.Value, options: FormatOptions = {}): string {
  const { decimals, rounding = 'half-away-from-zero', group = '\u00a0', minus = '\u2212', suffix = '' } = options;
  let d = new Dec(value);
  if (decimals !== undefined) d = roundTo(d, decimals, rounding);
  const fixed = decimals !== undefined && decimals >= 0 ? d.abs().toFixed(decimals) : d.abs().toFixed();
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = d.isNegative() && !d.isZero() ? minus : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}${suffix}`;
}

/** For terminals and CSV: ordinary spaces and hyphen-minus, still with a decimal comma. */
export function formatAmountPlain(value: Decimal.Value, decimals?: number): string {
  return formatAmount(value, { group: ' ', minus: '-', ...(decimals === undefined ? {} : { decimals }) });
}
