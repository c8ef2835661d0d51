import Holidays from 'date-holidays';
import type { CalendarDate } from './calendar';
import type { HolidayCalendar } from './holidays';

/**
 * Swedish public holidays from date-holidays, plus the eves that are not working days in practice
 * (midsommarafton, julafton, nyårsafton; the library calls them bank holidays) and påskafton and
 * pingstafton, which are always Saturdays but deserve their names.
 */
const EVES = new Set(['påskafton', 'pingstafton']);

export function swedishHolidays(): HolidayCalendar {
  const hd = new Holidays('SE', { languages: ['sv'] });
  const byYear = new Map<number, Map<string, string>>();
  const year = (y: number) => {
    let days = byYear.get(y);
    if (!days) {
      days = new Map();
      for (const h of hd.getHolidays(y, 'sv')) {
        const nonWorking = h.type === 'public' || h.type === 'bank' || EVES.has(h.name);
        const date = h.date.slice(0, 10);
        if (nonWorking && !days.has(date)) days.set(date, capitalize(h.name));
      }
      byYear.set(y, days);
    }
    return days;
  };
  return { holidayName: (date) => year(Number(date.slice(0, 4))).get(date) };
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);

let shared: HolidayCalendar | undefined;
/** One shared instance: building the rules is the expensive part. */
export function swedishHolidayCalendar(): HolidayCalendar {
  shared ??= swedishHolidays();
  return shared;
}

export type { CalendarDate };
