import type Decimal from 'decimal.js';
import { fromSpreadsheetNumber, parseAmount, parseNumber, parseUnit, unitValue, UNITS, type Unit } from '../core/money';
import { parseMethod, type Method, type WeightInput } from '../core/distribution';
import { issueText, makeIssue, type Issue, type Lang, type ParamsOf, type Result } from '../core/result';
import { cellLabel, FUNCTION_MESSAGES as M, LABELS, positionLabel, type FunctionIssueCode, type Label } from './messages';
import { fromExcelSerial, parseCalendarDate, toExcelSerial } from '../core/calendar';

/**
 * The one boundary between Excel's cells and the core. Every function goes through here: cell
 * values in (numbers, text, booleans, null or 0 for an empty cell, 2-D arrays, error values),
 * core inputs out; core issues in, `CustomFunctions.Error` out: the Excel error each code declares
 * in its catalogue (#N/A for "not found", #VALUE! for everything else: the only two codes whose
 * message Excel shows), with the message in Excel's language.
 *
 * Readers stop at the first bad argument by throwing a private `Stop`, which only `guard` catches,
 * so each function stays a few lines and nothing escapes to Excel as an unhandled exception.
 */

/** A value as Excel hands it to a custom function. */
export type Cell = unknown;
/** A range argument: rows of cells. Excel passes even a single cell as [[value]]. */
export type Cells = readonly (readonly Cell[])[];
export type Outcome<T> = T | CustomFunctions.Error;

/** Excel errors a function may return (#NAME? and #REF! are input-only). */
const RETURNABLE_ERRORS: ReadonlySet<string> = new Set(['#DIV/0!', '#N/A', '#NUM!', '#NULL!', '#VALUE!']);

let language: Lang = 'sv';

/** Swedish unless Excel runs in English: a Swedish product, readable to an English-speaking colleague. */
export function languageFor(displayLanguage: string | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'sv';
}

export function setMessageLanguage(lang: Lang): void {
  language = lang;
}

export function messageLanguage(): Lang {
  return language;
}

class Stop {
  constructor(readonly error: CustomFunctions.Error) {}
}

/** Runs a function body and turns every way it can fail into an Excel error value. */
export function guard<T>(body: () => T): Outcome<T> {
  try {
    return body();
  } catch (e) {
    if (e instanceof Stop) return e.error;
    const detail = e instanceof Error ? e.message : String(e);
    return toExcelError([issue('UNEXPECTED', { detail })]);
  }
}

/** The adapter's result for Excel: an error value is thrown, as Excel's documentation asks. */
export function settle<T>(outcome: Outcome<T>): T {
  if (isExcelError(outcome)) throw outcome;
  return outcome;
}

/** An issue about an argument, from the functions' own catalogue. */
export function issue<C extends FunctionIssueCode>(code: C, params: ParamsOf<(typeof M)[C]>): Issue {
  return makeIssue(M, code, params);
}

/** The issues behind each error value we made: a cell shows one message, a caller can ask for all of them. */
const explained = new WeakMap<object, readonly Issue[]>();

export function explain(error: unknown): readonly Issue[] | undefined {
  return typeof error === 'object' && error !== null ? explained.get(error) : undefined;
}

export function toExcelError(issues: readonly Issue[], code?: CustomFunctions.ErrorCode): CustomFunctions.Error {
  const first = issues[0];
  const notFound = first?.spec.excel === '#N/A';
  const errorCode = code ?? (notFound ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue);
  const more = issues.length - 1;
  const suffix = more <= 0 ? '' : language === 'sv' ? ` (och ${more} fel till)` : ` (and ${more} more)`;
  const error = first === undefined ? new CustomFunctions.Error(errorCode) : new CustomFunctions.Error(errorCode, issueText(first, language) + suffix);
  explained.set(error, issues);
  return error;
}

/** Stops the function with these issues. */
export function fail(...issues: Issue[]): never {
  throw new Stop(toExcelError(issues));
}

/** The value of a core result, or the function stops with its issues. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  return fail(...result.issues);
}

export function isExcelError(value: unknown): value is CustomFunctions.Error {
  if (typeof CustomFunctions !== 'undefined' && value instanceof CustomFunctions.Error) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('#');
}

/** An error value in an argument travels on as Excel's own functions pass it on (#N/A stays #N/A). */
function passOn(value: CustomFunctions.Error, what: Label): never {
  const code = RETURNABLE_ERRORS.has(value.code) ? value.code : CustomFunctions.ErrorCode.invalidValue;
  const found = issue('ERROR_IN_ARGUMENT', { what, error: String(value.code) });
  throw new Stop(toExcelError([found], code as CustomFunctions.ErrorCode));
}

/** An empty cell: null or undefined on the web and for a left-out argument, "" from a formula. Desktop Excel sends 0, which reads as 0 anyway. */
export function isBlank(value: Cell): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function show(value: Cell): string {
  return typeof value === 'string' ? value.trim() : String(value);
}

/** An amount in kronor: a number, or text as Swedish users write it ("62 500 000 kr", "12,5 mnkr"). Blank is 0. */
export function readAmount(value: Cell, what: Label): Decimal {
  return readDecimal(value, what, 'amount');
}

/** A plain number (a weight, a cost): a number, or Swedish number text unless `text` is 'reject'. Blank is 0. */
export function readDecimal(value: Cell, what: Label, kind: 'amount' | 'number' = 'number', text: 'parse' | 'reject' = 'parse'): Decimal {
  if (isExcelError(value)) return passOn(value, what);
  if (isBlank(value)) return fromSpreadsheetNumber(0);
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return fromSpreadsheetNumber(value);
  } else if (typeof value === 'string') {
    if (text === 'reject') return fail(issue('TEXT_IN_RANGE', { what, value: value.trim() }));
    const parsed = kind === 'amount' ? parseAmount(value) : parseNumber(value);
    if (parsed.ok) return parsed.value;
  }
  return fail(issue('NOT_A_NUMBER', { what, value: show(value) }));
}

/** A weight: whole numbers stay numbers, the engine's fast path for populations and 10 000-row ranges. */
export function readWeight(value: Cell, what: Label): WeightInput {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  return readDecimal(value, what);
}

/** Text as typed, trimmed; a number is read as its digits. Undefined when blank (0 is desktop Excel's empty cell). */
export function readOptionalText(value: Cell, what: Label): string | undefined {
  if (isExcelError(value)) return passOn(value, what);
  if (isBlank(value) || value === 0) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return fail(issue('NOT_TEXT', { what, value: show(value) }));
}

/** 1/2/3/0 or a method word in either language; blank is the default (largest remainder). */
export function readMethod(value: Cell): Method | undefined {
  if (isExcelError(value)) return passOn(value, LABELS.method);
  if (isBlank(value)) return undefined;
  const method = typeof value === 'number' || typeof value === 'string' ? parseMethod(value) : undefined;
  return method ?? fail(issue('INVALID_METHOD', { value: show(value) }));
}

/** öre/kr/tkr/mnkr or a power of ten; blank (and 0, desktop Excel's empty cell) is kronor. */
export function readUnit(value: Cell): Unit {
  if (isExcelError(value)) return passOn(value, LABELS.unit);
  if (isBlank(value) || value === 0) return UNITS.krona;
  const unit = typeof value === 'number' || typeof value === 'string' ? parseUnit(value) : undefined;
  return unit ?? fail(issue('INVALID_UNIT', { value: show(value) }));
}

/** A date as an Excel serial or YYYY-MM-DD text; undefined when blank (0 is desktop Excel's empty cell). */
export function readOptionalDate(value: Cell, what: Label): string | undefined {
  if (isExcelError(value)) return passOn(value, what);
  if (isBlank(value) || value === 0) return undefined;
  const text = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  const iso = typeof value === 'number' ? fromExcelSerial(value) : text !== undefined && toExcelSerial(text) !== undefined ? text : undefined;
  return iso ?? fail(issue('INVALID_DATE', { what, value: show(value) }));
}

export function readDate(value: Cell, what: Label): string {
  return readOptionalDate(value, what) ?? fail(issue('DATE_MISSING', { what }));
}

export function toSerial(iso: string): number {
  const serial = toExcelSerial(iso);
  if (serial === undefined) throw new RangeError(`not a date Excel can show: ${iso}`);
  return serial;
}

/** A range argument as Excel passes it; a lone value (a scalar where a range was allowed) becomes 1×1, an empty one a blank cell. */
export function asCells(value: Cell): Cells {
  if (!Array.isArray(value)) return [[value]];
  if (!value.every((row) => Array.isArray(row))) return [value];
  const rows = value as Cells;
  return rows.some((row) => row.length > 0) ? rows : [[null]];
}

export interface Grid {
  readonly rows: number;
  readonly columns: number;
  /** Row by row, left to right. */
  readonly cells: readonly Cell[];
  /** "Vikterna, rad 3": cell `index` named for a message. */
  label(of: Label, index: number): Label;
  /** "rad 3" / "row 3": cell `index` as a recipient id the core's messages can name. */
  position(index: number): Label;
  /** Puts one result per cell back in the grid's shape: a column stays a column, a row a row. */
  reshape<T>(values: readonly T[]): T[][];
}

export function grid(value: Cell): Grid {
  const rows = asCells(value);
  const columns = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const cells: Cell[] = [];
  for (const row of rows) for (let c = 0; c < columns; c++) cells.push(row[c] ?? null);
  return {
    rows: rows.length,
    columns,
    cells,
    label: (of, index) => cellLabel(of, Math.floor(index / columns), index % columns, rows.length, columns),
    position: (index) => positionLabel(Math.floor(index / columns), index % columns, rows.length, columns),
    reshape: (values) => Array.from({ length: rows.length }, (_, r) => values.slice(r * columns, (r + 1) * columns)),
  };
}

/** Stops at the first error value in the range, passing it on. */
export function passOnErrors(cells: Grid, what: Label): void {
  const i = cells.cells.findIndex((c) => isExcelError(c));
  if (i >= 0) passOn(cells.cells[i] as CustomFunctions.Error, cells.label(what, i));
}

/** A column or a row of cells (a single cell counts as a column); a 2-D block stops the function. */
export function vector(value: Cell, what: Label): Grid {
  const g = grid(value);
  if (g.rows > 1 && g.columns > 1) fail(issue('NOT_A_VECTOR', { what, rows: g.rows, columns: g.columns }));
  return g;
}

/**
 * Decimal → the number Excel stores: exact for amounts below 10^15 units, which `checkFitsExcel`
 * guards. A result beyond a double's range (a sum near 1e308) is #NUM!, as Excel's own overflow,
 * rather than ±Infinity or NaN in a cell.
 */
export function toCellNumber(value: Decimal): number {
  const n = value.toNumber();
  if (Number.isFinite(n)) return n;
  const found = issue('RESULT_OUT_OF_RANGE', { value: value.isNaN() ? 'NaN' : value.toExponential(6) });
  throw new Stop(toExcelError([found], CustomFunctions.ErrorCode.invalidNumber));
}

/** Excel keeps 15 significant digits: an amount with more units than that cannot foot in a sheet. */
export function checkFitsExcel(amount: Decimal, unit: Unit): void {
  const units = amount.abs().div(unitValue(unit));
  if (units.gte('1e15')) fail(issue('TOO_LARGE_FOR_EXCEL', { amount: amount.toFixed() }));
}
