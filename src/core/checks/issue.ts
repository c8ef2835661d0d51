import type Decimal from 'decimal.js';
import { Dec, formatAmountPlain } from '../money';
import { makeIssue, severityOf, type IssuePath, type ParamsOf } from '../result';
import { CHECK_MESSAGES, type CheckCode } from './messages';
import type { CheckIssue } from './types';

/** Builds a finding; its severity comes from the code's catalogue entry, never from the caller. */
export function checkIssue<C extends CheckCode>(
  code: C,
  params: ParamsOf<(typeof CHECK_MESSAGES)[C]>,
  path: IssuePath,
  values: { expected?: string | null; actual?: string | null; difference?: string | null } = {},
): CheckIssue {
  const issue = makeIssue(CHECK_MESSAGES, code, params, path);
  return {
    ...issue,
    severity: severityOf(issue),
    path,
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
