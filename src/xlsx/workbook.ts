import ExcelJS from 'exceljs';
import { fail, makeIssue, ok, type Issue, type Result } from '../core/result';
import { XLSX_MESSAGES as M } from './messages';
import { MAX_SHEET_NAME, type TemplateBook, type TemplateSheet } from '../core/templates';
import { checkPackage } from './preflight';
import { transplant } from './package/transplant';
import { MARKER_CELL, MARKER_PREFIX, renderSheet } from './render';

export interface SheetReport {
  readonly templateId: string;
  readonly sheetName: string;
  /** `created` a new sheet, or `updated` the sheet this template made before. */
  readonly status: 'created' | 'updated';
  /** Set when the preferred name belonged to a sheet we did not create. */
  readonly preferredName?: string;
  /** Input cells whose typed values were kept. */
  readonly keptInputs: readonly string[];
  /** Cells whose text held characters a workbook cannot store, replaced by U+FFFD. */
  readonly replacedCharacters: readonly { readonly ref: string; readonly chars: readonly string[] }[];
}

export interface BuildResult {
  readonly buffer: Buffer;
  readonly sheets: readonly SheetReport[];
}

interface Plan {
  readonly sheet: TemplateSheet;
  readonly name: string;
  readonly kept: Map<string, ExcelJS.CellValue>;
  readonly report: Omit<SheetReport, 'keptInputs' | 'replacedCharacters'>;
}

/**
 * Writes a book of templates into a workbook: a new one, or an existing one given as bytes. In an
 * existing workbook a template's earlier sheet (recognised by its marker, whatever it is called now)
 * is replaced in place with the user's input values kept; any other sheet is left exactly as it
 * was, and a template whose preferred name is taken by one of them gets a new name.
 */
export async function buildWorkbook(book: TemplateBook, existing?: { bytes: Buffer; file: string }): Promise<Result<BuildResult>> {
  // The user's workbook is only read through ExcelJS (to find our sheets and what was typed into
  // them); it is written back part by part (package/transplant.ts), so nothing ExcelJS does not
  // know is lost.
  const wb = new ExcelJS.Workbook();
  if (existing) {
    const problems = checkPackage(existing.bytes, existing.file);
    if (problems.length > 0) return fail(...problems);
    try {
      await wb.xlsx.load(existing.bytes as unknown as ArrayBuffer);
    } catch {
      return fail(makeIssue('NOT_XLSX', M.NOT_XLSX, { file: existing.file }));
    }
  }
  const ours = new Map<string, ExcelJS.Worksheet>();
  for (const ws of wb.worksheets) {
    const v = ws.getCell(MARKER_CELL).value;
    if (typeof v === 'string' && v.startsWith(MARKER_PREFIX) && !ours.has(v.slice(MARKER_PREFIX.length))) ours.set(v.slice(MARKER_PREFIX.length), ws);
  }

  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  const plans: Plan[] = [];
  const names = definedNames(wb);
  for (const sheet of book.sheets) {
    const old = ours.get(sheet.id);
    if (old) {
      const kept = keptInputs(old, sheet, names);
      plans.push({ sheet, name: old.name, kept, report: { templateId: sheet.id, sheetName: old.name, status: 'updated' } });
    } else {
      const name = freeName(sheet.sheetName, taken);
      taken.add(name.toLowerCase());
      plans.push({
        sheet,
        name,
        kept: new Map(),
        report: { templateId: sheet.id, sheetName: name, status: 'created', ...(name === sheet.sheetName ? {} : { preferredName: sheet.sheetName }) },
      });
    }
  }

  const nameOf = new Map(plans.map((p) => [p.sheet.id, p.name]));
  for (const [id, ws] of ours) if (!nameOf.has(id)) nameOf.set(id, ws.name);
  // Our sheets only, in a workbook of their own: what goes into the user's file.
  const own = new ExcelJS.Workbook();
  const ownNames: NameModel[] = [];
  const reports: SheetReport[] = [];
  for (const p of plans) {
    const ws = own.addWorksheet(p.name);
    const replacedCharacters: { ref: string; chars: readonly string[] }[] = [];
    const added = await renderSheet(ws, p.sheet, { sheetNameOf: (id) => nameOf.get(id), kept: p.kept, replacedCharacters: (ref, chars) => replacedCharacters.push({ ref, chars }) });
    for (const n of added) ownNames.push({ name: n.name, ranges: [`${quote(p.name)}!${absolute(n.ref)}`] });
    reports.push({ ...p.report, keptInputs: [...p.kept.keys()], replacedCharacters });
  }
  own.definedNames.model = ownNames;
  own.creator = book.generator;
  own.lastModifiedBy = book.generator;
  own.title = book.title;
  own.calcProperties.fullCalcOnLoad = true;
  const fresh = Buffer.from(await own.xlsx.writeBuffer());
  if (!existing) return ok({ buffer: fresh, sheets: reports });
  try {
    const placed = transplant(
      existing.bytes,
      fresh,
      plans.map((p) => ({ sheet: p.name, ...(p.report.status === 'updated' ? { replaces: p.name } : {}) })),
    );
    return ok({ buffer: placed.bytes, sheets: reports });
  } catch {
    // A package whose parts are intact but whose workbook, relationships or styles are not what
    // SpreadsheetML says: refused rather than guessed at.
    return fail(makeIssue('NOT_XLSX', M.NOT_XLSX, { file: existing.file }));
  }
}

type NameModel = { name: string; ranges: string[] };

function definedNames(wb: ExcelJS.Workbook): NameModel[] {
  return (wb.definedNames as unknown as { model: NameModel[] }).model;
}

function sheetOf(range: string): string {
  const bang = range.lastIndexOf('!');
  const s = bang < 0 ? '' : range.slice(0, bang);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** What the user typed into the old sheet's input cells, found through their names (or the template address). */
function keptInputs(old: ExcelJS.Worksheet, sheet: TemplateSheet, names: readonly NameModel[]): Map<string, ExcelJS.CellValue> {
  const byName = new Map(names.map((n) => [n.name, n.ranges]));
  const kept = new Map<string, ExcelJS.CellValue>();
  for (const c of sheet.cells) {
    if (!c.input) continue;
    const range = byName.get(`${sheet.namePrefix}_${c.input.key}`)?.[0];
    const ref = range && sheetOf(range) === old.name ? range.slice(range.lastIndexOf('!') + 1).replace(/\$/g, '').split(':')[0] : c.ref;
    const value = typedValue(old.getCell(ref as string));
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

function freeName(preferred: string, taken: ReadonlySet<string>): string {
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = preferred.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
const absolute = (ref: string) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

export type { Issue };
