import type { Profile } from '../profile';
import type { Lang } from '../result';
import type { Sheet } from '../sheet';
import type { GenerationInfo, Grant } from './grant';

export interface FormOptions {
  readonly profile: Profile;
  readonly lang: Lang;
  readonly info: GenerationInfo;
}

type Words = { readonly sv: string; readonly en: string };

/**
 * Everything about one form that is not its layout's cells: the words it goes by, its names, and
 * what the batch index sums from it. A form is one file exporting one of these, listed in forms.ts.
 */
export interface FormSpec<K extends string = string> {
  readonly kind: K;
  /** Part of the defined names: `bk_<short>_<agreement>_<recipient>_<key>`. */
  readonly short: string;
  /** The sheet tab's first word ("Rekv 13 Halland"). */
  readonly tab: Words;
  /** The form's name in a workbook title or at the start of a sentence. */
  readonly title: Words;
  /** The form in the middle of a sentence ("Skriver rekvisitionen …"). */
  readonly definite: Words;
  /** Other words the command line accepts for it. */
  readonly aliases: readonly string[];
  readonly index: {
    readonly sheetName: Words;
    readonly title: Words;
    /** Columns after the lines' total: a label and the input or anchor each recipient's sheet has it under. */
    readonly extra: readonly { readonly label: Words; readonly find: { readonly input: string } | { readonly anchor: string } }[];
  };
  readonly build: (g: Grant, o: FormOptions) => Sheet;
}
