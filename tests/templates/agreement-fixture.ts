import { Dec } from '../../src/core/money';
import type { AgreementLike } from '../../src/core/templates';

/**
 * A small made-up agreement with one line of every kind the templates handle, so the template tests
 * do not depend on the catalog's figures. The real agreement is tested through the CLI and demo.
 */
export const TEST_AGREEMENT: AgreementLike = {
  id: 'test-2023',
  title: 'Överenskommelse om prov 2023',
  year: 2023,
  period: { start: '2023-01-01', end: '2023-12-31' },
  diarienummer: [
    { value: 'S2023/00001', issuer: 'Regeringskansliet', description: 'Regeringskansliets diarienummer för överenskommelsen' },
    { value: 'SKR2023/1', issuer: 'SKR', description: 'SKR:s ärendenummer' },
  ],
  areas: [
    {
      id: 'a',
      title: 'A. Stöd',
      amount: new Dec(1_000_000),
      funder: 'state',
      appropriation: { utgiftsomrade: 9, anslag: '1:6', anslagspost: 40, anslagspostName: 'Jämlik sjukvård' },
      lines: [
        { id: 'a-regioner', title: 'Till regionerna', amount: new Dec(700_000), recipient: { type: 'regions' }, key: 'population' },
        { id: 'a-svr', title: 'Till samverkansregionerna', amount: new Dec(200_000), recipient: { type: 'samverkansregioner' }, key: 'equal' },
        { id: 'a-skr', title: 'Till SKR', amount: new Dec(100_000), recipient: { type: 'skr' } },
      ],
    },
    {
      id: 'b',
      title: 'B. Register',
      amount: new Dec(50_000),
      lines: [
        { id: 'b-egen', title: 'Regionernas egen insats', amount: new Dec(30_000), funder: 'regions', recipient: { type: 'regions-via-skr' } },
        { id: 'b-stat', title: 'Statens insats', amount: new Dec(20_000), funder: 'state', recipient: { type: 'regions-via-skr' } },
        { id: 'b-okand', title: 'Okänt belopp', amount: null, funder: 'state', recipient: { type: 'skr' } },
      ],
    },
  ],
  deadlines: [
    { id: 'rekv', kind: 'requisition', date: '2023-12-01', title: 'Rekvisition', by: 'SKR, samverkansregion eller region', areas: [] },
    { id: 'ater', kind: 'repayment', date: '2024-03-31', title: 'Återbetalning', by: 'Bidragsmottagaren', areas: ['a', 'b'] },
    { id: 'ekred', kind: 'financial-report', date: '2024-03-31', title: 'Ekonomisk redovisning', by: 'SKR', areas: [] },
  ],
};
