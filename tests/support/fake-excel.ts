/* eslint-disable @typescript-eslint/no-this-alias -- the proxies close over their context, as Office.js objects do */
/**
 * A small fake of the Excel object model: only what the port uses, with Office.js's batching
 * semantics. Writes and loads are queued and carried out at `context.sync()`, in order; a failing
 * operation stops the batch there with earlier ones applied (as Excel does); loaded properties exist
 * only after the sync. Shape mismatches, taken names and unknown items throw as Excel would. The same
 * file runs in jest and, bundled, in the browser tests.
 */
import { cellRef, parseRange } from '../../src/core/sheet/a1';

export interface FakeCell {
  /** What was written: a formula with its `=`, or a constant (text keeps its quote prefix). */
  input: string | number | boolean;
  numberFormat: string;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** Header and body. */
  range: string;
  showTotals: boolean;
  style: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly names = new Map<string, string>();
  readonly formats: { range: string; prop: string; value: unknown }[] = [];
  readonly merges: string[] = [];
  readonly hidden: string[] = [];
  frozenRows = 0;
  /** Page layout as set: orientation, print area, print title rows. */
  readonly pageLayout: Record<string, string> = {};
  /** Data validation as set, by range: `rule`, `prompt`, `errorAlert`. */
  readonly validations: { range: string; prop: string; value: unknown }[] = [];
  protected = false;
  deleted = false;
  /** As `Worksheet.visibility`: a VeryHidden sheet is listed and its name taken, but it cannot be activated. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  constructor(
    public name: string,
    public position: number,
  ) {}

  /**
   * The value a cell shows: text without its quote prefix; the sums the writer uses (SUM, SUBTOTAL
   * 109 over a range, and a difference of two cells) calculated as Excel would; other formulas as
   * written.
   */
  value(ref: string): string | number | boolean | null {
    const c = this.cells.get(ref);
    if (!c || c.input === '') return null;
    if (typeof c.input !== 'string') return c.input;
    if (c.input.startsWith("'")) return c.input.slice(1);
    const sum = /^=(?:SUM|SUBTOTAL\(109,)\(?([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(c.input);
    if (sum) {
      const b = parseRange(sum[1] as string);
      let total = 0;
      for (let r = b.top; r <= b.bottom; r++)
        for (let col = b.left; col <= b.right; col++) {
          const v = this.value(cellRef(col, r));
          if (typeof v === 'number') total += v;
        }
      return total;
    }
    const diff = /^=([A-Z]+\d+)-([A-Z]+\d+)$/.exec(c.input);
    if (diff) return Number(this.value(diff[1] as string)) - Number(this.value(diff[2] as string));
    return c.input;
  }

  /** The smallest box holding every non-empty cell, as `getUsedRange(true)`; undefined on an empty sheet. */
  usedBox(): { top: number; left: number; bottom: number; right: number } | undefined {
    let box: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [ref, c] of this.cells) {
      if (c.input === '') continue;
      const p = parseRange(ref);
      box = box
        ? { top: Math.min(box.top, p.top), left: Math.min(box.left, p.left), bottom: Math.max(box.bottom, p.top), right: Math.max(box.right, p.left) }
        : p;
    }
    return box;
  }
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** A1 ranges, including the unbounded ones Excel has: "A:C" (whole columns) and "3:5" (whole rows). */
export function fakeBox(address: string): { top: number; left: number; bottom: number; right: number; unbounded: boolean } {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '');
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(bare);
  if (cols) {
    const a = parseRange(`${cols[1]}1:${cols[2]}1`);
    return { ...a, top: 1, bottom: MAX_ROW, unbounded: true };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COL, unbounded: true };
  return { ...parseRange(bare), unbounded: false };
}

export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
  ref: string;
  comment: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Op = { readonly name: string; readonly apply: () => void };

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  settings = new Map<string, unknown>();
  selection: { sheet: string; address: string } = { sheet: 'Blad1', address: 'A1' };
  active: FakeSheet | undefined;
  syncs = 0;
  runs = 0;
  calculationSuspensions = 0;
  /** Every operation carried out, by name, in order. */
  readonly log: string[] = [];
  /** Make an operation fail, as Excel would on a locked sheet or a full disk. */
  failWhen: ((op: string) => boolean) | undefined;
  /** The code a `failWhen` failure carries. */
  failCode = 'GeneralException';
  /**
   * Workbook structure protected (Review › Protect Workbook): sheets cannot be added, deleted,
   * renamed or moved. The code Excel gives is not documented; the fake uses AccessDenied.
   */
  structureProtected = false;

  constructor(sheetNames: readonly string[] = ['Blad1']) {
    sheetNames.forEach((n) => this.addSheet(n));
    this.active = this.sheets[0];
  }

  addSheet(name: string): FakeSheet {
    if (this.structureProtected) throw new FakeExcelError('AccessDenied', 'the workbook structure is protected');
    if (this.sheet(name)) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${name} exists`);
    const s = new FakeSheet(name, this.sheets.length);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  run = async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
    this.runs++;
    return batch(new FakeContext(this));
  };
}

const need = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new FakeExcelError('ItemNotFound', `${what} not found`);
  return v;
};

/** Shape of a range, for the 2-D assignments. */
function dims(address: string): { rows: number; cols: number; top: number; left: number } {
  const b = parseRange(address);
  return { rows: b.bottom - b.top + 1, cols: b.right - b.left + 1, top: b.top, left: b.left };
}

export class FakeContext {
  private queue: Op[] = [];
  readonly workbook: ReturnType<FakeContext['makeWorkbook']>;

  constructor(readonly model: FakeWorkbook) {
    this.workbook = this.makeWorkbook();
  }

  enqueue(name: string, apply: () => void): void {
    this.queue.push({ name, apply });
  }

  async sync(): Promise<void> {
    const m = this.model;
    m.syncs++;
    const ops = this.queue;
    this.queue = [];
    for (const op of ops) {
      if (m.failWhen?.(op.name)) throw new FakeExcelError(m.failCode, `fake failure at ${op.name}`);
      op.apply();
      m.log.push(op.name);
    }
  }

  private makeWorkbook() {
    const ctx = this;
    const m = this.model;
    return {
      application: { suspendApiCalculationUntilNextSync: () => ctx.enqueue('suspendCalculation', () => m.calculationSuspensions++) },
      worksheets: this.sheetCollection(),
      tables: {
        items: undefined as unknown as { name: string; worksheet: { name: string } }[],
        load(_: string) {
          ctx.enqueue('tables.load', () => (this.items = m.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet.name } }))));
        },
        getItem: (name: string) => ctx.tableProxy(() => need(m.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()), `table ${name}`)),
      },
      names: this.nameCollection(),
      settings: {
        add: (key: string, value: unknown) => ctx.enqueue('settings.add', () => m.settings.set(key, JSON.parse(JSON.stringify(value)))),
        getItemOrNullObject: (key: string) => {
          const item = { isNullObject: undefined as unknown as boolean, value: undefined as unknown, load: (_: string): void => undefined, delete: (): void => undefined };
          item.load = () => ctx.enqueue('setting.load', () => Object.assign(item, { isNullObject: !m.settings.has(key), value: m.settings.get(key) ?? null }));
          // On a null object, delete does nothing (as Office.js's *OrNullObject methods).
          item.delete = () => ctx.enqueue('setting.delete', () => m.settings.delete(key));
          return item;
        },
      },
      getSelectedRange: () =>
        ctx.rangeProxy(() => {
          // Several areas (Ctrl+click): Excel refuses with InvalidSelection.
          if (m.selection.address.includes(',')) throw new FakeExcelError('InvalidSelection', 'the selection has several areas');
          return { sheet: need(m.sheet(m.selection.sheet), 'sheet'), address: m.selection.address };
        }),
    };
  }

  private sheetCollection() {
    const ctx = this;
    const m = this.model;
    return {
      items: undefined as unknown as ReturnType<FakeContext['sheetProxy']>[],
      load(_: string) {
        ctx.enqueue('worksheets.load', () => {
          this.items = m.sheets.map((s) => {
            const p = ctx.sheetProxy(() => s);
            p.snapshot();
            return p;
          });
        });
      },
      add: (name: string) => {
        let made: FakeSheet | undefined;
        const p = ctx.sheetProxy(() => need(made, 'new sheet'));
        ctx.enqueue('worksheets.add', () => (made = m.addSheet(name)));
        return p;
      },
      getItem: (name: string) => ctx.sheetProxy(() => need(m.sheet(name), `sheet ${name}`)),
      getItemOrNullObject: (name: string) => {
        const p = ctx.sheetProxy(() => need(m.sheet(name), `sheet ${name}`));
        p.nullable = () => m.sheet(name) === undefined;
        return p;
      },
    };
  }

  sheetProxy(resolve: () => FakeSheet) {
    const ctx = this;
    const m = this.model;
    const state: { name?: string; position?: number; isNullObject?: boolean } = {};
    const proxy = {
      nullable: undefined as undefined | (() => boolean),
      snapshot() {
        const s = resolve();
        state.name = s.name;
        state.position = s.position;
      },
      get name(): string {
        return need(state.name, 'name (not loaded)');
      },
      set name(v: string) {
        ctx.enqueue('worksheet.name', () => {
          const s = resolve();
          if (m.structureProtected) throw new FakeExcelError('AccessDenied', 'the workbook structure is protected');
          if (m.sheet(v) && m.sheet(v) !== s) throw new FakeExcelError('ItemAlreadyExists', `A sheet named ${v} exists`);
          s.name = v;
        });
      },
      get position(): number {
        return need(state.position, 'position (not loaded)');
      },
      set position(v: number) {
        ctx.enqueue('worksheet.position', () => {
          const s = resolve();
          m.sheets.splice(m.sheets.indexOf(s), 1);
          m.sheets.splice(v, 0, s);
          m.sheets.forEach((x, i) => (x.position = i));
        });
      },
      get isNullObject(): boolean {
        return need(state.isNullObject, 'isNullObject (not loaded)');
      },
      load(_: string) {
        ctx.enqueue('worksheet.load', () => {
          state.isNullObject = proxy.nullable ? proxy.nullable() : false;
          if (!state.isNullObject) proxy.snapshot();
        });
      },
      getRange: (address: string) => ctx.rangeProxy(() => ({ sheet: resolve(), address })),
      getUsedRange: (_valuesOnly?: boolean) =>
        ctx.rangeProxy(() => {
          const s = resolve();
          const box = s.usedBox();
          return { sheet: s, address: box ? `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}` : 'A1' };
        }),
      /** As `Worksheet.getUsedRangeOrNullObject(true)`: the filled cells' box, a null object on a blank sheet; decided when loaded. */
      getUsedRangeOrNullObject: (_valuesOnly?: boolean) =>
        ctx.rangeProxy(() => {
          const s = resolve();
          const box = s.usedBox();
          return { sheet: s, address: box ? `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}` : '' };
        }),
      activate: () =>
        ctx.enqueue('worksheet.activate', () => {
          const s = resolve();
          if (s.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', `the sheet ${s.name} is hidden`);
          m.active = s;
        }),
      delete: () =>
        ctx.enqueue('worksheet.delete', () => {
          const s = resolve();
          if (m.structureProtected) throw new FakeExcelError('AccessDenied', 'the workbook structure is protected');
          s.deleted = true;
          m.sheets = m.sheets.filter((x) => x !== s);
          m.tables = m.tables.filter((t) => t.sheet !== s);
          m.sheets.forEach((x, i) => (x.position = i));
        }),
      tables: {
        add: (source: string | { resolveRange: () => { sheet: FakeSheet; address: string } }, _hasHeaders: boolean) => {
          let made: FakeTable | undefined;
          ctx.enqueue('tables.add', () => {
            // As Excel: a bare address without a sheet name is taken on the active sheet, not this one.
            const at =
              typeof source === 'string'
                ? source.includes('!')
                  ? { sheet: need(m.sheet(source.slice(0, source.lastIndexOf('!')).replace(/^'|'$/g, '')), 'sheet'), address: source.slice(source.lastIndexOf('!') + 1) }
                  : { sheet: need(m.active, 'active sheet'), address: source }
                : source.resolveRange();
            const { sheet, address } = at;
            const name = `Tabell${m.tables.length + 1}`;
            made = { name, sheet, range: address, showTotals: false, style: 'TableStyleMedium2' };
            m.tables.push(made);
          });
          return ctx.tableProxy(() => need(made, 'new table'));
        },
      },
      names: {
        add: (name: string, range: { resolveRange: () => { sheet: FakeSheet; address: string } }) =>
          ctx.enqueue('worksheet.names.add', () => {
            const { sheet, address } = range.resolveRange();
            if (sheet.names.has(name)) throw new FakeExcelError('ItemAlreadyExists', `name ${name} exists on the sheet`);
            sheet.names.set(name, address);
          }),
      },
      freezePanes: { freezeRows: (n: number) => ctx.enqueue('freezeRows', () => (resolve().frozenRows = n)) },
      pageLayout: {
        set orientation(v: string) {
          ctx.enqueue('pageLayout.orientation', () => (resolve().pageLayout.orientation = v));
        },
        setPrintArea: (area: string) => ctx.enqueue('pageLayout.printArea', () => (resolve().pageLayout.printArea = area)),
        setPrintTitleRows: (rows: string) => ctx.enqueue('pageLayout.printTitleRows', () => (resolve().pageLayout.printTitleRows = rows)),
      },
      protection: { protect: (_options?: unknown) => ctx.enqueue('protect', () => (resolve().protected = true)) },
    };
    return proxy;
  }

  tableProxy(resolve: () => FakeTable) {
    const ctx = this;
    const m = this.model;
    const state: { showTotals?: boolean } = {};
    const rangeOf = (withTotals: boolean) => () => {
      const t = resolve();
      const b = parseRange(t.range);
      const bottom = b.bottom + (withTotals && t.showTotals ? 1 : 0);
      return { sheet: t.sheet, address: `${cellRef(b.left, b.top)}:${cellRef(b.right, bottom)}` };
    };
    return {
      set name(v: string) {
        ctx.enqueue('table.name', () => {
          if (m.tables.some((t) => t.name.toLowerCase() === v.toLowerCase()) || m.names.some((n) => n.name.toLowerCase() === v.toLowerCase()))
            throw new FakeExcelError('InvalidArgument', `the name ${v} is taken`);
          resolve().name = v;
        });
      },
      set style(v: string) {
        ctx.enqueue('table.style', () => (resolve().style = v));
      },
      set showTotals(v: boolean) {
        ctx.enqueue('table.showTotals', () => (resolve().showTotals = v));
      },
      get showTotals(): boolean {
        return need(state.showTotals, 'showTotals (not loaded)');
      },
      load: (_: string) => ctx.enqueue('table.load', () => (state.showTotals = resolve().showTotals)),
      getRange: () => ctx.rangeProxy(rangeOf(true)),
      getTotalRowRange: () =>
        ctx.rangeProxy(() => {
          const t = resolve();
          if (!t.showTotals) throw new FakeExcelError('InvalidOperation', 'the table has no totals row');
          const b = parseRange(t.range);
          return { sheet: t.sheet, address: `${cellRef(b.left, b.bottom + 1)}:${cellRef(b.right, b.bottom + 1)}` };
        }),
    };
  }

  private nameCollection() {
    const ctx = this;
    const m = this.model;
    const formulaOf = (n: FakeName) => (n.sheet && !n.sheet.deleted ? `='${n.sheet.name.replace(/'/g, "''")}'!${absolute(n.ref)}` : '=#REF!');
    // Names are case-insensitive in Excel: "BK_X" finds "bk_x".
    const same = (n: FakeName, name: string) => n.name.toLowerCase() === name.toLowerCase();
    const item = (name: string) => ({
      isNullObject: undefined as unknown as boolean,
      load(_: string) {
        ctx.enqueue('name.load', () => (this.isNullObject = !m.names.some((n) => same(n, name))));
      },
      delete: () =>
        ctx.enqueue('name.delete', () => {
          need(
            m.names.find((n) => same(n, name)),
            `name ${name}`,
          );
          m.names = m.names.filter((n) => !same(n, name));
        }),
    });
    return {
      items: undefined as unknown as { name: string; formula: string; comment: string }[],
      load(_: string) {
        ctx.enqueue('names.load', () => (this.items = m.names.map((n) => ({ name: n.name, formula: formulaOf(n), comment: n.comment }))));
      },
      add: (name: string, range: { resolveRange: () => { sheet: FakeSheet; address: string } }, comment = '') =>
        ctx.enqueue('names.add', () => {
          if (m.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) || m.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()))
            throw new FakeExcelError('ItemAlreadyExists', `the name ${name} is taken`);
          const { sheet, address } = range.resolveRange();
          m.names.push({ name, sheet, ref: address, comment });
        }),
      getItem: item,
      getItemOrNullObject: item,
    };
  }

  rangeProxy(resolve: () => { sheet: FakeSheet; address: string }) {
    const ctx = this;
    const m = this.model;
    const state: { address?: string; values?: unknown[][] | null; formulas?: unknown[][]; numberFormat?: unknown[][]; isNullObject?: boolean } = {};
    const grid = (what: string, v: unknown[][], set: (cell: FakeCell, x: unknown) => void) =>
      ctx.enqueue(`range.${what}`, () => {
        const { sheet, address } = resolve();
        if (fakeBox(address).unbounded) throw new FakeExcelError('InvalidArgument', `${what}: ${address} is unbounded`);
        const d = dims(address);
        if (v.length !== d.rows || v.some((row) => row.length !== d.cols))
          throw new FakeExcelError('InvalidArgument', `${what}: ${v.length}×${v[0]?.length} values for ${address} (${d.rows}×${d.cols})`);
        v.forEach((row, r) =>
          row.forEach((x, c) => {
            const ref = cellRef(d.left + c, d.top + r);
            const cell = sheet.cells.get(ref) ?? { input: '', numberFormat: 'General' };
            set(cell, x);
            sheet.cells.set(ref, cell);
          }),
        );
      });
    const recorder = (path: string): unknown =>
      new Proxy(
        {},
        {
          get: (_t, key: string) => (key === 'getItem' ? (edge: string) => recorder(`${path}.${edge}`) : recorder(`${path}.${key}`)),
          set: (_t, key: string, value) => {
            ctx.enqueue('range.format', () => {
              const { sheet, address } = resolve();
              sheet.formats.push({ range: address, prop: `${path}.${key}`.replace(/^format\./, ''), value });
            });
            return true;
          },
        },
      );
    const proxy = {
      resolveRange: resolve,
      get isNullObject(): boolean {
        return need(state.isNullObject, 'isNullObject (not loaded)');
      },
      get worksheet() {
        return ctx.sheetProxy(() => resolve().sheet);
      },
      /** The overlap of two ranges, or a null object when they do not meet (or the other is empty). */
      getIntersectionOrNullObject: (other: { resolveRange: () => { sheet: FakeSheet; address: string } }) =>
        ctx.rangeProxy(() => {
          const a = resolve();
          const b = other.resolveRange();
          const p = fakeBox(a.address);
          const q = fakeBox(b.address);
          const box = { top: Math.max(p.top, q.top), left: Math.max(p.left, q.left), bottom: Math.min(p.bottom, q.bottom), right: Math.min(p.right, q.right) };
          const empty = a.sheet !== b.sheet || box.top > box.bottom || box.left > box.right || (b.address === 'A1' && !b.sheet.usedBox());
          return { sheet: a.sheet, address: empty ? '' : `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}` };
        }),
      set values(v: unknown[][]) {
        grid('values', v, (cell, x) => (cell.input = x as FakeCell['input']));
      },
      get values(): unknown[][] {
        return need(state.values, 'values (not loaded)') as unknown[][];
      },
      get formulas(): unknown[][] {
        return need(state.formulas, 'formulas (not loaded)');
      },
      get numberFormat(): unknown[][] {
        return need(state.numberFormat, 'numberFormat (not loaded)');
      },
      /**
       * The range's filled cells' bounding box, or a null object. A whole-column address ("A:B")
       * reaches down to the sheet's last filled row. Decided when loaded, from the cells as they are.
       */
      getUsedRangeOrNullObject: (_valuesOnly?: boolean) =>
        // Resolved when loaded, from the cells as they are then; an empty address is the null object.
        ctx.rangeProxy(() => {
          const { sheet, address } = resolve();
          return { sheet, address: usedBox(sheet, address) ?? '' };
        }),
      set formulas(v: unknown[][]) {
        grid('formulas', v, (cell, x) => (cell.input = x as FakeCell['input']));
      },
      set numberFormat(v: unknown[][]) {
        grid('numberFormat', v, (cell, x) => (cell.numberFormat = String(x)));
      },
      get address(): string {
        return need(state.address, 'address (not loaded)');
      },
      set columnHidden(v: boolean) {
        ctx.enqueue('range.columnHidden', () => v && resolve().sheet.hidden.push(resolve().address));
      },
      format: recorder('format'),
      dataValidation: new Proxy(
        {},
        {
          set: (_t, prop: string, value) => {
            ctx.enqueue('range.dataValidation', () => {
              checkDataValidation(prop, value);
              resolve().sheet.validations.push({ range: resolve().address, prop, value });
            });
            return true;
          },
        },
      ),
      merge: (_across: boolean) => ctx.enqueue('range.merge', () => resolve().sheet.merges.push(resolve().address)),
      select: () => ctx.enqueue('range.select', () => (m.selection = { sheet: resolve().sheet.name, address: resolve().address })),
      load: (_: string) => ctx.enqueue('range.load', fill),
    };
    function fill(): void {
      const { sheet, address } = resolve();
      state.isNullObject = address === '';
      if (state.isNullObject) return;
      state.address = `'${sheet.name.replace(/'/g, "''")}'!${address}`;
      // An unbounded range (whole columns or rows) gives null for its cell-level properties.
      if (fakeBox(address).unbounded) {
        state.values = null;
        return;
      }
      const d = dims(address);
      state.values = Array.from({ length: d.rows }, (_r, r) => Array.from({ length: d.cols }, (_c, c) => sheet.value(cellRef(d.left + c, d.top + r)) ?? ''));
      const at = (r: number, c: number) => sheet.cells.get(cellRef(d.left + c, d.top + r));
      state.formulas = Array.from({ length: d.rows }, (_r, r) => Array.from({ length: d.cols }, (_c, c) => at(r, c)?.input ?? ''));
      state.numberFormat = Array.from({ length: d.rows }, (_r, r) => Array.from({ length: d.cols }, (_c, c) => at(r, c)?.numberFormat ?? 'General'));
    }
    return Object.assign(proxy, { fill });
  }
}

/** The bounding box of a range's filled cells ("A:B" is whole columns), or undefined when none is filled. */
function usedBox(sheet: FakeSheet, address: string): string | undefined {
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  const b = columns ? { ...parseRange(`${columns[1]}1:${columns[2]}1`), bottom: Number.MAX_SAFE_INTEGER } : parseRange(address);
  let box: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const ref of sheet.cells.keys()) {
    const p = parseRange(ref);
    if (p.top < b.top || p.top > b.bottom || p.left < b.left || p.left > b.right || sheet.value(ref) === null) continue;
    box = box
      ? { top: Math.min(box.top, p.top), left: Math.min(box.left, p.left), bottom: Math.max(box.bottom, p.top), right: Math.max(box.right, p.left) }
      : { top: p.top, left: p.left, bottom: p.top, right: p.left };
  }
  return box ? `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}` : undefined;
}

const RULE_KINDS = ['custom', 'date', 'decimal', 'list', 'textLength', 'time', 'wholeNumber'];
const OPERATORS = ['Between', 'NotBetween', 'EqualTo', 'NotEqualTo', 'GreaterThan', 'LessThan', 'GreaterThanOrEqualTo', 'LessThanOrEqualTo'];
/** Excel keeps at most 255 characters of a list typed into the validation dialog or set as a string. */
const MAX_LIST_SOURCE = 255;

/**
 * What Office.js documents for `Range.dataValidation` ("Add data validation to Excel ranges",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation): the settable
 * properties are `rule`, `errorAlert`, `prompt` and `ignoreBlanks`; a `DataValidationRule` holds one
 * kind of criteria at a time (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationrule);
 * a list's `source` is a Range or a comma-separated string
 * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation), which Excel keeps to
 * 255 characters; a basic or date rule needs `formula1` and an operator of `DataValidationOperator`
 * (two formulas for Between and NotBetween); an alert's style is Stop, Warning or Information
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidationalertstyle). Anything else
 * fails the sync with InvalidArgument, as Excel does.
 */
function checkDataValidation(prop: string, value: unknown): void {
  const bad = (why: string) => {
    throw new FakeExcelError('InvalidArgument', `dataValidation.${prop}: ${why}`);
  };
  const v = value as Record<string, unknown>;
  switch (prop) {
    case 'rule': {
      const kinds = Object.keys(v ?? {});
      if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0] as string)) bad(`one of ${RULE_KINDS.join(', ')} at a time, not ${kinds.join(', ')}`);
      const kind = kinds[0] as string;
      const c = v[kind] as Record<string, unknown>;
      if (kind === 'list') {
        const source = c.source;
        if (typeof source === 'string') {
          if (source.length === 0 || source.length > MAX_LIST_SOURCE) bad(`a list source of ${source.length} characters (Excel keeps 1–${MAX_LIST_SOURCE})`);
        } else if (!(source && typeof source === 'object' && 'resolveRange' in source)) bad('a list source is a comma-separated string or a Range');
        if (c.inCellDropDown !== undefined && typeof c.inCellDropDown !== 'boolean') bad('inCellDropDown is a boolean');
      } else if (kind !== 'custom') {
        if (!OPERATORS.includes(String(c.operator))) bad(`operator ${String(c.operator)}`);
        if (c.formula1 === undefined) bad('formula1 is required');
        if ((c.operator === 'Between' || c.operator === 'NotBetween') && c.formula2 === undefined) bad('formula2 is required for Between');
      } else if (typeof c.formula !== 'string') bad('a custom rule has a formula');
      return;
    }
    case 'errorAlert':
      if (v.style !== undefined && !['Stop', 'Warning', 'Information'].includes(String(v.style))) bad(`style ${String(v.style)}`);
      return;
    case 'prompt':
      if (v.message !== undefined && typeof v.message !== 'string') bad('message is text');
      return;
    case 'ignoreBlanks':
      if (typeof value !== 'boolean') bad('a boolean');
      return;
    default:
      bad('not a settable property');
  }
}

const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');

/** The fake as the port's runner: `officePort(excelRunner(workbook))`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const excelRunner = (wb: FakeWorkbook) => wb.run as any;
