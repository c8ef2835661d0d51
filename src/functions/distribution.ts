import type Decimal from 'decimal.js';
import { distribute, MAX_RECIPIENTS, type WeightInput } from '../core/distribution';
import { parseNumber } from '../core/money';
import {
  checkFitsExcel,
  fail,
  guard,
  isBlank,
  issue,
  messageLanguage,
  passOnErrors,
  readAmount,
  readDecimal,
  readMethod,
  readUnit,
  readWeight,
  toCellNumber,
  unwrap,
  vector,
  type Cell,
  type Outcome,
} from './coerce';
import { LABELS } from './messages';

/** FÖRDELA / DISTRIBUTE: the amount shared by the weights, exact to the unit, in the weights' shape. */
export function distributeCells(amount: Cell, weights: Cell, method?: Cell, unit?: Cell): Outcome<number[][]> {
  return guard(() => {
    const cells = vector(weights, LABELS.weights);
    const recipients = cells.cells.map((w, i) => ({
      id: cells.position(i)[messageLanguage()],
      weight: readWeight(w, cells.label(LABELS.weights, i)),
    }));
    return share(cells.reshape, readAmount(amount, LABELS.amount), recipients, method, unit);
  });
}

/** LIKADELNING / EQUALSHARES: equal shares that foot; a count gives a column, a range one share per cell. */
export function equalSharesCells(amount: Cell, countOrRange: Cell, unit?: Cell): Outcome<number[][]> {
  return guard(() => {
    const cells = vector(countOrRange, LABELS.recipients);
    passOnErrors(cells, LABELS.recipients);
    const only = cells.cells[0];
    const isCount = cells.cells.length === 1 && (isBlank(only) || typeof only === 'number' || (typeof only === 'string' && parseNumber(only).ok));
    const n = isCount ? readCount(readDecimal(only, LABELS.recipients).toNumber()) : cells.cells.length;
    const recipients = Array.from({ length: n }, (_, i) => ({ id: String(i + 1), weight: 1 }));
    const reshape = isCount ? (values: readonly number[]) => values.map((v) => [v]) : cells.reshape;
    return share(reshape, readAmount(amount, LABELS.amount), recipients, undefined, unit);
  });
}

function share(
  reshape: (values: readonly number[]) => number[][],
  amount: Decimal,
  recipients: { id: string; weight: WeightInput }[],
  method: Cell,
  unit: Cell,
): number[][] {
  const u = readUnit(unit);
  checkFitsExcel(amount, u);
  const m = readMethod(method);
  const result = unwrap(distribute({ amount, unit: u, ...(m ? { method: m } : {}), recipients }));
  return reshape(result.rows.map((r) => toCellNumber(r.amount)));
}

function readCount(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_RECIPIENTS) {
    return fail(issue('INVALID_COUNT', { value: String(value), max: MAX_RECIPIENTS }));
  }
  return value;
}
