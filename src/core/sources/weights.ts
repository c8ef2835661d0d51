import { Dec } from '../money';
import type { WeightTable } from '../reference';
import { DATE_KIND_LABELS } from './dates';
import type { PopulationTable } from './population-table';

/**
 * A fetched table as the distribution engine takes weights today, so the pane can distribute over
 * it at once; the description names provider, table and date for the audit.
 */
export function fetchedWeightTable(table: PopulationTable): WeightTable {
  const s = table.source;
  const per = table.level === 'kommuner' ? 'kommun' : 'län';
  const kind = s.referenceDate.endsWith('-11-01') ? ` (${DATE_KIND_LABELS['1nov'].sv})` : '';
  return {
    id: `${s.provider.toLowerCase()}-${s.tableId}-${table.level}-${s.referenceDate}`,
    kind: 'population',
    description: `Folkmängd per ${per} ${s.referenceDate}${kind} (${s.provider}, ${s.tableId}, hämtad ${s.fetchedAt.slice(0, 10)})`,
    source: s.provider,
    referenceDate: s.referenceDate,
    rows: table.rows.map((r) => ({ id: r.code, name: r.name, weight: new Dec(r.population) })),
  };
}
