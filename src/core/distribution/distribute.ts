import type Decimal from 'decimal.js';
import { Dec, ZERO, formatAmountPlain, isDecimal, parseAmount, roundTo, unitLabel, unitValue, UNITS } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { apportion, type Apportionment } from './apportion';
import { DISTRIBUTION_MESSAGES as M, MAX_RECIPIENTS } from './messages';
import {
  TIE_BREAK,
  type AmountInput,
  type Distribution,
  type DistributionRequest,
  type DistributionRow,
  type FixedAmount,
  type Method,
} from './types';
import { normalizeWeights, type NormalizedWeights } from './weights';

const DEFAULT_NONE_DECIMALS = 6;

/**
 * Distributes an amount exactly: named fixed amounts first, then a base per recipient, then the
 * rest in proportion to the weights, rounded to the unit by the chosen method. Negative amounts
 * (repayments) are distributed as their absolute value and mirrored, so they round exactly like
 * the positive case. Returns every problem it finds, not just the first.
 */
export function distribute(request: DistributionRequest): Result<Distribution> {
  const issues: Issue[] = [];
  const unit = request.unit ?? UNITS.krona;
  const method: Method = request.method ?? 'largest-remainder';
  const recipients = request.recipients;
  const fixedList = request.fixed ?? [];

  const amount = readAmount(request.amount, ['amount'], issues);
  const decimals = method === 'none' ? readDecimals(request.decimals, issues) : undefined;

  if (recipients.length + fixedList.length === 0) issues.push(makeIssue('EMPTY_RECIPIENTS', M.EMPTY_RECIPIENTS, {}, ['recipients']));
  if (recipients.length + fixedList.length > MAX_RECIPIENTS) {
    return fail(makeIssue('TOO_MANY_RECIPIENTS', M.TOO_MANY_RECIPIENTS, { count: recipients.length + fixedList.length }, ['recipients']));
  }
  checkIds(recipients, 'recipients', issues);
  checkIds(fixedList, 'fixed', issues);
  const weights = normalizeWeights(recipients, issues);

  const fixedAmounts = fixedList.map((f, i) => readAmount(f.amount, ['fixed', i, 'amount'], issues));
  const base = request.basePerRecipient === undefined ? ZERO : readAmount(request.basePerRecipient, ['basePerRecipient'], issues);
  if (issues.length > 0 || amount === undefined || base === undefined) return fail(...issues);

  const step = unitValue(unit);
  const negative = amount.isNegative() && !amount.isZero();
  const sameSign = (d: Decimal): boolean => d.isZero() || d.isNegative() === negative;
  const onUnit = (d: Decimal): boolean => method === 'none' || d.div(step).isInteger();
  const notOnUnit = (id: string | undefined, d: Decimal, path: (string | number)[]) =>
    makeIssue(
      'AMOUNT_NOT_MULTIPLE_OF_UNIT',
      M.AMOUNT_NOT_MULTIPLE_OF_UNIT,
      { ...(id === undefined ? {} : { id }), amount: formatAmountPlain(d), unitSv: unitLabel(unit, 'sv'), unitEn: unitLabel(unit, 'en') },
      path,
    );

  if (!onUnit(amount)) issues.push(notOnUnit(undefined, amount, ['amount']));
  fixedAmounts.forEach((f, i) => {
    const id = (fixedList[i] as FixedAmount).id;
    if (f === undefined) return;
    if (!sameSign(f)) issues.push(makeIssue('FIXED_SIGN_MISMATCH', M.FIXED_SIGN_MISMATCH, { id }, ['fixed', i, 'amount']));
    if (!onUnit(f)) issues.push(notOnUnit(id, f, ['fixed', i, 'amount']));
  });
  if (!sameSign(base)) issues.push(makeIssue('FIXED_SIGN_MISMATCH', M.FIXED_SIGN_MISMATCH, { id: 'grundbeloppet' }, ['basePerRecipient']));
  if (!onUnit(base)) issues.push(notOnUnit('grundbeloppet', base, ['basePerRecipient']));
  if (issues.length > 0) return fail(...issues);

  const fixedTotal = (fixedAmounts as Decimal[]).reduce((a, b) => a.plus(b), ZERO).plus(base.times(recipients.length));
  if (fixedTotal.abs().gt(amount.abs())) {
    return fail(
      makeIssue('FIXED_EXCEEDS_AMOUNT', M.FIXED_EXCEEDS_AMOUNT, { fixed: formatAmountPlain(fixedTotal), amount: formatAmountPlain(amount) }, ['fixed']),
    );
  }
  const rest = amount.minus(fixedTotal);
  if (!rest.isZero() && recipients.length > 0 && weights.isZero) {
    return fail(makeIssue('ALL_WEIGHTS_ZERO', M.ALL_WEIGHTS_ZERO, {}, ['recipients']));
  }

  const shares = recipients.length > 0 && !weights.isZero ? shareRest(rest.abs(), step, method, decimals, weights) : undefined;
  const sign = negative ? -1 : 1;

  const rows: DistributionRow[] = [];
  const weightedIndex = new Map<string, number>();
  recipients.forEach((r, i) => weightedIndex.set(r.id, i));
  fixedList.forEach((f, i) => {
    if (!weightedIndex.has(f.id)) rows.push(fixedRow(f, fixedAmounts[i] as Decimal));
  });
  const fixedById = new Map<string, Decimal>();
  fixedList.forEach((f, i) => fixedById.set(f.id, fixedAmounts[i] as Decimal));
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i] as (typeof recipients)[number];
    const extra = fixedById.get(r.id);
    rows.push(new WeightedRow(r.id, r.name ?? r.id, i, weights, shares, step, sign, extra ? base.plus(extra) : base));
  }

  const sharedUnits = shares ? sumUnits(shares.kind === 'units' ? shares.a.shares : undefined) : 0n;
  const sharedTotal =
    shares === undefined
      ? ZERO
      : shares.kind === 'units'
        ? new Dec(sharedUnits.toString()).times(step).times(sign)
        : shares.amounts.reduce((a, b) => a.plus(b), ZERO).times(sign);
  const total = fixedTotal.plus(sharedTotal);
  const plainResidual =
    shares === undefined ? rest : shares.kind === 'units' ? new Dec(shares.a.plainResidual.toString()).times(step).times(sign) : amount.minus(total);

  return ok({
    method,
    unit,
    decimals,
    tieBreak: TIE_BREAK,
    amount,
    total,
    residual: amount.minus(total),
    plainRoundingResidual: plainResidual,
    rows,
    source: request.source,
  });
}

type Shares =
  | { readonly kind: 'units'; readonly a: Apportionment }
  | { readonly kind: 'exact'; readonly amounts: Decimal[]; readonly quotas: Decimal[] };

function shareRest(rest: Decimal, step: Decimal, method: Method, decimals: number | undefined, w: NormalizedWeights): Shares {
  if (method === 'none') {
    const total = sumWeights(w);
    const quotas = Array.from({ length: w.ints.length }, (_, i) => rest.times(w.weight(i)).div(total));
    return { kind: 'exact', quotas, amounts: quotas.map((q) => roundTo(q, decimals ?? DEFAULT_NONE_DECIMALS, 'half-away-from-zero')) };
  }
  const units = BigInt(rest.div(step).toFixed(0));
  return { kind: 'units', a: apportion(units, w.ints, method) };
}

function sumWeights(w: NormalizedWeights): Decimal {
  let t = ZERO;
  for (let i = 0; i < w.ints.length; i++) t = t.plus(w.weight(i));
  return t;
}

function sumUnits(shares: Float64Array | bigint[] | undefined): bigint {
  if (shares === undefined) return 0n;
  if (shares instanceof Float64Array) {
    let t = 0;
    for (let i = 0; i < shares.length; i++) t += shares[i] as number;
    return BigInt(t);
  }
  let t = 0n;
  for (const s of shares) t += s;
  return t;
}

const toDec = (v: number | bigint): Decimal => new Dec(typeof v === 'bigint' ? v.toString() : v);

/** A row computes its Decimals only when read: the engine itself works in integer units. */
class WeightedRow implements DistributionRow {
  constructor(
    readonly id: string,
    readonly name: string,
    private readonly i: number,
    private readonly w: NormalizedWeights,
    private readonly s: Shares | undefined,
    private readonly step: Decimal,
    private readonly sign: 1 | -1,
    readonly fixed: Decimal,
  ) {}

  get weight(): Decimal {
    return this.w.weight(this.i);
  }

  get quota(): Decimal {
    const s = this.s;
    if (s === undefined) return ZERO;
    if (s.kind === 'exact') return (s.quotas[this.i] as Decimal).times(this.sign);
    const floor = toDec(s.a.floors[this.i] as number | bigint);
    const fraction = toDec(s.a.remainders[this.i] as number | bigint).div(toDec(s.a.divisor));
    return floor.plus(fraction).times(this.step).times(this.sign);
  }

  get rounded(): Decimal {
    const s = this.s;
    if (s === undefined) return ZERO;
    if (s.kind === 'exact') return (s.amounts[this.i] as Decimal).times(this.sign);
    return toDec(s.a.rounded[this.i] as number | bigint).times(this.step).times(this.sign);
  }

  get adjustment(): Decimal {
    const s = this.s;
    if (s === undefined || s.kind === 'exact') return ZERO;
    const diff = typeof s.a.shares[this.i] === 'bigint'
      ? (s.a.shares[this.i] as bigint) - (s.a.rounded[this.i] as bigint)
      : (s.a.shares[this.i] as number) - (s.a.rounded[this.i] as number);
    return toDec(diff).times(this.step).times(this.sign);
  }

  get amount(): Decimal {
    return this.fixed.plus(this.rounded).plus(this.adjustment);
  }
}

function fixedRow(f: FixedAmount, amount: Decimal): DistributionRow {
  return { id: f.id, name: f.name ?? f.id, weight: ZERO, quota: ZERO, fixed: amount, rounded: ZERO, adjustment: ZERO, amount };
}

function readAmount(input: AmountInput, path: (string | number)[], issues: Issue[]): Decimal | undefined {
  if (isDecimal(input)) {
    if (input.isFinite()) return new Dec(input);
  } else {
    const parsed = parseAmount(input);
    if (parsed.ok) return parsed.value;
  }
  issues.push(makeIssue('INVALID_AMOUNT', M.INVALID_AMOUNT, { text: String(input) }, path));
  return undefined;
}

function readDecimals(d: number | undefined, issues: Issue[]): number {
  if (d === undefined) return DEFAULT_NONE_DECIMALS;
  if (!Number.isInteger(d) || d < 0 || d > 20) {
    issues.push(makeIssue('INVALID_DECIMALS', M.INVALID_DECIMALS, { value: String(d) }, ['decimals']));
    return DEFAULT_NONE_DECIMALS;
  }
  return d;
}

function checkIds(list: readonly { id: string }[], field: string, issues: Issue[]): void {
  const seen = new Set<string>();
  const reported = new Set<string>();
  list.forEach((r, i) => {
    if (r.id.trim() === '') issues.push(makeIssue('EMPTY_ID', M.EMPTY_ID, {}, [field, i, 'id']));
    else if (seen.has(r.id) && !reported.has(r.id)) {
      issues.push(makeIssue('DUPLICATE_ID', M.DUPLICATE_ID, { id: r.id }, [field, i, 'id']));
      reported.add(r.id);
    }
    seen.add(r.id);
  });
}
