import type { PopulationTable } from './population-table';

export type PopulationDifference =
  | { readonly kind: 'value'; readonly code: string; readonly name: string; readonly a: number; readonly b: number; readonly difference: number }
  | { readonly kind: 'only-in-a' | 'only-in-b'; readonly code: string; readonly name: string; readonly population: number };

export interface PopulationComparison {
  readonly a: { readonly provider: string; readonly tableId: string; readonly referenceDate: string };
  readonly b: { readonly provider: string; readonly tableId: string; readonly referenceDate: string };
  /** False when the two are not for the same date and level: then nothing is compared. */
  readonly comparable: boolean;
  readonly differences: readonly PopulationDifference[];
}

/**
 * The cross-check of two fetches for the same date and level (SCB against Kolada): every code whose
 * figure differs (difference = b − a), and codes only one of them has. Empty when they agree.
 */
export function comparePopulationTables(a: PopulationTable, b: PopulationTable): PopulationComparison {
  const head = (t: PopulationTable) => ({ provider: t.source.provider, tableId: t.source.tableId, referenceDate: t.source.referenceDate });
  const comparable = a.source.referenceDate === b.source.referenceDate && a.level === b.level;
  const differences: PopulationDifference[] = [];
  if (comparable) {
    const inB = new Map(b.rows.map((r) => [r.code, r]));
    const inA = new Set(a.rows.map((r) => r.code));
    for (const r of a.rows) {
      const other = inB.get(r.code);
      if (!other) differences.push({ kind: 'only-in-a', code: r.code, name: r.name, population: r.population });
      else if (other.population !== r.population) differences.push({ kind: 'value', code: r.code, name: r.name, a: r.population, b: other.population, difference: other.population - r.population });
    }
    for (const r of b.rows) if (!inA.has(r.code)) differences.push({ kind: 'only-in-b', code: r.code, name: r.name, population: r.population });
    differences.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  }
  return { a: head(a), b: head(b), comparable, differences };
}
