import type { Pane } from '../pane';
import type { Screen } from '../state';
import { loadDeadlines } from './deadlines';
import { rereadPopulation } from './distribute';
import { loadFormRecipients } from './forms';
import { loadProfileEditor } from './settings';

export async function go(pane: Pane, screen: Screen): Promise<void> {
  pane.set({ screen, pending: undefined });
  await refreshScreen(pane);
}

/** Loads what the current screen shows when it is not there yet (after a change of agreement, say). */
export async function refreshScreen(pane: Pane): Promise<void> {
  const s = pane.state;
  if (s.screen === 'distribute') await rereadPopulation(pane);
  if (s.screen === 'deadlines' && !s.deadlines) await loadDeadlines(pane);
  if (s.screen === 'forms' && !s.formRecipients) await loadFormRecipients(pane);
  if (s.screen === 'settings') await loadProfileEditor(pane);
  // "Granska" is drawn by its own chunk, with the table reader and the audit.
  if (s.screen === 'review' && !pane.loaded('review')) await pane.busy(pane.t('Laddar granskningen …', 'Loading the review …'), async () => void (await pane.load('review')));
}
