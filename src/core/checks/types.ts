import type { Bilingual, Issue, IssuePath, Severity } from '../result';

export type { Severity } from '../result';

/**
 * A finding. `expected`, `actual` and `difference` are decimal strings in kronor for amounts
 * (difference = actual − expected, exactly), YYYY-MM-DD for dates, plain text for recipients, or
 * null when they do not apply.
 */
export interface CheckIssue extends Issue {
  readonly severity: Severity;
  readonly path: IssuePath;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly difference: string | null;
}

/** The words for "what" an issue is about, in both languages: `området ”Nationella kvalitetsregister”`. */
export type Subject = Bilingual;
