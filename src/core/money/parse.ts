import Decimal from 'decimal.js';
import { fail, makeIssue, ok, type Result } from '../result';
import { Dec, fromSpreadsheetNumber } from './decimal';
import { MONEY_MESSAGES as M } from './messages';

/** Every space a Swedish document or export puts between thousands. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007\u200a]/g;
const MINUS_SIGNS = /^[-\u2212\u2013]/;
const TRAILING_MINUS = /[-\u2212\u2013]$/;

/** Suffix → power of ten it multiplies by. Longest first so "mnkr" is not read as "kr". */
const SUFFIXES: readonly (readonly [RegExp, number])[] = [
  [/(mdkr|miljarder?( kronor)?|mdr( kr)?)$/i, 9],
  [/(mnkr|mkr|miljon(er)?( kronor)?|milj\.?( kr)?)$/i, 6],
  [/(tkr|tusen( kronor)?)$/i, 3],
  [/(kronor|kr\.?|sek|:-)$/i, 0],
];

export interface ParseOptions {
  /** Accept kr / tkr / mnkr / mdkr suffixes (scaling by them). Default true. */
  readonly suffix?: boolean;
}

/**
 * Reads a number as Swedish users write and export it: `1 234 567`, `1 234 567,50`,
 * no-break and thin spaces between thousands, `−` (U+2212) or `–` as minus, a trailing minus or
 * parentheses from accounting exports, and `kr`/`tkr`/`mnkr`. A lone comma is the decimal comma; a
 * lone point is also read as a decimal point (exports from English systems); several commas or
 * points are thousands groups and must come in threes.
 */
export function parseAmount(input: string | number, options: ParseOptions = {}): Result<Decimal> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail(makeIssue(M, 'NOT_FINITE', {}));
    // A number is read as a spreadsheet shows it (0.1 + 0.2 is 0.3), not as its binary expansion.
    return ok(fromSpreadsheetNumber(input));
  }
  const original = input;
  let text = input.trim();
  if (text === '') return fail(makeIssue(M, 'EMPTY_AMOUNT', {}));
  const invalid = () => fail(makeIssue(M, 'INVALID_AMOUNT', { text: original.trim() }));

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let exponent = 0;
  if (options.suffix !== false) {
    for (const [pattern, power] of SUFFIXES) {
      if (pattern.test(text)) {
        text = text.replace(pattern, '').trim();
        exponent = power;
        break;
      }
    }
  }
  text = text.replace(SPACES, '');
  if (MINUS_SIGNS.test(text)) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  } else if (TRAILING_MINUS.test(text)) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  const digits = normalizeSeparators(text);
  if (digits === undefined) return invalid();
  let value = new Dec(digits);
  if (exponent !== 0) value = value.times(new Dec(10).pow(exponent));
  return ok(negative && !value.isZero() ? value.neg() : value);
}

/** Returns a plain `123456.78` string, or undefined when the separators do not make sense. */
function normalizeSeparators(text: string): string | undefined {
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const commas = count(text, ',');
  const points = count(text, '.');
  let decimalMark: ',' | '.' | undefined;
  let groupMark: ',' | '.' | undefined;
  if (commas > 0 && points > 0) {
    decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    groupMark = decimalMark === ',' ? '.' : ',';
    if (count(text, decimalMark) !== 1) return undefined;
  } else if (commas === 1) {
    decimalMark = ',';
  } else if (points === 1) {
    decimalMark = '.';
  } else if (commas > 1) {
    groupMark = ',';
  } else if (points > 1) {
    groupMark = '.';
  }
  const [head = '', fraction] = decimalMark ? splitOnce(text, decimalMark) : [text, undefined];
  let whole = head;
  if (groupMark) {
    const groups = whole.split(groupMark);
    const [first = '', ...rest] = groups;
    if (first.length < 1 || first.length > 3 || rest.some((g) => g.length !== 3)) return undefined;
    whole = groups.join('');
  }
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  if (!/^\d*$/.test(whole)) return undefined;
  if (whole === '' && fraction === undefined) return undefined;
  return `${whole === '' ? '0' : whole}${fraction === undefined ? '' : `.${fraction}`}`;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

function splitOnce(text: string, mark: string): [string, string] {
  const i = text.indexOf(mark);
  return [text.slice(0, i), text.slice(i + 1)];
}

/** A plain number (a weight, a population): Swedish separators, no currency suffix. */
export function parseNumber(input: string | number): Result<Decimal> {
  return parseAmount(input, { suffix: false });
}
