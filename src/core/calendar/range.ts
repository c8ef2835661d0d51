import { dateParts, type CalendarDate } from './date';

/**
 * The days the Swedish holiday calendar answers for: from 1953, when midsommardagen and alla
 * helgons dag became movable Saturdays (the rules before that are not written out), to the last
 * day Excel knows. Apart from the holiday rules, so a check of the range does not bring them along.
 */
export const CALENDAR_RANGE = { first: '1953-01-01', last: '9999-12-31' } as const;

export function inCalendarRange(date: CalendarDate): boolean {
  return dateParts(date) !== undefined && withinCalendarRange(date);
}

/** For a date already known to be real: YYYY-MM-DD order is date order. */
export const withinCalendarRange = (date: CalendarDate): boolean => date >= CALENDAR_RANGE.first && date <= CALENDAR_RANGE.last;
