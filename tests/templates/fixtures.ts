import { Dec, UNITS } from '../../src/core/money';
import type { Grant } from '../../src/core/templates';

/** A hand-built grant, independent of the catalog: Region Halland's two lines of 2023. */
export const HALLAND_GRANT: Grant = {
  agreement: { id: 'sammanhallen-vard-2023', name: 'Överenskommelse om sammanhållen, jämlik och säker vård 2023', periodStart: '2023-01-01', periodEnd: '2023-12-31' },
  recipient: { code: '13', name: 'Region Halland', kind: 'region' },
  lines: [
    {
      lineId: 'vardforlopp-regioner',
      areaName: '6. Personcentrerade och sammanhållna vårdförlopp',
      lineName: 'Medel till regionerna',
      amount: new Dec(2036208),
      lineAmount: new Dec(62500000),
      appropriation: 'UO 9 anslag 1:6 ap. 40',
      requisitionDeadline: '2023-12-01',
      repaymentDeadline: '2024-03-31',
      basis: { kind: 'distributed', key: 'population', method: 'largest-remainder', unit: UNITS.krona, tieBreak: 'larger-weight-then-input-order', sourceDescription: 'Folkmängd per län 31 december 2023 (SCB, BE0101N1)', publisher: 'SCB', referenceDate: '2023-12-31' },
    },
  ],
  total: new Dec(2036208),
  unit: UNITS.krona,
  requisitionDeadline: '2023-12-01',
  repaymentDeadline: '2024-03-31',
  reportDeadline: '2024-03-31',
};
