import type { Sheet } from '../../../core/sheet';
import type { FormKind } from '../../../core/templates';
import type { Pane } from '../pane';
import { FORM_RECIPIENT_KEY } from '../preferences';
import { municipalTable, populationTable, type FormRecipient } from '../state';
import { writePlan } from './write';

/** "Blanketter": who requisitions anything under the agreement; the templates load on first use. */
export async function loadFormRecipients(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  if (!a) return;
  await pane.busy(pane.t('Förbereder blanketterna …', 'Preparing the forms …'), async () => {
    const m = await pane.load('forms');
    pane.views.forms = m.formsScreen;
    const recipients = m.formRecipients(a, populationTable(pane.state), municipalTable(pane.state));
    const remembered = (await pane.deps.port.readSettings([FORM_RECIPIENT_KEY]))[FORM_RECIPIENT_KEY];
    pane.set({ formRecipients: recipients, formRecipient: defaultRecipient(recipients, remembered, pane.state.profile.bidragsmottagare) });
  });
}

/** The recipient chosen last time, else the user's own organisation (by the profile's name), else the first. */
export function defaultRecipient(list: readonly FormRecipient[], remembered: unknown, ownName: string | undefined): string | undefined {
  const own = ownName?.trim().toLocaleLowerCase('sv-SE');
  return (
    list.find((r) => r.code === remembered)?.code ??
    (own ? list.find((r) => r.name.toLocaleLowerCase('sv-SE') === own)?.code : undefined) ??
    list[0]?.code
  );
}

/** The choice applies at once and is remembered in the workbook; a failed save only loses the memory. */
export async function selectFormRecipient(pane: Pane, code: string): Promise<void> {
  pane.set({ formRecipient: code, pending: undefined });
  await pane.deps.port.writeSettings({ [FORM_RECIPIENT_KEY]: code }).catch(() => undefined);
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
  if (plan) await writePlan(pane, plan, label, undefined, nextStep(pane));
}

const nextStep = (pane: Pane) =>
  pane.t(
    'Nästa steg: fyll i de gula cellerna, granska beloppen och skriv ut eller spara blanketten som PDF (Arkiv › Skriv ut).',
    'Next: fill in the yellow cells, review the amounts, and print the form or save it as PDF (File › Print).',
  );
