import type { Result } from '../core/result';
import type { Sheet } from '../core/sheet';

/**
 * Everything the task pane asks of the workbook, behind one small interface: the Office.js
 * implementation is in office.ts, tests use a fake Excel object model or a fake port. Each method is
 * one `Excel.run`.
 */
export interface WorkbookPort {
  /**
   * Writes a sheet of the model (src/core/sheet) as a new worksheet. Never touches a sheet, table or
   * name it did not create: a taken name gets a new one ("Fördelning (2)"). With `replace`, the
   * earlier sheet with the same id (recognised by the registry, whichever writer made it) is swapped
   * for the new one once the new one is complete. On failure nothing is left behind.
   */
  writeSheet(sheet: Sheet, options?: WriteOptions): Promise<Result<WriteReport>>;
  /** Sheets (with the sheet id of those Bidragskollen made), tables and workbook names. */
  inventory(): Promise<Inventory>;
  /** The selected range's address and values (numbers as numbers, text as text). */
  readSelection(): Promise<RangeRead>;
  /**
   * The selection's filled part: the selection intersected with the used cells, so a whole-column
   * selection (A:B), which Excel hands over as a million empty rows, reads only its filled rows.
   * Nothing filled: no values, and the selection's own address.
   */
  readSelectedCells(): Promise<RangeRead>;
  /**
   * Every sheet's marker cell and the workbook's defined names that point to a single cell of it,
   * with that cell as it is now: what a report review reads (the .xlsx reader's counterpart).
   */
  readNamedCells(): Promise<NamedCellsRead[]>;
  /**
   * A sheet's used cells (those holding a value; formatting alone does not count), as Excel gives
   * them: numbers, text, booleans, a date as its serial number, an empty cell as "". An empty sheet:
   * no values, address "A1". What the pane reads the agreement sheet back from.
   */
  readUsedRange(sheet: string): Promise<RangeRead>;
  /** A range by sheet and address, as the cells hold it now. */
  readRange(sheet: string, address: string): Promise<RangeRead>;
  /** The distribution tables the add-in wrote, with their rows as the cells hold them now. */
  readDistributionTables(): Promise<DistributionTableRead[]>;
  /** Activates the sheet and selects the range, so the user sees the cells an issue is about. */
  select(sheet: string, address: string): Promise<void>;
  /** Per-workbook settings, as stored (anything JSON can hold); absent keys are left out. */
  readSettings(keys: readonly string[]): Promise<Record<string, unknown>>;
  /** Sets the given keys (null removes one) and saves them with the workbook. */
  writeSettings(entries: Readonly<Record<string, unknown>>): Promise<void>;
}

export interface WriteOptions {
  /** Replace Bidragskollen's own earlier sheet with the same id, if there is one. */
  readonly replace?: boolean;
  /** Make the new sheet the active one (default true). */
  readonly activate?: boolean;
}

export interface WriteReport {
  readonly sheetName: string;
  readonly tableName?: string;
  /** Set when the preferred sheet name was taken. */
  readonly preferredName?: string;
  /** The sheet this one replaced, when `replace` found one. */
  readonly replaced?: string;
  /** The written range's address, e.g. "A1:I26". */
  readonly address: string;
}

export interface SheetInfo {
  readonly name: string;
  /** The sheet id the registry gives it (`planId` for the pane's sake); undefined for sheets Bidragskollen did not make. */
  readonly planId?: string;
}

export interface Inventory {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

export type CellRead = string | number | boolean | null;

export interface RangeRead {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly CellRead[])[];
}

export interface DistributionTableRead {
  readonly sheet: string;
  readonly table: string;
  readonly planId: string;
  /** Body rows: code, recipient, amount as the cells hold them, and the amount cell's address. */
  readonly rows: readonly { readonly code: CellRead; readonly recipient: CellRead; readonly amount: CellRead; readonly amountAddress: string }[];
  readonly total: CellRead;
  readonly totalAddress: string;
}

export interface NamedCellRead {
  readonly name: string;
  /** A1 address on the sheet, without $. */
  readonly address: string;
  /** As Excel holds it: a date is a serial number, told apart by `numberFormat`. */
  readonly value: CellRead;
  readonly numberFormat: string;
  /** The formula with its "=", when the cell has one. */
  readonly formula?: string;
}

export interface NamedCellsRead {
  readonly sheet: string;
  /** The value of the sheet's marker cell (the sheet model's MARKER_CELL). */
  readonly marker: CellRead;
  readonly cells: readonly NamedCellRead[];
}
