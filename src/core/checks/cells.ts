/** A cell in the workbook. */
export interface CellAt {
  readonly sheet: string;
  readonly address: string;
}

/**
 * Where the sheet put row `row` (0-based, in the order the rows were checked) of the distribution
 * table for line `line`, or its total; undefined when the table has no such row.
 */
export type TableCells = (line: string, row: number | 'total') => CellAt | undefined;

/**
 * The cell a finding of `checkDistribution` is about: a row's own for a finding on a row, the
 * total's for one on the table as a whole (its sum, missing recipients, unequal shares).
 */
export function issueCell(path: readonly (string | number)[], line: string, cells: TableCells): CellAt | undefined {
  const row = path[0] === 'rows' && typeof path[1] === 'number' ? cells(line, path[1]) : undefined;
  return row ?? cells(line, 'total');
}
