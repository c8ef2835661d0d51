import type Decimal from 'decimal.js';
import { Dec, sum, type Unit } from '../money';
import { tableRecipients, type WeightTable } from '../reference';
import { fail, makeIssue, ok, type Result } from '../result';
import { weightIntervals, type WeightInterval } from './intervals';
import { REVIEW_MESSAGES as M } from './messages';
import { closestFit, fitMethods, type MethodFit } from './methods';
import type { PublishedTable, SourceText, TextAmount } from './table';

/** A total the table is checked against, and where it was stated. */
export interface StatedTotal {
  /** `table`: the table's own total row; `text`: the text around it; `given`: the user's. */
  readonly kind: 'table' | 'text' | 'given';
  readonly amount: Decimal;
  readonly source: SourceText | null;
  /** stated − the sum of the rows. */
  readonly difference: Decimal;
  readonly foots: boolean;
}

export interface CandidateAudit {
  readonly table: WeightTable;
  /** Ids of the published table this candidate has no weight for: it cannot have made the table. */
  readonly missing: readonly string[];
  readonly methods: readonly MethodFit[];
  readonly closest: MethodFit | null;
  /** Some method reproduces every row from these weights. */
  readonly fits: boolean;
  readonly deviatingRows: number;
  /** Per row, the weights that give the published amount under the closest method. */
  readonly intervals: readonly WeightInterval[] | null;
}

export interface TableAudit {
  readonly column: { readonly index: number; readonly name: string | null; readonly unit: Unit };
  readonly rows: readonly { readonly id: string; readonly name: string; readonly published: Decimal; readonly source: SourceText }[];
  readonly tableTotal: Decimal;
  /**
   * The amount the methods distribute: the table's own total row when it has one (what the
   * publisher says it shared out), else the first total the user gives, else the sum of the rows.
   */
  readonly distributed: { readonly amount: Decimal; readonly basis: 'table' | 'given' | 'rows' };
  /** The rows sum to every stated total. */
  readonly foots: boolean;
  readonly statedTotals: readonly StatedTotal[];
  /**
   * Every amount the text states, and what in the table it equals: a column's sum, the sum of all
   * columns, or nothing (then it is about money outside the table, or a discrepancy to ask about).
   */
  readonly textAmounts: readonly (TextAmount & { readonly equals: { readonly column: number } | 'all-columns' | null })[];
  /** Best fit first: reproduces, then fewest deviating rows, then smallest total deviation, then as given. */
  readonly candidates: readonly CandidateAudit[];
  readonly best: CandidateAudit | null;
}

export interface AuditRequest {
  readonly table: PublishedTable;
  /** 0-based column of the table to audit. Default 0. */
  readonly column?: number;
  readonly givenTotals?: readonly Decimal[];
  readonly candidates: readonly WeightTable[];
}

/** Text amounts further than this from the column's sum are about something else. */
const TEXT_TOTAL_TOLERANCE = new Dec('0.05');

/**
 * Audits one column of a published table: does it foot to every total stated for it, and which
 * weights and which rounding method reproduce it, distributing the amount the table says it
 * distributes (see `distributed`). A total that differs from the rows is reported, so a krona
 * changed on one row shows both as a total that does not foot and as a deviation on that row.
 */
export function auditTable(request: AuditRequest): Result<TableAudit> {
  const { table } = request;
  const index = request.column ?? 0;
  const column = table.columns[index];
  if (column === undefined) {
    return fail(makeIssue(M, 'AUDIT_UNKNOWN_COLUMN', { column: String(index + 1), available: columnList(table) }));
  }
  if (request.candidates.length === 0) return fail(makeIssue(M, 'AUDIT_NO_CANDIDATES', {}));
  const rows = table.rows.map((r) => {
    const a = r.amounts[index] as PublishedTable['rows'][number]['amounts'][number];
    return { id: r.id, name: r.name, published: a.amount, source: a.source };
  });
  const published = rows.map((r) => r.published);
  const tableTotal = sum(published);

  const stated: StatedTotal[] = [];
  const add = (kind: StatedTotal['kind'], amount: Decimal, source: SourceText | null) => {
    const difference = amount.minus(tableTotal);
    stated.push({ kind, amount, source, difference, foots: difference.isZero() });
  };
  if (column.total) add('table', column.total.amount, column.total.source);
  const text = textTotalFor(table, index, tableTotal);
  if (text) add('text', text.amount, text.source);
  for (const g of request.givenTotals ?? []) add('given', g, null);

  const given = request.givenTotals?.[0];
  const distributed = column.total
    ? { amount: column.total.amount, basis: 'table' as const }
    : given !== undefined
      ? { amount: given, basis: 'given' as const }
      : { amount: tableTotal, basis: 'rows' as const };
  const candidates = request.candidates.map((t) => auditCandidate(t, rows, published, distributed.amount, column.unit));
  const failed = candidates.find((c): c is { error: Result<never> } => 'error' in c);
  if (failed) return failed.error;
  const audits = (candidates as CandidateAudit[])
    .map((c, order) => ({ c, order }))
    .sort((x, y) => rank(x.c, y.c) || x.order - y.order)
    .map((x) => x.c);
  const sums = table.columns.map((_, j) => sum(table.rows.map((r) => (r.amounts[j] as PublishedTable['rows'][number]['amounts'][number]).amount)));
  const all = sum(sums);
  const textAmounts = table.textAmounts.map((t) => {
    const j = sums.findIndex((s) => s.eq(t.amount));
    return { ...t, equals: j >= 0 ? { column: j } : sums.length > 1 && all.eq(t.amount) ? ('all-columns' as const) : null };
  });
  return ok({
    column: { index, name: column.name, unit: column.unit },
    textAmounts,
    rows,
    tableTotal,
    distributed,
    foots: stated.every((s) => s.foots),
    statedTotals: stated,
    candidates: audits,
    best: audits[0] ?? null,
  });
}

export function columnList(table: PublishedTable): string {
  return table.columns.map((c, i) => `${i + 1}${c.name ? ` (${c.name})` : ''}`).join(', ');
}

/** The column a user names: its number (1-based) or a word of its header, any case. */
export function findColumn(table: PublishedTable, spec: string): number | undefined {
  const t = spec.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t) - 1;
    return n >= 0 && n < table.columns.length ? n : undefined;
  }
  const want = t.toLocaleLowerCase('sv-SE');
  const i = table.columns.findIndex((c) => c.name !== null && c.name.toLocaleLowerCase('sv-SE').includes(want));
  return i >= 0 ? i : undefined;
}

function rank(a: CandidateAudit, b: CandidateAudit): number {
  if (a.missing.length !== b.missing.length) return a.missing.length - b.missing.length;
  if (a.fits !== b.fits) return a.fits ? -1 : 1;
  if (a.deviatingRows !== b.deviatingRows) return a.deviatingRows - b.deviatingRows;
  const da = a.closest?.absoluteDeviation;
  const db = b.closest?.absoluteDeviation;
  return da && db ? da.comparedTo(db) : 0;
}

function auditCandidate(
  table: WeightTable,
  rows: TableAudit['rows'],
  published: readonly Decimal[],
  amount: Decimal,
  unit: Unit,
): CandidateAudit | { error: Result<never> } {
  const weights = alignWeights(table, rows.map((r) => r.id));
  const missing = rows.filter((r) => !weights.has(r.id)).map((r) => r.id);
  if (missing.length > 0) return { table, missing, methods: [], closest: null, fits: false, deviatingRows: rows.length, intervals: null };
  const recipients = tableRecipients({ ...table, rows: rows.map((r) => ({ id: r.id, name: r.name, weight: weights.get(r.id) as Decimal })) });
  const fits = fitMethods(amount, recipients, published, unit);
  if (!fits.ok) return { error: fits as Result<never> };
  const closest = closestFit(fits.value) ?? null;
  return {
    table,
    missing,
    methods: fits.value,
    closest,
    fits: fits.value.some((f) => f.reproduces),
    deviatingRows: closest?.deviations.length ?? rows.length,
    intervals: closest ? weightIntervals(closest, published) : null,
  };
}

/**
 * The candidate's weight per county code. A municipal table (four-digit codes) is summed per county
 * when the published table is per county: its first two digits are the county's.
 */
function alignWeights(table: WeightTable, ids: readonly string[]): Map<string, Decimal> {
  const direct = new Map(table.rows.map((r) => [r.id, r.weight]));
  if (ids.every((id) => direct.has(id))) return direct;
  if (!ids.every((id) => /^\d{2}$/.test(id)) || !table.rows.every((r) => /^\d{4}$/.test(r.id))) return direct;
  const byCounty = new Map<string, Decimal>();
  for (const r of table.rows) {
    const county = r.id.slice(0, 2);
    byCounty.set(county, (byCounty.get(county) ?? new Dec(0)).plus(r.weight));
  }
  return byCounty;
}

/**
 * The amount in the text that is this column's total: the one nearest the column's sum, within 5 %,
 * and not another column's own total. "1 357 000 000 utifrån befolkningsmängd" over a table of
 * 1 367 000 000 is found; "1 535 000 000 kronor" for the whole agreement is not.
 */
function textTotalFor(table: PublishedTable, index: number, total: Decimal): PublishedTable['textAmounts'][number] | undefined {
  const others = table.columns.flatMap((c, i) => (i !== index && c.total ? [c.total.amount] : []));
  let best: PublishedTable['textAmounts'][number] | undefined;
  let bestGap: Decimal | undefined;
  for (const t of table.textAmounts) {
    if (others.some((o) => o.eq(t.amount)) && !t.amount.eq(total)) continue;
    const gap = t.amount.minus(total).abs();
    if (total.isZero() || gap.div(total.abs()).gt(TEXT_TOTAL_TOLERANCE)) continue;
    if (bestGap === undefined || gap.lt(bestGap)) {
      best = t;
      bestGap = gap;
    }
  }
  return best;
}

/** The row that shows best that a candidate did not make the table: a deviating row whose weight lies outside its interval, the largest weight first. */
export function evidenceRow(c: CandidateAudit): WeightInterval | undefined {
  if (!c.intervals || !c.closest) return undefined;
  const deviating = new Set(c.closest.deviations.map((d) => d.id));
  const outside = c.intervals.filter((i) => !i.contains && (deviating.has(i.id) || c.closest?.method !== 'largest-remainder'));
  return [...outside].sort((a, b) => b.weight.comparedTo(a.weight))[0];
}

