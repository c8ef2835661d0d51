/*
 * The custom functions Excel calls, namespace BIDRAG. custom-functions-metadata-plugin reads the
 * JSDoc below into the English functions.json and appends the CustomFunctions.associate calls to
 * this file; the Swedish names and descriptions live in metadata/sv.ts. Each function is a thin
 * adapter: the work is in the core, the cell handling in coerce.ts.
 */
import { agreementCells, deadlineCells } from './agreements';
import { languageFor, setMessageLanguage, settle } from './coerce';
import { daysLeftCells, lastWorkDayCells } from './dates';
import { distributeCells, equalSharesCells } from './distribution';
import { methodCells } from './method';
import { populationCells } from './population';
import { checkTotalCells, unspentCells } from './totals';

/**
 * Distributes an amount in proportion to weights, exactly: the shares add up to the amount to the unit.
 * @customfunction DISTRIBUTE DISTRIBUTE
 * @param amount The amount to distribute, in kronor.
 * @param weights The weights, one column or one row (for example populations). The result has the same shape.
 * @param [method] 1 largest remainder (default), 2 round and adjust the largest share, 3 round only, 0 no rounding.
 * @param [unit] The unit to round to: öre, kr (default), tkr, mnkr or a power of ten such as 0.01 or 1000.
 * @returns The shares, in the shape of the weights.
 */
export function distribute(amount: unknown, weights: unknown[][], method?: unknown, unit?: unknown): number[][] {
  return settle(distributeCells(amount, weights, method, unit));
}

/**
 * Splits an amount into equal shares that add up exactly; the first recipients get the units left over.
 * @customfunction EQUALSHARES EQUALSHARES
 * @param amount The amount to split, in kronor.
 * @param recipients The number of recipients, or a range with one cell per recipient.
 * @param [unit] The unit to round to: öre, kr (default), tkr, mnkr or a power of ten.
 * @returns The shares: a column for a number, the range's shape for a range.
 */
export function equalShares(amount: unknown, recipients: unknown[][], unit?: unknown): number[][] {
  return settle(equalSharesCells(amount, recipients, unit));
}

/**
 * Population per county or municipality code, from SCB's built-in table or a table in the workbook.
 * @customfunction POPULATION POPULATION
 * @param codes County codes (01–25) or municipality codes (four digits); one cell or a range.
 * @param [referenceDate] The date the figures refer to, such as 2023-12-31. Default: the latest built-in table. Not used with a table.
 * @param [table] Your own table: the code in the first column, the population in the last, an optional header row.
 * @returns The population for each code, in the codes' shape; #N/A for a code not in the table.
 */
export function population(codes: unknown[][], referenceDate?: unknown, table?: unknown[][]): number[][] {
  return settle(populationCells(codes, referenceDate, table)) as number[][];
}

/**
 * Checks that parts add up to a total: returns the sum of the parts minus the total, 0 when it foots.
 * @customfunction CHECKTOTAL CHECKTOTAL
 * @param total The stated total.
 * @param parts The parts, any range of numbers. Text is refused, since SUM would skip it.
 * @returns Parts minus total, exact.
 */
export function checkTotal(total: unknown, parts: unknown[][]): number {
  return settle(checkTotalCells(total, parts));
}

/**
 * Unused funds: the grant minus the sum of the costs, negative when more was spent.
 * @customfunction UNSPENT UNSPENT
 * @param grant The grant received.
 * @param costs The costs, any range of numbers.
 * @returns Grant minus costs, exact.
 */
export function unspent(grant: unknown, costs: unknown[][]): number {
  return settle(unspentCells(grant, costs));
}

/**
 * Days left until a date, negative once it has passed. Recalculates every day.
 * @customfunction DAYSLEFT DAYSLEFT
 * @param date The deadline.
 * @param [today] Count from this date instead of today.
 * @returns Whole days from today to the date.
 * @volatile
 */
export function daysLeft(date: unknown, today?: unknown): number {
  return settle(daysLeftCells(date, today));
}

/**
 * The date of a deadline in one of the built-in agreements, as stated (a month-only deadline counts to its last day).
 * @customfunction DEADLINE DEADLINE
 * @param agreement The agreement's id, such as sammanhallen-vard-2023.
 * @param kind requisition, repayment, financial report, final report, interim report or check-in (Swedish words too), or the deadline's own id.
 * @param [area] The area's id, when the deadline differs between areas.
 * @returns The date.
 */
export function deadline(agreement: unknown, kind: unknown, area?: unknown): number {
  return settle(deadlineCells(agreement, kind, area));
}

/**
 * The date itself when it is a Swedish working day, else the last working day before it (weekends, public holidays, midsummer, Christmas and New Year's Eve).
 * @customfunction LASTWORKDAY LASTWORKDAY
 * @param date The date, for example a deadline.
 * @returns The last working day on or before the date.
 */
export function lastWorkDay(date: unknown): number {
  return settle(lastWorkDayCells(date));
}

/**
 * An amount or another field from the built-in agreements: the agreement's total, or an area's or line's amount.
 * @customfunction AGREEMENT AGREEMENT
 * @param agreement The agreement's id, such as sammanhallen-vard-2023.
 * @param [areaOrLine] The id of an area or a line; leave out for the whole agreement.
 * @param [field] total or amount (default), state share, regions share, title, year, start, end, recipient.
 * @returns The amount, or the field's value.
 */
export function agreement(agreement: unknown, areaOrLine?: unknown, field?: unknown): number | string {
  return settle(agreementCells(agreement, areaOrLine, field));
}

/**
 * Which rounding method gives exactly these amounts from the amount and the weights: for checking a published distribution table.
 * @customfunction METHOD METHOD
 * @param amount The amount that was distributed, in kronor.
 * @param weights The weights, one column or one row (for example populations), in the table's order.
 * @param table The published amounts, one per weight, in kronor.
 * @returns The method's name, which DISTRIBUTE accepts as its method; #N/A with the number of deviating rows when no method reproduces the table.
 */
export function method(amount: unknown, weights: unknown[][], table: unknown[][]): string {
  return settle(methodCells(amount, weights, table));
}

// Messages follow Excel's language: Swedish, or English when Excel runs in English.
if (typeof Office !== 'undefined') {
  Office.onReady(() => setMessageLanguage(languageFor(Office.context.displayLanguage))).catch(() => undefined);
}
