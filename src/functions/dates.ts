import { lastWorkingDay, type HolidayCalendar } from '../core/deadlines';
import { guard, isExcelError, issue, readDate, readOptionalDate, toExcelError, toSerial, type Cell, type Outcome } from './coerce';
import { LABELS } from './messages';
import { todaySerial } from './serial';

/** DAGARKVAR / DAYSLEFT: whole days from today (or the given day) to the date; negative once it has passed. */
export function daysLeftCells(date: Cell, today?: Cell, now: () => Date = () => new Date()): Outcome<number> {
  return guard(() => {
    const target = toSerial(readDate(date, LABELS.date));
    const from = readOptionalDate(today, LABELS.today);
    return target - (from === undefined ? todaySerial(now()) : toSerial(from));
  });
}

/** SISTAARBETSDAG / LASTWORKDAY: the date itself when it is a Swedish working day, else the last one before it. */
export async function lastWorkDayCells(date: Cell, load: () => Promise<HolidayCalendar> = swedishCalendar, timeoutMs = CALENDAR_TIMEOUT_MS): Promise<Outcome<number>> {
  const iso = guard(() => readDate(date, LABELS.date));
  if (isExcelError(iso)) return iso;
  let calendar: HolidayCalendar;
  try {
    calendar = await withTimeout(load(), timeoutMs);
  } catch (e) {
    return toExcelError([issue('CALENDAR_UNAVAILABLE', { detail: e instanceof Error ? e.message : String(e) })]);
  }
  return guard(() => toSerial(lastWorkingDay(iso, calendar)));
}

/** Past this, a cell shows #N/A instead of waiting (#BUSY!) for a calendar that does not come. */
const CALENDAR_TIMEOUT_MS = 30_000;

let calendar: Promise<HolidayCalendar> | undefined;

/**
 * Swedish public holidays come from date-holidays, over a megabyte with its rules for every
 * country, so the add-in loads them on first use, in a chunk of their own, once; a failed load is
 * tried again on the next call.
 */
export function swedishCalendar(): Promise<HolidayCalendar> {
  calendar ??= import(/* webpackChunkName: "holidays" */ '../core/deadlines/swedish-holidays').then((m) => m.swedishHolidayCalendar());
  calendar.catch(() => {
    calendar = undefined;
  });
  return calendar;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
