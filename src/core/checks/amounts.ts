import type Decimal from 'decimal.js';
import { leaves, walkLines, type Agreement, type Funder, type LineVisit, type RecipientTotals, type Source, type StatedAmount, type Statement } from '../agreements';
import { sum } from '../money';
import { amountParams, amountValues, checkIssue } from './issue';
import { checkParts } from './parts';
import { agreementSubject, areaSubject, breakdownSubject, lineSubject, recipientLabel, recipientTypesLabel, sameRecipient } from './subjects';
import type { CheckIssue, Subject } from './types';

/** Every level of the tree: the agreement's areas against its total, each group's lines against it. */
export function checkTree(a: Agreement): CheckIssue[] {
  const issues: CheckIssue[] = [];
  if (a.total.amount === null) {
    const known = a.areas.map((x) => x.amount).filter((x): x is Decimal => x !== null);
    issues.push(...checkParts({ whole: null, parts: a.areas.map((x) => x.amount), complete: a.areasComplete, subject: agreementSubject(a), path: ['total'] }));
    if (known.length === 0) issues.push(checkIssue('TOTAL_NOT_STATED', { subject: agreementSubject(a), expected: '', actual: '', gap: '' }, ['total']));
  } else {
    issues.push(...checkParts({ whole: a.total.amount, parts: a.areas.map((x) => x.amount), complete: a.areasComplete, subject: agreementSubject(a), path: ['areas'] }));
  }
  for (const v of walkLines(a)) {
    if (!v.line.lines) continue;
    issues.push(...checkParts({ whole: v.line.amount, parts: v.line.lines.map((x) => x.amount), complete: v.line.linesComplete === true, subject: subjectOf(v), path: [...v.path, 'lines'] }));
  }
  return issues;
}

export const subjectOf = (v: LineVisit): Subject => (v.depth === 0 ? areaSubject(v.line) : lineSubject(v.line));

/** The same figure stated in several places must agree: text against tables. */
export function checkStatements(a: Agreement): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const stated: [StatedAmount, Subject, string][] = [
    [a.total, { sv: 'överenskommelsens totalbelopp', en: "the agreement's total" }, 'total'],
    [a.stateShare, { sv: 'statens andel', en: "the state's share" }, 'stateShare'],
    [a.regionsShare, { sv: 'regionernas andel', en: "the regions' share" }, 'regionsShare'],
  ];
  if (a.frame) stated.push([a.frame, { sv: 'ramen', en: 'the frame' }, 'frame']);
  for (const [s, subject, key] of stated) issues.push(...compare(s.amount, null, s.alsoStated, subject, [key]));
  for (const v of walkLines(a)) issues.push(...compare(v.line.amount, v.line.recipient ?? null, v.line.alsoStated, subjectOf(v), v.path));
  a.recipientTotals.forEach((b, i) =>
    b.parts.forEach((p, j) => issues.push(...compare(p.amount, null, p.alsoStated, { sv: `”${p.title}”`, en: `"${p.title}"` }, ['recipientTotals', i, 'parts', j]))),
  );
  return issues;
}

function compare(
  amount: Decimal | null,
  recipient: LineVisit['line']['recipient'] | null,
  statements: readonly Statement[] | undefined,
  subject: Subject,
  path: readonly (string | number)[],
): CheckIssue[] {
  const issues: CheckIssue[] = [];
  (statements ?? []).forEach((s, i) => {
    const where = describe(s.source);
    const at = [...path, 'alsoStated', i];
    if (amount !== null && s.amount !== null && s.amount !== undefined && !s.amount.eq(amount))
      issues.push(checkIssue('STATEMENT_AMOUNT_MISMATCH', { subject, where, ...amountParams(amount, s.amount) }, at, amountValues(amount, s.amount)));
    if (recipient && s.recipient && !sameRecipient(recipient, s.recipient)) {
      const expected = recipientLabel(recipient);
      const actual = recipientLabel(s.recipient);
      issues.push(checkIssue('STATEMENT_RECIPIENT_MISMATCH', { subject, where, expected, actual }, at, { expected: expected.sv, actual: actual.sv }));
    }
  });
  return issues;
}

const describe = (s: Source) => `${s.document ? `${s.document}, ` : ''}${s.where}`;

/** State's share + regions' own share against the total. */
export function checkShares(a: Agreement): CheckIssue[] {
  const total = a.total.amount;
  const state = a.stateShare.amount;
  const regions = a.regionsShare.amount;
  if (total === null) return [];
  if (state !== null && regions !== null) {
    const both = state.plus(regions);
    if (both.eq(total)) return [];
    return [checkIssue('SHARES_SUM_MISMATCH', { subject: agreementSubject(a), ...amountParams(total, both) }, ['stateShare'], amountValues(total, both))];
  }
  const [one, subject, key] =
    state !== null ? [state, { sv: 'statens andel', en: "the state's share" }, 'stateShare'] : [regions, { sv: 'regionernas andel', en: "the regions' share" }, 'regionsShare'];
  if (one === null || one.eq(total)) return [];
  if (one.gt(total)) return [checkIssue('SHARES_SUM_MISMATCH', { subject, ...amountParams(total, one) }, [key], amountValues(total, one))];
  return [checkIssue('SHARES_NOT_VERIFIABLE', { subject, ...amountParams(total, one) }, [key], amountValues(total, one))];
}

const SCOPES = { total: null, stateShare: 'state', regionsShare: 'regions' } as const satisfies Record<RecipientTotals['of'], Funder | null>;
const wholeOf = (a: Agreement, of: RecipientTotals['of']) => a[of].amount;

/** Leaves that count toward a whole: all of them for the total, those of one funder for a share. */
function scopeLeaves(a: Agreement, of: RecipientTotals['of']): { known: LineVisit[]; fullyKnown: boolean } {
  const funder = SCOPES[of];
  const inScope = leaves(a).filter((v) => v.line.amount !== null && (funder === null || v.funder === funder));
  const whole = wholeOf(a, of);
  const attributed = sum(inScope.filter((v) => v.line.recipient !== null && v.line.recipient !== undefined).map((v) => v.line.amount as Decimal));
  return { known: inScope, fullyKnown: whole !== null && attributed.eq(whole) };
}

/** The lines each funder pays for against the state's share and the regions' own share. */
export function checkFunders(a: Agreement): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const anyKnown = leaves(a).some((v) => v.line.amount !== null);
  for (const [of, subject] of [
    ['stateShare', { sv: 'staten', en: 'the state' }],
    ['regionsShare', { sv: 'regionerna (egen insats)', en: "the regions (own contribution)" }],
  ] as const) {
    const share = wholeOf(a, of);
    if (share === null || !anyKnown) continue;
    const funder = SCOPES[of];
    const lines = leaves(a).filter((v) => v.line.amount !== null && v.funder === funder);
    const total = sum(lines.map((v) => v.line.amount as Decimal));
    const allFunded = a.total.amount !== null && sum(leaves(a).filter((v) => v.line.amount !== null && v.funder !== null).map((v) => v.line.amount as Decimal)).eq(a.total.amount);
    if (total.eq(share)) continue;
    if (total.gt(share) || allFunded) issues.push(checkIssue('FUNDER_TOTAL_MISMATCH', { subject, ...amountParams(share, total) }, [of], amountValues(share, total)));
    else issues.push(checkIssue('FUNDER_TOTAL_NOT_VERIFIABLE', { subject, ...amountParams(share, total) }, [of], amountValues(share, total)));
  }
  return issues;
}

/** The totals per recipient type the text states: against their whole, and against the lines. */
export function checkRecipientTotals(a: Agreement): CheckIssue[] {
  const issues: CheckIssue[] = [];
  a.recipientTotals.forEach((b, i) => {
    const path = ['recipientTotals', i];
    issues.push(...checkParts({ whole: wholeOf(a, b.of), parts: b.parts.map((p) => p.amount), complete: b.complete, subject: breakdownSubject(b.title), path: [...path, 'parts'] }));
    const { known, fullyKnown } = scopeLeaves(a, b.of);
    b.parts.forEach((p, j) => {
      const group = recipientTypesLabel(p.recipients);
      const lines = known.filter((v) => v.line.recipient && p.recipients.includes(v.line.recipient.type));
      const total = sum(lines.map((v) => v.line.amount as Decimal));
      if (total.eq(p.amount)) return;
      const params = { subject: { sv: `”${p.title}”`, en: `"${p.title}"` }, group, ...amountParams(p.amount, total) };
      const at = [...path, 'parts', j];
      if (fullyKnown || total.gt(p.amount)) issues.push(checkIssue('RECIPIENT_TOTAL_MISMATCH', params, at, amountValues(p.amount, total)));
      else if (known.length > 0) issues.push(checkIssue('RECIPIENT_TOTAL_NOT_VERIFIABLE', params, at, amountValues(p.amount, total)));
    });
  });
  return issues;
}

/** A frame the government states (e.g. 600 mnkr) against the agreement's total. */
export function checkFrame(a: Agreement): CheckIssue[] {
  const frame = a.frame?.amount ?? null;
  const total = a.total.amount;
  if (frame === null || total === null || frame.eq(total)) return [];
  const code = total.gt(frame) ? 'TOTAL_EXCEEDS_FRAME' : 'TOTAL_BELOW_FRAME';
  return [checkIssue(code, { subject: agreementSubject(a), ...amountParams(frame, total) }, ['frame'], amountValues(frame, total))];
}

