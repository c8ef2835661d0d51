// Loaded on demand: the report templates are not needed until the user opens Blanketter.
import type { Agreement } from '../../../core/agreements';
import { ok, type Lang, type Result } from '../../../core/result';
import type { Sheet } from '../../../core/sheet';
import { FORMS, formTemplate, overviewTemplate, prefillAll, prefillGrant, type FormKind, type FormOptions, type GenerationInfo, type OverviewInput, type PrefillOptions } from '../../../core/templates';
import type { WeightTable } from '../../../core/reference';
import type { FormRecipient } from '../state';

// The built-in agreements' report deadlines, for Granska redovisningar: they come from the same prefill as the forms.
// eslint-disable-next-line no-restricted-imports -- one file of the module, so the shipped bundle does not take its index along
export { catalogReportDeadlines } from '../../../core/review/deadlines';

/** Who requisitions anything under the agreement: SKR, regions, municipalities, samverkansregioner. */
export function formRecipients(a: Agreement, weights: WeightTable, municipalWeights: WeightTable): FormRecipient[] {
  const all = prefillAll(a, { weights, municipalWeights });
  return all.ok ? all.value.grants.map((g) => ({ code: g.recipient.code, name: g.recipient.name })) : [];
}

/** How the pane names a form in a sentence. */
export const formLabel = (kind: FormKind, lang: Lang): string => FORMS[kind].definite[lang];

/** A form for one recipient: the same sheet the .xlsx writer renders. */
export function formPlan(kind: FormKind, a: Agreement, code: string, o: PrefillOptions & FormOptions): Result<Sheet> {
  const g = prefillGrant(a, code, o);
  if (!g.ok) return g;
  return ok(formTemplate(kind, g.value.grant, o));
}

/** The agreement's overview sheet, with its deadlines and their status: the calendar where a .ics download does not work. */
export const overviewPlan = (x: OverviewInput, lang: Lang, info: GenerationInfo): Sheet => overviewTemplate(x, lang, info);

export { formsScreen } from '../../view/forms';
