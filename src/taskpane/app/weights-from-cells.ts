import { fromSpreadsheetNumber, parseNumber } from '../../core/money';
import { findRegion } from '../../core/reference';
import { fail, makeIssue, ok, type Catalogue, type Result } from '../../core/result';
import type { WeightRow, WeightTable } from '../../core/reference';
import type { CellRead, RangeRead } from '../../excel/port';

const M = {
  RANGE_UNKNOWN_REGION: {
    sv: (p: { row: number; key: string }) =>
      `Rad ${p.row} i markeringen (”${p.key}”) är ingen region. Markera en kolumn med länskoder eller regionnamn och en kolumn med befolkning, en rad per region.`,
    en: (p: { row: number; key: string }) =>
      `Row ${p.row} of the selection ("${p.key}") is not a region. Select a column of county codes or region names and a column of population, one row per region.`,
  },
  RANGE_BAD_NUMBER: {
    sv: (p: { row: number; region: string }) => `Befolkningen för ${p.region} (rad ${p.row}) är inte ett tal. Den sista kolumnen i markeringen ska vara befolkningen.`,
    en: (p: { row: number; region: string }) => `The population of ${p.region} (row ${p.row}) is not a number. The last column of the selection must be the population.`,
  },
  RANGE_DUPLICATE: {
    sv: (p: { region: string }) => `${p.region} finns mer än en gång i markeringen. Varje region ska finnas en gång.`,
    en: (p: { region: string }) => `${p.region} appears more than once in the selection. Each region must appear once.`,
  },
  RANGE_NOT_21: {
    sv: (p: { count: number }) => `Markeringen har ${p.count} regioner, men alla 21 behövs. Markera hela tabellen (kod eller namn och befolkning) och försök igen.`,
    en: (p: { count: number }) => `The selection has ${p.count} regions, but all 21 are needed. Select the whole table (code or name and population) and try again.`,
  },
} as const satisfies Catalogue;

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
      return fail(makeIssue(M, 'RANGE_UNKNOWN_REGION', { row: i + 1, key }));
    }
    if (weight === undefined || weight.isNegative())
      return fail(makeIssue(M, 'RANGE_BAD_NUMBER', { row: i + 1, region: region.name }));
    if (seen.has(region.code))
      return fail(makeIssue(M, 'RANGE_DUPLICATE', { region: region.name }));
    seen.add(region.code);
    rows.push({ id: region.code, name: region.name, weight });
  }
  if (rows.length !== 21)
    return fail(makeIssue(M, 'RANGE_NOT_21', { count: rows.length }));
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
