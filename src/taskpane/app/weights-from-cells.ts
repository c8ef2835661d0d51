import { fromSpreadsheetNumber, parseNumber } from '../../core/money';
import { findRegion } from '../../core/reference';
import { fail, ok, type Issue, type Result } from '../../core/result';
import type { WeightRow, WeightTable } from '../../core/reference';
import type { CellRead, RangeRead } from '../../excel/port';

const issue = (code: string, sv: string, en: string): Issue => ({ code, message: sv, messageEn: en });

/**
 * A population table from a selected range: one row per region, a code or name in the first column
 * and the population in the last; a header row is skipped. Every region must appear once.
 */
export function weightsFromCells(read: RangeRead): Result<WeightTable> {
  const rows: WeightRow[] = [];
  const seen = new Set<string>();
  for (const [i, cells] of read.values.entries()) {
    const key = String(cells[0] ?? '').trim();
    const last = cells[cells.length - 1] ?? null;
    const region = findRegion(key) ?? findRegion(String(cells[1] ?? '').trim());
    const weight = toNumber(last);
    if (!region) {
      if (i === 0 && weight === undefined) continue; // a header row
      return fail(issue('RANGE_UNKNOWN_REGION', `Rad ${i + 1} i markeringen (”${key}”) är ingen region. Markera en kolumn med länskoder eller regionnamn och en kolumn med befolkning, en rad per region.`, `Row ${i + 1} of the selection ("${key}") is not a region. Select a column of county codes or region names and a column of population, one row per region.`));
    }
    if (weight === undefined || weight.isNegative())
      return fail(issue('RANGE_BAD_NUMBER', `Befolkningen för ${region.name} (rad ${i + 1}) är inte ett tal. Den sista kolumnen i markeringen ska vara befolkningen.`, `The population of ${region.name} (row ${i + 1}) is not a number. The last column of the selection must be the population.`));
    if (seen.has(region.code))
      return fail(issue('RANGE_DUPLICATE', `${region.name} finns mer än en gång i markeringen. Varje region ska finnas en gång.`, `${region.name} appears more than once in the selection. Each region must appear once.`));
    seen.add(region.code);
    rows.push({ id: region.code, name: region.name, weight });
  }
  if (rows.length !== 21)
    return fail(issue('RANGE_NOT_21', `Markeringen har ${rows.length} regioner, men alla 21 behövs. Markera hela tabellen (kod eller namn och befolkning) och försök igen.`, `The selection has ${rows.length} regions, but all 21 are needed. Select the whole table (code or name and population) and try again.`));
  const where = `${read.sheet ? `${read.sheet}!` : ''}${read.address}`;
  return ok({ id: where, kind: 'population', description: `Befolkning från ${where}`, source: 'Arbetsboken', rows });
}

function toNumber(v: CellRead) {
  if (typeof v === 'number') return Number.isFinite(v) ? fromSpreadsheetNumber(v) : undefined;
  if (typeof v === 'string') {
    const r = parseNumber(v);
    return r.ok ? r.value : undefined;
  }
  return undefined;
}
