import type { Sheet } from '../../../core/sheet';
// eslint-disable-next-line no-restricted-imports -- one small file of the module, so the start-up bundle does not take the templates along
import { agreementOfSheet } from '../../../core/templates/agreement-sheet-id';
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
    // An agreement sheet just written: the agreement screen offers to read its corrections from now on.
    const agreementId = agreementOfSheet(plan.id);
    if (agreementId !== undefined) {
      // As `agreementSheets` (workflows/agreement-sheet): the sheet just written, a "Nytt blad" too, is the one read from now on.
      const others = pane.state.agreementSheets.filter((x) => x.sheet !== w.replaced && x.agreementId !== agreementId);
      pane.set({
        agreementSheets: [...others, { agreementId, sheet: w.sheetName }],
        sheetProblems: pane.state.sheetProblems.filter((x) => x.sheet !== w.replaced),
      });
    }
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
    const screen = pane.state.screen;
    pane.focusNext = screen === 'forms' ? 'do-requisition' : screen === 'deadlines' ? 'do-deadlines-sheet' : screen === 'agreement' ? 'do-agreement-sheet' : 'do-distribute';
    return pane.set({ pending: undefined });
  }
  await writePlan(pane, p.plan, p.label, choice, p.next);
}
