/**
 * Report templates as data: every cell a writer puts on a sheet, with its value or formula, number
 * format and whether the user fills it in. Writers (ExcelJS here, Office.js in the task pane) render
 * this and nothing else, so most behaviour is tested on the data.
 */

/** Amounts are decimal strings in kronor, dates calendar dates (YYYY-MM-DD): nothing passes through a float. */
export type CellValue =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'amount'; readonly v: string }
  | { readonly t: 'number'; readonly v: string }
  | { readonly t: 'date'; readonly v: string }
  /**
   * An English formula with A1 references and no leading `=`. `{{template-id}}` stands for another
   * template sheet of the same workbook; the writer replaces it with that sheet's quoted name.
   */
  | { readonly t: 'formula'; readonly f: string }
  | { readonly t: 'empty' };

export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'label'
  | 'text'
  | 'note'
  | 'tableHeader'
  | 'generated'
  | 'input'
  | 'total'
  | 'check'
  | 'signature'
  | 'audit';

export type InputKind = 'text' | 'multiline' | 'amount' | 'date' | 'choice';

export type Validation =
  | { readonly type: 'list'; readonly options: readonly string[] }
  | { readonly type: 'amount'; readonly min?: string }
  | { readonly type: 'date' };

export interface InputSpec {
  /** Stable across versions and languages: the defined name and regeneration use it. */
  readonly key: string;
  readonly kind: InputKind;
  readonly validation?: Validation;
  /** Shown as the cell's input prompt. */
  readonly prompt?: string;
}

export interface TemplateCell {
  readonly ref: string;
  readonly value: CellValue;
  readonly style: CellStyle;
  readonly numFmt?: string;
  readonly input?: InputSpec;
  /** The cell spans this range (its top-left is `ref`). */
  readonly merge?: string;
  /**
   * A generated cell other sheets refer to, named so formulas read well and survive a renamed
   * sheet: `line:<line id>` for a line's amount, `total` for the sheet's total.
   */
  readonly anchor?: string;
}

export interface PrintSetup {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly area: string;
  /** Rows repeated at the top of every printed page, e.g. "5:5". */
  readonly repeatRows?: string;
}

export type TemplateKind = 'rekvisition' | 'redovisning' | 'index' | 'overview' | 'distribution';

export interface TemplateSheet {
  /**
   * Identity of the generated sheet: kind, agreement and recipient. A writer marks the sheet with it
   * and recognises the sheet by it when the template is written again.
   */
  readonly id: string;
  readonly kind: TemplateKind;
  /** Preferred sheet name (≤ 31 characters); a writer picks another if a user's sheet has it. */
  readonly sheetName: string;
  /** Prefix of the sheet's defined names: `<prefix>_<input key>`. */
  readonly namePrefix: string;
  /** Column widths in characters, from column A. */
  readonly columns: readonly number[];
  readonly cells: readonly TemplateCell[];
  /** Row heights in points for rows that need more than one line. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly print: PrintSetup;
  /** Protect the sheet (without a password): everything but input cells is locked. */
  readonly protect: boolean;
  /** Row to freeze above (tables): rows 1..n stay visible. */
  readonly freezeRows?: number;
}

/** A workbook's worth of templates: the order is the order of the sheets. */
export interface TemplateBook {
  readonly sheets: readonly TemplateSheet[];
  /** Written to the workbook's properties. */
  readonly title: string;
  readonly generator: string;
}
