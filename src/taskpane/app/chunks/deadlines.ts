// Loaded on demand: the .ics writer stays out of the start-up bundle.
import type { Agreement } from '../../../core/agreements';
import { agreementDeadlines, deadlinesToIcs, type DeadlineView } from '../../../core/deadlines';

export function deadlineViews(a: Agreement, today: string): DeadlineView[] {
  return agreementDeadlines(a, today);
}

export function icsText(a: Agreement, views: readonly DeadlineView[], today: string): string {
  return deadlinesToIcs(a, views, today);
}

export { deadlinesScreen } from '../../view/deadlines';
