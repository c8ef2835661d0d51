import type { Issue } from '../result';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding. `expected`, `actual` and `difference` are decimal strings in kronor for amounts
 * (difference = actual − expected, exactly), YYYY-MM-DD for dates, plain text for recipients, or
 * null when they do not apply.
 */
export interface CheckIssue extends Issue {
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
  readonly expected: string | null;
  readonly actual: string | null;
  readonly difference: string | null;
}

/** The words for "what" an issue is about, in both languages: `området ”Nationella kvalitetsregister”`. */
export interface Subject {
  readonly sv: string;
  readonly en: string;
}
