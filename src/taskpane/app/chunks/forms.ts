// Loaded on demand: the report templates are not needed until the user opens Blanketter.
import type { Agreement } from '../../../core/agreements';
import { ok, type Result } from '../../../core/result';
import { templatePlan, type SheetPlan } from '../../../core/sheetplan';
import { formTemplate, prefillAll, prefillGrant, type FormOptions, type PrefillOptions } from '../../../core/templates';
import type { WeightTable } from '../../../core/reference';
import type { FormRecipient } from '../state';

/** Who requisitions anything under the agreement: SKR, regions, samverkansregioner. */
export function formRecipients(a: Agreement, weights: WeightTable): FormRecipient[] {
  const all = prefillAll(a, { weights });
  return all.ok ? all.value.grants.map((g) => ({ code: g.recipient.code, name: g.recipient.name })) : [];
}

/** The rekvisition or ekonomisk redovisning for one recipient: the .xlsx writer's template data, as a sheet plan. */
export function formPlan(kind: 'rekvisition' | 'redovisning', a: Agreement, code: string, o: PrefillOptions & FormOptions): Result<SheetPlan> {
  const g = prefillGrant(a, code, o);
  if (!g.ok) return g;
  return ok(templatePlan(formTemplate(kind, g.value.grant, o)));
}
