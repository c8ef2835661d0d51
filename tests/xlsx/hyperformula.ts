import ExcelJS from 'exceljs';
import { FunctionArgumentType, FunctionPlugin, HyperFormula, type SimpleCellAddress } from 'hyperformula';
import { fromSpreadsheetNumber, roundHalfAwayFromZero } from '../../src/core/money';

type RunArgs = Parameters<FunctionPlugin['runFunction']>;

/** Excel's ROUND: the decimal the user sees (15 digits), half away from zero. HyperFormula's is Math.round-based. */
class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };

  round(ast: { args: RunArgs[0] }, state: RunArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata('ROUND'), (x: number, places: number) =>
      roundHalfAwayFromZero(fromSpreadsheetNumber(x), Math.trunc(places)).toNumber(),
    );
  }
}

let registered = false;
function registerExcelRound(): void {
  if (registered) return;
  HyperFormula.unregisterFunction('ROUND');
  HyperFormula.registerFunction('ROUND', ExcelRoundPlugin, { enGB: { ROUND: 'ROUND' } });
  registered = true;
}

export interface Evaluated {
  /** The value of a cell: number, string, boolean, null, or an error as `#ERR: ...`. */
  value(sheet: string, ref: string): unknown;
  /** Every formula cell that evaluated to an error, as `Sheet!A1 #VALUE!`. */
  errors(): string[];
  /** Every formula cell, `Sheet!A1`. */
  formulaCells(): string[];
  hf: HyperFormula;
}

/**
 * Loads a written workbook's cells and formulas, as the file has them, into HyperFormula: the
 * formulas under test are the ones in the file, never a retyped copy. Defined names become named
 * expressions.
 */
export async function evaluateWorkbook(bytes: Buffer, edit?: (wb: ExcelJS.Workbook) => void): Promise<Evaluated> {
  registerExcelRound();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit?.(wb);
  const sheets: Record<string, unknown[][]> = {};
  const formulas: string[] = [];
  for (const ws of wb.worksheets) {
    const grid: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        (grid[r - 1] ??= [])[c - 1] = hfValue(cell);
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
      });
    });
    for (let i = 0; i < grid.length; i++) grid[i] ??= [];
    sheets[ws.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets as Record<string, (string | number | null)[][]>, { licenseKey: 'gpl-v3' });
  for (const n of (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    if (n.ranges.length === 1) hf.addNamedExpression(n.name, `=${n.ranges[0]}`);
  }
  const addr = (sheet: string, ref: string): SimpleCellAddress => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const a = hf.simpleCellAddressFromString(ref, id);
    if (!a) throw new Error(`bad ref ${ref}`);
    return a;
  };
  const value = (sheet: string, ref: string) => {
    const v = hf.getCellValue(addr(sheet, ref));
    return v !== null && typeof v === 'object' && 'type' in v ? `#ERR: ${String((v as { value: string }).value)}` : v;
  };
  return {
    hf,
    value,
    formulaCells: () => formulas,
    errors: () =>
      formulas.flatMap((f) => {
        const [s, r] = [f.slice(0, f.lastIndexOf('!')), f.slice(f.lastIndexOf('!') + 1)];
        const v = value(s, r);
        return typeof v === 'string' && v.startsWith('#ERR') ? [`${f} ${v}`] : [];
      }),
  };
}

function hfValue(cell: ExcelJS.Cell): string | number | boolean | null {
  if (cell.type === ExcelJS.ValueType.Formula) return `=${cell.formula}`;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.startsWith('=') ? `'${v}` : v;
  if (v instanceof Date) return Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}
