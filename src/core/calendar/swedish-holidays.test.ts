import Holidays from 'date-holidays';
import fc from 'fast-check';
import { fromDayNumber, isWeekend, toDayNumber } from './date';
import { CALENDAR_RANGE, inCalendarRange } from './range';
import { easterSunday, holidayName } from './swedish-holidays';
import { isWorkingDay, lastWorkingDay } from './working-days';

/**
 * date-holidays (a devDependency) as the oracle, for every day 1900–2200. It models one change
 * in the law, nationaldagen from 2005, and not the other half of it: annandag pingst was a public
 * holiday until 2004 (SFS 2004:1035). That is the one difference we keep, and the test names it.
 * Before 1953 (midsommardagen on 24 June, alla helgons dag on 1 November, Marie bebådelsedag)
 * neither we nor the oracle have the old rules, so our calendar stops there.
 */
const oracle = new Holidays('SE', { languages: ['sv'] });
/** What the deadline logic always treated as non-working: public and bank holidays, and these two eves. */
const EVES = new Set(['påskafton', 'pingstafton']);
const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);

function oracleYear(year: number): Map<string, string> {
  const days = new Map<string, string>();
  for (const h of oracle.getHolidays(year, 'sv')) {
    const date = h.date.slice(0, 10);
    if ((h.type === 'public' || h.type === 'bank' || EVES.has(h.name)) && !days.has(date)) days.set(date, capitalize(h.name));
  }
  return days;
}

describe('the Swedish holiday calendar against date-holidays', () => {
  test('every day from 1900 to 2200: the same name or the same working day, except annandag pingst before 2005', () => {
    const differences: string[] = [];
    let compared = 0;
    for (let year = 1900; year <= 2200; year++) {
      const expected = oracleYear(year);
      const whitMonday = fromDayNumber(easterSunday(year) + 50);
      for (let day = toDayNumber(`${year}-01-01`); day <= toDayNumber(`${year}-12-31`); day++) {
        const date = fromDayNumber(day);
        const ours = holidayName(date);
        if (year < 1953) {
          expect(inCalendarRange(date)).toBe(false);
          expect(ours).toBeUndefined();
          continue;
        }
        compared++;
        const theirs = year < 2005 && date === whitMonday ? 'Annandag pingst' : expected.get(date);
        if (ours !== theirs) differences.push(`${date}: ${ours} ≠ ${theirs}`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBe(toDayNumber('2200-12-31') - toDayNumber('1953-01-01') + 1);
  });

  test.each([
    ['2024-03-29', 'Långfredagen'],
    ['2024-03-30', 'Påskafton'],
    ['2024-03-31', 'Påskdagen'],
    ['2024-04-01', 'Annandag påsk'],
    ['2008-05-01', 'Första maj'], // and Kristi himmelsfärdsdag: the first rule names the day
    ['2049-06-06', 'Pingstdagen'], // and nationaldagen
    ['2071-06-06', 'Nationaldagen'], // and pingstafton
    ['2004-05-31', 'Annandag pingst'],
    ['2026-06-19', 'Midsommarafton'], // 19 June itself can be the Friday
    ['2026-10-31', 'Alla helgons dag'], // and 31 October the Saturday
    ['2049-11-06', 'Alla helgons dag'],
    ['1953-01-06', 'Trettondedag jul'],
  ])('%s is %s', (date, name) => {
    expect(holidayName(date)).toBe(name);
  });

  test('the law of 2005: nationaldagen replaces annandag pingst', () => {
    expect(holidayName('2004-06-06')).toBeUndefined();
    expect(holidayName('2005-06-06')).toBe('Nationaldagen');
    expect(holidayName('2005-05-16')).toBeUndefined();
  });

  test('Easter falls between 22 March and 25 April, on a Sunday, every year of the range', () => {
    for (let y = 1953; y <= 9999; y++) {
      const easter = fromDayNumber(easterSunday(y));
      expect(easter >= `${y}-03-22` && easter <= `${y}-04-25` && (easterSunday(y) + 4) % 7 === 0).toBe(true);
    }
  });

  test('the range: nothing before 1953-01-01, nothing that is not a date', () => {
    expect(CALENDAR_RANGE).toEqual({ first: '1953-01-01', last: '9999-12-31' });
    expect(inCalendarRange('1952-12-31')).toBe(false);
    expect(inCalendarRange('1953-01-01')).toBe(true);
    expect(inCalendarRange('9999-12-31')).toBe(true);
    expect(inCalendarRange('2023-02-30')).toBe(false);
  });
});

describe('working days', () => {
  it.each([
    ['2024-03-31', '2024-03-28'],
    ['2023-06-24', '2023-06-22'],
    ['2025-01-01', '2024-12-30'],
    ['2024-01-01', '2023-12-29'],
    ['2023-12-25', '2023-12-22'],
    ['2023-09-30', '2023-09-29'],
    ['2024-02-29', '2024-02-29'],
  ])('the last working day on or before %s is %s', (date, last) => {
    expect(lastWorkingDay(date)).toBe(last);
  });

  test('property: the last working day is a working day, at most five days back, with no working day in between', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1953-01-10'), max: toDayNumber('9999-12-31') }), (day) => {
        const date = fromDayNumber(day);
        const last = lastWorkingDay(date);
        const back = toDayNumber(date) - toDayNumber(last);
        if (!isWorkingDay(last) || back < 0 || back > 5) return false;
        for (let d = toDayNumber(last) + 1; d < day; d++) if (isWorkingDay(fromDayNumber(d))) return false;
        return isWorkingDay(date) === (back === 0) && (!isWeekend(date) || back > 0);
      }),
      { seed: 2005, numRuns: Number(process.env.CALENDAR_FUZZ_RUNS ?? 3000) },
    );
  });

  test('outside the range only weekends count, and the walk back never leaves the representable years', () => {
    expect(lastWorkingDay('1952-12-25')).toBe('1952-12-25');
    expect(lastWorkingDay('0000-01-02')).toBe('0000-01-01');
  });
});
