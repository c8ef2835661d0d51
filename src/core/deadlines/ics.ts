import { createEvents, type EventAttributes } from 'ics';
import type { Agreement } from '../agreements';
import { civilOf, toDayNumber, weekdayName, type CalendarDate } from '../calendar';
import type { DeadlineView } from './status';

const KIND_SV: Record<DeadlineView['kind'], string> = {
  requisition: 'Rekvisition',
  repayment: 'Återbetalning',
  'financial-report': 'Ekonomisk redovisning',
  'final-report': 'Slutrapport',
  'interim-report': 'Delrapport',
  'check-in': 'Avstämning',
};

/** [year, month, day] of a date `days` later: the day after 9999-12-31 is 10000-01-01, which no YYYY-MM-DD string names. */
const parts = (d: CalendarDate, days = 0): [number, number, number] => {
  const { year, month, day } = civilOf(toDayNumber(d) + days);
  return [year, month, day];
};

/**
 * One all-day event per deadline, for Outlook. UIDs are stable (agreement id + deadline id), so
 * importing the file again updates the events instead of duplicating them. `stamp` fixes DTSTAMP
 * so the output is reproducible.
 */
export function deadlinesToIcs(agreement: Agreement, views: readonly DeadlineView[], stamp: CalendarDate): string {
  const events: EventAttributes[] = views.map((v) => {
    const lines = [
      `Överenskommelse: ${agreement.title}`,
      `Vad: ${v.title}`,
      ...(v.by ? [`Vem: ${v.by}`] : []),
      ...(v.recipient ? [`Till: ${v.recipient}`] : []),
      v.precision === 'month' ? `Datum: någon gång under ${v.date.slice(0, 7)} (dokumentet anger bara månaden)` : `Senast: ${v.date}`,
      ...(v.nonWorkingDay && v.precision === 'day'
        ? [`${v.date} är ${v.holiday ?? `en ${weekdayName(v.date, 'sv')}`}: sista arbetsdag före är ${v.lastWorkingDay}.`]
        : []),
    ];
    return {
      uid: `${agreement.id}.${v.id}@bidragskollen`,
      title: `${KIND_SV[v.kind]}: ${v.title} – ${agreement.title}`,
      description: lines.join('\n'),
      // A month-only deadline spans its month.
      start: parts(v.precision === 'month' ? `${v.date.slice(0, 7)}-01` : v.date),
      end: parts(v.date, 1),
      productId: 'bidragskollen',
      calName: `Bidragskollen: ${agreement.title}`,
      timestamp: Date.UTC(...(([y, m, d]) => [y, m - 1, d] as const)(parts(stamp))),
      categories: ['Bidragskollen', KIND_SV[v.kind]],
    };
  });
  const result = createEvents(events);
  if (result.error || !result.value) throw result.error ?? new Error('ics: no output');
  return result.value;
}
