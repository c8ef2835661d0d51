import type Decimal from 'decimal.js';
import { Dec, formatAmountPlain } from '../money';
import { CHECK_MESSAGES, type CheckCode } from './messages';
import type { CheckIssue } from './types';

type ParamsOf<C extends CheckCode> = Parameters<(typeof CHECK_MESSAGES)[C]['sv']>[0];

/** Builds an issue; its severity comes from the code, never from the caller. */
export function checkIssue<C extends CheckCode>(
  code: C,
  params: ParamsOf<C>,
  path: readonly (string | number)[],
  values: { expected?: string | null; actual?: string | null; difference?: string | null } = {},
): CheckIssue {
  const entry = CHECK_MESSAGES[code] as unknown as { severity: CheckIssue['severity']; sv: (p: ParamsOf<C>) => string; en: (p: ParamsOf<C>) => string };
  return {
    code,
    severity: entry.severity,
    path,
    message: entry.sv(params),
    messageEn: entry.en(params),
    expected: values.expected ?? null,
    actual: values.actual ?? null,
    difference: values.difference ?? null,
  };
}

/** expected/actual/difference for two amounts: difference = actual − expected, exactly. */
export function amountValues(expected: Decimal, actual: Decimal): { expected: string; actual: string; difference: string } {
  return { expected: expected.toFixed(), actual: actual.toFixed(), difference: new Dec(actual).minus(expected).toFixed() };
}

/** The message parameters every amount comparison shares; `gap` is the absolute difference. */
export function amountParams(expected: Decimal, actual: Decimal): { expected: string; actual: string; gap: string } {
  return { expected: formatAmountPlain(expected), actual: formatAmountPlain(actual), gap: formatAmountPlain(new Dec(actual).minus(expected).abs()) };
}
