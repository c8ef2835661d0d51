import { readTableCells, requireCompleteLevel, type WeightTable } from '../../core/reference';
import type { Result } from '../../core/result';
import type { RangeRead } from '../../excel/port';

/**
 * A population table from a selected range, read by the core's one table reader: every region (or
 * every municipality) once, codes or region names in the first column, population in the last.
 */
export function weightsFromCells(read: RangeRead): Result<WeightTable> {
  const where = `${read.sheet ? `${read.sheet}!` : ''}${read.address}`;
  const table = readTableCells(read.values, { where, source: 'Arbetsboken', population: true });
  return table.ok ? requireCompleteLevel(table.value) : table;
}
