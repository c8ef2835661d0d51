import type { Agreement } from '../../../core/agreements';
import type { Pane } from '../pane';
import { saveAgreements } from '../preferences';
import { agreementState, selectAgreement } from './agreement';
import { go } from './navigation';
import { writePlan } from './write';

/** The agreements saved in the workbook join the built-in ones; a saved copy of a built-in one replaces it. */
export function useSavedAgreements(pane: Pane, saved: readonly Agreement[]): void {
  if (saved.length === 0) return;
  const ids = new Set(saved.map((a) => a.id));
  const agreements = [...pane.state.agreements.filter((a) => !ids.has(a.id)), ...saved];
  const selected = saved.find((a) => a.id === pane.state.agreement?.id);
  pane.set({ saved, agreements, ...(selected ? agreementState(selected) : {}) });
}

/** "Ny överenskommelse": the screen; reading, review, corrections and saving are in ./import-review, loaded with it. */
export const openImport = (pane: Pane): Promise<void> => go(pane, 'import');


/**
 * What the lazily loaded import code uses of the start-up workflows, handed over when it loads
 * rather than imported: a chunk that imports start-up modules forces webpack to keep each of them
 * (and all they import) as a separate module in the start-up bundle, which costs kilobytes.
 */
export interface ImportHost {
  readonly go: typeof go;
  readonly selectAgreement: typeof selectAgreement;
  readonly useSavedAgreements: typeof useSavedAgreements;
  readonly openImport: typeof openImport;
  readonly saveAgreements: typeof saveAgreements;
  readonly writePlan: typeof writePlan;
}

export const importHost: ImportHost = { go, selectAgreement, useSavedAgreements, openImport, saveAgreements, writePlan };
