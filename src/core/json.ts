import { scanJson } from './json-scan';
import type { Lang } from './result';

/**
 * Limits on the JSON files users give (agreements, profiles), stated in the README: an agreement is
 * a few hundred kilobytes nested six levels deep; beyond these a file is refused with a message
 * before it is parsed or validated, never read slowly or with a stack overflow.
 */
export const JSON_LIMITS = { maxChars: 20 * 1024 * 1024, maxDepth: 64 } as const;

/** Where and why JSON text would not parse, in terms a user can act on. */
export interface JsonSyntaxError {
  /** 1-based, when the parser said where. */
  readonly line?: number;
  readonly column?: number;
  /** The text ended before the value did. */
  readonly truncated: boolean;
  /** Beyond JSON_LIMITS: nested deeper than maxDepth, or longer than maxChars. */
  readonly tooDeep?: boolean;
  readonly tooLarge?: boolean;
}

export type JsonText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonSyntaxError };

/**
 * Parses JSON as users save it: a byte-order mark from Windows editors is not an error. The place of
 * a syntax error comes from our own scanner (V8's messages are English, differ between versions and
 * name no position for some errors); a file beyond JSON_LIMITS is refused before it is parsed.
 */
export function parseJsonText(text: string): JsonText {
  const body = text.replace(/^\uFEFF/, '');
  if (body.length > JSON_LIMITS.maxChars) return { ok: false, error: { truncated: false, tooLarge: true } };
  const scan = scanJson(body, JSON_LIMITS.maxDepth);
  if (scan.maxDepth > JSON_LIMITS.maxDepth) return { ok: false, error: { truncated: false, tooDeep: true } };
  if (scan.errorAt !== undefined) return { ok: false, error: at(body, scan.errorAt) };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    // The scanner accepts exactly JSON; should the engine still refuse, take its position.
    return { ok: false, error: locate(body, e instanceof Error ? e.message : String(e)) };
  }
}

function at(text: string, offset: number): JsonSyntaxError {
  const truncated = offset >= text.trimEnd().length;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, truncated };
}

function locate(text: string, message: string): JsonSyntaxError {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]), truncated: false };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
  return offset === undefined ? { truncated: false } : at(text, offset);
}

/** The error as a clause for a message: "rad 2, kolumn 7" and the like. */
export function jsonSyntaxText(error: JsonSyntaxError, lang: Lang): string {
  if (error.tooLarge)
    return lang === 'sv' ? `filen är större än ${JSON_LIMITS.maxChars / (1024 * 1024)} MB` : `the file is larger than ${JSON_LIMITS.maxChars / (1024 * 1024)} MB`;
  if (error.tooDeep)
    return lang === 'sv' ? `filen är nästlad i fler än ${JSON_LIMITS.maxDepth} nivåer` : `the file is nested more than ${JSON_LIMITS.maxDepth} levels deep`;
  const where = error.line === undefined ? undefined : lang === 'sv' ? `rad ${error.line}, kolumn ${error.column}` : `line ${error.line}, column ${error.column}`;
  if (error.truncated) return lang === 'sv' ? `texten tar slut för tidigt${where ? `, ${where}` : ''}` : `the text ends too early${where ? `, ${where}` : ''}`;
  if (where) return lang === 'sv' ? `fel vid ${where}` : `error at ${where}`;
  return lang === 'sv' ? 'ett tecken står där det inte får stå' : 'a character is where it is not allowed';
}
