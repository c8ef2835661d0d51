import type { PopulationComparison } from './compare';
import type { PopulationTable } from './population-table';

const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * `kod;namn;befolkning` as Swedish Excel writes it (semicolons, CRLF, a BOM so å, ä and ö survive),
 * which `distribute --weights` reads as it is. The source goes beside it (populationSourceJson):
 * a comment block would be read as data by every CSV reader, Excel included.
 */
export function populationCsv(table: PopulationTable): string {
  const lines = ['kod;namn;befolkning', ...table.rows.map((r) => `${r.code};${quote(r.name)};${r.population}`)];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Where the sidecar of a CSV lies: `befolkning.csv` → `befolkning.källa.json`, written and read by this one rule. */
export const sidecarPath = (csvPath: string): string => csvPath.replace(/\.csv$/i, '') + '.källa.json';

/** The sidecar: where the figures came from, word for word, for the audit trail. */
export function populationSourceJson(table: PopulationTable, file: string, crossCheck?: PopulationComparison): string {
  const doc = {
    file,
    columns: 'kod;namn;befolkning',
    level: table.level,
    rows: table.rows.length,
    total: table.rows.reduce((s, r) => s + r.population, 0),
    source: table.source,
    ...(crossCheck ? { crossCheck } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
