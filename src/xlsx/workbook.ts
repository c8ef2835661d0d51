import ExcelJS from 'exceljs';
import { fail, ok, type Issue, type Result } from '../core/result';
import {
  absoluteRef,
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
import { checkRoundTrip } from './preflight';
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
}

export interface BuildResult {
  readonly buffer: Buffer;
  readonly sheets: readonly SheetReport[];
}

interface Placement {
  readonly sheet: Sheet;
  readonly name: string;
  readonly orderNo?: number;
  readonly kept: Map<string, ExcelJS.CellValue>;
  readonly report: Omit<SheetReport, 'keptInputs'>;
}

type NameModel = { name: string; ranges: string[] };

/**
 * Writes a book of sheets into a workbook: a new one, or an existing one given as bytes. In an
 * existing workbook a sheet's earlier version (recognised by the registry, whatever it is called
 * now, whoever wrote it: this writer or the task pane) is replaced in place with the user's input
 * values kept; any other sheet is left exactly as it was, and a sheet whose preferred name is taken
 * by one of them gets a new name.
 */
export async function buildWorkbook(book: SheetBook, existing?: { bytes: Buffer; file: string }): Promise<Result<BuildResult>> {
  const wb = new ExcelJS.Workbook();
  if (existing) {
    const problems = checkRoundTrip(existing.bytes, existing.file);
    if (problems.length > 0) return fail(...problems);
    await wb.xlsx.load(existing.bytes as unknown as ArrayBuffer);
  }
  const names = definedNames(wb);
  const ours = new Map<string, ExcelJS.Worksheet>();
  for (const e of readRegistry(names.map((n) => ({ name: n.name, formula: n.ranges[0] ?? '' })))) {
    const ws = wb.getWorksheet(e.sheet);
    if (ws && !ours.has(e.id)) ours.set(e.id, ws);
  }

  const taken = new Set(wb.worksheets.map((ws) => ws.name));
  const placements: Placement[] = [];
  for (const sheet of book.sheets) {
    const old = ours.get(sheet.id);
    if (old) {
      const kept = keptInputs(old, sheet, names);
      dropNamesOn(names, old.name);
      placements.push({ sheet, name: old.name, orderNo: orderOf(old), kept, report: { sheetId: sheet.id, sheetName: old.name, status: 'updated' } });
      wb.removeWorksheet(old.id);
    } else {
      const name = freeName(sheet.sheetName, taken);
      taken.add(name);
      placements.push({
        sheet,
        name,
        kept: new Map(),
        report: { sheetId: sheet.id, sheetName: name, status: 'created', ...(name === sheet.sheetName ? {} : { preferredName: sheet.sheetName }) },
      });
    }
  }

  const nameOf = new Map(placements.map((p) => [p.sheet.id, p.name]));
  for (const [id, ws] of ours) if (!nameOf.has(id)) nameOf.set(id, ws.name);
  const usedNames = () => [...names.map((n) => n.name), ...wb.worksheets.flatMap((ws) => ws.getTables().map((t) => tableName(t)))];
  const reports: SheetReport[] = [];
  for (const p of placements) {
    const ws = wb.addWorksheet(p.name);
    if (p.orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = p.orderNo;
    const table = p.sheet.table ? freeWorkbookName(p.sheet.table.name, usedNames()) : undefined;
    await renderSheet(ws, p.sheet, { sheetNameOf: (id) => nameOf.get(id), kept: p.kept, ...(table ? { tableName: table } : {}) });
    for (const n of sheetNames(p.sheet)) names.push({ name: n.name, ranges: [absoluteRef(p.name, n.ref)] });
    names.push({ name: registryName(p.sheet.id, usedNames()), ranges: [registryRef(p.name)] });
    reports.push({ ...p.report, keptInputs: [...p.kept.keys()] });
  }
  wb.definedNames.model = names;
  wb.creator = book.generator;
  wb.lastModifiedBy = book.generator;
  wb.title = book.title;
  wb.calcProperties.fullCalcOnLoad = true;
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return ok({ buffer, sheets: reports });
}

/** ExcelJS keeps sheet order in an untyped field; a replaced sheet takes its predecessor's place. */
const orderOf = (ws: ExcelJS.Worksheet): number => (ws as unknown as { orderNo: number }).orderNo;

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

function typedValue(cell: ExcelJS.Cell): ExcelJS.CellValue | undefined {
  if (cell.type === ExcelJS.ValueType.Formula) return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  const v = cell.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' && v.trim() === '') return undefined;
  return v;
}

export type { Issue };
