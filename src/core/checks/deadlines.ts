import type { Agreement, Deadline } from '../agreements';
import { addYears, effectiveDate } from '../calendar';
import { checkIssue } from './issue';
import type { CheckIssue, Subject } from './types';

const REPORTS: readonly Deadline['kind'][] = ['final-report', 'financial-report', 'repayment'];

const subjectOf = (d: Deadline): Subject => ({ sv: `tidsfristen ”${d.title}”`, en: `the deadline "${d.titleEn}"` });

const overlaps = (x: Deadline, y: Deadline) => x.areas.length === 0 || y.areas.length === 0 || x.areas.some((id) => y.areas.includes(id));

/** Deadline sanity: reports after requisitions, interim before final, dates within the period. */
export function checkDeadlines(a: Agreement): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const dated = a.deadlines.map((d, i) => ({ d, i, date: effectiveDate(d.date) }));
  for (const x of dated) {
    const path = ['deadlines', x.i, 'date'];
    const pair = (code: 'DEADLINE_REPORT_BEFORE_REQUISITION' | 'DEADLINE_INTERIM_AFTER_FINAL', other: (typeof dated)[number]) =>
      issues.push(checkIssue(code, { subject: subjectOf(x.d), date: x.date, other: other.date, otherSubject: subjectOf(other.d) }, path, { expected: other.date, actual: x.date }));
    for (const y of dated) {
      if (x === y || !overlaps(x.d, y.d)) continue;
      if (REPORTS.includes(x.d.kind) && y.d.kind === 'requisition' && x.date < y.date) pair('DEADLINE_REPORT_BEFORE_REQUISITION', y);
      if (x.d.kind === 'interim-report' && y.d.kind === 'final-report' && x.date > y.date) pair('DEADLINE_INTERIM_AFTER_FINAL', y);
    }
    if (!a.period) continue;
    const { start, end } = a.period;
    const single = (code: 'DEADLINE_BEFORE_PERIOD_START' | 'DEADLINE_REQUISITION_AFTER_PERIOD_END' | 'DEADLINE_REPORT_BEFORE_PERIOD_END' | 'DEADLINE_AFTER_REPORTING_WINDOW', other: string) =>
      issues.push(checkIssue(code, { subject: subjectOf(x.d), date: x.date, other, otherSubject: { sv: '', en: '' } }, path, { expected: other, actual: x.date }));
    if (x.date < start) single('DEADLINE_BEFORE_PERIOD_START', start);
    else if (x.d.kind === 'requisition' && x.date > end) single('DEADLINE_REQUISITION_AFTER_PERIOD_END', end);
    else if (REPORTS.includes(x.d.kind) && x.date < end) single('DEADLINE_REPORT_BEFORE_PERIOD_END', end);
    else if (x.date > addYears(end, 1)) single('DEADLINE_AFTER_REPORTING_WINDOW', end);
  }
  return issues;
}
