import type { Sheet } from '../sheet';
import type { FormOptions, FormSpec } from './form-spec';
import type { Grant } from './grant';
import { REDOVISNING } from './redovisning';
import { REKVISITION } from './rekvisition';

/** The forms, by kind: a new form is one file exporting its `FormSpec`, listed here, and its golden file. */
export const FORMS = {
  rekvisition: REKVISITION,
  redovisning: REDOVISNING,
} as const satisfies { readonly [K in string]: FormSpec<K> };

export type FormKind = keyof typeof FORMS;

export const FORM_KINDS = Object.keys(FORMS) as FormKind[];

export function formTemplate(kind: FormKind, g: Grant, o: FormOptions): Sheet {
  return FORMS[kind].build(g, o);
}

/** The form a word names: its kind or one of its aliases, any case. */
export function formKind(word: string): FormKind | undefined {
  const w = word.trim().toLowerCase();
  return FORM_KINDS.find((k) => k === w || FORMS[k].aliases.includes(w));
}
