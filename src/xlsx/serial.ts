import { fromDayNumber, isCalendarDate, toDayNumber } from '../core/deadlines';

const EXCEL_DAY_ZERO = toDayNumber('1899-12-30');

/**
 * The one place calendar dates become Excel serial numbers: day 1 is 1900-01-01, and Excel counts a
 * 29 February 1900 that never was, so from 1900-03-01 on the serial is days since 1899-12-30.
 */
export function excelSerial(isoDate: string): number {
  if (!isCalendarDate(isoDate)) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const days = toDayNumber(isoDate) - EXCEL_DAY_ZERO;
  if (days < 61) throw new RangeError(`dates before 1900-03-01 are not supported: ${isoDate}`);
  return days;
}

/** The inverse, for reading cells back. */
export function fromExcelSerial(serial: number): string {
  return fromDayNumber(Math.round(serial) + EXCEL_DAY_ZERO);
}
