import { parseCell, type Sheet } from '../../src/core/sheet';
import { BUILT_IN_POPULATION } from '../../src/core/reference';
import type { PopulationTable } from '../../src/core/sources';

/** The values a sheet's cells hold once written, as the port reads a range: text as text, numbers as numbers. */
export function sheetValues(sheet: Sheet, rows = 400, cols = 3): (string | number | null)[][] {
  const grid: (string | number | null)[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const c of sheet.cells) {
    const { col, row } = parseCell(c.ref);
    if (row > rows || col > cols) continue;
    const v = c.value;
    grid[row - 1]![col - 1] = v.t === 'text' || v.t === 'date' ? v.v : v.t === 'number' || v.t === 'amount' || v.t === 'approx' ? Number(v.v) : null;
  }
  return grid;
}

const builtIn = BUILT_IN_POPULATION.find((t) => t.id === 'scb-kommuner-2025-12-31')!;
export const FETCHED: PopulationTable = {
  level: 'kommuner',
  source: {
    provider: 'SCB',
    tableId: 'TAB1267',
    url: 'http://127.0.0.1:1/api/v2/tables/TAB1267/data?lang=sv&valueCodes[Tid]=2025',
    referenceDate: '2025-11-01',
    fetchedAt: '2026-03-02T10:00:00.000Z',
    notes: ['Från och med referensåret 2025 …', 'En andra not.'],
    label: 'Folkmängden den 1 november efter region, ålder och kön. År 2002 - 2025',
  },
  rows: builtIn.rows,
};

