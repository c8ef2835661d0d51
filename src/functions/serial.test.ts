import { isoDateToSerial, MAX_SERIAL, serialToIsoDate, todaySerial } from './serial';

describe('Excel date serials', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45261, '2023-12-01'],
    [45291, '2023-12-31'],
    [MAX_SERIAL, '9999-12-31'],
  ])('%d is %s both ways', (serial, iso) => {
    expect(serialToIsoDate(serial)).toBe(iso);
    expect(isoDateToSerial(iso)).toBe(serial);
  });

  test('serial 60 is the 1900-02-29 that never was, and 0 is no date', () => {
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(serialToIsoDate(0)).toBeUndefined();
    expect(serialToIsoDate(-1)).toBeUndefined();
    expect(serialToIsoDate(MAX_SERIAL + 1)).toBeUndefined();
    expect(serialToIsoDate(Number.NaN)).toBeUndefined();
  });

  test('the time of day is dropped', () => {
    expect(serialToIsoDate(45261.99)).toBe('2023-12-01');
  });

  test('text that is not a real date is refused', () => {
    for (const text of ['2023-02-29', '2023-13-01', '1899-12-31', '2023-1-1', 'i morgon']) expect(isoDateToSerial(text)).toBeUndefined();
    expect(isoDateToSerial('2024-02-29')).toBe(45351);
  });

  test('today is the local calendar date', () => {
    expect(todaySerial(new Date(2023, 11, 1, 23, 59))).toBe(45261);
  });
});
