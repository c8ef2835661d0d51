import fc from 'fast-check';
import { parseAgreement, type Agreement, type AgreementJson, type Deadline } from '../../src/core/agreements';
import { effectiveDate, inCalendarRange } from '../../src/core/calendar';
import { checkAgreement, type CheckIssue } from '../../src/core/checks';
import { agreementDeadlines, deadlinesToIcs } from '../../src/core/deadlines';
import { baseAgreement } from '../checks/fixtures';

const KINDS = ['requisition', 'repayment', 'financial-report', 'final-report', 'interim-report', 'check-in'] as const;
const REPORTS: readonly string[] = ['final-report', 'financial-report', 'repayment'];
const PAIR_CODES = new Set(['DEADLINE_REPORT_BEFORE_REQUISITION', 'DEADLINE_INTERIM_AFTER_FINAL']);

function agreementWith(deadlines: { kind: (typeof KINDS)[number]; date: string; areas: string[] }[]): Agreement {
  const json: AgreementJson = baseAgreement();
  json.deadlines = deadlines.map((d, i) => ({ ...json.deadlines[0]!, id: `d${i}`, title: `D${i}`, titleEn: `D${i}`, ...d }));
  const parsed = parseAgreement(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.messageEn).join('\n'));
  return parsed.value;
}

/** The rule as it reads, pair by pair: what the linear check must agree with. */
function naive(a: Agreement): string[] {
  const overlaps = (x: Deadline, y: Deadline) => x.areas.length === 0 || y.areas.length === 0 || x.areas.some((id) => y.areas.includes(id));
  const out: string[] = [];
  a.deadlines.forEach((x, i) => {
    const date = effectiveDate(x.date);
    const partners = a.deadlines
      .map((y, j) => ({ y, j, date: effectiveDate(y.date) }))
      .filter(({ y, j }) => j !== i && overlaps(x, y));
    const worst = (conflicting: typeof partners, later: boolean) =>
      conflicting.reduce<(typeof partners)[number] | undefined>((best, p) => (!best || (later ? p.date > best.date : p.date < best.date) ? p : best), undefined);
    if (REPORTS.includes(x.kind)) {
      const w = worst(partners.filter((p) => p.y.kind === 'requisition' && date < p.date), true);
      if (w) out.push(`DEADLINE_REPORT_BEFORE_REQUISITION|${i}|${w.date}|${w.y.title}`);
    }
    if (x.kind === 'interim-report') {
      const w = worst(partners.filter((p) => p.y.kind === 'final-report' && date > p.date), false);
      if (w) out.push(`DEADLINE_INTERIM_AFTER_FINAL|${i}|${w.date}|${w.y.title}`);
    }
  });
  return out;
}

const pairs = (issues: readonly CheckIssue[]) =>
  // The partner is the last deadline the message names.
  issues.filter((i) => PAIR_CODES.has(i.code)).map((i) => `${i.code}|${i.path[1]}|${i.expected}|${/.*”(D\d+)”/.exec(i.message)?.[1]}`);

describe('the deadline check (properties)', () => {
  const deadline = fc.record({
    kind: fc.constantFrom(...KINDS),
    // Few distinct dates, so ties and month-only dates occur.
    date: fc.constantFrom('2023-06-30', '2023-11', '2023-11-30', '2023-12-01', '2024-03', '2024-03-31'),
    areas: fc.subarray(['a', 'b']),
  });

  it('flags exactly the deadlines the pairwise rule flags, naming the latest requisition or the earliest final report (first in document order on ties)', () => {
    fc.assert(
      fc.property(fc.array(deadline, { maxLength: 14 }), (ds) => {
        const a = agreementWith(ds);
        expect(pairs(checkAgreement(a))).toEqual(naive(a));
      }),
      { seed: 16000, numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it('never reports a deadline twice for the same code, whatever the number of conflicting partners', () => {
    const many = agreementWith([
      ...Array.from({ length: 50 }, (_, i) => ({ kind: 'requisition' as const, date: `2023-12-${String((i % 28) + 1).padStart(2, '0')}`, areas: [] })),
      { kind: 'final-report', date: '2023-11-01', areas: ['a'] },
    ]);
    const found = checkAgreement(many).filter((i) => i.code === 'DEADLINE_REPORT_BEFORE_REQUISITION');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: '2023-12-28', actual: '2023-11-01', path: ['deadlines', 50, 'date'] });
  });
});

describe('deadlines at the edges of the calendar (fuzz)', () => {
  it('any date or month from 0000 to 9999: status, check and .ics all answer, and outside 1953–9999 the check says so', () => {
    const dateOrMonth = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean())
      .map(([y, m, d, month]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${month ? '' : `-${String(d).padStart(2, '0')}`}`);
    const edges = fc.constantFrom('0000-01-01', '0000-01', '1952-12-31', '1953-01-01', '9999-12-31', '9999-12');
    fc.assert(
      fc.property(fc.array(fc.record({ kind: fc.constantFrom(...KINDS), date: fc.oneof(dateOrMonth, edges), areas: fc.subarray(['a', 'b']) }), { minLength: 1, maxLength: 6 }), (ds) => {
        const a = agreementWith(ds);
        const views = agreementDeadlines(a, '2023-11-15');
        expect(deadlinesToIcs(a, views, '2023-11-15').match(/BEGIN:VEVENT/g)).toHaveLength(ds.length);
        const outside = checkAgreement(a).filter((i) => i.code === 'DEADLINE_OUTSIDE_CALENDAR').map((i) => i.path[1]);
        expect(outside).toEqual(views.length ? a.deadlines.flatMap((d, i) => (inCalendarRange(effectiveDate(d.date)) ? [] : [i])) : []);
        for (const v of views) expect(v.lastWorkingDay <= v.date).toBe(true);
      }),
      { seed: 9999, numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
