import type Decimal from 'decimal.js';
import { MAX_RECIPIENTS } from '../distribution';
import { fromSpreadsheetNumber, parseNumber } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { REFERENCE_MESSAGES as M } from './messages';
import { findMunicipality, MUNICIPALITIES } from './municipalities';
import type { PopulationLevel, WeightRow, WeightTable } from './population';
import { findRegion, REGIONS } from './regions';

/**
 * The one reader of a population or weights table, whatever it arrives as: a CSV file, text pasted
 * from Excel, a selected range, a custom-function argument. The edges hand it text or cells; every
 * rule (headers, column order, codes, numbers, limits) is here, once.
 */
export type TableCell = string | number | boolean | null | undefined;

export interface TableOptions {
  /** What the table is called in messages and recorded as its id: a file name or a range address. */
  readonly where: string;
  /** Who published the figures, for "Källa: …"; default: `where`. */
  readonly source?: string;
  readonly referenceDate?: string;
  /** Call every table a population table (a range chosen as "befolkningsunderlag"). */
  readonly population?: boolean;
}

/** Limits, stated in the README: beyond them a table is refused with a message, not read slowly or wrongly. */
export const TABLE_LIMITS = {
  /** Characters of text (about bytes): 10 MB holds 100 000 rows with room to spare. */
  maxChars: 10 * 1024 * 1024,
  rows: MAX_RECIPIENTS,
} as const;

const ID_HEADERS = ['id', 'kod', 'code', 'länskod', 'lanskod', 'kommunkod', 'regionkod'];
const NAME_HEADERS = ['name', 'namn', 'region', 'län', 'lan', 'kommun', 'county', 'municipality', 'mottagare'];
const POPULATION_HEADERS = ['befolkning', 'population', 'folkmängd', 'folkmangd', 'invånare', 'invanare'];
const WEIGHT_HEADERS = ['weight', 'vikt', ...POPULATION_HEADERS];

/**
 * Rows of cells (a range, a function argument, parsed text). With a header row the columns are
 * found by name, in any order and case; without one the code is in the first column, the weight
 * in the last and a name, if there are three or more, in the second. Empty rows are skipped.
 */
export function readTableCells(cells: readonly (readonly TableCell[])[], options: TableOptions, fromText = false): Result<WeightTable> {
  const where = options.where;
  const lineOf = (r: number) => r + 1;
  const rows = cells.map((row, r) => ({ row, r })).filter(({ row }) => row.some((c) => !isBlank(c)));
  if (rows.length > TABLE_LIMITS.rows + 1) return fail(makeIssue(M, 'TABLE_TOO_MANY_ROWS', { where, count: rows.length, max: TABLE_LIMITS.rows }));
  const first = rows[0];
  if (first === undefined) return fail(makeIssue(M, 'TABLE_EMPTY', { where }));

  const width = first.row.length;
  const names = first.row.map((c) => (typeof c === 'string' ? c.trim().toLocaleLowerCase('sv-SE') : ''));
  const known = names.some((h) => ID_HEADERS.includes(h) || WEIGHT_HEADERS.includes(h) || NAME_HEADERS.includes(h));
  const isHeader = known || readWeight(first.row[width - 1]) === undefined;
  let idCol = 0;
  let nameCol = width >= 3 ? 1 : -1;
  let weightCol = width - 1;
  let population = options.population === true;
  if (isHeader) {
    idCol = names.findIndex((h) => ID_HEADERS.includes(h));
    nameCol = names.findIndex((h) => NAME_HEADERS.includes(h));
    weightCol = names.findIndex((h) => WEIGHT_HEADERS.includes(h));
    // "Län;Befolkning": the names are the keys (a region's name gives its code).
    if (idCol < 0) idCol = nameCol;
    // A range with an unfamiliar header still reads by position, as a range without one does.
    if (!known && !fromText && width >= 2) [idCol, nameCol, weightCol] = [0, width >= 3 ? 1 : -1, width - 1];
    if (idCol < 0 || weightCol < 0 || width < 2) {
      return fail(makeIssue(M, 'TABLE_MISSING_COLUMNS', { where, found: first.row.map((c) => String(c ?? '')).join(', ') }));
    }
    population ||= POPULATION_HEADERS.includes(names[weightCol] ?? '');
  } else if (width < 2) {
    return fail(makeIssue(M, 'TABLE_MISSING_COLUMNS', { where, found: first.row.map((c) => String(c ?? '')).join(', ') }));
  }

  const issues: Issue[] = [];
  const body = isHeader ? rows.slice(1) : rows;
  if (body.length === 0) return fail(makeIssue(M, 'TABLE_EMPTY', { where }));
  const out: WeightRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, r } of body) {
    if (issues.length >= 20) break;
    const line = lineOf(r);
    if (row.length !== width) {
      issues.push(makeIssue(M, 'TABLE_COLUMN_COUNT', { where, line, count: row.length, expected: width }, [line]));
      continue;
    }
    const id = readCode(row[idCol]);
    if (id === undefined) {
      issues.push(makeIssue(M, 'TABLE_MISSING_ID', { where, line }, [line]));
      continue;
    }
    const weight = readWeight(row[weightCol]);
    if (weight === undefined || weight.isNegative()) {
      const code = weight === undefined ? 'TABLE_BAD_NUMBER' : 'TABLE_NEGATIVE';
      issues.push(makeIssue(M, code, { where, line, value: String(row[weightCol] ?? '') }, [line]));
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push(makeIssue(M, 'TABLE_DUPLICATE_ID', { where, line, id, earlier }, [line]));
      continue;
    }
    seen.set(id, line);
    const given = nameCol >= 0 ? unmark(String(row[nameCol] ?? '').trim()) : '';
    out.push({ id, name: given === '' ? referenceName(id) ?? id : given, weight });
  }
  if (issues.length > 0) return fail(...issues);

  const level = levelOf(out);
  if (level !== undefined) {
    const valid = level === 'regioner' ? (id: string) => findRegion(id) !== undefined : (id: string) => findMunicipality(id) !== undefined;
    const unknown = out.filter((r) => !valid(r.id));
    if (unknown.length > 0) {
      return fail(...unknown.slice(0, 20).map((r) => makeIssue(M, 'TABLE_UNKNOWN_CODE', { where, line: seen.get(r.id) ?? 0, id: r.id, level }, [seen.get(r.id) ?? 0])));
    }
  }
  return ok({
    id: where,
    kind: population ? 'population' : 'weights',
    description: population ? `Befolkning enligt ${where}` : `Vikter enligt ${where}`,
    source: options.source ?? where,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    ...(level ? { level } : {}),
    rows: out,
  });
}

/**
 * A text cell for a CSV file that Excel may open: one starting with = + - @, a tab or a carriage
 * return would be read as a formula (CSV injection), so it gets a leading apostrophe, OWASP's
 * remedy, and is quoted; a cell already starting with an apostrophe gets another, so the reader's
 * rule (one leading apostrophe is dropped) gives back exactly what was written.
 */
export function csvTextCell(text: string, delimiter = ';'): string {
  const marked = /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
  const special = marked !== text || marked.includes(delimiter) || /["\r\n]/.test(marked);
  return special ? `"${marked.replace(/"/g, '""')}"` : marked;
}

/** The reader's half of `csvTextCell`: one leading apostrophe marks text and is not part of it. */
const unmark = (text: string): string => (text.startsWith("'") ? text.slice(1) : text);

/** All codes two digits: counties; all four: municipalities; anything else: a table of its own. */
function levelOf(rows: readonly WeightRow[]): PopulationLevel | undefined {
  if (rows.every((r) => /^\d{2}$/.test(r.id))) return 'regioner';
  if (rows.every((r) => /^\d{4}$/.test(r.id))) return 'kommuner';
  return undefined;
}

function referenceName(code: string): string | undefined {
  return code.length === 2 ? findRegion(code)?.name : code.length === 4 ? findMunicipality(code)?.name : undefined;
}

const isBlank = (c: TableCell): boolean => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

/**
 * County codes are two digits, municipality codes four: 1 → "01", 180 → "0180", "0180" stays (a
 * cell that lost its leading zero gets it back). A region's or county's name gives its code; any
 * other text is an id of its own, as written.
 */
export function readCode(value: TableCell): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value < 1) return undefined;
    return value > 9999 ? String(value) : String(value).padStart(value < 100 ? 2 : 4, '0');
  }
  if (typeof value !== 'string') return undefined;
  const text = unmark(value.trim());
  if (text === '') return undefined;
  if (/^\d{1,2}$/.test(text) && Number(text) > 0) return text.padStart(2, '0');
  if (/^\d{3,4}$/.test(text)) return text.padStart(4, '0');
  return findRegion(text)?.code ?? text;
}

/** A number cell as Excel shows it, or Swedish text (2 454 821, 12,5). */
export function readWeight(value: TableCell): Decimal | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? fromSpreadsheetNumber(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const r = parseNumber(value);
  return r.ok ? r.value : undefined;
}

/**
 * Which codes of a level a table lacks and which it has that are not of that level: a line to "all
 * municipalities" over a table of 289 is refused where every recipient must be there (the forms).
 */
export function levelCoverage(table: WeightTable, level: PopulationLevel): { missing: string[]; extra: string[] } {
  const codes: readonly string[] = level === 'regioner' ? REGIONS.map((r) => r.code) : MUNICIPALITIES.map((m) => m.code);
  const present = new Set(table.rows.map((r) => r.id));
  const all = new Set(codes);
  return { missing: codes.filter((c) => !present.has(c)), extra: [...present].filter((id) => !all.has(id)) };
}

/**
 * A population table every recipient of its level is in: all 21 counties or all 290
 * municipalities, each once. What the pane asks of a range chosen as the population table.
 */
export function requireCompleteLevel(table: WeightTable): Result<WeightTable> {
  const where = table.id;
  if (table.level === undefined) return fail(makeIssue(M, 'TABLE_NOT_A_LEVEL', { where }));
  const { missing, extra } = levelCoverage(table, table.level);
  if (missing.length === 0 && extra.length === 0) return ok(table);
  return fail(makeIssue(M, 'TABLE_INCOMPLETE', { where, level: table.level, count: table.rows.length, missing: missing.slice(0, 12).join(', ') + (missing.length > 12 ? ' …' : '') }));
}
