import type { z } from 'zod';
import type { Bilingual, IssuePath, Lang } from './result';

/**
 * What zod found wrong with one field, as data: the file formats' modules (agreements, profile,
 * settings) wrap it in their own issue, and it becomes a sentence in the language asked for when
 * shown. zod's own messages are never shown: they name its types ("förväntat string, fick
 * antal"), not what to write.
 */
export type SchemaProblem =
  | { readonly kind: 'missing'; readonly expected: string }
  | { readonly kind: 'type'; readonly expected: string; readonly received: string }
  | { readonly kind: 'unknown-keys'; readonly keys: readonly string[] }
  | { readonly kind: 'too-small' | 'too-big'; readonly origin: string; readonly limit: string; readonly inclusive: boolean }
  | { readonly kind: 'one-of'; readonly values: readonly string[] }
  | { readonly kind: 'format' }
  | { readonly kind: 'invalid' };

export function zodPath(issue: z.core.$ZodIssue): IssuePath {
  return issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
}

/** Validate with `{ reportInput: true }` so a wrong type can name what was written instead. */
export function schemaProblem(issue: z.core.$ZodIssue): SchemaProblem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? { kind: 'missing', expected: issue.expected } : { kind: 'type', expected: issue.expected, received: typeOf(issue.input) };
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', keys: issue.keys };
    case 'too_small':
      return { kind: 'too-small', origin: issue.origin, limit: String(issue.minimum), inclusive: issue.inclusive !== false };
    case 'too_big':
      return { kind: 'too-big', origin: issue.origin, limit: String(issue.maximum), inclusive: issue.inclusive !== false };
    case 'invalid_value':
      return { kind: 'one-of', values: issue.values.map(String) };
    case 'invalid_union': {
      if ('options' in issue && issue.options) return { kind: 'one-of', values: issue.options.map(String) };
      // A union of literals (`-2 | 0 | 3`): each branch says which value it wanted.
      const branches = issue.errors.map((e) => (e.length === 1 && e[0]?.code === 'invalid_value' && e[0].path.length === 0 ? e[0].values : undefined));
      if (branches.length > 0 && branches.every((b) => b !== undefined)) return { kind: 'one-of', values: branches.flat().map(String) };
      return { kind: 'invalid' };
    }
    case 'invalid_format':
      return { kind: 'format' };
    default:
      return { kind: 'invalid' };
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const WORDS: Readonly<Record<string, Bilingual>> = {
  string: { sv: 'text inom citattecken', en: 'text in quotes' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'true eller false', en: 'true or false' },
  array: { sv: 'en lista [ ]', en: 'a list [ ]' },
  object: { sv: 'ett objekt { }', en: 'an object { }' },
  record: { sv: 'ett objekt { }', en: 'an object { }' },
};
const COUNTED: Readonly<Record<string, Bilingual>> = { string: { sv: 'tecken', en: 'characters' }, array: { sv: 'poster', en: 'items' } };

/** What was written instead: plain "text", not the advice to quote it. */
const received = (type: string, lang: Lang) => (type === 'string' ? 'text' : (WORDS[type]?.[lang] ?? type));
const word = (type: string, lang: Lang) => WORDS[type]?.[lang] ?? type;
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** The problem as the rest of a sentence after the field's name: "här ska stå text inom citattecken, inte ett tal." */
export function schemaProblemText(p: SchemaProblem, lang: Lang): string {
  const sv = lang === 'sv';
  switch (p.kind) {
    case 'missing':
      return sv ? `fältet saknas; skriv ${word(p.expected, lang)} här.` : `the field is missing; write ${word(p.expected, lang)} here.`;
    case 'type':
      return sv ? `här ska stå ${word(p.expected, lang)}, inte ${received(p.received, lang)}.` : `this must be ${word(p.expected, lang)}, not ${received(p.received, lang)}.`;
    case 'unknown-keys': {
      const one = p.keys.length === 1;
      return sv
        ? `${one ? 'fältet' : 'fälten'} ${quoted(p.keys)} finns inte i formatet. Ta bort ${one ? 'det' : 'dem'} eller rätta stavningen.`
        : `the ${one ? 'field' : 'fields'} ${quoted(p.keys)} ${one ? 'is' : 'are'} not part of the format. Remove ${one ? 'it' : 'them'} or correct the spelling.`;
    }
    case 'too-small':
    case 'too-big': {
      const small = p.kind === 'too-small';
      if (small && p.origin === 'string' && p.limit === '1') return sv ? 'får inte vara tom text; skriv något här.' : 'must not be empty text; write something here.';
      const unit = COUNTED[p.origin]?.[lang];
      const bound = sv ? (small ? (p.inclusive ? 'minst' : 'mer än') : p.inclusive ? 'högst' : 'mindre än') : small ? (p.inclusive ? 'at least' : 'more than') : p.inclusive ? 'at most' : 'less than';
      return `${sv ? (unit ? 'ska ha' : 'ska vara') : unit ? 'must have' : 'must be'} ${bound} ${p.limit}${unit ? ` ${unit}` : ''}.`;
    }
    case 'one-of':
      return sv ? `skriv ett av: ${quoted(p.values)}.` : `write one of: ${quoted(p.values)}.`;
    case 'format':
      return sv ? 'värdet har inte rätt form.' : 'the value does not have the right form.';
    case 'invalid':
      return sv ? 'värdet är ogiltigt här.' : 'the value is not valid here.';
  }
}
