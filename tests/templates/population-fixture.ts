import { BUILT_IN_POPULATION } from '../../src/core/reference';
import type { PopulationTable } from '../../src/core/sources';

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

