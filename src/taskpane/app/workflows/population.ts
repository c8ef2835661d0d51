import { builtInPopulation, type PopulationLevel } from '../../../core/reference';
import { issueText } from '../../../core/result';
import type { Settings } from '../../../core/settings';
import type { PopulationDateKind } from '../../../core/sources/dates';
import type { Pane } from '../pane';
import type { StoredTable } from '../state';
import { refreshPreview } from './distribute';
import { updateSettings } from './settings';

/**
 * Befolkningsunderlag: the built-in tables, tables fetched from SCB and stored in the workbook as
 * sheets (read back at start, so the workbook works offline), and the fetch itself with progress
 * and Avbryt. The SCB client loads on first use.
 */

/** Reads every stored population sheet in the workbook; the reader loads only when there is one. */
export async function loadStoredTables(pane: Pane): Promise<void> {
  const inv = await pane.deps.port.inventory();
  const candidates = inv.sheets.filter((s) => s.planId?.startsWith('population:'));
  if (candidates.length === 0) return pane.set({ storedTables: [] });
  const m = await pane.load('population');
  const stored: StoredTable[] = [];
  for (const s of candidates) {
    const read = await pane.deps.port.readRange(s.name, m.POPULATION_SHEET_RANGE);
    const r = m.readPopulationSheet(s.name, read.values);
    if (r.ok) stored.push({ sheet: s.name, level: r.value.level, weights: r.value.weights });
    else pane.set({ notices: [...pane.state.notices, ...r.issues.map((i) => ({ kind: 'info' as const, text: issueText(i, pane.state.lang) }))] });
  }
  pane.set({ storedTables: stored });
  refreshPreview(pane);
}

/** A choice in the table lists: `builtin:<id>` or `sheet:<name>`. */
export async function chooseTable(pane: Pane, level: PopulationLevel, choice: string): Promise<void> {
  const [kind, ...rest] = choice.split(':');
  const value = rest.join(':');
  const pick = kind === 'sheet' ? ({ kind: 'sheet', sheet: value } as const) : builtInPopulation(value) ? ({ kind: 'builtin', table: value } as const) : undefined;
  if (!pick) return;
  const s = pane.state.settings;
  const next: Settings = level === 'kommuner' ? { ...s, municipalPopulation: pick } : { ...s, population: pick };
  pane.set({ rangeTable: level === 'regioner' ? undefined : pane.state.rangeTable, formRecipients: undefined });
  await updateSettings(pane, next);
}

export async function setScbUrl(pane: Pane, url: string): Promise<void> {
  const { scbUrl: _, ...rest } = pane.state.settings;
  const trimmed = url.trim();
  if (trimmed !== '' && !/^https?:\/\/\S+$/i.test(trimmed)) {
    return pane.notify('error', pane.t(`”${trimmed}” är ingen webbadress. Ange t.ex. https://statistikdatabasen.scb.se/api/v2.`, `"${trimmed}" is not a web address. Give e.g. https://statistikdatabasen.scb.se/api/v2.`));
  }
  await updateSettings(pane, trimmed === '' ? rest : { ...rest, scbUrl: trimmed });
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

let inFlight: AbortController | undefined;

/** Avbryt: stops the fetch under way; nothing is stored. */
export function cancelFetch(): void {
  inFlight?.abort();
}

/**
 * "Hämta från SCB…": fetches the table, stores it as a visible sheet and uses it for its level.
 * Offline, blocked by a proxy or SCB down: the client's message says so and what still works.
 */
export async function fetchFromScb(pane: Pane, c: FetchChoice, fetchImpl?: typeof fetch): Promise<void> {
  if (inFlight) return;
  const controller = new AbortController();
  inFlight = controller;
  const date = choiceDate(c);
  const label = pane.t(`Hämtar befolkning ${date} (${c.level}) från SCB …`, `Fetching population ${date} (${c.level}) from SCB …`);
  pane.set({ fetching: { step: label } });
  try {
    await pane.busy(label, async () => {
      const m = await pane.load('population');
      const r = await m.fetchScbTable(
        { date, kind: c.kind, level: c.level, ...(pane.state.settings.scbUrl ? { baseUrl: pane.state.settings.scbUrl } : {}) },
        {
          signal: controller.signal,
          now: () => new Date().toISOString(),
          onProgress: (p) => pane.set({ fetching: { step: `${label} ${p.done}/${p.total} (${p.what})` }, busy: `${label} ${p.done}/${p.total}` }),
          ...(fetchImpl ? { fetch: fetchImpl } : {}),
        },
      );
      if (!r.ok) {
        pane.fail(r.issues);
        if (r.issues.some((i) => i.code.startsWith('SOURCE_'))) pane.set({ notices: [...pane.state.notices, { kind: 'info', text: stillWorks(pane) }] });
        return;
      }
      const sheet = m.populationSheet(r.value);
      const w = await pane.deps.port.writeSheet(sheet, { replace: true, activate: false });
      if (!w.ok) return pane.fail(w.issues);
      const read = await pane.deps.port.readRange(w.value.sheetName, m.POPULATION_SHEET_RANGE);
      const back = m.readPopulationSheet(w.value.sheetName, read.values);
      // The figures are read back from the sheet as written, so what is used is what the workbook holds.
      const weights = back.ok ? back.value.weights : undefined;
      if (!weights) return pane.fail(back.ok ? [] : back.issues);
      const others = (pane.state.storedTables ?? []).filter((t) => t.sheet !== w.value.sheetName);
      pane.set({ storedTables: [...others, { sheet: w.value.sheetName, level: c.level, weights }] });
      await chooseTable(pane, c.level, `sheet:${w.value.sheetName}`);
      pane.notify(
        'success',
        pane.t(
          `Hämtade ${r.value.rows.length} ${c.level === 'kommuner' ? 'kommuner' : 'län'} från SCB (${r.value.source.tableId}, ${date}) och sparade dem på bladet ${w.value.sheetName}. Arbetsboken fungerar nu utan uppkoppling.`,
          `Fetched ${r.value.rows.length} ${c.level === 'kommuner' ? 'municipalities' : 'counties'} from SCB (${r.value.source.tableId}, ${date}) and stored them on the sheet ${w.value.sheetName}. The workbook now works offline.`,
        ),
      );
    });
  } finally {
    inFlight = undefined;
    pane.set({ fetching: undefined });
  }
}

function stillWorks(pane: Pane): string {
  const stored = (pane.state.storedTables ?? []).map((t) => t.sheet);
  return pane.t(
    `Utan SCB fungerar: de inbyggda tabellerna (län 2023 och 2024, kommuner 2024 och 2025)${stored.length > 0 ? `, de sparade bladen ${stored.join(', ')}` : ''} och ett markerat område med kod och befolkning.`,
    `Without SCB you can use: the built-in tables (counties 2023 and 2024, municipalities 2024 and 2025)${stored.length > 0 ? `, the stored sheets ${stored.join(', ')}` : ''} and a selected range with code and population.`,
  );
}
