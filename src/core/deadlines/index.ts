export { agreementDeadlines, deadlineStatus, deadlinesToJson, viewDeadline, DUE_SOON_DAYS, type DeadlineStatus, type DeadlineView } from './status';
export { deadlinesToIcs } from './ics';
