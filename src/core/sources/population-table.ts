/**
 * A population table fetched from a remote source (SCB, Kolada). The field names are the same as
 * the built-in `PopulationTable` of src/core/reference (provider, tableId, url, referenceDate,
 * fetchedAt, notes; level; rows of code, name, population) so the two can be one type at merge.
 */
export type PopulationLevel = 'regioner' | 'kommuner';

export type PopulationProvider = 'SCB' | 'Kolada';

export interface PopulationSourceInfo {
  readonly provider: PopulationProvider;
  /** SCB's table id (TAB638) or Kolada's KPI id (N01951). */
  readonly tableId: string;
  /** The request that gave the figures, for the audit trail. */
  readonly url: string;
  /** YYYY-MM-DD the figures refer to. */
  readonly referenceDate: string;
  /** ISO 8601 moment of the fetch. */
  readonly fetchedAt: string;
  /** The publisher's own footnotes, word for word. */
  readonly notes: readonly string[];
  /** The table's own title, as the publisher names it. */
  readonly label?: string;
}

export interface PopulationRow {
  /** County code (two digits) or municipality code (four digits). */
  readonly code: string;
  readonly name: string;
  readonly population: number;
}

export interface PopulationTable {
  readonly source: PopulationSourceInfo;
  readonly level: PopulationLevel;
  readonly rows: readonly PopulationRow[];
}

/** Counties are two digits (not "00", the country), municipalities four. */
export function regionCodeLevel(code: string): PopulationLevel | 'riket' | undefined {
  if (code === '00') return 'riket';
  if (/^\d{2}$/.test(code)) return 'regioner';
  if (/^\d{4}$/.test(code)) return 'kommuner';
  return undefined;
}

export function parsePopulationLevel(input: string): PopulationLevel | undefined {
  const s = input.trim().toLocaleLowerCase('sv-SE');
  if (['regioner', 'region', 'län', 'lan', 'counties'].includes(s)) return 'regioner';
  if (['kommuner', 'kommun', 'municipalities'].includes(s)) return 'kommuner';
  return undefined;
}
