import type Decimal from 'decimal.js';
import { sum } from '../core/money';
import { grid, guard, readAmount, readDecimal, toCellNumber, type Cell, type Outcome } from './coerce';
import { LABELS, type Label } from './messages';

/** KONTROLLSUMMA / CHECKTOTAL: parts − total, exact; 0 when the parts foot. */
export function checkTotalCells(total: Cell, parts: Cell): Outcome<number> {
  return guard(() => toCellNumber(sumOf(parts, LABELS.parts).minus(readAmount(total, LABELS.total))));
}

/** EJFÖRBRUKAT / UNSPENT: grant − the sum of the costs; negative when more was spent than granted. */
export function unspentCells(grant: Cell, costs: Cell): Outcome<number> {
  return guard(() => toCellNumber(readAmount(grant, LABELS.grant).minus(sumOf(costs, LABELS.costs))));
}

/**
 * The exact sum of a range of any shape. Text is refused rather than skipped: SUM skips a number
 * stored as text, and a check that silently agreed with that would hide the very mismatch it exists
 * to find.
 */
function sumOf(range: Cell, what: Label): Decimal {
  const cells = grid(range);
  return sum(cells.cells.map((c, i) => readDecimal(c, cells.label(what, i), 'number', 'reject')));
}
