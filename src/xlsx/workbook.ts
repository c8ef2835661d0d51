import ExcelJS from 'exceljs';
import { fail, makeIssue, ok, type Issue, type Result } from '../core/result';
import {
  AUDIT_CELL,
  MARKER_CELL,
  absoluteRef,
  cellRef,
  cellsOf,
  cellName,
  definedNames as sheetNames,
  freeName,
  freeWorkbookName,
  readRegistry,
  registryName,
  registryRef,
  splitAddress,
  type Sheet,
  type SheetBook,
} from '../core/sheet';
import { XLSX_MESSAGES as M } from './messages';
import { transplant } from './package/transplant';
import { checkPackage } from './preflight';
import { renderSheet } from './render';

export interface SheetReport {
  readonly sheetId: string;
  readonly sheetName: string;
  /** `created` a new sheet, or `updated` the sheet this id made before. */
  readonly status: 'created' | 'updated';
  /** Set when the preferred name belonged to a sheet we did not create. */
  readonly preferredName?: string;
  /** Input cells whose typed values were kept. */
  readonly keptInputs: readonly string[];
  /** Cells the user filled outside the sheet's own cells (notes beside a form): kept where they were. */
  readonly keptOutside: readonly string[];
  /** Cells whose text held characters a workbook cannot store, replaced by U+FFFD. */
  readonly replacedCharacters: readonly { readonly ref: string; readonly chars: readonly string[] }[];
}

export interface BuildResult {
  readonly buffer: Buffer;
  readonly sheets: readonly SheetReport[];
}

interface Placement {
  readonly sheet: Sheet;
  readonly name: string;
  readonly kept: Map<string, ExcelJS.CellValue>;
  /** What the user wrote on the old sheet outside its generated and input cells, by address. */
  readonly outside: Map<string, ExcelJS.CellValue>;
  readonly report: Omit<SheetReport, 'keptInputs' | 'keptOutside' | 'replacedCharacters'>;
}

type NameModel = { name: string; ranges: string[] };

/**
 * Writes a book of sheets into a workbook: a new one, or an existing one given as bytes. In an
 * existing workbook a sheet's earlier version (recognised by the registry, whatever it is called
 * now, whoever wrote it: this writer or the task pane) is replaced in place with the user's input
 * values kept; any other sheet is left exactly as it was, and a sheet whose preferred name is taken
 * by one of them gets a new name.
 *
 * The user's workbook is only read through ExcelJS (to find our sheets and what was typed into them);
 * our sheets are rendered into a workbook of their own and transplanted into the user's package part
 * by part (package/transplant.ts), so everything ExcelJS does not know survives byte for byte.
 */
export async function buildWorkbook(book: SheetBook, existing?: { bytes: Buffer; file: string }): Promise<Result<BuildResult>> {
  const wb = new ExcelJS.Workbook();
  if (existing) {
    const problems = checkPackage(existing.bytes, existing.file);
    if (problems.length > 0) return fail(...problems);
    try {
      await wb.xlsx.load(existing.bytes as unknown as ArrayBuffer);
    } catch {
      return fail(makeIssue(M, 'NOT_XLSX', { file: existing.file }));
    }
  }
  const names = definedNames(wb);
  const ours = new Map<string, ExcelJS.Worksheet>();
  for (const e of readRegistry(names.map((n) => ({ name: n.name, formula: n.ranges[0] ?? '' })))) {
    const ws = wb.getWorksheet(e.sheet);
    if (ws && !ours.has(e.id)) ours.set(e.id, ws);
  }

  const taken = new Set(wb.worksheets.map((ws) => ws.name));
  const placements: Placement[] = [];
  const replaced = new Set<string>();
  for (const sheet of book.sheets) {
    const old = ours.get(sheet.id);
    if (old) {
      const kept = keptInputs(old, sheet, names);
      dropNamesOn(names, old.name);
      replaced.add(old.name);
      placements.push({ sheet, name: old.name, kept, outside: outsideCells(old, sheet), report: { sheetId: sheet.id, sheetName: old.name, status: 'updated' } });
    } else {
      const name = freeName(sheet.sheetName, taken);
      taken.add(name);
      placements.push({
        sheet,
        name,
        kept: new Map(),
        outside: new Map(),
        report: { sheetId: sheet.id, sheetName: name, status: 'created', ...(name === sheet.sheetName ? {} : { preferredName: sheet.sheetName }) },
      });
    }
  }

  const nameOf = new Map(placements.map((p) => [p.sheet.id, p.name]));
  for (const [id, ws] of ours) if (!nameOf.has(id)) nameOf.set(id, ws.name);
  // Our sheets only, in a workbook of their own: what goes into the user's file. Names and table
  // names are chosen free of everything the user's workbook keeps.
  const own = { wb: new ExcelJS.Workbook(), names: [] as NameModel[], tables: [] as string[] };
  const keptTables = wb.worksheets.filter((ws) => !replaced.has(ws.name)).flatMap((ws) => ws.getTables().map((t) => tableName(t)));
  const usedNames = () => [...names.map((n) => n.name), ...own.names.map((n) => n.name), ...keptTables, ...own.tables];
  const reports: SheetReport[] = [];
  for (const p of placements) {
    const ws = own.wb.addWorksheet(p.name);
    const table = p.sheet.table ? freeWorkbookName(p.sheet.table.name, usedNames()) : undefined;
    if (table) own.tables.push(table);
    const replacedCharacters: { ref: string; chars: readonly string[] }[] = [];
    await renderSheet(ws, p.sheet, {
      sheetNameOf: (id) => nameOf.get(id),
      kept: p.kept,
      ...(table ? { tableName: table } : {}),
      replacedCharacters: (ref, chars) => replacedCharacters.push({ ref, chars }),
    });
    for (const [ref, value] of p.outside) ws.getCell(ref).value = value;
    for (const n of sheetNames(p.sheet)) own.names.push({ name: n.name, ranges: [absoluteRef(p.name, n.ref)] });
    own.names.push({ name: registryName(p.sheet.id, usedNames()), ranges: [registryRef(p.name)] });
    reports.push({ ...p.report, keptInputs: [...p.kept.keys()], keptOutside: [...p.outside.keys()], replacedCharacters });
  }
  own.wb.definedNames.model = own.names;
  own.wb.creator = book.generator;
  own.wb.lastModifiedBy = book.generator;
  own.wb.title = book.title;
  own.wb.calcProperties.fullCalcOnLoad = true;
  const fresh = Buffer.from(await own.wb.xlsx.writeBuffer());
  if (!existing) return ok({ buffer: fresh, sheets: reports });
  try {
    const placed = transplant(
      existing.bytes,
      fresh,
      placements.map((p) => ({ sheet: p.name, ...(p.report.status === 'updated' ? { replaces: p.name } : {}) })),
    );
    return ok({ buffer: placed.bytes, sheets: reports });
  } catch {
    // A package whose parts are intact but whose workbook, relationships or styles are not what
    // SpreadsheetML says: refused rather than guessed at.
    return fail(makeIssue(M, 'NOT_XLSX', { file: existing.file }));
  }
}

/** ExcelJS's `getTables()` gives `[table, …]` pairs in its types and tables in practice. */
const tableName = (t: unknown): string => {
  const table = (Array.isArray(t) ? t[0] : t) as { name?: string; table?: { name?: string } };
  return table.name ?? table.table?.name ?? '';
};

function definedNames(wb: ExcelJS.Workbook): NameModel[] {
  return (wb.definedNames as unknown as { model: NameModel[] }).model;
}

function dropNamesOn(names: NameModel[], sheetName: string): void {
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i] as NameModel;
    if (n.name.startsWith('bk_') && n.ranges.every((r) => splitAddress(r)[0] === sheetName)) names.splice(i, 1);
  }
}

/** What the user typed into the old sheet's input cells, found through their names (or the sheet's own address). */
function keptInputs(old: ExcelJS.Worksheet, sheet: Sheet, names: readonly NameModel[]): Map<string, ExcelJS.CellValue> {
  const byName = new Map(names.map((n) => [n.name, n.ranges]));
  const kept = new Map<string, ExcelJS.CellValue>();
  for (const c of sheet.cells) {
    if (!c.input) continue;
    const range = byName.get(cellName(sheet, c.input.key))?.[0];
    const [onSheet, ref] = range ? splitAddress(range) : ['', ''];
    const value = typedValue(old.getCell(onSheet === old.name ? (ref.split(':')[0] as string) : c.ref));
    if (value !== undefined) kept.set(c.input.key, value);
  }
  return kept;
}

/**
 * Cells of the old sheet that the new one does not write: a note the user typed beside the form,
 * a figure they added below a table. They are carried over to the same address, so regenerating a
 * sheet never drops what someone wrote on it.
 */
function outsideCells(old: ExcelJS.Worksheet, sheet: Sheet): Map<string, ExcelJS.CellValue> {
  const refs = (range: string) => cellsOf(range).map((c) => cellRef(c.col, c.row));
  const ours = new Set(sheet.cells.flatMap((c) => (c.merge ? refs(c.merge) : [c.ref])));
  if (sheet.table) for (const ref of refs(sheet.table.range)) ours.add(ref);
  const out = new Map<string, ExcelJS.CellValue>();
  old.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (ours.has(cell.address) || cell.address === MARKER_CELL || cell.address === AUDIT_CELL || (cell.isMerged && cell.master !== cell)) return;
      const value = typedValue(cell);
      if (value !== undefined) out.set(cell.address, value);
    }),
  );
  return out;
}

function typedValue(cell: ExcelJS.Cell): ExcelJS.CellValue | undefined {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' && v.trim() === '') return undefined;
  return v;
}

export type { Issue };
