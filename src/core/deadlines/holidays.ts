import { addDays, isWeekend, type CalendarDate } from './calendar';

/**
 * What the deadline logic needs to know about public holidays. The core depends on this small
 * interface only; the date-holidays implementation lives in `swedish-holidays.ts` so a browser
 * bundle can load it lazily.
 */
export interface HolidayCalendar {
  /** The Swedish name of the day when it is not a working day because of a holiday or an eve, else undefined. */
  holidayName(date: CalendarDate): string | undefined;
}

/** A calendar without holidays: weekends only. For tests and as a fallback. */
export const WEEKENDS_ONLY: HolidayCalendar = { holidayName: () => undefined };

export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && calendar.holidayName(date) === undefined;
}

/** The date itself when it is a working day, else the nearest working day before it. */
export function lastWorkingDay(date: CalendarDate, calendar: HolidayCalendar): CalendarDate {
  let d = date;
  // Sweden never has more than a handful of non-working days in a row; the bound guards bad calendars.
  for (let i = 0; i < 31; i++) {
    if (isWorkingDay(d, calendar)) return d;
    d = addDays(d, -1);
  }
  throw new RangeError(`no working day in the 31 days up to ${date}`);
}
