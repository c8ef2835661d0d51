/**
 * Excel date serials ↔ calendar dates (YYYY-MM-DD), the only place that knows Excel's calendar:
 * day 0 is 1899-12-30 for every serial from 61 on, and serial 60 is 1900-02-29, a day that never
 * existed (Lotus 1-2-3's leap-year bug, kept by Excel), so serials 1–59 are one day later than
 * that epoch suggests. Times of day (the fraction) are dropped.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel accepts. */
export const MAX_SERIAL = 2_958_465;
const FICTITIOUS_LEAP_DAY = 60;

export function serialToIsoDate(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === FICTITIOUS_LEAP_DAY) return undefined;
  const offset = day < FICTITIOUS_LEAP_DAY ? day + 1 : day;
  return new Date(EPOCH + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDateToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  const offset = Math.round((utc - EPOCH) / MS_PER_DAY);
  const serial = offset <= FICTITIOUS_LEAP_DAY ? offset - 1 : offset;
  return serial >= 1 && serial <= MAX_SERIAL ? serial : undefined;
}

/** The user's calendar date today (local time, as Excel's TODAY()), as a serial. */
export function todaySerial(now: Date = new Date()): number {
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return isoDateToSerial(iso) as number;
}
