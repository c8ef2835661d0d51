import { CALENDAR_RANGE, inCalendarRange, lastWorkingDay, localDate } from '../core/calendar';
import { fail, guard, issue, readDate, readOptionalDate, toSerial, type Cell, type Outcome } from './coerce';
import { FUNCTION_MESSAGES as M, LABELS } from './messages';

/** DAGARKVAR / DAYSLEFT: whole days from today (or the given day) to the date; negative once it has passed. */
export function daysLeftCells(date: Cell, today?: Cell, now: () => Date = () => new Date()): Outcome<number> {
  return guard(() => {
    const target = toSerial(readDate(date, LABELS.date));
    const from = readOptionalDate(today, LABELS.today);
    return target - toSerial(from ?? localDate(now()));
  });
}

/** SISTAARBETSDAG / LASTWORKDAY: the date itself when it is a Swedish working day, else the last one before it. */
export function lastWorkDayCells(date: Cell): Outcome<number> {
  return guard(() => {
    const iso = readDate(date, LABELS.date);
    const last = lastWorkingDay(iso);
    if (!inCalendarRange(iso) || !inCalendarRange(last))
      fail(issue('DATE_OUTSIDE_CALENDAR', M.DATE_OUTSIDE_CALENDAR, { what: LABELS.date, value: iso, ...CALENDAR_RANGE }));
    return toSerial(last);
  });
}
