export * from './calendar';
export { isWorkingDay, lastWorkingDay, WEEKENDS_ONLY, type HolidayCalendar } from './holidays';
export { agreementDeadlines, deadlineStatus, deadlinesToJson, viewDeadline, DUE_SOON_DAYS, type DeadlineStatus, type DeadlineView } from './status';
export { deadlinesToIcs } from './ics';
