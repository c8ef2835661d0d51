import { fromDayNumber, isCalendarDate, toDayNumber, type CalendarDate } from './date';

/**
 * Excel date serials ↔ calendar dates, the only place that knows Excel's calendar: day 0 is
 * 1899-12-30 for every serial from 61 on, and serial 60 is 1900-02-29, a day that never existed
 * (Lotus 1-2-3's leap-year bug, kept by Excel), so serials 1–59 are one day later than that epoch
 * suggests. A time of day (the fraction) is dropped: 45261.75 is still 2023-12-01.
 */
const DAY_ZERO = toDayNumber('1899-12-30');
const FICTITIOUS_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel accepts. */
export const MAX_EXCEL_SERIAL = 2_958_465;
/** 1900-03-01: from here on Excel, LibreOffice and every other engine agree on the serial. */
export const FIRST_UNAMBIGUOUS_SERIAL = 61;

/** The date of a serial Excel would show as a date, or undefined (0, negative, 60, past 9999, NaN). */
export function fromExcelSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === FICTITIOUS_LEAP_DAY) return undefined;
  return fromDayNumber(DAY_ZERO + (day < FICTITIOUS_LEAP_DAY ? day + 1 : day));
}

/** The serial of a real date from 1900-01-01 to 9999-12-31, or undefined (2023-02-30 is not 2023-03-02). */
export function toExcelSerial(date: string): number | undefined {
  if (!isCalendarDate(date)) return undefined;
  const offset = toDayNumber(date) - DAY_ZERO;
  const serial = offset <= FICTITIOUS_LEAP_DAY ? offset - 1 : offset;
  return serial >= 1 && serial <= MAX_EXCEL_SERIAL ? serial : undefined;
}

/**
 * The serial a writer puts in a cell. Throws for anything but a real date from 1900-03-01 on:
 * before that, engines without Excel's leap-year bug (LibreOffice) would show the day before.
 */
export function excelSerial(date: string): number {
  const serial = toExcelSerial(date);
  if (serial === undefined) throw new RangeError(`not a YYYY-MM-DD date Excel can hold: ${date}`);
  if (serial < FIRST_UNAMBIGUOUS_SERIAL) throw new RangeError(`dates before 1900-03-01 are not supported: ${date}`);
  return serial;
}
