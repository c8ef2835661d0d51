import { fail, makeIssue, ok, type Result } from '../core/result';
import {
  AUDIT_CELL,
  MARKER_CELL,
  NotExactError,
  blockAddress,
  cellRef,
  charsToPoints,
  columnLetters,
  definedNames,
  estimateBytes,
  freeName,
  freeWorkbookName,
  markerValue,
  parseRange,
  readRegistry,
  registryName,
  splitAddress,
  splitBlock,
  sheetRanges,
  type Block,
  type Sheet,
} from '../core/sheet';
// The one file, not the templates' index: the forms and overview stay in their lazy chunks.
// eslint-disable-next-line no-restricted-imports -- one file of the module, so the shipped bundle does not take its index along
import { distributionColumn, type DistributionColumn } from '../core/templates/distribution';
import { cellInput } from './cells';
import { excelFailure } from './errors';
import { EXCEL_MESSAGES as M } from './messages';
import type { CellRead, DistributionTableRead, Inventory, NamedCellsRead, RangeRead, WorkbookPort, WriteOptions, WriteReport } from './port';
import { applyValidation } from './inputs';
import { applyStyle } from './styles';

/** `Excel.run` as the port uses it; tests pass a fake. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel on the web refuses a request over 5 MB ("Excel JavaScript API limits": 5 MB payload per
 * request, https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Blocks are cut into bands below that, and a write whose bands together pass it syncs after each band.
 */
export const MAX_REQUEST_BYTES = 4_000_000;

export interface PortOptions {
  /** The request size the writer stays under (tests lower it). */
  readonly maxRequestBytes?: number;
}

interface Prepared {
  readonly block: Block;
  readonly inputs: (string | number)[][];
  readonly formats: string[][];
}

/** The Office.js implementation of the port: one `Excel.run` per method. */
export function officePort(run: ExcelRunner = (batch) => Excel.run(batch), portOptions: PortOptions = {}): WorkbookPort {
  const maxBytes = portOptions.maxRequestBytes ?? MAX_REQUEST_BYTES;
  return {
    writeSheet: (sheet, options) => writeSheet(run, sheet, options ?? {}, maxBytes),
    inventory: () =>
      run(async (ctx) => {
        const { sheets, tables, names } = loadInventory(ctx);
        await ctx.sync();
        return inventoryOf(sheets, tables, names);
      }),
    readSelection: () =>
      run((ctx) => {
        const selected = ctx.workbook.getSelectedRange();
        return readUsed(ctx, selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true)), selected);
      }),
    // The selection's own filled cells ("Range.getUsedRangeOrNullObject", ExcelApi 1.4): a whole
    // column comes back as its filled rows, nothing of the sheet outside the selection widens it.
    readSelectedCells: () =>
      run((ctx) => {
        const selected = ctx.workbook.getSelectedRange();
        return readUsed(ctx, selected.getUsedRangeOrNullObject(true), selected);
      }),
    // "Worksheet.getUsedRangeOrNullObject(valuesOnly)" (ExcelApi 1.4,
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)):
    // with valuesOnly, only cells holding a value count, so the yellow input cells below the last row
    // do not widen it; a blank sheet is the null object.
    readUsedRange: (sheet) => run((ctx) => readUsed(ctx, ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true), sheet)),
    readNamedCells: () => readNamedCells(run),
    readRange: (sheet, address) => run((ctx) => readRange(ctx, ctx.workbook.worksheets.getItem(sheet).getRange(address))),
    readDistributionTables: () => readDistributionTables(run),
    select: (sheet, address) =>
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await ctx.sync();
      }),
    readSettings: (keys) =>
      run(async (ctx) => {
        const items = keys.map((k) => {
          const item = ctx.workbook.settings.getItemOrNullObject(k);
          item.load('value');
          return [k, item] as const;
        });
        await ctx.sync();
        const out: Record<string, unknown> = {};
        for (const [k, item] of items) if (!item.isNullObject) out[k] = item.value;
        return out;
      }),
    writeSettings: (entries) =>
      run(async (ctx) => {
        // A removed setting is deleted, not stored as null: `Setting.delete()` (ExcelApi 1.4,
        // https://learn.microsoft.com/javascript/api/excel/excel.setting#excel-excel-setting-delete-member(1)).
        for (const [k, v] of Object.entries(entries))
          if (v === null) ctx.workbook.settings.getItemOrNullObject(k).delete();
          else ctx.workbook.settings.add(k, v as never);
        await ctx.sync();
      }),
  };
}

/**
 * The used part of a range, in one sync, for the three reads of filled cells (the selection within
 * the sheet's used range, the selection's own filled cells, a sheet's used range). `used` is a range
 * or a null object; `around` is the range it was taken from (its address stands when nothing is
 * filled) or, for a whole sheet, the sheet's name.
 *
 * A whole column or row is an unbounded range, whose cell-level properties come back `null` ("Read
 * or write to an unbounded range", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded),
 * so a selection is narrowed to used cells before its values are loaded. A selection of several
 * areas makes `getSelectedRange` fail with `InvalidSelection` ("Get the selected range",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-get); that error goes to
 * the pane, which asks for one range. Values come as `Range.values` gives them
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
 * numbers, text, booleans, an error as its text, an empty cell as "", a date as its serial number.
 */
async function readUsed(ctx: Excel.RequestContext, used: Excel.Range, around: Excel.Range | string): Promise<RangeRead> {
  if (typeof around !== 'string') around.load('address');
  used.load('address,values');
  await ctx.sync();
  const [sheet, address] = typeof around === 'string' ? [around, 'A1'] : splitAddress(around.address);
  if (used.isNullObject) return { sheet, address, values: [] };
  const [, usedAddress] = splitAddress(used.address);
  return { sheet, address: usedAddress, values: used.values as CellRead[][] };
}

/** The marker and the single-cell names of every sheet, in three syncs whatever the workbook's size. */
async function readNamedCells(run: ExcelRunner): Promise<NamedCellsRead[]> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    await ctx.sync();
    const bySheet = new Map<string, { name: string; address: string }[]>();
    for (const n of names.items) {
      const [sheet, address] = splitAddress(n.formula);
      if (!sheet || !/^[A-Z]+\d+$/.test(address)) continue;
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { name: n.name, address }]);
    }
    const reads = sheets.items.map((ws) => {
      const marker = ws.getRange(MARKER_CELL);
      marker.load('values');
      const cells = (bySheet.get(ws.name) ?? []).map((n) => {
        const r = ws.getRange(n.address);
        r.load('values,numberFormat,formulas');
        return { ...n, r };
      });
      return { sheet: ws.name, marker, cells };
    });
    await ctx.sync();
    return reads.map(({ sheet, marker, cells }) => ({
      sheet,
      marker: (marker.values[0]?.[0] ?? null) as CellRead,
      cells: cells.map(({ name, address, r }) => {
        const formula = r.formulas[0]?.[0];
        return {
          name,
          address,
          value: (r.values[0]?.[0] ?? null) as CellRead,
          numberFormat: String(r.numberFormat[0]?.[0] ?? 'General'),
          ...(typeof formula === 'string' && formula.startsWith('=') ? { formula } : {}),
        };
      }),
    }));
  });
}

async function readRange(ctx: Excel.RequestContext, range: Excel.Range): Promise<RangeRead> {
  range.load('address,values');
  await ctx.sync();
  const [sheet, address] = splitAddress(range.address);
  return { sheet, address, values: range.values as CellRead[][] };
}

function loadInventory(ctx: Excel.RequestContext) {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/position');
  const tables = ctx.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const names = ctx.workbook.names;
  names.load('items/name,items/formula');
  return { sheets, tables, names };
}

function inventoryOf(sheets: Excel.WorksheetCollection, tables: Excel.TableCollection, names: Excel.NamedItemCollection): Inventory {
  const planOf = new Map(readRegistry(names.items).map((e) => [e.sheet, e.id]));
  return {
    sheets: sheets.items.map((s) => {
      const planId = planOf.get(s.name);
      return planId ? { name: s.name, planId } : { name: s.name };
    }),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
  };
}

interface Attempt {
  readonly tempName: string;
  readonly finalName: string;
  readonly replaced?: string;
  readonly registryName: string;
  /** The workbook names the write adds that the workbook did not have before (a replaced sheet's own are reused). */
  readonly names: readonly string[];
}

/**
 * Two round trips up to the request limit: one to learn the names in use, one that writes everything
 * with calculation suspended; a larger write adds one per band. A new sheet's marker is its first
 * write, so a failed write can be told from a user's sheet and removed.
 */
async function writeSheet(run: ExcelRunner, sheet: Sheet, options: WriteOptions, maxBytes: number): Promise<Result<WriteReport>> {
  let prepared: Prepared[];
  const ranges = sheetRanges(sheet);
  let totals: (string | number)[] | undefined;
  try {
    prepared = ranges.blocks.flatMap((b) => splitBlock(b, maxBytes)).map(prepare);
    totals = ranges.totals?.cells.map(cellInput);
  } catch (e) {
    if (e instanceof NotExactError) return fail(makeIssue(M, 'NOT_EXACT', { value: e.value }));
    throw e;
  }
  const marker = markerValue(sheet.id);
  let attempt: Attempt | undefined;
  try {
    return await run(async (ctx) => {
      const { sheets, tables, names } = loadInventory(ctx);
      await ctx.sync();

      const sheetNames = sheets.items.map((s) => s.name);
      const old = options.replace ? readRegistry(names.items).find((e) => e.id === sheet.id && sheetNames.includes(e.sheet)) : undefined;
      const finalName = old ? old.sheet : freeName(sheet.sheetName, sheetNames);
      const tempName = old ? freeName(`${sheet.sheetName} (ny)`, sheetNames) : finalName;
      // The old sheet's own names and table go with it, so the new sheet may have them.
      const oldNames = old ? names.items.filter((n) => n.name.toLowerCase().startsWith('bk_') && splitAddress(n.formula)[0] === old.sheet).map((n) => n.name) : [];
      const taken = [...tables.items.filter((t) => t.worksheet.name !== old?.sheet).map((t) => t.name), ...names.items.map((n) => n.name).filter((n) => !oldNames.includes(n))];
      const tableName = sheet.table ? freeWorkbookName(sheet.table.name, taken) : undefined;
      if (tableName) taken.push(tableName);
      const cellNames = definedNames(sheet).map((n) => {
        const name = freeWorkbookName(n.name, taken);
        taken.push(name);
        return { name, ref: n.ref };
      });
      const registry = registryName(sheet.id, taken);
      const fresh = [registry, ...cellNames.map((n) => n.name)].filter((n) => !oldNames.includes(n));
      attempt = { tempName, finalName, registryName: registry, names: fresh, ...(old ? { replaced: old.sheet } : {}) };

      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const ws = sheets.add(tempName);
      ws.getRange(MARKER_CELL).values = [[marker]];
      if (sheet.audit) ws.getRange(AUDIT_CELL).formulas = [[cellInput({ t: 'text', v: sheet.audit })]];
      const markerColumn = MARKER_CELL.replace(/\d+$/, '');
      ws.getRange(`${markerColumn}:${markerColumn}`).columnHidden = true;

      let queued = 0;
      for (const p of prepared) {
        const size = estimateBytes(p.block);
        if (queued > 0 && queued + size > maxBytes) {
          // The marker went out with the first request, so a later failure is still recognised and cleaned up.
          await ctx.sync();
          ctx.workbook.application.suspendApiCalculationUntilNextSync();
          queued = 0;
        }
        queued += size;
        const range = ws.getRange(blockAddress(p.block));
        range.numberFormat = p.formats;
        range.formulas = p.inputs;
      }
      sheet.columns.forEach((w, i) => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = charsToPoints(w)));
      for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = height;
      for (const m of ranges.merges) ws.getRange(m).merge(false);
      for (const s of ranges.styles) applyStyle(ws.getRange(s.range), s.style);
      for (const v of ranges.validations) applyValidation(ws.getRange(v.range), v);
      ws.pageLayout.orientation = sheet.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      ws.pageLayout.setPrintArea(sheet.print.area);
      if (sheet.print.repeatRows) ws.pageLayout.setPrintTitleRows(sheet.print.repeatRows.replace(/(\d+)/g, '$$$1'));
      let table: Excel.Table | undefined;
      if (sheet.table && tableName) {
        const box = parseRange(sheet.table.range);
        const body = sheet.table.totalsRow ? { ...box, bottom: box.bottom - 1 } : box;
        // A bare address would go to the active sheet ("TableCollection.add": "If the address does not
        // contain a sheet name, the currently-active sheet is used",
        // https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
        table = ws.tables.add(ws.getRange(`${cellRef(body.left, body.top)}:${cellRef(body.right, body.bottom)}`), true);
        if (!old) table.name = tableName;
        table.style = 'TableStyleLight9';
        if (ranges.totals && totals) {
          table.showTotals = true;
          const row = table.getTotalRowRange();
          row.numberFormat = [[...ranges.totals.formats]];
          row.formulas = [totals];
        }
      }
      if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
      if (sheet.protect) {
        for (const ref of ranges.unlocked) ws.getRange(ref).format.protection.locked = false;
        ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      }
      if (old) {
        const position = sheets.items.find((s) => s.name === old.sheet)?.position;
        for (const n of oldNames) ctx.workbook.names.getItem(n).delete();
        sheets.getItem(old.sheet).delete();
        if (table && tableName) table.name = tableName;
        for (const n of cellNames) ctx.workbook.names.add(n.name, ws.getRange(n.ref));
        ctx.workbook.names.add(registry, ws.getRange(MARKER_CELL));
        ws.name = finalName;
        if (position !== undefined) ws.position = position;
      } else {
        for (const n of cellNames) ctx.workbook.names.add(n.name, ws.getRange(n.ref));
        ctx.workbook.names.add(registry, ws.getRange(MARKER_CELL));
      }
      if (options.activate !== false) ws.activate();
      await ctx.sync();

      return ok({
        sheetName: finalName,
        address: ranges.used,
        ...(tableName ? { tableName } : {}),
        ...(!old && finalName !== sheet.sheetName ? { preferredName: sheet.sheetName } : {}),
        ...(old ? { replaced: old.sheet } : {}),
      } satisfies WriteReport);
    });
  } catch (e) {
    // A workbook that stays unwritable refuses the clean-up too: then the user is told which sheet is left.
    const left = attempt ? await cleanUp(run, attempt, marker).catch(() => attempt?.tempName) : undefined;
    return fail(makeIssue(M, 'WRITE_FAILED', { reason: excelFailure(e), ...(left ? { left } : {}) }));
  }
}

/**
 * After a failed write: the new sheet, recognised by its marker, is removed, unless the sheet it
 * was to replace is already gone: then every write before the swap went through, and the new sheet
 * only needs its name.
 */
async function cleanUp(run: ExcelRunner, a: Attempt, marker: string): Promise<string | undefined> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const created = sheets.getItemOrNullObject(a.tempName);
    const replaced = a.replaced ? sheets.getItemOrNullObject(a.replaced) : undefined;
    const added = a.names.map((n) => ctx.workbook.names.getItemOrNullObject(n));
    const registry = ctx.workbook.names.getItemOrNullObject(a.registryName);
    registry.load('isNullObject');
    created.load('isNullObject');
    replaced?.load('isNullObject');
    for (const n of added) n.load('isNullObject');
    await ctx.sync();
    let ours = false;
    if (!created.isNullObject) {
      const cell = created.getRange(MARKER_CELL);
      cell.load('values');
      await ctx.sync();
      ours = cell.values[0]?.[0] === marker;
    }
    if (!ours) return undefined;
    if (replaced && replaced.isNullObject) {
      created.name = a.finalName;
      if (registry.isNullObject) ctx.workbook.names.add(a.registryName, created.getRange(MARKER_CELL));
      await ctx.sync();
      return undefined;
    }
    created.delete();
    for (const n of added) if (!n.isNullObject) n.delete();
    await ctx.sync();
    // Verified, not assumed: the sheet must be gone.
    const after = ctx.workbook.worksheets.getItemOrNullObject(a.tempName);
    after.load('isNullObject');
    await ctx.sync();
    return after.isNullObject ? undefined : a.tempName;
  });
}

function prepare(block: Block): Prepared {
  return { block, inputs: block.cells.map((row) => row.map(cellInput)), formats: block.formats.map((r) => [...r]) };
}

/**
 * The add-in's distribution tables as they stand now (the user may have edited them): one round
 * trip to find them through the registry, one to read them all. Columns are found by their
 * headings, so a table whose columns the user moved still reads right.
 */
async function readDistributionTables(run: ExcelRunner): Promise<DistributionTableRead[]> {
  return run(async (ctx) => {
    const { tables, names } = loadInventory(ctx);
    await ctx.sync();
    const entries = readRegistry(names.items).filter((e) => e.id.startsWith('distribution:'));
    const reads = entries.flatMap((e) =>
      tables.items
        .filter((t) => t.worksheet.name === e.sheet)
        .slice(0, 1)
        .map((t) => {
          const table = ctx.workbook.tables.getItem(t.name);
          table.load('showTotals');
          const range = table.getRange();
          range.load('values,address');
          return { e, name: t.name, table, range };
        }),
    );
    await ctx.sync();
    return reads.map(({ e, name, table, range }) => {
      const [sheet, address] = splitAddress(range.address);
      const box = parseRange(address);
      const values = range.values as CellRead[][];
      const header = values[0] ?? [];
      const col = new Map<DistributionColumn, number>();
      header.forEach((h, i) => {
        const key = distributionColumn(h);
        if (key && !col.has(key)) col.set(key, i);
      });
      const at = (row: readonly CellRead[] | undefined, key: DistributionColumn): CellRead => {
        const i = col.get(key);
        return i === undefined ? null : (row?.[i] ?? null);
      };
      const amountCol = box.left + (col.get('amount') ?? box.right - box.left);
      const body = values.slice(1, table.showTotals ? -1 : undefined);
      const totalRow = table.showTotals ? values[values.length - 1] : undefined;
      return {
        sheet: sheet || e.sheet,
        table: name,
        planId: e.id,
        rows: body.map((row, i) => ({
          code: at(row, 'code'),
          recipient: at(row, 'recipient'),
          amount: at(row, 'amount'),
          amountAddress: cellRef(amountCol, box.top + 1 + i),
        })),
        total: totalRow ? at(totalRow, 'amount') : null,
        totalAddress: cellRef(amountCol, box.bottom),
      };
    });
  });
}
