/**
 * Problems are data: detection returns issues with a stable `code`; presentation picks the
 * language. Tests assert codes, never prose.
 */
export interface Issue {
  readonly code: string;
  /** Swedish, for the user. */
  readonly message: string;
  readonly messageEn: string;
  /** Where the problem is: a field, a row index, a path in a file. */
  readonly path?: readonly (string | number)[];
}

export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly I[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <I extends Issue>(...issues: I[]): { ok: false; issues: I[] } => ({
  ok: false,
  issues,
});

export type Lang = 'sv' | 'en';

export function issueText(issue: Issue, lang: Lang = 'sv'): string {
  return lang === 'sv' ? issue.message : issue.messageEn;
}

/** Builds an issue from a message catalogue entry so Swedish and English never drift apart. */
export function makeIssue<P>(
  code: string,
  entry: { sv: (p: P) => string; en: (p: P) => string },
  params: P,
  path?: readonly (string | number)[],
): Issue {
  return {
    code,
    message: entry.sv(params),
    messageEn: entry.en(params),
    ...(path ? { path } : {}),
  };
}
