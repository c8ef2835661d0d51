import { builtInPopulation, type PopulationLevel } from '../../../core/reference';
import { issueText } from '../../../core/result';
import type { Settings } from '../../../core/settings';
import type { Inventory } from '../../../excel/port';
import type { FetchChoice } from '../chunks/population';
import type { Pane } from '../pane';
import type { StoredTable } from '../state';
import { refreshPreview } from './distribute';
import { updateSettings } from './settings';

/**
 * Befolkningsunderlag: the built-in tables, tables fetched from SCB and stored in the workbook as
 * sheets (read back at start, so the workbook works offline), and the fetch itself with progress
 * and Avbryt. The SCB client loads on first use.
 */

/** Reads every stored population sheet in the workbook (from the inventory given, else its own); the reader loads only when there is one. */
export async function loadStoredTables(pane: Pane, known?: Inventory): Promise<void> {
  const inv = known ?? (await pane.deps.port.inventory());
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

export type { FetchChoice } from '../chunks/population';

let inFlight: AbortController | undefined;

/** Avbryt: stops the fetch under way; nothing is stored. */
export function cancelFetch(): void {
  inFlight?.abort();
}

/**
 * "Hämta från SCB…": fetches the table, stores it as a visible sheet and uses it for its level.
 * Offline, blocked by a proxy or SCB down: the client's message says so and what still works. The
 * client and the words load with the chunk.
 */
export async function fetchFromScb(pane: Pane, c: FetchChoice, fetchImpl?: typeof fetch): Promise<void> {
  if (inFlight) return;
  const controller = new AbortController();
  inFlight = controller;
  pane.set({ fetching: { step: pane.t('Hämtar från SCB …', 'Fetching from SCB …') } });
  try {
    await pane.busy(pane.t('Hämtar från SCB …', 'Fetching from SCB …'), async () => {
      const m = await pane.load('population');
      const stored = await m.fetchAndStore(pane, c, controller.signal, fetchImpl);
      if (stored) await chooseTable(pane, c.level, `sheet:${stored}`);
    });
  } finally {
    inFlight = undefined;
    pane.set({ fetching: undefined });
  }
}
