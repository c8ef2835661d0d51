import type { Sheet } from '../../../core/sheet';
import type { Pane } from '../pane';

/**
 * Writes a sheet plan. When the add-in already wrote a sheet for the same plan and the user has not
 * chosen yet, it asks (the pending question) instead of writing.
 */
export async function writePlan(pane: Pane, plan: Sheet, label: string, choice: 'replace' | 'new' | undefined, next?: string): Promise<void> {
  const { port } = pane.deps;
  pane.set({ pending: undefined });
  pane.focusNext = 'result';
  await pane.busy(pane.t(`Skriver ${label} …`, `Writing ${label} …`), async () => {
    if (choice === undefined) {
      const inv = await port.inventory();
      const earlier = inv.sheets.find((s) => s.planId === plan.id);
      if (earlier) {
        pane.focusNext = 'pending-new';
        return pane.set({ pending: { sheet: earlier.name, plan, label, ...(next ? { next } : {}) } });
      }
    }
    const r = await port.writeSheet(plan, { replace: choice === 'replace' });
    if (!r.ok) return pane.fail(r.issues);
    const w = r.value;
    const done =
      w.replaced
        ? pane.t(`Bladet ${w.sheetName} är ersatt (${w.address}).`, `The sheet ${w.sheetName} was replaced (${w.address}).`)
        : w.preferredName
          ? pane.t(
              `Skrev bladet ${w.sheetName} (${w.address}). Namnet ${w.preferredName} var upptaget, så det bladet är orört.`,
              `Wrote the sheet ${w.sheetName} (${w.address}). The name ${w.preferredName} was taken, so that sheet is untouched.`,
            )
          : pane.t(`Skrev bladet ${w.sheetName} (${w.address}).`, `Wrote the sheet ${w.sheetName} (${w.address}).`);
    pane.notify('success', next ? `${done} ${next}` : done);
  });
}

/** Answers the replace question. */
export async function resolvePending(pane: Pane, choice: 'replace' | 'new' | 'cancel'): Promise<void> {
  const p = pane.state.pending;
  if (!p) return;
  if (choice === 'cancel') {
    // Focus goes back to the screen's main action, which the question stood in for.
    pane.focusNext = pane.state.screen === 'forms' ? 'do-requisition' : pane.state.screen === 'deadlines' ? 'do-deadlines-sheet' : 'do-distribute';
    return pane.set({ pending: undefined });
  }
  await writePlan(pane, p.plan, p.label, choice, p.next);
}
