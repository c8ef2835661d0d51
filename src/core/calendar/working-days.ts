import { addDays, isWeekend, type CalendarDate } from './date';
import { holidayName } from './swedish-holidays';

/** Not a weekend, not a holiday and not one of the eves the agreements treat as non-working. */
export function isWorkingDay(date: CalendarDate): boolean {
  return !isWeekend(date) && holidayName(date) === undefined;
}

/** The first day a `YYYY-MM-DD` string can name: the walk back stops there. */
const FIRST_WRITABLE = '0000-01-01';

/**
 * The date itself when it is a working day, else the nearest working day before it (never more
 * than a few days back: julafton on a Wednesday to the Sunday after is the longest run). Outside
 * the calendar's range only weekends count: callers that must not guess check `inCalendarRange`
 * on the date and on the answer.
 */
export function lastWorkingDay(date: CalendarDate): CalendarDate {
  let d = date;
  while (!isWorkingDay(d) && d > FIRST_WRITABLE) d = addDays(d, -1);
  return d;
}
