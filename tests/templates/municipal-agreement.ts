import { Dec } from '../../src/core/money';
import type { AgreementLike } from '../../src/core/templates';
import { TEST_AGREEMENT } from './agreement-fixture';

/**
 * The test agreement with a line to "kommunerna", as God och nära vård 2023 has (1 050 Mkr), and
 * deadlines that name the municipalities, the regions or nobody, for the deadline matching.
 */
export const MUNICIPAL_AGREEMENT: AgreementLike = {
  ...TEST_AGREEMENT,
  id: 'test-kommuner-2023',
  areas: [
    ...TEST_AGREEMENT.areas,
    {
      id: 'k',
      title: 'K. Till kommunerna',
      amount: new Dec(1_050_000_000),
      funder: 'state',
      appropriation: { utgiftsomrade: 9, anslag: '1:6', anslagspost: 41, anslagspostName: 'God och nära vård' },
      recipient: { type: 'municipalities' },
      key: 'population',
    },
  ],
  deadlines: [
    ...TEST_AGREEMENT.deadlines,
    { id: 'rekv-kommun', kind: 'requisition', date: '2023-10-31', title: 'Kommunernas rekvisition', by: 'Kommunerna', areas: ['k'] },
    { id: 'ekred-region', kind: 'financial-report', date: '2024-02-29', title: 'Regionernas redovisning', by: 'Regionerna', areas: [] },
  ],
};

/** A municipal table as a user might bring it, with one municipality (2584 Kiruna) left out. */
export const MUNICIPALITIES_CSV_289 = (rows: readonly { id: string; name: string; weight: Dec }[]): string =>
  ['kod;namn;befolkning', ...rows.filter((r) => r.id !== '2584').map((r) => `${r.id};${r.name};${r.weight.toFixed()}`)].join('\n');
