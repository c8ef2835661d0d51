import type { Lang } from './result';

/** Where and why JSON text would not parse, in terms a user can act on. */
export interface JsonSyntaxError {
  /** 1-based, when the parser said where. */
  readonly line?: number;
  readonly column?: number;
  /** The text ended before the value did. */
  readonly truncated: boolean;
}

export type JsonText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonSyntaxError };

/**
 * Parses JSON as users save it: a byte-order mark from Windows editors is not an error. The
 * engine's message is English and differs between versions; only the position is taken from it.
 */
export function parseJsonText(text: string): JsonText {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    return { ok: false, error: locate(body, e instanceof Error ? e.message : String(e)) };
  }
}

function locate(text: string, message: string): JsonSyntaxError {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]), truncated: false };
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
  if (offset === undefined) return { truncated: false };
  const truncated = offset >= text.trimEnd().length;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1, truncated };
}

/** The error as a clause for a message: "rad 2, kolumn 7" and the like. */
export function jsonSyntaxText(error: JsonSyntaxError, lang: Lang): string {
  const where = error.line === undefined ? undefined : lang === 'sv' ? `rad ${error.line}, kolumn ${error.column}` : `line ${error.line}, column ${error.column}`;
  if (error.truncated) return lang === 'sv' ? `texten tar slut för tidigt${where ? `, ${where}` : ''}` : `the text ends too early${where ? `, ${where}` : ''}`;
  if (where) return lang === 'sv' ? `fel vid ${where}` : `error at ${where}`;
  return lang === 'sv' ? 'ett tecken står där det inte får stå' : 'a character is where it is not allowed';
}
