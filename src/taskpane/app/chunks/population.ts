// Loaded on demand: the SCB client, the fetch adapter and the stored-sheet model are not needed until
// the user fetches a table, or the workbook holds one.
import type { Result } from '../../../core/result';
import { parsePopulationDate, ScbClient, type PopulationDateKind, type PopulationLevel, type PopulationTable } from '../../../core/sources';
import { fetchTransport, realClock } from '../../../net/fetch';

export { populationSheet, readPopulationSheet, isPopulationSheetId, POPULATION_SHEET_RANGE } from '../../../core/templates/population-sheet';

export interface ScbRequest {
  /** YYYY-MM-DD: 31 December, 1 November or a month's last day. */
  readonly date: string;
  readonly kind: PopulationDateKind;
  readonly level: PopulationLevel;
  /** SCB's address or a company mirror's; default SCB's own. */
  readonly baseUrl?: string;
}

export interface FetchControl {
  readonly signal: AbortSignal;
  readonly onProgress: (step: { readonly done: number; readonly total: number; readonly what: string }) => void;
  readonly now: () => string;
  /** Per request, ms. */
  readonly timeoutMs?: number;
  /** The fetch to use; default the browser's. */
  readonly fetch?: typeof fetch;
}

/** One table from SCB through the core client over the browser's fetch; Avbryt aborts the request in flight. */
export async function fetchScbTable(r: ScbRequest, c: FetchControl): Promise<Result<PopulationTable>> {
  const date = parsePopulationDate(r.date, r.kind);
  if (!date.ok) return date;
  const transport = fetchTransport({ timeoutMs: c.timeoutMs ?? 30_000, signal: c.signal, ...(c.fetch ? { fetch: c.fetch } : {}) });
  const client = new ScbClient({ transport, clock: realClock, now: c.now, isCancelled: () => c.signal.aborted, onProgress: c.onProgress }, r.baseUrl);
  return client.fetchPopulation({ date: date.value, level: r.level });
}
