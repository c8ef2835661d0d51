import {
  BUILT_IN_POPULATION,
  defaultPopulation,
  findPopulationTable,
  readCode,
  readTableCells,
  type PopulationLevel,
  type TableCell,
  type WeightRow,
  type WeightTable,
} from '../core/reference';
import { asCells, grid, guard, isBlank, isExcelError, issue, readOptionalDate, toCellNumber, toExcelError, unwrap, type Cell, type Outcome } from './coerce';
import { LABELS, type Label } from './messages';

type PerCell = number | CustomFunctions.Error;

/** Where a code is looked up: the workbook's own table, or the built-in table of the code's level. */
type Lookup = (code: string) => { table: WeightTable; name: Label } | CustomFunctions.Error;

/**
 * BEFOLKNING / POPULATION: the population for each code, in the codes' shape: county codes (01) and
 * municipality codes (0180) from the built-in SCB tables, or from a table in the workbook. A code
 * that is not in the table gives #N/A in its own cell, as a lookup does; the rest still spill.
 */
export function populationCells(codes: Cell, referenceDate?: Cell, table?: Cell): Outcome<PerCell[][]> {
  return guard(() => {
    const date = readOptionalDate(referenceDate, LABELS.referenceDate);
    const find = isAbsent(table) ? builtIn(date) : workbook(table);
    const cells = grid(codes);
    return cells.reshape(cells.cells.map((code) => lookup(find, code)));
  });
}

/** The built-in table for the code's level at the date, or the default table of that level. */
function builtIn(date: string | undefined): Lookup {
  // A date no built-in table has fails the whole call, saying which dates exist.
  if (date !== undefined && !BUILT_IN_POPULATION.some((t) => t.source.referenceDate === date)) unwrap(findPopulationTable(date));
  return (code) => {
    const level: PopulationLevel = code.length === 4 ? 'kommuner' : 'regioner';
    const found = date === undefined ? { ok: true as const, value: defaultPopulation(level) } : findPopulationTable(date, level);
    if (!found.ok) return toExcelError(found.issues);
    const when = found.value.referenceDate ?? '';
    return { table: found.value, name: { sv: `SCB:s tabell för ${when}`, en: `the SCB table for ${when}` } };
  };
}

/** A left-out table arrives as null, or as one empty cell when it points at one. */
function isAbsent(table: Cell): boolean {
  const cells = grid(table);
  return cells.cells.length === 1 && (isBlank(cells.cells[0]) || cells.cells[0] === 0);
}

/** A table in the workbook, read by the one table reader the CLI and the pane use too. */
function workbook(range: Cell): Lookup {
  const table = unwrap(readTableCells(asCells(range) as readonly (readonly TableCell[])[], { where: 'tabellen', source: 'arbetsboken', population: true }));
  const found = { table, name: { sv: 'tabellen i arbetsboken', en: 'the table in the workbook' } };
  return () => found;
}

function lookup(find: Lookup, value: Cell): PerCell {
  if (isExcelError(value)) return value;
  if (isBlank(value)) return toExcelError([issue('CODE_MISSING', {})]);
  const code = readCode(value as TableCell) ?? String(value).trim();
  const source = find(code);
  if (isExcelError(source)) return source;
  const row = source.table.rows.find((r) => r.id === code) ?? byName(source.table, code);
  if (row) return toCellNumber(row.weight);
  return toExcelError([issue('UNKNOWN_CODE', { code, table: source.name })]);
}

function byName(table: WeightTable, text: string): WeightRow | undefined {
  const lower = text.toLocaleLowerCase('sv-SE');
  return table.rows.find((r) => r.name.toLocaleLowerCase('sv-SE') === lower);
}
