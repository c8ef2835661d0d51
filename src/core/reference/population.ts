import type Decimal from 'decimal.js';
import type { WeightedRecipient, WeightSource } from '../distribution';
import { Dec } from '../money';
import { fail, makeIssue, ok, type Result } from '../result';
import { REFERENCE_MESSAGES as M } from './messages';
import { REGIONS } from './regions';

/**
 * A table of weights per recipient: SCB population per county, or any table a user brings
 * (a CSV file, a sheet range). Everything that takes the built-in table takes these too.
 */
export interface WeightTable {
  readonly id: string;
  readonly kind: 'population' | 'weights' | 'equal';
  readonly description: string;
  /** Who published the numbers, for "Källa: SCB". */
  readonly source: string;
  /** YYYY-MM-DD the numbers refer to, when known. */
  readonly referenceDate?: string;
  readonly rows: readonly WeightRow[];
}

export interface WeightRow {
  readonly id: string;
  readonly name: string;
  readonly weight: Decimal;
}

/** SCB, BE0101N1 "Folkmängd efter region", 31 December 2023. Sum 10 551 707 = the national total. */
const SCB_COUNTY_2023_12_31_POPULATION: Readonly<Record<string, number>> = {
  '01': 2454821,
  '03': 404589,
  '04': 301944,
  '05': 472298,
  '06': 368856,
  '07': 203686,
  '08': 246667,
  '09': 61029,
  '10': 157973,
  '12': 1421781,
  '13': 343746,
  '14': 1767016,
  '17': 283548,
  '18': 308116,
  '19': 280813,
  '20': 287253,
  '21': 285642,
  '22': 242148,
  '23': 132572,
  '24': 278729,
  '25': 248480,
};

export const SCB_COUNTY_2023_12_31: WeightTable = {
  id: 'scb-lan-2023-12-31',
  kind: 'population',
  description: 'Folkmängd per län 31 december 2023 (SCB, BE0101N1)',
  source: 'SCB',
  referenceDate: '2023-12-31',
  rows: REGIONS.map((r) => ({ id: r.code, name: r.name, weight: new Dec(SCB_COUNTY_2023_12_31_POPULATION[r.code] ?? 0) })),
};

export const POPULATION_TABLES: readonly WeightTable[] = [SCB_COUNTY_2023_12_31];

/** The built-in population table for a reference date (YYYY-MM-DD), or the one a caller supplies. */
export function findPopulationTable(referenceDate: string, extra: readonly WeightTable[] = []): Result<WeightTable> {
  const date = referenceDate.trim();
  const table = [...extra, ...POPULATION_TABLES].find((t) => t.kind === 'population' && t.referenceDate === date);
  if (table) return ok(table);
  const available = [...extra, ...POPULATION_TABLES].flatMap((t) => (t.referenceDate ? [t.referenceDate] : []));
  return fail(makeIssue(M, 'UNKNOWN_REFERENCE_DATE', { date, available: available.join(', ') }));
}

/** Whole-number weights go to the engine as plain numbers: its fast path for populations. */
export function tableRecipients(table: WeightTable): WeightedRecipient[] {
  return table.rows.map((r) => ({
    id: r.id,
    name: r.name,
    weight: r.weight.isInteger() && r.weight.abs().lte(Number.MAX_SAFE_INTEGER) ? r.weight.toNumber() : r.weight,
  }));
}

export function tableSource(table: WeightTable): WeightSource {
  return {
    kind: table.kind,
    id: table.id,
    description: table.description,
    publisher: table.source,
    ...(table.referenceDate ? { referenceDate: table.referenceDate } : {}),
  };
}
