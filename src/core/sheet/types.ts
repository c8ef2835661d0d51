/**
 * A generated sheet as data: every cell with its value or formula, number format, style by name and
 * whether the user fills it in; merges, row heights, column widths, at most one Excel table, print
 * setup, protection and the identity a writer marks it with. Every template, the distribution and
 * the overview produce this; the writers (ExcelJS in src/xlsx, Office.js in src/excel) render it and
 * nothing else, so most behaviour is tested on the data.
 */

/** Amounts are decimal strings in kronor, dates calendar dates (YYYY-MM-DD): nothing passes through a float. */
export type CellValue =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'amount'; readonly v: string }
  | { readonly t: 'number'; readonly v: string }
  /** A quota or share: shown rounded, written to the 15 significant digits a cell holds. */
  | { readonly t: 'approx'; readonly v: string }
  | { readonly t: 'date'; readonly v: string }
  /**
   * An English formula with A1 references and no leading `=`. `{{sheet-id}}` stands for another
   * generated sheet of the same workbook; the writer replaces it with that sheet's quoted name.
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

/** What an input cell says when a value breaks its validation, in both languages (a cell has one text). */
export const VALIDATION_ERRORS = {
  title: 'Bidragskollen',
  amount: 'Skriv ett belopp i kronor. / Enter an amount in kronor.',
  date: 'Skriv ett datum som 2023-12-01. / Enter a date such as 2023-12-01.',
  /** Dates before this are refused: the forms are about grants of this century. */
  earliestDate: '2000-01-01',
  /** Excel allows 255 characters in an input prompt. */
  maxPrompt: 250,
} as const;

/**
 * A rule over a range of cells: an input cell's validation and prompt, or a sheet's range-wide
 * validation (a column of a table the user adds rows to). Both writers render these and nothing else.
 */
export interface ValidationRule {
  readonly validation?: Validation;
  /** Shown as the cells' input prompt. */
  readonly prompt?: string;
  /**
   * What a value outside the rule meets: `stop` (the default) refuses it; `warning` lets the user
   * keep it after a question, for cells whose reader takes more than the list shows (the other
   * language, a code, "ej angivet", "12,5 mnkr").
   */
  readonly alert?: 'stop' | 'warning';
}

/** A validation over cells that are not named inputs, "E31:E40": the cells of one column of a section, its spare rows included. */
export interface RangeValidation extends ValidationRule {
  readonly range: string;
}

export interface InputSpec {
  /** Stable across versions and languages: the defined name and regeneration use it. */
  readonly key: string;
  readonly kind: InputKind;
  readonly validation?: Validation;
  /** Shown as the cell's input prompt. */
  readonly prompt?: string;
}

export interface SheetCell {
  readonly ref: string;
  readonly value: CellValue;
  readonly style: CellStyle;
  readonly numFmt?: string;
  readonly input?: InputSpec;
  /** The cell spans this range (its top-left is `ref`). */
  readonly merge?: string;
  /**
   * A generated cell other sheets or readers refer to, given a defined name: `line:<line id>` for a
   * line's amount, `total` for the sheet's total.
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

/** An Excel table over cells of the sheet: header row first, with a totals row last when `totalsRow`. */
export interface SheetTable {
  /** A1, header row to the last row (the totals row when there is one): "A4:E26". */
  readonly range: string;
  /** Preferred table name; a writer picks another if the workbook has it. */
  readonly name: string;
  readonly totalsRow: boolean;
}

export interface Sheet {
  /**
   * Identity of the generated sheet (`rekvisition:<agreement>:<recipient>`,
   * `distribution:<agreement>:<line>`): writers register the sheet under it and recognise it by it.
   */
  readonly id: string;
  /** Preferred sheet name (≤ 31 characters); a writer picks another if a user's sheet has it. */
  readonly sheetName: string;
  /** Prefix of the sheet's defined names: `<prefix>_<input key>`, `<prefix>_<anchor>`. */
  readonly namePrefix: string;
  /** Column widths in characters, from column A. */
  readonly columns: readonly number[];
  readonly cells: readonly SheetCell[];
  /** Row heights in points for rows that need more than one line. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly print: PrintSetup;
  /** Protect the sheet (without a password): everything but input cells is locked. */
  readonly protect: boolean;
  /** Row to freeze above (tables): rows 1..n stay visible. */
  readonly freezeRows?: number;
  readonly table?: SheetTable;
  /** The audit record as JSON, kept in a hidden cell under the marker for machines. */
  readonly audit?: string;
  /** Validations over ranges, beside the input cells' own; no two overlap, nor an input cell. */
  readonly validations?: readonly RangeValidation[];
}

/** A workbook's worth of sheets: the order is the order of the sheets. */
export interface SheetBook {
  readonly sheets: readonly Sheet[];
  /** Written to the workbook's properties. */
  readonly title: string;
  readonly generator: string;
}
