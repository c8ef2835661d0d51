import type Decimal from 'decimal.js';
import type { WeightedRecipient, WeightSource } from '../distribution';
import { Dec } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { COUNTIES_2023_12_31, COUNTIES_2024_12_31, MUNICIPALITIES_2024_12_31, MUNICIPALITIES_2025_12_31 } from './data/scb-population';
import { REFERENCE_MESSAGES as M } from './messages';
import { MUNICIPALITIES } from './municipalities';
import { REGIONS } from './regions';

/** Counties (the 21 regions, two-digit codes) or municipalities (the 290 kommuner, four digits). */
export const POPULATION_LEVELS = ['regioner', 'kommuner'] as const;
export type PopulationLevel = (typeof POPULATION_LEVELS)[number];

/** Where a population table's figures come from, kept with every table and every distribution that uses it. */
export interface PopulationSource {
  /** Who published the figures ("SCB", "Kolada", a file name): credited wherever they are shown. */
  readonly provider: string;
  /** The provider's table id (SCB: "TAB638", "BE0101N1"). */
  readonly tableId: string;
  readonly url?: string;
  /** YYYY-MM-DD the figures refer to. */
  readonly referenceDate: string;
  /** ISO 8601 moment a fetched table was retrieved. */
  readonly fetchedAt?: string;
  /** The provider's own notes, in its words (SCB's note on the Cell Key Method from 2025). */
  readonly notes: readonly string[];
}

export interface PopulationRow {
  /** Two-digit county code or four-digit municipality code. */
  readonly code: string;
  readonly name: string;
  readonly population: number;
}

/** One population table: built in, fetched (SCB, Kolada) or the user's own. The one model for all of them. */
export interface PopulationTable {
  readonly id: string;
  readonly level: PopulationLevel;
  readonly description: string;
  readonly source: PopulationSource;
  readonly rows: readonly PopulationRow[];
}

/**
 * A table of weights per recipient: a population table, or any weights a user brings (a CSV file,
 * a sheet range), or equal weights. What a distribution takes.
 */
export interface WeightTable {
  readonly id: string;
  readonly kind: 'population' | 'weights' | 'equal';
  readonly description: string;
  /** Who published the numbers, for "Källa: SCB". */
  readonly source: string;
  /** YYYY-MM-DD the numbers refer to, when known. */
  readonly referenceDate?: string;
  /** Set for a population table: which recipients its codes name. */
  readonly level?: PopulationLevel;
  readonly rows: readonly WeightRow[];
}

export interface WeightRow {
  readonly id: string;
  readonly name: string;
  readonly weight: Decimal;
}

/** SCB's own words on the Cell Key Method, as its tables from reference year 2025 carry them. */
export const SCB_CELL_KEY_NOTE =
  'Från och med referensåret 2025 och framåt är en liten kontrollerad slumpmässig osäkerhet införd i samtliga redovisade uppgifter. Osäkerheten har tillförts för att skydda enskilda personer så att ingen riskerar att röjas i statistiken. Till följd av detta så är inte alltid de redovisade totalerna lika med summan av deras redovisade delar.';

/** The first reference year SCB adds cell-key noise to. */
export const CELL_KEY_FROM_YEAR = 2025;

const scb = (tableId: string, referenceDate: string, notes: readonly string[] = []): PopulationSource => ({ provider: 'SCB', tableId, referenceDate, notes });

const counties = (id: string, date: string, tableId: string, figures: readonly number[], notes: readonly string[] = []): PopulationTable => ({
  id,
  level: 'regioner',
  description: `Folkmängd per län ${swedishDate(date)} (SCB, ${tableId})`,
  source: scb(tableId, date, notes),
  rows: REGIONS.map((r, i) => ({ code: r.code, name: r.name, population: figures[i] as number })),
});

const municipalities = (id: string, date: string, tableId: string, figures: readonly number[], notes: readonly string[] = []): PopulationTable => ({
  id,
  level: 'kommuner',
  description: `Folkmängd per kommun ${swedishDate(date)} (SCB, ${tableId})`,
  source: scb(tableId, date, notes),
  rows: MUNICIPALITIES.map((m, i) => ({ code: m.code, name: m.name, population: figures[i] as number })),
});

function swedishDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const months = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  return `${d ?? ''} ${months[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/** National totals SCB published for the built-in dates, for the sum checks. */
export const SCB_NATIONAL_TOTALS: Readonly<Record<string, number>> = { '2023-12-31': 10_551_707, '2024-12-31': 10_587_710 };

/**
 * The built-in tables (SCB, CC0, "Källa: SCB"). Counties for 2025-12-31 are not built in: summing
 * noisy municipal figures would not give SCB's county figures, so they are fetched.
 */
export const BUILT_IN_POPULATION: readonly PopulationTable[] = [
  counties('scb-lan-2023-12-31', '2023-12-31', 'BE0101N1', COUNTIES_2023_12_31),
  counties('scb-lan-2024-12-31', '2024-12-31', 'TAB638', COUNTIES_2024_12_31, ['Summan av kommunernas folkmängd per län (exakt för 2024 och tidigare).']),
  municipalities('scb-kommuner-2024-12-31', '2024-12-31', 'TAB638', MUNICIPALITIES_2024_12_31),
  municipalities('scb-kommuner-2025-12-31', '2025-12-31', 'BE0101N1', MUNICIPALITIES_2025_12_31, [SCB_CELL_KEY_NOTE]),
];

/**
 * The one place that says which table is used when nobody chose one: per level, and the counties'
 * (`DEFAULT_POPULATION_TABLE_ID`) for a distribution to the regions, the settings' default.
 */
export const DEFAULT_POPULATION_TABLE_IDS: Readonly<Record<PopulationLevel, string>> = {
  regioner: 'scb-lan-2023-12-31',
  kommuner: 'scb-kommuner-2024-12-31',
};
export const DEFAULT_POPULATION_TABLE_ID = DEFAULT_POPULATION_TABLE_IDS.regioner;

/** A population table as the weights a distribution takes. */
export function populationWeights(t: PopulationTable): WeightTable {
  return {
    id: t.id,
    kind: 'population',
    description: t.description,
    source: t.source.provider,
    referenceDate: t.source.referenceDate,
    level: t.level,
    rows: t.rows.map((r) => ({ id: r.code, name: r.name, weight: new Dec(r.population) })),
  };
}

const WEIGHTS = new Map(BUILT_IN_POPULATION.map((t) => [t.id, populationWeights(t)]));

/** A built-in table by id (as `settings.population.table` stores it). */
export function builtInPopulation(id: string): WeightTable | undefined {
  return WEIGHTS.get(id);
}

/** The default table of a level as weights. */
export const defaultPopulation = (level: PopulationLevel = 'regioner'): WeightTable => WEIGHTS.get(DEFAULT_POPULATION_TABLE_IDS[level]) as WeightTable;

/** The default table for the regions. */
export const DEFAULT_POPULATION: WeightTable = defaultPopulation('regioner');

/** The 21 counties on 31 December 2023: the product's first built-in table, kept by name. */
export const SCB_COUNTY_2023_12_31: WeightTable = WEIGHTS.get('scb-lan-2023-12-31') as WeightTable;

/** Every built-in table as weights: what the spreadsheet functions and the pane offer. */
export const POPULATION_TABLES: readonly WeightTable[] = [...WEIGHTS.values()];

/**
 * The population table for a reference date (YYYY-MM-DD) and level, built in or among those a
 * caller supplies (a fetched or stored table). An unknown date lists the dates that exist.
 */
export function findPopulationTable(referenceDate: string, level: PopulationLevel = 'regioner', extra: readonly WeightTable[] = []): Result<WeightTable> {
  const date = referenceDate.trim();
  const all = [...extra, ...POPULATION_TABLES].filter((t) => t.kind === 'population');
  const levelOf = (t: WeightTable): PopulationLevel => t.level ?? 'regioner';
  const table = all.find((t) => t.referenceDate === date && levelOf(t) === level);
  if (table) return ok(table);
  const available = all.map((t) => `${t.referenceDate ?? '?'} (${levelOf(t)})`);
  return fail(makeIssue(M, 'UNKNOWN_REFERENCE_DATE', { date, level, available: [...new Set(available)].join(', ') }));
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

/** A finding of a table check: an error (the figures contradict each other) or a note (information). */
export interface TableFinding {
  readonly severity: 'error' | 'info';
  readonly issue: Issue;
}

/**
 * The check each table needs. Up to reference year 2024 the parts add up: municipalities sum to
 * their counties and every level to SCB's national total. From 2025 SCB's cell-key noise means
 * they need not: that is a note with SCB's own words, never an error.
 */
export function checkPopulationTable(t: PopulationTable, others: readonly PopulationTable[] = BUILT_IN_POPULATION): TableFinding[] {
  const date = t.source.referenceDate;
  const year = Number(date.slice(0, 4));
  const sum = t.rows.reduce((a, r) => a + r.population, 0);
  if (year >= CELL_KEY_FROM_YEAR) {
    return [{ severity: 'info', issue: makeIssue(M, 'POPULATION_CELL_KEY_NOISE', { date, sum, note: SCB_CELL_KEY_NOTE }) }];
  }
  const findings: TableFinding[] = [];
  const national = SCB_NATIONAL_TOTALS[date];
  if (national !== undefined && sum !== national) {
    findings.push({ severity: 'error', issue: makeIssue(M, 'POPULATION_NATIONAL_MISMATCH', { date, sum, national }) });
  }
  if (t.level === 'kommuner') {
    const countyTable = others.find((o) => o.level === 'regioner' && o.source.referenceDate === date);
    for (const c of countyTable?.rows ?? []) {
      const parts = t.rows.filter((r) => r.code.startsWith(c.code)).reduce((a, r) => a + r.population, 0);
      if (parts !== c.population) {
        findings.push({ severity: 'error', issue: makeIssue(M, 'POPULATION_COUNTY_MISMATCH', { date, county: REGIONS.find((r) => r.code === c.code)?.county ?? c.name, parts, stated: c.population }) });
      }
    }
  }
  return findings;
}
