import { z } from 'zod';
import { Dec } from '../money';
import type { WeightTable } from '../reference';
import { fail, makeIssue, ok, type Result } from '../result';
import { DATE_KIND_LABELS } from './dates';
import { SIDECAR_MESSAGES as M } from './sidecar-messages';
import type { PopulationLevel, PopulationSourceInfo, PopulationTable } from './population-table';

/** The audit's words for a fetched table: provider, table id, date (and its kind), when and from where. */
function fetchedDescription(s: PopulationSourceInfo, level: PopulationLevel): string {
  const per = level === 'kommuner' ? 'kommun' : 'län';
  const kind = s.referenceDate.endsWith('-11-01') ? ` (${DATE_KIND_LABELS['1nov'].sv})` : '';
  return `Folkmängd per ${per} ${s.referenceDate}${kind} (${s.provider}, ${s.tableId}, hämtad ${s.fetchedAt.slice(0, 10)} från ${s.url})`;
}

/**
 * A fetched table as the distribution engine takes weights, so the pane can distribute over it at
 * once; the description names provider, table, date and URL for the audit.
 */
export function fetchedWeightTable(table: PopulationTable): WeightTable {
  const s = table.source;
  return {
    id: `${s.provider.toLowerCase()}-${s.tableId}-${table.level}-${s.referenceDate}`,
    kind: 'population',
    description: fetchedDescription(s, table.level),
    source: s.provider,
    referenceDate: s.referenceDate,
    level: table.level,
    rows: table.rows.map((r) => ({ id: r.code, name: r.name, weight: new Dec(r.population) })),
  };
}

/** What `populationSourceJson` writes beside a fetched CSV; only what the audit needs is read back. */
const sidecarSchema = z.object({
  level: z.enum(['regioner', 'kommuner']),
  rows: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  source: z.object({
    provider: z.enum(['SCB', 'Kolada']),
    tableId: z.string().min(1),
    url: z.string().min(1),
    referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    fetchedAt: z.string().min(10),
    notes: z.array(z.string()),
    label: z.string().optional(),
  }),
});

/**
 * A table read from a CSV that `population fetch` wrote, named by the source beside it
 * (`befolkning.källa.json`): the figures stay the file's, the audit names SCB's table, date and URL.
 * A sidecar that no longer describes the file (rows or total differ: the CSV was edited) is refused,
 * so an edited table is never credited to SCB.
 */
export function withFetchedSource(table: WeightTable, sidecarText: string, sidecarName: string): Result<WeightTable> {
  let data: unknown;
  try {
    data = JSON.parse(sidecarText.replace(/^\uFEFF/, ''));
  } catch {
    return fail(makeIssue(M, 'SIDECAR_UNREADABLE', { file: sidecarName }));
  }
  const parsed = sidecarSchema.safeParse(data);
  if (!parsed.success) return fail(makeIssue(M, 'SIDECAR_UNREADABLE', { file: sidecarName }));
  const side = parsed.data;
  const total = table.rows.reduce((s, r) => s.plus(r.weight), new Dec(0));
  if (side.rows !== table.rows.length || !total.eq(side.total) || (table.level !== undefined && table.level !== side.level)) {
    return fail(makeIssue(M, 'SIDECAR_MISMATCH', { file: sidecarName, table: table.id, rows: table.rows.length, sideRows: side.rows, total: total.toFixed(), sideTotal: side.total }));
  }
  return ok(sourcedWeights(table, side.source, side.level, `fil ${table.id}`));
}

/** A table read back (from a CSV, a stored sheet) credited to the fetch it came from; `where` says where it was read. */
export function sourcedWeights(table: WeightTable, source: PopulationSourceInfo, level: PopulationLevel, where: string): WeightTable {
  return { ...table, kind: 'population', description: `${fetchedDescription(source, level)}, ${where}`, source: source.provider, referenceDate: source.referenceDate, level };
}
