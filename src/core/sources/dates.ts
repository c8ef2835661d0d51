import { fail, makeIssue, ok, type Result } from '../result';
import { SOURCE_MESSAGES as M } from './messages';

/** SCB publishes population on 31 December, on 1 November and at each month's end. */
export type PopulationDateKind = '31dec' | '1nov' | 'month';

export const DATE_KINDS: readonly PopulationDateKind[] = ['31dec', '1nov', 'month'];

export const DATE_KIND_LABELS: Record<PopulationDateKind, { sv: string; en: string }> = {
  '31dec': { sv: '31 december', en: '31 December' },
  '1nov': { sv: '1 november', en: '1 November' },
  month: { sv: 'månadsslut', en: 'month end' },
};

export interface PopulationDate {
  readonly date: string;
  readonly kind: PopulationDateKind;
  readonly year: number;
  readonly month: number;
}

export function parseDateKind(input: string): PopulationDateKind | undefined {
  const s = input.trim().toLowerCase().replace(/[\s.-]/g, '');
  if (['31dec', '31december', 'dec'].includes(s)) return '31dec';
  if (['1nov', '1november', 'nov'].includes(s)) return '1nov';
  if (['month', 'manad', 'månad', 'månadsslut', 'monthend'].includes(s)) return 'month';
  return undefined;
}

export function lastDayOfMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A date and what kind of SCB figure it asks for; the kind follows from the date when not given. */
export function parsePopulationDate(input: string, kind?: PopulationDateKind): Result<PopulationDate> {
  const date = input.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return fail(makeIssue('DATE_INVALID', M.DATE_INVALID, { date }));
  const monthEnd = day === lastDayOfMonth(year, month);
  const inferred: PopulationDateKind | undefined = month === 12 && day === 31 ? '31dec' : month === 11 && day === 1 ? '1nov' : monthEnd ? 'month' : undefined;
  const chosen = kind ?? inferred;
  if (!chosen) return fail(makeIssue('DATE_NO_KIND', M.DATE_NO_KIND, { date }));
  const fits = chosen === '31dec' ? month === 12 && day === 31 : chosen === '1nov' ? month === 11 && day === 1 : monthEnd;
  if (!fits) {
    const expected = chosen === '31dec' ? `${year}-12-31` : chosen === '1nov' ? `${year}-11-01` : `${date.slice(0, 8)}${lastDayOfMonth(year, month)}`;
    return fail(makeIssue('DATE_KIND_MISMATCH', M.DATE_KIND_MISMATCH, { date, kind: DATE_KIND_LABELS[chosen].sv, expected }));
  }
  return ok({ date, kind: chosen, year, month });
}
