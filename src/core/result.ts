/**
 * Problems are data, as zod reports them: detection returns issues with a stable `code` and the
 * language-neutral parameters of its message; presentation picks the language when the issue is
 * shown (`issueText`). Tests assert codes, never prose.
 */

export type Lang = 'sv' | 'en';
export type Severity = 'error' | 'warning' | 'info';
/** Where the problem is: a field, a row index, a path in a file. */
export type IssuePath = readonly (string | number)[];

/** A word or phrase in both languages, for parameters that name things (a field, a subject). */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/**
 * The one message type: Swedish and English from the same parameters, so the two never drift
 * apart. Method syntax on purpose: an issue with specific parameters is still an `Issue`.
 */
export interface Message<P> {
  sv(params: P): string;
  en(params: P): string;
}

/** A code's entry in its module's catalogue: how it reads, and what it means wherever it is shown. */
export interface IssueSpec<P> extends Message<P> {
  /** How serious it is; an error when not said. A code never changes severity from one case to the next. */
  readonly severity?: Severity;
  /** What a custom function returns for it: #N/A for "looked for it and it is not there", else #VALUE!. */
  readonly excel?: '#N/A' | '#VALUE!';
}

/** A module's codes and their entries. */
export type Catalogue = { readonly [code: string]: IssueSpec<never> };

/** The parameters a catalogue entry's message takes. */
export type ParamsOf<S> = S extends { sv(params: infer P): string } ? P : never;

export interface Issue<C extends string = string, P = unknown> {
  readonly code: C;
  /** Language-neutral (or bilingual) values the message names: ids, amounts, paths. */
  readonly params: P;
  readonly path?: IssuePath;
  /** The code's catalogue entry. Text is made from it only when the issue is shown. */
  readonly spec: IssueSpec<P>;
}

/** Every issue a catalogue can give, discriminated by its code. */
export type IssueOf<K extends Catalogue> = { [C in keyof K & string]: Issue<C, ParamsOf<K[C]>> }[keyof K & string];

export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly I[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <I extends Issue>(...issues: I[]): { ok: false; issues: I[] } => ({
  ok: false,
  issues,
});

/** The one builder: the code picks its entry in the catalogue, and the entry types the parameters. */
export function makeIssue<K extends Catalogue, C extends keyof K & string>(
  catalogue: K,
  code: C,
  params: ParamsOf<K[C]>,
  path?: IssuePath,
): Issue<C, ParamsOf<K[C]>> {
  const spec = catalogue[code] as unknown as IssueSpec<ParamsOf<K[C]>>;
  return { code, params, spec, ...(path ? { path } : {}) };
}

/** The issue as a sentence in the language asked for: the only place an issue becomes text. */
export function issueText(issue: Issue, lang: Lang = 'sv'): string {
  return lang === 'sv' ? issue.spec.sv(issue.params) : issue.spec.en(issue.params);
}

export function severityOf(issue: Issue): Severity {
  return issue.spec.severity ?? 'error';
}
