import type { AgreementJson } from '../../src/core/agreements';

const S = { where: 'test', quote: 'test' };

/** A small agreement that passes every check: the starting point of the broken ones. */
export function baseAgreement(): AgreementJson {
  return {
    schemaVersion: 1,
    id: 'test',
    title: 'Testöverenskommelse',
    year: 2023,
    document: 'test',
    parties: [],
    diarienummer: [],
    total: { amount: '100', source: S },
    stateShare: { amount: '100', source: S },
    regionsShare: { amount: null, source: null },
    period: { start: '2023-01-01', end: '2023-12-31', source: S },
    areasComplete: true,
    areas: [
      {
        id: 'a',
        title: 'A',
        amount: '60',
        source: S,
        funder: 'state',
        linesComplete: true,
        lines: [{ id: 'a1', title: 'A1', amount: '60', source: S, recipient: { type: 'skr' }, key: 'fixed' }],
      },
      { id: 'b', title: 'B', amount: '40', source: S, funder: 'state', recipient: { type: 'regions' }, key: 'population' },
    ],
    recipientTotals: [],
    constraints: [],
    deadlines: [
      { id: 'rek', kind: 'requisition', date: '2023-12-01', title: 'Rekvisition', titleEn: 'Requisition', by: 'SKR', to: 'Kammarkollegiet', areas: [], source: S },
      { id: 'slut', kind: 'final-report', date: '2024-03-31', title: 'Slutrapport', titleEn: 'Final report', by: 'SKR', to: 'Regeringskansliet', areas: ['a'], source: S },
    ],
  };
}

type Mutate = (a: AgreementJson) => void;
const area = (a: AgreementJson, i: number) => a.areas[i]!;
const deadline = (a: AgreementJson, i: number) => a.deadlines[i]!;

/** One hand-made broken agreement per agreement-level code. */
export const BROKEN: Record<string, Mutate> = {
  PARTS_EXCEED_TOTAL: (a) => {
    a.total.amount = '90';
  },
  PARTS_SUM_MISMATCH: (a) => {
    a.total.amount = '110';
  },
  UNALLOCATED_REMAINDER: (a) => {
    a.total.amount = '110';
    a.areasComplete = false;
  },
  PARTS_NOT_VERIFIABLE: (a) => {
    area(a, 1).amount = null;
  },
  TOTAL_NOT_STATED: (a) => {
    a.total = { amount: null, source: null };
  },
  STATEMENT_AMOUNT_MISMATCH: (a) => {
    area(a, 0).alsoStated = [{ amount: '61', source: { where: 'tabell', quote: '61' } }];
  },
  STATEMENT_RECIPIENT_MISMATCH: (a) => {
    area(a, 0).lines![0]!.alsoStated = [{ recipient: { type: 'regions' }, source: { where: 'tabell', quote: 'Regionerna' } }];
  },
  SHARES_SUM_MISMATCH: (a) => {
    a.regionsShare = { amount: '10', source: { where: 'x', quote: 'x' } };
  },
  SHARES_NOT_VERIFIABLE: (a) => {
    a.stateShare.amount = '80';
  },
  FUNDER_TOTAL_MISMATCH: (a) => {
    area(a, 1).funder = 'regions';
  },
  FUNDER_TOTAL_NOT_VERIFIABLE: (a) => {
    area(a, 1).funder = null;
  },
  RECIPIENT_TOTAL_MISMATCH: (a) => {
    a.recipientTotals = [
      {
        id: 'per-mottagare',
        title: 'Per mottagare',
        of: 'total',
        complete: true,
        source: { where: 'x', quote: 'x' },
        parts: [
          { id: 'skr', title: 'SKR', recipients: ['skr'], amount: '50', source: { where: 'x', quote: 'x' } },
          { id: 'reg', title: 'Regionerna', recipients: ['regions'], amount: '50', source: { where: 'x', quote: 'x' } },
        ],
      },
    ];
  },
  RECIPIENT_TOTAL_NOT_VERIFIABLE: (a) => {
    BROKEN.RECIPIENT_TOTAL_MISMATCH!(a);
    a.recipientTotals[0]!.parts[0]!.amount = '60';
    a.recipientTotals[0]!.parts[1]!.amount = '40';
    area(a, 1).recipient = null;
  },
  TOTAL_EXCEEDS_FRAME: (a) => {
    a.frame = { amount: '90', source: { where: 'x', quote: 'x' } };
  },
  TOTAL_BELOW_FRAME: (a) => {
    a.frame = { amount: '120', source: { where: 'x', quote: 'x' } };
  },
  CONSTRAINT_VIOLATED: (a) => {
    a.constraints = [
      { id: 'minst', kind: 'min-share', percent: '80', area: 'a', target: { description: 'huvudmännen', lines: [], possibleLines: [] }, source: { where: 'x', quote: 'x' } },
    ];
  },
  CONSTRAINT_NOT_VERIFIABLE: (a) => {
    BROKEN.CONSTRAINT_VIOLATED!(a);
    a.constraints[0]!.target.possibleLines = ['a1'];
  },
  DEADLINE_REPORT_BEFORE_REQUISITION: (a) => {
    deadline(a, 1).date = '2023-11-01';
  },
  DEADLINE_INTERIM_AFTER_FINAL: (a) => {
    a.deadlines.push({ ...deadline(a, 1), id: 'del', kind: 'interim-report', date: '2024-04-15' });
  },
  DEADLINE_BEFORE_PERIOD_START: (a) => {
    a.deadlines.push({ ...deadline(a, 1), id: 'avst', kind: 'check-in', date: '2022-12' });
  },
  DEADLINE_REQUISITION_AFTER_PERIOD_END: (a) => {
    deadline(a, 0).date = '2024-01-15';
  },
  DEADLINE_REPORT_BEFORE_PERIOD_END: (a) => {
    a.deadlines.push({ ...deadline(a, 1), id: 'ater', kind: 'repayment', date: '2023-12-15' });
  },
  DEADLINE_OUTSIDE_CALENDAR: (a) => {
    a.period = null;
    deadline(a, 1).date = '1952-12-31';
    deadline(a, 0).date = '1952-12-01';
  },
  DEADLINE_AFTER_REPORTING_WINDOW: (a) => {
    deadline(a, 1).date = '2025-03-31';
  },
};
