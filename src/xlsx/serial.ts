/**
 * The one place calendar dates become Excel serial numbers: day 1 is 1900-01-01, and Excel counts a
 * 29 February 1900 that never was, so from 1900-03-01 on the serial is days since 1899-12-30.
 */
export function excelSerial(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(utc);
  if (d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new RangeError(`no such date: ${isoDate}`);
  }
  const days = Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (days < 61) throw new RangeError(`dates before 1900-03-01 are not supported: ${isoDate}`);
  return days;
}

/** The inverse, for reading cells back. */
export function fromExcelSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}
