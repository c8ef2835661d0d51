import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from './date';
import { excelSerial, fromExcelSerial, MAX_EXCEL_SERIAL, toExcelSerial } from './excel-serial';

describe('Excel date serials', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45261, '2023-12-01'],
    [45291, '2023-12-31'],
    [MAX_EXCEL_SERIAL, '9999-12-31'],
  ])('%d is %s both ways', (serial, iso) => {
    expect(fromExcelSerial(serial)).toBe(iso);
    expect(toExcelSerial(iso)).toBe(serial);
  });

  test('serial 60 is the 1900-02-29 that never was, and 0 is no date', () => {
    for (const s of [60, 0, -1, MAX_EXCEL_SERIAL + 1, Number.NaN, Number.POSITIVE_INFINITY, -1e308]) expect(fromExcelSerial(s)).toBeUndefined();
  });

  test('the time of day is dropped, never rounded: 18:00 is still the same day', () => {
    expect(fromExcelSerial(45261.75)).toBe('2023-12-01');
    expect(fromExcelSerial(45261.99999)).toBe('2023-12-01');
    expect(fromExcelSerial(61.5)).toBe('1900-03-01');
  });

  test('text that is not a real date is refused, not rolled over into the next month', () => {
    for (const text of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-04-31', '1899-12-31', '2023-1-1', ' 2023-12-01', 'i morgon', '10000-01-01'])
      expect(toExcelSerial(text)).toBeUndefined();
    expect(toExcelSerial('2024-02-29')).toBe(45351);
    expect(() => excelSerial('2023-02-30')).toThrow(RangeError);
  });

  test('a writer refuses the days before 1900-03-01, where engines without the 1900 quirk show another day', () => {
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(() => excelSerial('1900-02-28')).toThrow(RangeError);
    expect(() => excelSerial('1900-01-01')).toThrow(RangeError);
  });

  test('property: every serial Excel shows as a date goes to a date and back to the same serial, times floored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (serial, time) => {
        const value = serial + time; // may round up to the next whole number in binary floating point
        const whole = Math.floor(value);
        const date = fromExcelSerial(value);
        if (whole === 60 || whole > MAX_EXCEL_SERIAL) return date === undefined;
        return date !== undefined && toExcelSerial(date) === whole;
      }),
      { seed: 20231201, numRuns: 2000 },
    );
  });

  test('property: from 1900-03-01 on, consecutive days have consecutive serials', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-03-01'), max: toDayNumber('9999-12-30') }), (day) => {
        const date = fromDayNumber(day);
        return toExcelSerial(addDays(date, 1)) === (toExcelSerial(date) as number) + 1;
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
