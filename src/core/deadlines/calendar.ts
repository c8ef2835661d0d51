/**
 * Calendar dates as plain `YYYY-MM-DD` strings: no time of day, no time zone. Arithmetic goes
 * through a day number (days since 1970-01-01) computed in UTC, where every day has 24 hours.
 */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  return fromDayNumber(toDayNumber(s)) === s;
}

export function toDayNumber(date: CalendarDate): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function fromDayNumber(day: number): CalendarDate {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(toDayNumber(date) + days);

/** Days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => toDayNumber(to) - toDayNumber(from);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: CalendarDate): number => (((toDayNumber(date) + 4) % 7) + 7) % 7;

export const isWeekend = (date: CalendarDate): boolean => {
  const w = weekday(date);
  return w === 0 || w === 6;
};

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function lastDayOfMonth(month: string): CalendarDate {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 31;
  return `${m[1]}-${m[2]}-${pad(days)}`;
}

/** A deadline's date as a day: a month-only deadline ("i maj 2023") counts to its last day. */
export function effectiveDate(dateOrMonth: string): CalendarDate {
  return MONTH.test(dateOrMonth) ? lastDayOfMonth(dateOrMonth) : dateOrMonth;
}

export const isMonthOnly = (dateOrMonth: string): boolean => MONTH.test(dateOrMonth);

/** The same day a year later; 29 February becomes 28 February. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  if (md === '02-29' && !isLeapYear(y)) return `${y}-02-28`;
  return `${y}-${md}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

const WEEKDAYS_SV = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'] as const;
export const weekdayNameSv = (date: CalendarDate): string => WEEKDAYS_SV[weekday(date)] ?? '';
