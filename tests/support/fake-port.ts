import { excelSerial } from '../../src/core/calendar';
import { ok, type Result } from '../../src/core/result';
import { AUDIT_CELL, MARKER_CELL, cellNumber, cellRef, markerValue, parseCell, parseRange, type CellValue, type Sheet } from '../../src/core/sheet';
import type { CellRead, DistributionTableRead, Inventory, NamedCellsRead, RangeRead, WorkbookPort, WriteOptions, WriteReport } from '../../src/excel/port';

export interface FakePortSheet {
  readonly name: string;
  readonly planId?: string;
  readonly plan?: Sheet;
}

/**
 * A workbook port in memory, for the task pane's workflows: it keeps the sheets written (by plan),
 * the settings, a selection and ranges to read, and the distribution tables `readDistributionTables`
 * returns. `failing` makes a method reject as a broken Excel call would. It honours the port's
 * promises that matter to the workflows: a taken name gets " (2)", `replace` swaps the earlier sheet.
 */
export class FakePort implements WorkbookPort {
  sheets: FakePortSheet[] = [{ name: 'Blad1' }];
  readonly settings = new Map<string, unknown>();
  selection: RangeRead = { sheet: 'Blad1', address: 'A1', values: [[null]] };
  readonly ranges = new Map<string, RangeRead>();
  tables: DistributionTableRead[] = [];
  /** What `readSelectedCells` returns; the selection itself when unset. */
  selectedCells: RangeRead | undefined;
  namedCells: NamedCellsRead[] = [];
  selected: { sheet: string; address: string } | undefined;
  readonly calls: string[] = [];
  readonly failing = new Set<keyof WorkbookPort>();
  /** What the user typed over a written sheet's cells, by "Sheet!A1" ("" empties a cell): `readUsedRange` gives these. */
  readonly typed = new Map<string, CellRead>();
  /** The OfficeExtension.Error code a failing method rejects with. */
  failCode = 'InvalidOperation';

  private enter(name: keyof WorkbookPort): void {
    this.calls.push(name);
    if (this.failing.has(name)) throw Object.assign(new Error(`${this.failCode}: the workbook is busy`), { name: 'RichApi.Error', code: this.failCode });
  }

  async writeSheet(plan: Sheet, options: WriteOptions = {}): Promise<Result<WriteReport>> {
    this.enter('writeSheet');
    const earlier = options.replace ? this.sheets.find((s) => s.planId === plan.id) : undefined;
    const taken = (n: string) => this.sheets.some((s) => s !== earlier && s.name === n);
    let name = plan.sheetName;
    for (let i = 2; taken(name); i++) name = `${plan.sheetName} (${i})`;
    const sheet: FakePortSheet = { name, planId: plan.id, plan };
    this.sheets = earlier ? this.sheets.map((s) => (s === earlier ? sheet : s)) : [...this.sheets, sheet];
    return ok({
      sheetName: name,
      address: 'A1:H26',
      ...(name !== plan.sheetName ? { preferredName: plan.sheetName } : {}),
      ...(earlier ? { replaced: earlier.name } : {}),
    });
  }

  async inventory(): Promise<Inventory> {
    this.enter('inventory');
    return { sheets: this.sheets.map((s) => (s.planId ? { name: s.name, planId: s.planId } : { name: s.name })), tables: [], names: [] };
  }

  async readSelection(): Promise<RangeRead> {
    this.enter('readSelection');
    return this.selection;
  }

  async readSelectedCells(): Promise<RangeRead> {
    this.enter('readSelectedCells');
    return this.selectedCells ?? this.selection;
  }

  async readNamedCells(): Promise<NamedCellsRead[]> {
    this.enter('readNamedCells');
    return this.namedCells;
  }

  async readRange(sheet: string, address: string): Promise<RangeRead> {
    this.enter('readRange');
    const given = this.ranges.get(`${sheet}!${address}`);
    if (given) return given;
    // A sheet written through the port reads back as its cells hold it: text as text, numbers as numbers.
    const plan = this.sheets.find((s) => s.name === sheet)?.plan;
    return { sheet, address, values: plan ? planValues(plan, address) : [] };
  }

  /** A written sheet's cells as Excel gives them (a date as its serial, a formula's result unknown: empty), with what was typed over them. */
  async readUsedRange(sheet: string): Promise<RangeRead> {
    this.enter('readUsedRange');
    const found = this.sheets.find((s) => s.name === sheet);
    if (!found) throw Object.assign(new Error(`ItemNotFound: the sheet ${sheet} does not exist`), { name: 'RichApi.Error', code: 'ItemNotFound' });
    const cells = new Map<string, CellRead>();
    if (found.plan) {
      cells.set(MARKER_CELL, markerValue(found.plan.id));
      if (found.plan.audit) cells.set(AUDIT_CELL, found.plan.audit);
      for (const c of found.plan.cells) cells.set(c.ref, excelValue(c.value));
    }
    for (const [ref, v] of this.typed) if (ref.startsWith(`${sheet}!`)) cells.set(ref.slice(sheet.length + 1), v);
    const filled = [...cells].filter(([, v]) => v !== null && v !== '').map(([ref]) => parseCell(ref));
    if (filled.length === 0) return { sheet, address: 'A1', values: [] };
    const top = Math.min(...filled.map((p) => p.row));
    const left = Math.min(...filled.map((p) => p.col));
    const bottom = Math.max(...filled.map((p) => p.row));
    const right = Math.max(...filled.map((p) => p.col));
    const values = Array.from({ length: bottom - top + 1 }, (_r, r) => Array.from({ length: right - left + 1 }, (_c, c) => cells.get(cellRef(left + c, top + r)) ?? ''));
    return { sheet, address: `${cellRef(left, top)}:${cellRef(right, bottom)}`, values };
  }

  async readDistributionTables(): Promise<DistributionTableRead[]> {
    this.enter('readDistributionTables');
    return this.tables;
  }

  async select(sheet: string, address: string): Promise<void> {
    this.enter('select');
    this.selected = { sheet, address };
  }

  async readSettings(keys: readonly string[]): Promise<Record<string, unknown>> {
    this.enter('readSettings');
    return Object.fromEntries(keys.filter((k) => this.settings.has(k)).map((k) => [k, this.settings.get(k)]));
  }

  async writeSettings(entries: Readonly<Record<string, unknown>>): Promise<void> {
    this.enter('writeSettings');
    for (const [k, v] of Object.entries(entries)) if (v === null) this.settings.delete(k);
    else this.settings.set(k, v);
  }
}

/** The values of a sheet plan's cells within an address, as Excel would give them. */
export function planValues(plan: Sheet, address: string): (string | number | null)[][] {
  const box = parseRange(address);
  const grid: (string | number | null)[][] = Array.from({ length: box.bottom - box.top + 1 }, () => Array.from({ length: box.right - box.left + 1 }, () => null));
  for (const c of plan.cells) {
    const { col, row } = parseCell(c.ref);
    if (row < box.top || row > box.bottom || col < box.left || col > box.right) continue;
    const v = c.value;
    grid[row - box.top]![col - box.left] = v.t === 'text' || v.t === 'date' ? v.v : v.t === 'number' || v.t === 'amount' || v.t === 'approx' ? Number(v.v) : null;
  }
  return grid;
}

/** A cell of a plan as `Range.values` gives it once written: a date as its serial number; a formula's result is not known here. */
function excelValue(v: CellValue): CellRead {
  if (v.t === 'text') return v.v;
  if (v.t === 'date') return excelSerial(v.v);
  if (v.t === 'number' || v.t === 'amount' || v.t === 'approx') return cellNumber(v);
  return null;
}
