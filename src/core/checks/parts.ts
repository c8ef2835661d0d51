import type Decimal from 'decimal.js';
import { sum } from '../money';
import { amountParams, amountValues, checkIssue } from './issue';
import type { CheckIssue, Subject } from './types';

export interface PartsInput {
  readonly whole: Decimal | null;
  readonly parts: readonly (Decimal | null)[];
  /** The document declares the list complete. */
  readonly complete: boolean;
  readonly subject: Subject;
  readonly path: readonly (string | number)[];
}

/**
 * Parts against their total. Above the total is always an error; a complete list must sum
 * exactly; an incomplete list below its total leaves a remainder to report; unknown parts make it
 * unverifiable, which is said, not hidden.
 */
export function checkParts({ whole, parts, complete, subject, path }: PartsInput): CheckIssue[] {
  const known = parts.filter((p): p is Decimal => p !== null);
  const unknown = parts.length - known.length;
  const total = sum(known);
  if (whole === null) {
    if (known.length === 0) return [];
    return [checkIssue('TOTAL_NOT_STATED', { subject, expected: '', actual: amountParams(total, total).actual, gap: '' }, path, { actual: total.toFixed() })];
  }
  const values = amountValues(whole, total);
  const params = { subject, ...amountParams(whole, total) };
  if (total.gt(whole)) return [checkIssue('PARTS_EXCEED_TOTAL', params, path, values)];
  if (unknown > 0) return [checkIssue('PARTS_NOT_VERIFIABLE', { ...params, unknown }, path, values)];
  if (total.eq(whole)) return [];
  if (complete) return [checkIssue('PARTS_SUM_MISMATCH', params, path, values)];
  return [checkIssue('UNALLOCATED_REMAINDER', params, path, values)];
}
