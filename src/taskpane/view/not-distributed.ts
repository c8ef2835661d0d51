import { formatAmount } from '../../core/money';
import { notPlannedIssue, paidWholeIssue, planLines } from '../../core/plan';
import { issueText } from '../../core/result';
import type { AppState } from '../app/state';
import { h } from './dom';

/**
 * The agreement's lines Fördela does not share out, each with why: paid whole to one recipient, or
 * not distributable and what to fill in (the planner's own reasons). Without it a controller looks
 * for "Medel till SKR" in the line list and finds nothing.
 */
export function notDistributed(s: AppState): HTMLElement | null {
  const a = s.agreement;
  if (!a) return null;
  const sv = s.lang === 'sv';
  const items = planLines(a).flatMap((r) => {
    const subject = { sv: 'Raden', en: 'The line' };
    // A shared line (also one paid to SKR for the regions) is in Fördela's list: here only the others.
    const issue = !r.ok ? notPlannedIssue(subject, r.reason) : r.plan.kind === 'whole' ? paidWholeIssue(subject, r.plan.to) : undefined;
    if (!issue) return [];
    const line = (r.ok ? r.plan.visit : r.visit).line;
    const why = issueText(issue, s.lang);
    const amount = line.amount === null ? (sv ? 'ej angivet' : 'not stated') : `${formatAmount(line.amount.toFixed())} kr`;
    return [h('li', {}, h('strong', {}, sv ? line.title : (line.titleEn ?? line.title)), ' ', h('span', { class: 'num' }, amount), h('br', {}), h('span', { class: 'muted' }, why))];
  });
  if (items.length === 0) return null;
  return h('details', { class: 'not-distributed', id: 'not-distributed' }, h('summary', {}, sv ? `Rader som inte fördelas här (${items.length})` : `Lines not distributed here (${items.length})`), h('ul', {}, items));
}
