import { dateParts, dayNumberOf, weekdayOf, type CalendarDate } from './date';
import { withinCalendarRange } from './range';

/**
 * Swedish public holidays (lag 1989:253 om allmänna helgdagar) and the eves the agreements treat
 * as non-working days (midsommarafton, julafton, nyårsafton; påskafton and pingstafton, always
 * Saturdays, keep their names), written out by hand: synchronous, pure, no data file.
 *
 * The range starts in 1953, when midsommardagen and alla helgons dag became movable Saturdays; the
 * rules since then changed once, in 2005, when nationaldagen became a holiday and annandag pingst
 * stopped being one. Before 1953 the calendar does not answer (see `range.ts`).
 */
const NATIONAL_DAY_SINCE = 2005;

/** Easter Sunday of a Gregorian year as a day number (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

/** A rule gives its day number in a year (given that year's Easter Sunday), or undefined when it does not apply that year. */
type Rule = { readonly name: string; readonly on: (year: number, easter: number) => number | undefined };

const fixed = (name: string, month: number, day: number, since = -Infinity): Rule => ({
  name,
  on: (y) => (y >= since ? dayNumberOf(y, month, day) : undefined),
});
const easter = (name: string, offset: number, until = Infinity): Rule => ({ name, on: (y, e) => (y <= until ? e + offset : undefined) });
/** The given weekday (0 = Sunday) in the seven days from month-day on. */
const weekdayFrom = (name: string, weekday: number, month: number, day: number): Rule => ({
  name,
  on: (y) => {
    const first = dayNumberOf(y, month, day);
    return first + ((weekday - weekdayOf(first) + 7) % 7);
  },
});

/**
 * When two fall on one day the first here names it: första maj before Kristi himmelsfärdsdag (2008),
 * pingstdagen before nationaldagen (2049), a holiday before an eve (nationaldagen on pingstafton, 2071).
 */
const RULES: readonly Rule[] = [
  fixed('Nyårsdagen', 1, 1),
  fixed('Trettondedag jul', 1, 6),
  easter('Långfredagen', -2),
  easter('Påskdagen', 0),
  easter('Påskafton', -1),
  easter('Annandag påsk', 1),
  fixed('Första maj', 5, 1),
  easter('Kristi himmelsfärdsdag', 39),
  easter('Pingstdagen', 49),
  easter('Annandag pingst', 50, NATIONAL_DAY_SINCE - 1),
  fixed('Nationaldagen', 6, 6, NATIONAL_DAY_SINCE),
  easter('Pingstafton', 48),
  weekdayFrom('Midsommarafton', 5, 6, 19),
  weekdayFrom('Midsommardagen', 6, 6, 20),
  weekdayFrom('Alla helgons dag', 6, 10, 31),
  fixed('Julafton', 12, 24),
  fixed('Juldagen', 12, 25),
  fixed('Annandag jul', 12, 26),
  fixed('Nyårsafton', 12, 31),
];

/** The holiday's or eve's Swedish name, or undefined for any other day, a weekend included; undefined outside the range too. */
export function holidayName(date: CalendarDate): string | undefined {
  const p = dateParts(date);
  if (!p || !withinCalendarRange(date)) return undefined;
  const year = p.year;
  const day = dayNumberOf(p.year, p.month, p.day);
  const e = easterSunday(year);
  return RULES.find((r) => r.on(year, e) === day)?.name;
}
