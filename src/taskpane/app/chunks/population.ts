// Loaded on demand: the SCB client, the fetch adapter and the stored-sheet model are not needed until
// the user fetches a table, or the workbook holds one.
import type { Result } from '../../../core/result';
// eslint-disable-next-line no-restricted-imports -- one file of the module, so the shipped bundle does not take its index along
import { populationSheet, readPopulationSheet, POPULATION_SHEET_RANGE } from '../../../core/templates/population-sheet';
import type { Pane } from '../pane';
import { parsePopulationDate, ScbClient, type PopulationDateKind, type PopulationLevel, type PopulationTable } from '../../../core/sources';
import { fetchTransport, realClock } from '../../../net/fetch';

export { readPopulationSheet, POPULATION_SHEET_RANGE };

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

export interface FetchChoice {
  readonly kind: PopulationDateKind;
  readonly year: number;
  /** 1–12, for a month end. */
  readonly month?: number;
  readonly level: PopulationLevel;
}

/** The day a choice means: 31 December, 1 November, or the month's last day. */
export function choiceDate(c: FetchChoice): string {
  if (c.kind === '31dec') return `${c.year}-12-31`;
  if (c.kind === '1nov') return `${c.year}-11-01`;
  const month = c.month ?? 12;
  const last = new Date(Date.UTC(c.year, month, 0)).getUTCDate();
  return `${c.year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * Fetches, writes the sheet (replacing an earlier fetch of the same table) and reads it back, so
 * what is used is what the workbook holds. Returns the sheet's name, or undefined after a message.
 */
export async function fetchAndStore(pane: Pane, c: FetchChoice, signal: AbortSignal, fetchImpl?: typeof fetch): Promise<string | undefined> {
  const date = choiceDate(c);
  const label = pane.t(`Hämtar befolkning ${date} (${c.level}) från SCB …`, `Fetching population ${date} (${c.level}) from SCB …`);
  pane.set({ fetching: { step: label }, busy: label });
  const r = await fetchScbTable(
    { date, kind: c.kind, level: c.level, ...(pane.state.settings.scbUrl ? { baseUrl: pane.state.settings.scbUrl } : {}) },
    {
      signal,
      now: () => new Date().toISOString(),
      onProgress: (p) => pane.set({ fetching: { step: `${label} ${p.done}/${p.total} (${p.what})` }, busy: `${label} ${p.done}/${p.total}` }),
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
    },
  );
  if (!r.ok) {
    pane.fail(r.issues);
    if (r.issues.some((i) => i.code.startsWith('SOURCE_'))) pane.set({ notices: [...pane.state.notices, { kind: 'info', text: stillWorks(pane) }] });
    return undefined;
  }
  const w = await pane.deps.port.writeSheet(populationSheet(r.value), { replace: true, activate: false });
  if (!w.ok) {
    pane.fail(w.issues);
    return undefined;
  }
  const sheet = w.value.sheetName;
  const back = readPopulationSheet(sheet, (await pane.deps.port.readRange(sheet, POPULATION_SHEET_RANGE)).values);
  if (!back.ok) {
    pane.fail(back.issues);
    return undefined;
  }
  const others = (pane.state.storedTables ?? []).filter((t) => t.sheet !== sheet);
  pane.set({ storedTables: [...others, { sheet, level: c.level, weights: back.value.weights }] });
  const what = c.level === 'kommuner' ? ['kommuner', 'municipalities'] : ['län', 'counties'];
  pane.notify(
    'success',
    pane.t(
      `Hämtade ${r.value.rows.length} ${what[0]} från SCB (${r.value.source.tableId}, ${date}) och sparade dem på bladet ${sheet}. Arbetsboken fungerar nu utan uppkoppling.`,
      `Fetched ${r.value.rows.length} ${what[1]} from SCB (${r.value.source.tableId}, ${date}) and stored them on the sheet ${sheet}. The workbook now works offline.`,
    ),
  );
  return sheet;
}

function stillWorks(pane: Pane): string {
  const stored = (pane.state.storedTables ?? []).map((t) => t.sheet);
  return pane.t(
    `Utan SCB fungerar: de inbyggda tabellerna (län 2023 och 2024, kommuner 2024 och 2025)${stored.length > 0 ? `, de sparade bladen ${stored.join(', ')}` : ''} och ett markerat område med kod och befolkning.`,
    `Without SCB you can use: the built-in tables (counties 2023 and 2024, municipalities 2024 and 2025)${stored.length > 0 ? `, the stored sheets ${stored.join(', ')}` : ''} and a selected range with code and population.`,
  );
}
