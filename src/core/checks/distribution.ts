import type Decimal from 'decimal.js';
import type { Line } from '../agreements';
import { Dec, formatAmountPlain, fromSpreadsheetNumber, isDecimal, parseAmount, sum } from '../money';
import { findMunicipality, findRegion, findSamverkansregion, MUNICIPALITIES, REGIONS, SAMVERKANSREGIONER } from '../reference';
import { amountParams, amountValues, checkIssue } from './issue';
import { lineSubject } from './subjects';
import type { CheckIssue, Subject } from './types';

export interface DistributionRowInput {
  /** A county code ("01"), a region's name, a samverkansregion id, or any name for other lines. */
  readonly recipient: string;
  /** As a cell gives it: a number, Swedish text ("1 234 567,50") or a Decimal. */
  readonly amount: number | string | Decimal;
}

export interface DistributionCheckOptions {
  /** The table's own total row, to see whether the table foots. */
  readonly statedTotal?: number | string | Decimal;
}

interface Expected {
  readonly label: Subject;
  readonly ids: readonly string[];
  readonly resolve: (key: string) => string | undefined;
}

/** Who may appear in a table for this line, when the agreement says it. */
function expectedRecipients(line: Line): Expected | undefined {
  const r = line.recipient;
  if (!r) return undefined;
  if (r.type === 'regions' || r.type === 'regions-via-skr')
    return { label: { sv: 'de 21 regionerna', en: 'the 21 regions' }, ids: REGIONS.map((x) => x.code), resolve: (k) => findRegion(k)?.code };
  if (r.type === 'municipalities') return { label: { sv: 'de 290 kommunerna', en: 'the 290 municipalities' }, ids: MUNICIPALITIES.map((m) => m.code), resolve: (k) => findMunicipality(k)?.code };
  if (r.type === 'samverkansregioner')
    return {
      label: { sv: 'de sex samverkansregionerna', en: 'the six healthcare cooperation regions' },
      ids: SAMVERKANSREGIONER.map((x) => x.id),
      resolve: (k) => findSamverkansregion(k)?.id ?? SAMVERKANSREGIONER.find((s) => s.name.toLocaleLowerCase('sv-SE') === k.trim().toLocaleLowerCase('sv-SE'))?.id,
    };
  if (r.type === 'region') {
    const region = findRegion(r.code);
    const name = region?.name ?? r.code;
    return { label: { sv: name, en: name }, ids: [r.code], resolve: (k) => (findRegion(k)?.code === r.code ? r.code : undefined) };
  }
  return undefined;
}

function toDecimal(v: number | string | Decimal): Decimal | undefined {
  if (isDecimal(v)) return v;
  if (typeof v === 'number') return Number.isFinite(v) ? fromSpreadsheetNumber(v) : undefined;
  const r = parseAmount(v);
  return r.ok ? r.value : undefined;
}

/**
 * A user's own distribution table against the agreement line it belongs to: does it foot, does its
 * sum match the line, are the recipients the line's, and are equal shares equal. The task pane and
 * the custom functions call this with cell values.
 */
export function checkDistribution(line: Line, rows: readonly DistributionRowInput[], options: DistributionCheckOptions = {}): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const subject = lineSubject(line);
  const expected = expectedRecipients(line);
  const seen = new Set<string>();
  const amounts: Decimal[] = [];
  rows.forEach((row, i) => {
    const path = ['rows', i];
    const base = { row: i + 1, recipient: row.recipient, value: String(row.amount) };
    const value = toDecimal(row.amount);
    if (value === undefined) issues.push(checkIssue('DISTRIBUTION_INVALID_AMOUNT', base, [...path, 'amount']));
    else {
      amounts.push(value);
      if (value.isNegative() && !value.isZero()) issues.push(checkIssue('DISTRIBUTION_NEGATIVE_AMOUNT', { ...base, value: formatAmountPlain(value) }, [...path, 'amount'], { actual: value.toFixed() }));
    }
    const id = expected ? expected.resolve(row.recipient) : row.recipient.trim().toLocaleLowerCase('sv-SE');
    if (expected && id === undefined) {
      issues.push(checkIssue('DISTRIBUTION_UNKNOWN_RECIPIENT', { ...base, expected: expected.label }, [...path, 'recipient'], { expected: expected.ids.join(', '), actual: row.recipient }));
      return;
    }
    if (id !== undefined && seen.has(id)) issues.push(checkIssue('DISTRIBUTION_DUPLICATE_RECIPIENT', base, [...path, 'recipient'], { actual: row.recipient }));
    if (id !== undefined) seen.add(id);
  });
  if (expected) {
    const missing = expected.ids.filter((id) => !seen.has(id));
    if (missing.length > 0) issues.push(checkIssue('DISTRIBUTION_MISSING_RECIPIENTS', { missing: missing.join(', '), count: missing.length }, ['rows'], { expected: expected.ids.join(', '), actual: [...seen].join(', ') }));
  }
  const total = sum(amounts);
  if (options.statedTotal !== undefined) {
    const stated = toDecimal(options.statedTotal);
    if (stated === undefined)
      issues.push(checkIssue('DISTRIBUTION_INVALID_AMOUNT', { row: rows.length + 1, value: String(options.statedTotal) }, ['statedTotal']));
    else if (!stated.eq(total)) issues.push(checkIssue('DISTRIBUTION_FOOTING_MISMATCH', { subject, ...amountParams(stated, total) }, ['statedTotal'], amountValues(stated, total)));
  }
  if (line.amount === null) issues.push(checkIssue('DISTRIBUTION_LINE_AMOUNT_UNKNOWN', { subject, ...amountParams(total, total) }, ['total'], { actual: total.toFixed() }));
  else if (!line.amount.eq(total)) issues.push(checkIssue('DISTRIBUTION_TOTAL_MISMATCH', { subject, ...amountParams(line.amount, total) }, ['total'], amountValues(line.amount, total)));
  if (line.key === 'equal' && amounts.length > 1) {
    const min = Dec.min(...amounts);
    const max = Dec.max(...amounts);
    // One krona of spread is what rounding an equal split to whole kronor can leave.
    if (max.minus(min).gt(1)) issues.push(checkIssue('DISTRIBUTION_NOT_EQUAL', { subject, ...amountParams(min, max) }, ['rows'], amountValues(min, max)));
  }
  return issues;
}
