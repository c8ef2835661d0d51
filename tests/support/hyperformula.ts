/**
 * Runs our custom functions inside a real spreadsheet engine (HyperFormula, test-only), the way
 * Excel calls them: each function is registered from its metadata (scalar or matrix parameters,
 * optional ones, volatile, a spilling result) under BIDRAG.<English name> and BIDRAG.<Swedish name>,
 * cell values are handed over as Excel hands them (blank as null like Excel on the web, or 0 like
 * desktop Excel; error values as CustomFunctions.Error), and whatever the function returns or
 * throws is turned back into cell values and errors.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { fromSpreadsheetNumber, roundHalfAwayFromZero } from '../../src/core/money';
import { StubError } from './custom-functions';

export interface MetadataFile {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly parameters: readonly { readonly name: string; readonly dimensionality?: string; readonly optional?: boolean }[];
    readonly result: { readonly dimensionality?: string };
    readonly options?: { readonly volatile?: boolean };
  }[];
}

export type Implementation = (...args: unknown[]) => unknown;

export interface Options {
  /** What an empty cell arrives as: null (Excel on the web) or 0 (desktop Excel). Read at each call. */
  blank: null | 0;
  /** Ids whose first matrix argument may be a count: a literal n there spills n × 1. */
  readonly counts?: readonly string[];
}

const EXCEL_CODE: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
};

const HF_TYPE: Record<string, ErrorType> = {
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#N/A': ErrorType.NA,
  '#NUM!': ErrorType.NUM,
  '#VALUE!': ErrorType.VALUE,
};

type Ast = { type: string; value?: unknown; args: Ast[] };
type State = object;
type PluginMethods = Record<string, (ast: Ast, state: State) => unknown>;

/** Registers the functions of `english` (ids, parameters) with both display names. Call once per test file. */
export function registerCustomFunctions(
  namespace: string,
  english: MetadataFile,
  swedish: MetadataFile,
  implementations: ReadonlyMap<string, Implementation>,
  options: Options,
): void {
  const implemented: ImplementedFunctions = {};
  const methods: PluginMethods = {};
  const enGB: Record<string, string> = {};
  const svSE: Record<string, string> = {};
  for (const f of english.functions) {
    const id = `${namespace}.${f.id}`;
    const impl = implementations.get(f.id);
    if (!impl) throw new Error(`no implementation for ${f.id}`);
    const matrixArg = f.parameters.findIndex((p) => p.dimensionality === 'matrix');
    const spills = f.result.dimensionality === 'matrix';
    implemented[id] = {
      method: `call_${f.id}`,
      parameters: f.parameters.map((p) => ({
        argumentType: p.dimensionality === 'matrix' ? FunctionArgumentType.RANGE : FunctionArgumentType.ANY,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
      ...(spills ? { sizeOfResultArrayMethod: `size_${f.id}` } : {}),
      ...(f.options?.volatile ? { isVolatile: true } : {}),
      vectorizationForbidden: true,
    };
    methods[`call_${f.id}`] = function (this: FunctionPlugin & PluginHelpers, ast, state) {
      return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) => call(f.id, impl, args, options));
    };
    if (spills) {
      methods[`size_${f.id}`] = function (this: FunctionPlugin & PluginHelpers, ast, state) {
        return predictSize(this, ast.args[matrixArg], state, options.counts?.includes(f.id) ?? false);
      };
    }
    enGB[id] = `${namespace}.${f.name}`;
    const sv = swedish.functions.find((s) => s.id === f.id);
    svSE[id] = `${namespace}.${sv?.name ?? f.name}`;
  }
  class CustomFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;
  }
  Object.assign(CustomFunctionsPlugin.prototype, methods);
  HyperFormula.registerFunctionPlugin(CustomFunctionsPlugin, { enGB, svSE });
}

interface PluginHelpers {
  runFunction(args: Ast[], state: State, metadata: unknown, fn: (...args: unknown[]) => unknown): unknown;
  metadata(id: string): unknown;
  arraySizeForAst(ast: Ast, state: State): ArraySize;
}

/**
 * HyperFormula sizes a spill before it evaluates (Excel sizes it after): a range or an array gives
 * its own shape, a literal count n gives n × 1 where the argument is a count.
 */
function predictSize(plugin: PluginHelpers, arg: Ast | undefined, state: State, isCount: boolean): ArraySize {
  if (arg === undefined) return ArraySize.scalar();
  if (arg.type === 'NUMBER') {
    const n = arg.value;
    return isCount && typeof n === 'number' && Number.isInteger(n) && n > 0 ? new ArraySize(1, n) : ArraySize.scalar();
  }
  const size = plugin.arraySizeForAst(arg, state);
  return new ArraySize(size.width, size.height);
}

/** Results of asynchronous functions, by call, once they have arrived. */
const arrived = new Map<string, unknown>();
const waiting = new Map<string, Promise<void>>();

/**
 * Calls a function as Excel does. An asynchronous one shows #BUSY! until its promise settles; after
 * `settleBusy()` and a recalculation, the cell shows what arrived.
 */
function call(id: string, impl: Implementation, args: unknown[], options: Options): unknown {
  const excelArgs = args.map((a) => toExcel(a, options));
  const key = `${id}(${JSON.stringify(excelArgs)})`;
  if (arrived.has(key)) return fromExcel(arrived.get(key));
  try {
    const result = impl(...excelArgs);
    // Duck-typed: the bundle runs in its own realm, where Promise is another class.
    const thenable = typeof result === 'object' && result !== null && typeof (result as { then?: unknown }).then === 'function';
    if (!thenable) return fromExcel(result);
    waiting.set(
      key,
      (result as Promise<unknown>).then(
        (value) => void arrived.set(key, value),
        (e: unknown) => void arrived.set(key, e instanceof StubError ? e : new StubError('#VALUE!', String(e))),
      ),
    );
    return new CellError(ErrorType.ERROR, BUSY);
  } catch (e) {
    if (e instanceof StubError) return toCellError(e);
    throw e;
  }
}

export const BUSY = '#BUSY!';

/** Waits for every asynchronous call in flight; returns how many there were. Recalculate afterwards. */
export async function settleBusy(): Promise<number> {
  const promises = [...waiting.values()];
  waiting.clear();
  await Promise.all(promises);
  return promises.length;
}

/** A HyperFormula argument as Excel would pass it. */
function toExcel(value: unknown, options: Options): unknown {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map((v) => scalarToExcel(v, options)));
  return scalarToExcel(value, options);
}

function scalarToExcel(value: unknown, options: Options): unknown {
  if (value === undefined) return null;
  if (typeof value === 'symbol') return options.blank;
  if (value instanceof CellError) return new StubError(EXCEL_CODE[value.type] ?? '#VALUE!', value.message);
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

function fromExcel(value: unknown): unknown {
  if (value instanceof StubError) return toCellError(value);
  if (Array.isArray(value)) return SimpleRangeValue.onlyValues(value.map((row: unknown[]) => row.map((v) => (v instanceof StubError ? toCellError(v) : v))) as never);
  return value;
}

function toCellError(e: StubError): CellError {
  return new CellError(HF_TYPE[e.code] ?? ErrorType.VALUE, e.message);
}

/** Excel's ROUND: half away from zero on the 15-digit decimal Excel shows (HyperFormula's gives ROUND(1.005;2) = 1). */
export class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };

  round(ast: { args: never[] }, state: never): unknown {
    return (this as unknown as PluginHelpers).runFunction(ast.args, state, (this as unknown as PluginHelpers).metadata('ROUND'), (...args: unknown[]) => {
      const [x, digits] = args as [number, number];
      return roundHalfAwayFromZero(fromSpreadsheetNumber(x), Math.trunc(digits)).toNumber();
    });
  }
}

export function excelRound(): void {
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin);
}
