import { findPopulationTable, findRegion, POPULATION_TABLES, type WeightRow, type WeightTable } from '../core/reference';
import { fail, grid, guard, isBlank, isExcelError, issue, readDecimal, readOptionalDate, toCellNumber, toExcelError, unwrap, type Cell, type Outcome } from './coerce';
import { LABELS, type Label } from './messages';

type PerCell = number | CustomFunctions.Error;

interface Source {
  readonly table: WeightTable;
  readonly builtIn: boolean;
  readonly name: Label;
}

/**
 * BEFOLKNING / POPULATION: the population for each code, in the codes' shape. A code that is not in
 * the table gives #N/A in its own cell, as a lookup does; the rest still spill.
 */
export function populationCells(codes: Cell, referenceDate?: Cell, table?: Cell): Outcome<PerCell[][]> {
  return guard(() => {
    const date = readOptionalDate(referenceDate, LABELS.referenceDate);
    const source = isAbsent(table) ? builtIn(date) : workbook(table);
    const cells = grid(codes);
    return cells.reshape(cells.cells.map((code) => lookup(source, code)));
  });
}

function builtIn(date: string | undefined): Source {
  const table = date === undefined ? latest() : unwrap(findPopulationTable(date));
  const when = table.referenceDate ?? '';
  return { table, builtIn: true, name: { sv: `SCB:s tabell för ${when}`, en: `the SCB table for ${when}` } };
}

function latest(): WeightTable {
  const sorted = [...POPULATION_TABLES].sort((a, b) => (b.referenceDate ?? '').localeCompare(a.referenceDate ?? ''));
  return sorted[0] as WeightTable;
}

/** A left-out table arrives as null, or as one empty cell when it points at one. */
function isAbsent(table: Cell): boolean {
  const cells = grid(table);
  return cells.cells.length === 1 && (isBlank(cells.cells[0]) || cells.cells[0] === 0);
}

/**
 * A table in the workbook: the code in the first column, the population in the last (a name column
 * between them is allowed), an optional header row, empty rows skipped.
 */
function workbook(range: Cell): Source {
  const cells = asRows(range);
  const invalid = (detail: Label) => fail(issue('INVALID_TABLE', { detail }));
  const width = cells[0]?.length ?? 0;
  if (width < 2) invalid({ sv: 'den har bara en kolumn.', en: 'it has only one column.' });
  const rows: WeightRow[] = [];
  const seen = new Set<string>();
  cells.forEach((row, r) => {
    const first = row[0];
    const last = row[width - 1];
    if (row.every((c) => isBlank(c))) return;
    if (r === 0 && typeof last === 'string' && !/\d/.test(last)) return;
    const id = normalizeCode(first);
    if (id === undefined) return invalid({ sv: `rad ${r + 1} saknar en giltig kod.`, en: `row ${r + 1} has no valid code.` });
    if (seen.has(id)) return invalid({ sv: `koden ${id} finns på mer än en rad.`, en: `the code ${id} appears on more than one row.` });
    seen.add(id);
    const name = width > 2 && typeof row[1] === 'string' ? row[1].trim() : id;
    rows.push({ id, name, weight: readDecimal(last, { sv: `Tabellen, rad ${r + 1}`, en: `The table, row ${r + 1}` }) });
  });
  if (rows.length === 0) invalid({ sv: 'den har inga rader med kod och befolkning.', en: 'it has no rows of code and population.' });
  const table: WeightTable = { id: 'arbetsbok', kind: 'population', description: 'Befolkning enligt tabell i arbetsboken', source: 'arbetsboken', rows };
  return { table, builtIn: false, name: { sv: 'tabellen i arbetsboken', en: 'the table in the workbook' } };
}

function asRows(range: Cell): readonly (readonly Cell[])[] {
  const g = grid(range);
  return g.reshape(g.cells as Cell[]);
}

function lookup(source: Source, value: Cell): PerCell {
  if (isExcelError(value)) return value;
  if (isBlank(value)) return toExcelError([issue('CODE_MISSING', {})]);
  const code = normalizeCode(value) ?? String(value).trim();
  const row = source.table.rows.find((r) => r.id === code) ?? byName(source, code);
  if (row) return toCellNumber(row.weight);
  if (source.builtIn && /^\d{4}$/.test(code)) return toExcelError([issue('MUNICIPALITY_NOT_BUILT_IN', { code })]);
  return toExcelError([issue('UNKNOWN_CODE', { code, table: source.name })]);
}

function byName(source: Source, text: string): WeightRow | undefined {
  const lower = text.toLocaleLowerCase('sv-SE');
  const region = source.builtIn ? findRegion(text) : undefined;
  return source.table.rows.find((r) => r.id === region?.code || r.name.toLocaleLowerCase('sv-SE') === lower);
}

/** County codes are two digits, municipality codes four: 1 → "01", 180 → "0180", "0180" stays. */
export function normalizeCode(value: Cell): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 9999) return undefined;
    return String(value).padStart(value < 100 ? 2 : 4, '0');
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{1,2}$/.test(text) && Number(text) > 0) return text.padStart(2, '0');
  if (/^\d{3,4}$/.test(text)) return text.padStart(4, '0');
  return undefined;
}
