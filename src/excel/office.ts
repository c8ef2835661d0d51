import { fail, makeIssue, ok, type Result } from '../core/result';
import {
  AUDIT_CELL,
  MARKER_CELL,
  cellRef,
  columnLetters,
  freeName,
  freeTableName,
  markerValue,
  parseRange,
  rangeRef,
  splitBlock,
  type PlanBlock,
  type SheetPlan,
} from '../core/sheetplan';
import { cellInput, NotExactError } from './cells';
import { EXCEL_MESSAGES as M } from './messages';
import type { CellRead, DistributionTableRead, Inventory, RangeRead, WorkbookPort, WriteOptions, WriteReport } from './port';
import { newRegistryName, readRegistry, registryComment, type NameItem, type RegistryEntry } from './registry';
import { OFFICE_STYLES, charsToPoints } from './styles';

/** `Excel.run` as the port uses it; tests pass a fake. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel on the web refuses requests over 5 MB; blocks are cut into bands well below that. */
export const MAX_REQUEST_BYTES = 4_000_000;

interface Prepared {
  readonly block: PlanBlock;
  readonly inputs: (string | number)[][];
  readonly formats: string[][];
}

/** The Office.js implementation of the port: one `Excel.run` per method. */
export function officePort(run: ExcelRunner = (batch) => Excel.run(batch)): WorkbookPort {
  return {
    writeSheet: (plan, options) => writeSheet(run, plan, options ?? {}),
    inventory: () =>
      run(async (ctx) => {
        const { sheets, tables, names } = loadInventory(ctx);
        await ctx.sync();
        return inventoryOf(sheets, tables, names);
      }),
    readSelection: () => run((ctx) => readRange(ctx, ctx.workbook.getSelectedRange())),
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
        for (const [k, v] of Object.entries(entries)) ctx.workbook.settings.add(k, v as never);
        await ctx.sync();
      }),
  };
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
  tables.load('items/name');
  const names = ctx.workbook.names;
  names.load('items/name,items/formula,items/comment');
  return { sheets, tables, names };
}

function inventoryOf(sheets: Excel.WorksheetCollection, tables: Excel.TableCollection, names: Excel.NamedItemCollection): Inventory {
  const registry = readRegistry(names.items as NameItem[]);
  const planOf = new Map(registry.map((e) => [e.sheet, e.planId]));
  return {
    sheets: sheets.items.map((s) => {
      const planId = planOf.get(s.name);
      return planId ? { name: s.name, planId } : { name: s.name };
    }),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
  };
}

/**
 * Two round trips whatever the size: one to learn the names in use, one that writes everything with
 * calculation suspended. A new sheet's marker is its first write, so a failed write can be told from
 * a user's sheet and removed.
 */
async function writeSheet(run: ExcelRunner, plan: SheetPlan, options: WriteOptions): Promise<Result<WriteReport>> {
  let prepared: Prepared[];
  try {
    prepared = plan.blocks.flatMap((b) => splitBlock(b, MAX_REQUEST_BYTES)).map(prepare);
  } catch (e) {
    if (e instanceof NotExactError) return fail(makeIssue(M, 'NOT_EXACT', { value: e.value }));
    throw e;
  }
  const marker = markerValue(plan.id);
  let attempt: { tempName: string; finalName: string; replaced?: string; registryName: string } | undefined;
  try {
    return await run(async (ctx) => {
      const { sheets, tables, names } = loadInventory(ctx);
      await ctx.sync();

      const sheetNames = sheets.items.map((s) => s.name);
      const registry = readRegistry(names.items as NameItem[]);
      const old: RegistryEntry | undefined = options.replace ? registry.find((e) => e.planId === plan.id && sheetNames.includes(e.sheet)) : undefined;
      const finalName = old ? old.sheet : freeName(plan.sheetName, sheetNames);
      const tempName = old ? freeName(`${plan.sheetName} (ny)`, sheetNames) : finalName;
      const taken = new Set([...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)].map((n) => n.toLowerCase()));
      const tableName = plan.table ? freeTableName(plan.table.name, taken) : undefined;
      const registryName = newRegistryName(taken);
      attempt = { tempName, finalName, registryName, ...(old ? { replaced: old.sheet } : {}) };

      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      const ws = sheets.add(tempName);
      ws.getRange(MARKER_CELL).values = [[marker]];
      if (plan.auditJson) ws.getRange(AUDIT_CELL).formulas = [[cellInput({ t: 'text', v: plan.auditJson })]];
      const markerColumn = MARKER_CELL.replace(/\d+$/, '');
      ws.getRange(`${markerColumn}:${markerColumn}`).columnHidden = true;

      for (const p of prepared) {
        const range = ws.getRange(blockAddress(p.block));
        range.numberFormat = p.formats;
        range.formulas = p.inputs;
      }
      plan.columns.forEach((w, i) => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = charsToPoints(w)));
      for (const [row, height] of Object.entries(plan.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = height;
      for (const m of plan.merges) ws.getRange(m).merge(false);
      for (const s of plan.styles) applyStyle(ws.getRange(s.range), s.style);
      if (plan.table && tableName) {
        const table = ws.tables.add(plan.table.range, true);
        table.name = tableName;
        table.style = 'TableStyleLight9';
        if (plan.table.totals) {
          table.showTotals = true;
          const totals = table.getTotalRowRange();
          if (plan.table.totalsFormats) totals.numberFormat = [[...plan.table.totalsFormats]];
          totals.formulas = [plan.table.totals.map(cellInput)];
        }
      }
      for (const n of plan.names) ws.names.add(n.name, ws.getRange(n.ref));
      if (plan.freezeRows) ws.freezePanes.freezeRows(plan.freezeRows);
      if (plan.protect) {
        for (const ref of plan.unlocked ?? []) ws.getRange(ref).format.protection.locked = false;
        ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
      }
      if (old) {
        const previous = sheets.getItem(old.sheet);
        const position = sheets.items.find((s) => s.name === old.sheet)?.position;
        ctx.workbook.names.getItem(old.name).delete();
        previous.delete();
        ws.name = finalName;
        if (position !== undefined) ws.position = position;
      }
      ctx.workbook.names.add(registryName, ws.getRange(MARKER_CELL), registryComment(plan.id, tableName));
      if (options.activate !== false) ws.activate();
      await ctx.sync();

      const address = rangeRef(usedBox(plan));
      return ok({
        sheetName: finalName,
        address,
        ...(tableName ? { tableName } : {}),
        ...(!old && finalName !== plan.sheetName ? { preferredName: plan.sheetName } : {}),
        ...(old ? { replaced: old.sheet } : {}),
      } satisfies WriteReport);
    });
  } catch (e) {
    if (attempt) await cleanUp(run, attempt, marker).catch(() => undefined);
    const detail = e instanceof Error ? e.message : String(e);
    return fail(makeIssue(M, 'WRITE_FAILED', { detail }));
  }
}

/**
 * After a failed write: the new sheet, recognised by its marker, is removed, unless the sheet it
 * was to replace is already gone: then every write before the swap went through, and the new sheet
 * only needs its name.
 */
async function cleanUp(run: ExcelRunner, a: { tempName: string; finalName: string; replaced?: string; registryName: string }, marker: string): Promise<void> {
  await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const created = sheets.getItemOrNullObject(a.tempName);
    const replaced = a.replaced ? sheets.getItemOrNullObject(a.replaced) : undefined;
    const name = ctx.workbook.names.getItemOrNullObject(a.registryName);
    created.load('isNullObject');
    replaced?.load('isNullObject');
    name.load('isNullObject');
    await ctx.sync();
    let ours = false;
    if (!created.isNullObject) {
      const cell = created.getRange(MARKER_CELL);
      cell.load('values');
      await ctx.sync();
      ours = cell.values[0]?.[0] === marker;
    }
    if (!ours) return;
    if (replaced && replaced.isNullObject) {
      created.name = a.finalName;
      if (name.isNullObject) ctx.workbook.names.add(a.registryName, created.getRange(MARKER_CELL));
    } else {
      created.delete();
      if (!name.isNullObject) name.delete();
    }
    await ctx.sync();
  });
}

function prepare(block: PlanBlock): Prepared {
  return { block, inputs: block.cells.map((row) => row.map(cellInput)), formats: block.formats.map((r) => [...r]) };
}

function blockAddress(b: PlanBlock): string {
  const at = parseRange(b.at);
  const width = b.cells[0]?.length ?? 1;
  return rangeRef({ top: at.top, left: at.left, bottom: at.top + b.cells.length - 1, right: at.left + width - 1 });
}

function usedBox(plan: SheetPlan) {
  let bottom = 1;
  let right = 1;
  for (const b of plan.blocks) {
    const box = parseRange(blockAddress(b));
    bottom = Math.max(bottom, box.bottom);
    right = Math.max(right, box.right);
  }
  if (plan.table?.totals) bottom = Math.max(bottom, parseRange(plan.table.range).bottom + 1);
  return { top: 1, left: 1, bottom, right };
}

function applyStyle(range: Excel.Range, style: keyof typeof OFFICE_STYLES): void {
  const s = OFFICE_STYLES[style];
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color !== undefined) f.font.color = s.color;
  if (s.fill !== undefined) f.fill.color = s.fill;
  if (s.wrap) f.wrapText = true;
  if (s.verticalTop) f.verticalAlignment = 'Top';
  const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] =
    s.border === 'box' ? ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] : s.border === 'top' ? ['EdgeTop'] : s.border === 'bottom' ? ['EdgeBottom'] : [];
  for (const edge of edges) {
    const b = f.borders.getItem(edge);
    b.style = 'Continuous';
    b.color = s.border === 'box' ? '#BFBFBF' : '#000000';
  }
}

/** "'Blad 1'!A1:B2" → ["Blad 1", "A1:B2"]. */
export function splitAddress(address: string): [string, string] {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return ['', address];
  const s = address.slice(0, bang);
  return [s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s, address.slice(bang + 1)];
}

/**
 * The add-in's distribution tables as they stand now (the user may have edited them): one round
 * trip to find them through the registry, one to read them all.
 */
async function readDistributionTables(run: ExcelRunner): Promise<DistributionTableRead[]> {
  return run(async (ctx) => {
    const { tables, names } = loadInventory(ctx);
    await ctx.sync();
    const existing = new Set(tables.items.map((t) => t.name));
    const entries = readRegistry(names.items as NameItem[]).filter((e) => e.planId.startsWith('distribution:') && e.table && existing.has(e.table));
    const reads = entries.map((e) => {
      const table = ctx.workbook.tables.getItem(e.table as string);
      table.load('showTotals');
      const range = table.getRange();
      range.load('values,address');
      return { e, table, range };
    });
    await ctx.sync();
    return reads.map(({ e, table, range }) => {
      const [sheet, address] = splitAddress(range.address);
      const box = parseRange(address);
      const values = range.values as CellRead[][];
      const body = values.slice(1, table.showTotals ? -1 : undefined);
      const amountCol = box.right;
      const width = box.right - box.left;
      const totalRow = table.showTotals ? (values[values.length - 1] as CellRead[]) : undefined;
      return {
        sheet: sheet || e.sheet,
        table: e.table as string,
        planId: e.planId,
        rows: body.map((row, i) => ({
          code: row[0] ?? null,
          recipient: row[1] ?? null,
          amount: row[width] ?? null,
          amountAddress: cellRef(amountCol, box.top + 1 + i),
        })),
        total: totalRow ? (totalRow[width] ?? null) : null,
        totalAddress: cellRef(amountCol, box.bottom),
      };
    });
  });
}
