// Loaded on demand: the holiday rules (date-holidays) and the .ics writer stay out of the start-up bundle.
import type { Agreement } from '../../../core/agreements';
import { agreementDeadlines, deadlinesToIcs, type DeadlineView } from '../../../core/deadlines';
import { swedishHolidayCalendar } from '../../../core/deadlines/swedish-holidays';

export function deadlineViews(a: Agreement, today: string): DeadlineView[] {
  return agreementDeadlines(a, today, swedishHolidayCalendar());
}

export function icsText(a: Agreement, views: readonly DeadlineView[], today: string): string {
  return deadlinesToIcs(a, views, today);
}
