import { guard, readDate, readOptionalDate, toSerial, type Cell, type Outcome } from './coerce';
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
