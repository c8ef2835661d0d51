import fc from 'fast-check';
import { addDays, addYears, daysBetween, effectiveDate, fromDayNumber, isCalendarDate, localDate, parseCalendarDate, toDayNumber, weekday } from './date';

describe('calendar dates', () => {
  it('counts days across a year end and a leap day without time zones', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(weekday('2023-12-01')).toBe(5);
  });

  it('knows real dates and months, and refuses the rest instead of rolling them over', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    for (const s of ['2023-02-29', '1900-02-29', '2023-02-30', '2023-04-31', '2023-00-01', '2023-13-01', '2023-5-1', '2023-05-01T00:00']) expect(isCalendarDate(s)).toBe(false);
    expect(() => toDayNumber('2023-02-30')).toThrow(RangeError);
    expect(parseCalendarDate(' 2023-12-01 ')).toBe('2023-12-01');
    expect(parseCalendarDate('2023-02-30')).toBeUndefined();
    expect(effectiveDate('2024-02')).toBe('2024-02-29');
    expect(effectiveDate('2023-02')).toBe('2023-02-28');
    expect(effectiveDate('2023-05')).toBe('2023-05-31');
  });

  it('reads years below 100 as themselves, not as 19xx', () => {
    expect(fromDayNumber(toDayNumber('0050-03-01'))).toBe('0050-03-01');
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
  });

  it("today is the clock's local calendar date", () => {
    expect(localDate(new Date(2023, 11, 1, 23, 59))).toBe('2023-12-01');
    expect(localDate(new Date(2024, 1, 29, 0, 0))).toBe('2024-02-29');
  });

  it('property: the day number agrees with Date.UTC, and back, for every day 1000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }), (day) => {
        const date = fromDayNumber(day);
        return date === new Date(day * 86_400_000).toISOString().slice(0, 10) && toDayNumber(date) === day && isCalendarDate(date);
      }),
      { seed: 1953, numRuns: 5000 },
    );
  });
});
