import type { Agreement, Deadline } from '../agreements';
import { daysBetween, effectiveDate, holidayName, isMonthOnly, isWeekend, lastWorkingDay, type CalendarDate } from '../calendar';

export type DeadlineStatus = 'passed' | 'due-soon' | 'upcoming';

/** "Due soon" is within this many days. */
export const DUE_SOON_DAYS = 30;

export interface DeadlineView {
  readonly id: string;
  readonly kind: Deadline['kind'];
  /** The day it is due; for a month-only deadline, the month's last day. */
  readonly date: CalendarDate;
  /** `month` when the document names only the month ("i maj 2023"). */
  readonly precision: 'day' | 'month';
  readonly status: DeadlineStatus;
  /** Days from today to the date: negative once passed. */
  readonly daysLeft: number;
  /** Days from today to the last working day, which is when it must be done in practice; the status follows this. */
  readonly daysLeftToLastWorkingDay: number;
  readonly nonWorkingDay: boolean;
  /** The holiday's Swedish name when the date is one. */
  readonly holiday: string | null;
  /** The date itself when it is a working day, else the last working day before it. */
  readonly lastWorkingDay: CalendarDate;
  /** To whom it is sent or paid. */
  readonly recipient: string | null;
  readonly by: string | null;
  readonly areas: readonly string[];
  readonly title: string;
  readonly titleEn: string;
}

/**
 * A deadline on a weekend or holiday is met by the working day before it, so the status counts to
 * that day (`lastWorkingDay`, the date itself when it is a working day); `daysLeft` stays the
 * distance to the date the document names.
 */
export function deadlineStatus(
  date: CalendarDate,
  today: CalendarDate,
  lastWorkingDay: CalendarDate = date,
): { status: DeadlineStatus; daysLeft: number; daysLeftToLastWorkingDay: number } {
  const daysLeft = daysBetween(today, date);
  const daysLeftToLastWorkingDay = daysBetween(today, lastWorkingDay);
  const status = daysLeftToLastWorkingDay < 0 ? 'passed' : daysLeftToLastWorkingDay <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
  return { status, daysLeft, daysLeftToLastWorkingDay };
}

/** Outside the holiday calendar's range only weekends count; the agreement check says so (DEADLINE_OUTSIDE_CALENDAR). */
export function viewDeadline(d: Deadline, today: CalendarDate): DeadlineView {
  const date = effectiveDate(d.date);
  const holiday = holidayName(date) ?? null;
  const workingDay = lastWorkingDay(date);
  return {
    id: d.id,
    kind: d.kind,
    date,
    precision: isMonthOnly(d.date) ? 'month' : 'day',
    ...deadlineStatus(date, today, workingDay),
    nonWorkingDay: isWeekend(date) || holiday !== null,
    holiday,
    lastWorkingDay: workingDay,
    recipient: d.to,
    by: d.by,
    areas: d.areas,
    title: d.title,
    titleEn: d.titleEn,
  };
}

/** An agreement's deadlines in date order (ties in document order), each with its status. */
export function agreementDeadlines(a: Agreement, today: CalendarDate): DeadlineView[] {
  return a.deadlines
    .map((d, i) => ({ v: viewDeadline(d, today), i }))
    .sort((x, y) => (x.v.date < y.v.date ? -1 : x.v.date > y.v.date ? 1 : x.i - y.i))
    .map((x) => x.v);
}

/** The CLI's JSON shape. */
export function deadlinesToJson(views: readonly DeadlineView[]) {
  return {
    deadlines: views.map((v) => ({
      id: v.id,
      kind: v.kind,
      date: v.date,
      status: v.status,
      daysLeft: v.daysLeft,
      nonWorkingDay: v.nonWorkingDay,
      holiday: v.holiday,
      lastWorkingDay: v.lastWorkingDay,
      daysLeftToLastWorkingDay: v.daysLeftToLastWorkingDay,
      recipient: v.recipient,
      areas: [...v.areas],
      precision: v.precision,
      title: v.title,
    })),
  };
}
