/**
 * Calendar dates as plain `YYYY-MM-DD` strings: no time of day, no time zone. Arithmetic goes
 * through a day number (days since 1970-01-01) computed with integer arithmetic on the proleptic
 * Gregorian calendar (no `Date`, so years 0–99 are not taken for 1900–1999 and no zone can shift a day).
 */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month (1–12) and day of a real date, or undefined for anything else (2023-02-30, 2023-1-1, text). */
export function dateParts(s: string): { year: number; month: number; day: number } | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export const isCalendarDate = (s: string): boolean => dateParts(s) !== undefined;

/** A real date from text as typed (surrounding spaces ignored), or undefined. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const s = text.trim();
  return isCalendarDate(s) ? s : undefined;
}

export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). Throws for anything but a real date. */
export function toDayNumber(date: CalendarDate): number {
  const p = dateParts(date);
  if (!p) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return dayNumberOf(p.year, p.month, p.day);
}

/** The day number of year, month (1–12) and day, which the caller knows to be a real date. */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const { year, month, day } = civilOf(dayNumber);
  return formatCalendarDate(year, month, day);
}

/** Year, month (1–12) and day of a day number (civil_from_days), for any year, 10000 included. */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = Math.floor(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(toDayNumber(date) + days);

/** Days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => toDayNumber(to) - toDayNumber(from);

/** 0 = Sunday … 6 = Saturday, of a day number. */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: CalendarDate): number => weekdayOf(toDayNumber(date));

export const isWeekend = (date: CalendarDate): boolean => {
  const w = weekday(date);
  return w === 0 || w === 6;
};

export function lastDayOfMonth(month: string): CalendarDate {
  const m = MONTH.exec(month);
  const [y, mo] = [Number(m?.[1]), Number(m?.[2])];
  if (!m || mo < 1 || mo > 12) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return formatCalendarDate(y, mo, daysInMonth(y, mo));
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
  if (md === '02-29' && !isLeapYear(y)) return formatCalendarDate(y, 2, 28);
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** The calendar date a clock shows at `now` in the user's own time zone, as Excel's TODAY() does. */
export function localDate(now: Date): CalendarDate {
  return formatCalendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const pad = (n: number) => String(n).padStart(2, '0');

const WEEKDAYS = {
  sv: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
/** The day of the week in words, Swedish ("lördag") or English ("Saturday"). */
export const weekdayName = (date: CalendarDate, lang: 'sv' | 'en' = 'sv'): string => WEEKDAYS[lang][weekday(date)] ?? '';
