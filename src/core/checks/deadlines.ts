import type { Agreement, Deadline } from '../agreements';
import { addYears, CALENDAR_RANGE, effectiveDate, inCalendarRange } from '../calendar';
import { checkIssue } from './issue';
import type { CheckIssue, Subject } from './types';

const REPORTS: ReadonlySet<Deadline['kind']> = new Set(['final-report', 'financial-report', 'repayment']);

const subjectOf = (d: Deadline): Subject => ({ sv: `tidsfristen ”${d.title}”`, en: `the deadline "${d.titleEn}"` });

interface Dated {
  readonly d: Deadline;
  readonly i: number;
  readonly date: string;
}

/**
 * The most extreme deadline of one kind that shares an area with a given one (a deadline without
 * areas shares every area), found without comparing every pair: the extreme among those without
 * areas, overall, and per area, kept in one pass. Ties go to the first in document order.
 */
class Extremes {
  private all: Dated | undefined;
  private unscoped: Dated | undefined;
  private readonly byArea = new Map<string, Dated>();

  constructor(private readonly better: (x: Dated, y: Dated) => boolean) {}

  add(x: Dated): void {
    this.all = this.pick(this.all, x);
    if (x.d.areas.length === 0) this.unscoped = this.pick(this.unscoped, x);
    for (const id of x.d.areas) this.byArea.set(id, this.pick(this.byArea.get(id), x) as Dated);
  }

  /** The extreme among those that overlap `x`. */
  overlapping(x: Dated): Dated | undefined {
    if (x.d.areas.length === 0) return this.all;
    let best = this.unscoped;
    for (const id of x.d.areas) best = this.pick(best, this.byArea.get(id));
    return best;
  }

  private pick(current: Dated | undefined, candidate: Dated | undefined): Dated | undefined {
    if (!candidate) return current;
    if (!current) return candidate;
    return this.better(candidate, current) || (candidate.date === current.date && candidate.i < current.i) ? candidate : current;
  }
}

/**
 * Deadline sanity: reports after requisitions, interim before final, dates within the period and
 * the holiday calendar. Linear in the number of deadlines and their areas: each report is compared
 * with the latest requisition it shares an area with, each interim report with the earliest final
 * report, so a deadline gets at most one issue of each kind, naming the one it conflicts with most.
 */
export function checkDeadlines(a: Agreement): CheckIssue[] {
  const dated: Dated[] = a.deadlines.map((d, i) => ({ d, i, date: effectiveDate(d.date) }));
  const latestRequisition = new Extremes((x, y) => x.date > y.date);
  const earliestFinal = new Extremes((x, y) => x.date < y.date);
  for (const x of dated) {
    if (x.d.kind === 'requisition') latestRequisition.add(x);
    else if (x.d.kind === 'final-report') earliestFinal.add(x);
  }

  const issues: CheckIssue[] = [];
  for (const x of dated) {
    const path = ['deadlines', x.i, 'date'];
    const pair = (code: 'DEADLINE_REPORT_BEFORE_REQUISITION' | 'DEADLINE_INTERIM_AFTER_FINAL', other: Dated) =>
      issues.push(checkIssue(code, { subject: subjectOf(x.d), date: x.date, other: other.date, otherSubject: subjectOf(other.d) }, path, { expected: other.date, actual: x.date }));
    if (REPORTS.has(x.d.kind)) {
      const requisition = latestRequisition.overlapping(x);
      if (requisition && x.date < requisition.date) pair('DEADLINE_REPORT_BEFORE_REQUISITION', requisition);
    } else if (x.d.kind === 'interim-report') {
      const final = earliestFinal.overlapping(x);
      if (final && x.date > final.date) pair('DEADLINE_INTERIM_AFTER_FINAL', final);
    }
    if (!inCalendarRange(x.date))
      issues.push(checkIssue('DEADLINE_OUTSIDE_CALENDAR', { subject: subjectOf(x.d), date: x.date, ...CALENDAR_RANGE }, path, { actual: x.date }));
    if (!a.period) continue;
    const { start, end } = a.period;
    const single = (code: 'DEADLINE_BEFORE_PERIOD_START' | 'DEADLINE_REQUISITION_AFTER_PERIOD_END' | 'DEADLINE_REPORT_BEFORE_PERIOD_END' | 'DEADLINE_AFTER_REPORTING_WINDOW', other: string) =>
      issues.push(checkIssue(code, { subject: subjectOf(x.d), date: x.date, other, otherSubject: { sv: '', en: '' } }, path, { expected: other, actual: x.date }));
    if (x.date < start) single('DEADLINE_BEFORE_PERIOD_START', start);
    else if (x.d.kind === 'requisition' && x.date > end) single('DEADLINE_REQUISITION_AFTER_PERIOD_END', end);
    else if (REPORTS.has(x.d.kind) && x.date < end) single('DEADLINE_REPORT_BEFORE_PERIOD_END', end);
    else if (x.date > addYears(end, 1)) single('DEADLINE_AFTER_REPORTING_WINDOW', end);
  }
  return issues;
}
