import type { PopulationDateKind } from '../dates';
import type { ScbTableInfo } from './api';

/**
 * The tables this product knows to hold population, used when SCB's own search finds nothing
 * suitable (a mirror without /tables, a search that changed). The search is asked first; each
 * candidate's metadata then decides whether it has the date.
 * - TAB638: "Folkmängden efter region, civilstånd, ålder och kön. År 1968–2024", 31 December.
 * - TAB1267: population on 1 November by region, age and sex (the Ministry of Finance's figure).
 * - TAB6471: "Folkmängden per månad efter region, ålder och kön", from 2025M01, the last day of
 *   each month; its December is 31 December ("Folkmängden för december (per den 31 december)" in
 *   its own notes), so it also serves 31 December from 2025 until SCB's successor of TAB638 is found.
 */
export interface KnownTable {
  readonly id: string;
  readonly kinds: readonly PopulationDateKind[];
  readonly firstYear: number;
  readonly lastYear?: number;
}

export const KNOWN_SCB_TABLES: readonly KnownTable[] = [
  { id: 'TAB638', kinds: ['31dec'], firstYear: 1968, lastYear: 2024 },
  { id: 'TAB1267', kinds: ['1nov'], firstYear: 2002 },
  { id: 'TAB6471', kinds: ['month', '31dec'], firstYear: 2025 },
];

/** What the search is asked, per kind. */
export const SEARCH_QUERY: Record<PopulationDateKind, string> = {
  '31dec': 'folkmängd region',
  '1nov': 'folkmängd 1 november',
  month: 'folkmängd per månad',
};

/** Variables a plain population table has; a table with others (education, birth country…) is something else. */
const PLAIN_VARIABLES = new Set(['region', 'civilstånd', 'ålder', 'kön', 'tabellinnehåll', 'år', 'månad']);

const yearOf = (period: string | undefined) => (period && /^\d{4}/.test(period) ? Number(period.slice(0, 4)) : undefined);

function covers(t: ScbTableInfo, year: number): boolean {
  const first = yearOf(t.firstPeriod);
  const last = yearOf(t.lastPeriod);
  return (first === undefined || first <= year) && (last === undefined || year <= last);
}

function fitsKind(t: ScbTableInfo, kind: PopulationDateKind): boolean {
  const label = t.label.toLocaleLowerCase('sv-SE');
  if (!/folkmängd/.test(label)) return false;
  if (t.variableNames.length > 0) {
    const names = t.variableNames.map((v) => v.toLocaleLowerCase('sv-SE'));
    if (!names.includes('region') || names.some((v) => !PLAIN_VARIABLES.has(v))) return false;
  }
  const monthly = t.timeUnit === 'Monthly' || /per månad/.test(label);
  const november = /1 november/.test(label);
  if (kind === '1nov') return november && !monthly;
  if (kind === 'month') return monthly;
  return !november;
}

/**
 * The tables to try, best first: what the search found for this kind and year (annual tables
 * before monthly ones for 31 December, newer before discontinued), then the known ids not already
 * listed (those covering the year first). Each is checked against its metadata before any data is asked for.
 */
export function candidateTables(kind: PopulationDateKind, year: number, found: readonly ScbTableInfo[]): string[] {
  const fit = found.filter((t) => fitsKind(t, kind) && covers(t, year));
  const monthly = (t: ScbTableInfo) => t.timeUnit === 'Monthly' || /per månad/i.test(t.label);
  fit.sort((a, b) => Number(a.discontinued) - Number(b.discontinued) || (kind === '31dec' ? Number(monthly(a)) - Number(monthly(b)) : 0));
  const ids = fit.map((t) => t.id);
  const known = KNOWN_SCB_TABLES.filter((k) => k.kinds.includes(kind));
  const inYear = (k: KnownTable) => k.firstYear <= year && (k.lastYear === undefined || year <= k.lastYear);
  // Known tables of the kind that do not cover the year still come last: their metadata lists the dates there are.
  for (const k of [...known.filter(inYear), ...known.filter((k) => !inYear(k))]) if (!ids.includes(k.id)) ids.push(k.id);
  return ids;
}
