import Papa from 'papaparse';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { decodeText, type TextEncoding } from './decode';
import { REFERENCE_MESSAGES as M } from './messages';
import type { WeightTable } from './population';
import { readTableCells, TABLE_LIMITS, type TableOptions } from './table';

// Text and bytes for the one table reader (table.ts): a module of its own so the add-in, which
// reads cells only, does not carry the CSV parser and the decoder at start-up.

/**
 * Text as users export or paste it: comma, semicolon or tab separated (Swedish Excel writes
 * semicolons, a paste gives tabs), with or without BOM, CRLF or LF, numbers in Swedish format.
 * A row with another number of columns than the first is refused with its line number: in a
 * comma-separated file an unquoted decimal comma (`a,Alfa,1,5`) would otherwise be misread.
 */
export function readTableText(text: string, options: TableOptions): Result<WeightTable> {
  const where = options.where;
  if (text.length > TABLE_LIMITS.maxChars) {
    return fail(makeIssue(M, 'TABLE_TOO_LARGE', { where, max: TABLE_LIMITS.maxChars / (1024 * 1024) }));
  }
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [';', '\t', ','] });
  const issues: Issue[] = [];
  for (const e of parsed.errors.slice(0, 5)) {
    if (e.code === 'UndetectableDelimiter') continue;
    issues.push(makeIssue(M, 'TABLE_PARSE', { where, line: (e.row ?? 0) + 1, problem: e.code }));
  }
  if (issues.length > 0) return fail(...issues);
  return readTableCells(parsed.data, options, true);
}

/** A file's bytes: UTF-8, or Windows-1252 when they are not valid UTF-8 (the encoding is returned, to be said). */
export function readTableBytes(bytes: Uint8Array, options: TableOptions): Result<{ table: WeightTable; encoding: TextEncoding }> {
  if (bytes.length > TABLE_LIMITS.maxChars) {
    return fail(makeIssue(M, 'TABLE_TOO_LARGE', { where: options.where, max: TABLE_LIMITS.maxChars / (1024 * 1024) }));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(makeIssue(M, 'TABLE_ENCODING', { where: options.where, offset: decoded.offset }));
  const table = readTableText(decoded.text, options);
  return table.ok ? ok({ table: table.value, encoding: decoded.encoding }) : table;
}

