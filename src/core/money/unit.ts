import Decimal from 'decimal.js';
import { Dec } from './decimal';

/**
 * A unit of account is a power of ten of kronor: 10^-2 is öre, 10^0 krona, 10^3 tusental kronor.
 * Distributions are exact to one unit.
 */
export interface Unit {
  readonly exponent: number;
}

export const MIN_UNIT_EXPONENT = -6;
export const MAX_UNIT_EXPONENT = 9;

export const UNITS = {
  ore: { exponent: -2 },
  krona: { exponent: 0 },
  tkr: { exponent: 3 },
  mnkr: { exponent: 6 },
} as const satisfies Record<string, Unit>;

const NAMED: Record<string, number> = {
  öre: -2,
  ore: -2,
  kr: 0,
  krona: 0,
  kronor: 0,
  sek: 0,
  tkr: 3,
  tusental: 3,
  'tusen kronor': 3,
  mnkr: 6,
  mkr: 6,
  miljoner: 6,
};

/** Accepts a name (öre, kr, tkr, mnkr) or a power of ten written as a number (0,01 / 0.01 / 1000 / 1e3). */
export function parseUnit(text: string | number): Unit | undefined {
  if (typeof text === 'number') return unitFromValue(text);
  const t = text.trim().toLowerCase();
  const named = NAMED[t];
  if (named !== undefined) return { exponent: named };
  const normalized = t.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(',', '.');
  if (!/^(\d+(\.\d+)?|\.\d+)(e[+-]?\d+)?$/.test(normalized)) return undefined;
  return unitFromValue(new Dec(normalized));
}

function unitFromValue(value: Decimal.Value): Unit | undefined {
  let d: Decimal;
  try {
    d = new Dec(value);
  } catch {
    return undefined;
  }
  if (!d.isFinite() || d.lte(0)) return undefined;
  // A power of ten has a single significant digit, and it is 1.
  const exponent = d.e;
  if (!d.eq(new Dec(10).pow(exponent))) return undefined;
  if (exponent < MIN_UNIT_EXPONENT || exponent > MAX_UNIT_EXPONENT) return undefined;
  return { exponent };
}

export function unitValue(unit: Unit): Decimal {
  return new Dec(10).pow(unit.exponent);
}

/** Decimals to show for amounts in this unit: two for öre, none for kronor and above. */
export function unitDecimals(unit: Unit): number {
  return Math.max(0, -unit.exponent);
}

export function unitLabel(unit: Unit, lang: 'sv' | 'en' = 'sv'): string {
  switch (unit.exponent) {
    case -2:
      return lang === 'sv' ? 'öre' : 'öre (0.01 kr)';
    case 0:
      return lang === 'sv' ? 'kronor' : 'kronor';
    case 3:
      return lang === 'sv' ? 'tusental kronor' : 'thousands of kronor';
    case 6:
      return lang === 'sv' ? 'miljoner kronor' : 'millions of kronor';
    default: {
      const v = unitValue(unit).toFixed();
      return lang === 'sv' ? `${v.replace('.', ',')} kr` : `${v} kr`;
    }
  }
}

/** Machine form, as the CLI and JSON output write it: "1", "0.01", "1000". */
export function unitString(unit: Unit): string {
  return unitValue(unit).toFixed();
}
