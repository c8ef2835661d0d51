import type { Sheet } from '../sheet';
import type { FormOptions, FormSpec } from './form-spec';
import type { Grant } from './grant';
import { REDOVISNING } from './redovisning';
import { REKVISITION } from './rekvisition';

/** The forms: a new form is one file exporting its `FormSpec`, one entry here, and its golden file. */
const FORM_LIST = [REKVISITION, REDOVISNING] as const;

export type FormKind = (typeof FORM_LIST)[number]['kind'];

export const FORM_KINDS: readonly FormKind[] = FORM_LIST.map((f) => f.kind);

/** Each form under its own kind: the key cannot disagree with the spec. */
export const FORMS = Object.fromEntries(FORM_LIST.map((f) => [f.kind, f])) as { readonly [K in FormKind]: FormSpec<K> };

export function formTemplate(kind: FormKind, g: Grant, o: FormOptions): Sheet {
  return FORMS[kind].build(g, o);
}

/** The form a word names: its kind or one of its aliases, any case. */
export function formKind(word: string): FormKind | undefined {
  const w = word.trim().toLowerCase();
  return FORM_KINDS.find((k) => k === w || FORMS[k].aliases.includes(w));
}
