import type { Sheet } from '../../../core/sheet';
import type { FormKind } from '../../../core/templates';
import type { Pane } from '../pane';
import { municipalTable, populationTable } from '../state';
import { writePlan } from './write';

/** "Blanketter": who requisitions anything under the agreement; the templates load on first use. */
export async function loadFormRecipients(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  if (!a) return;
  await pane.busy(pane.t('Förbereder blanketterna …', 'Preparing the forms …'), async () => {
    const m = await pane.load('forms');
    const recipients = m.formRecipients(a, populationTable(pane.state), municipalTable(pane.state));
    pane.set({ formRecipients: recipients, formRecipient: recipients[0]?.code });
  });
}

export function selectFormRecipient(pane: Pane, code: string): void {
  pane.set({ formRecipient: code });
}

/** "Skapa rekvisition" / "Skapa ekonomisk redovisning" for the chosen recipient. */
export async function createForm(pane: Pane, kind: FormKind): Promise<void> {
  const s = pane.state;
  const a = s.agreement;
  const code = s.formRecipient;
  if (!a || !code) return;
  let plan: Sheet | undefined;
  let label = '';
  await pane.busy(pane.t('Förbereder blanketten …', 'Preparing the form …'), async () => {
    const m = await pane.load('forms');
    label = m.formLabel(kind, s.lang);
    const r = m.formPlan(kind, a, code, {
      weights: populationTable(s),
      municipalWeights: municipalTable(s),
      method: s.settings.method,
      unit: { exponent: s.settings.unitExponent },
      profile: s.profile,
      lang: s.lang,
      info: { productVersion: pane.deps.version, generatedAt: pane.deps.now() },
    });
    if (r.ok) plan = r.value;
    else pane.fail(r.issues);
  });
  if (plan) await writePlan(pane, plan, label, undefined);
}
