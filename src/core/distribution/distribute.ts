import type Decimal from 'decimal.js';
import { Dec, ZERO, formatAmountPlain, isDecimal, parseAmount, roundTo, unitLabel, unitValue, UNITS } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { apportion, type Apportionment } from './apportion';
import { findBadIds } from './ids';
import { DISTRIBUTION_MESSAGES as M, MAX_RECIPIENTS, type Whose } from './messages';
import {
  TIE_BREAK,
  type AmountInput,
  type Distribution,
  type DistributionRequest,
  type DistributionRow,
  type FixedAmount,
  type Method,
  type WeightedRecipient,
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

  if (recipients.length + fixedList.length === 0) issues.push(makeIssue(M, 'EMPTY_RECIPIENTS', {}, ['recipients']));
  if (recipients.length + fixedList.length > MAX_RECIPIENTS) {
    return fail(makeIssue(M, 'TOO_MANY_RECIPIENTS', { count: recipients.length + fixedList.length }, ['recipients']));
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
  const notOnUnit = (whose: Whose, d: Decimal, path: (string | number)[]) =>
    makeIssue(M, 'AMOUNT_NOT_MULTIPLE_OF_UNIT', { whose, amount: formatAmountPlain(d), unitSv: unitLabel(unit, 'sv'), unitEn: unitLabel(unit, 'en') }, path);

  if (!onUnit(amount)) issues.push(notOnUnit({ of: 'amount' }, amount, ['amount']));
  fixedAmounts.forEach((f, i) => {
    const id = (fixedList[i] as FixedAmount).id;
    if (f === undefined) return;
    if (!sameSign(f)) issues.push(makeIssue(M, 'FIXED_SIGN_MISMATCH', { whose: { of: 'fixed', id } }, ['fixed', i, 'amount']));
    if (!onUnit(f)) issues.push(notOnUnit({ of: 'fixed', id }, f, ['fixed', i, 'amount']));
  });
  if (!sameSign(base)) issues.push(makeIssue(M, 'FIXED_SIGN_MISMATCH', { whose: { of: 'base' } }, ['basePerRecipient']));
  if (!onUnit(base)) issues.push(notOnUnit({ of: 'base' }, base, ['basePerRecipient']));
  if (issues.length > 0) return fail(...issues);

  const fixedTotal = (fixedAmounts as Decimal[]).reduce((a, b) => a.plus(b), ZERO).plus(base.times(recipients.length));
  if (fixedTotal.abs().gt(amount.abs())) {
    return fail(
      makeIssue(M, 'FIXED_EXCEEDS_AMOUNT', { fixed: formatAmountPlain(fixedTotal), amount: formatAmountPlain(amount) }, ['fixed']),
    );
  }
  const rest = amount.minus(fixedTotal);
  if (!rest.isZero() && recipients.length > 0 && weights.isZero) {
    return fail(makeIssue(M, 'ALL_WEIGHTS_ZERO', {}, ['recipients']));
  }

  const shares = recipients.length > 0 && !weights.isZero ? shareRest(rest.abs(), step, method, decimals, weights) : undefined;
  const sign = negative ? -1 : 1;

  const rows: DistributionRow[] = [];
  const fixedById = new Map<string, Decimal>();
  const recipientIds = fixedList.length > 0 ? new Set(recipients.map((r) => r.id)) : new Set<string>();
  fixedList.forEach((f, i) => {
    const fixedAmount = fixedAmounts[i] as Decimal;
    if (recipientIds.has(f.id)) fixedById.set(f.id, fixedAmount);
    else rows.push(fixedRow(f, fixedAmount, unit.exponent, method));
  });
  const context: RowContext = { w: weights, s: shares, exponent: unit.exponent, sign, hasFixed: fixedList.length > 0 || !base.isZero() };
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i] as WeightedRecipient;
    const extra = fixedById.size > 0 ? fixedById.get(r.id) : undefined;
    rows.push(new WeightedRow(context, i, r, extra ? base.plus(extra) : base));
  }

  const sharedTotal =
    shares === undefined
      ? ZERO
      : shares.kind === 'units'
        ? fromUnits(sumUnits(shares.a.shares), unit.exponent, sign)
        : shares.amounts.reduce((a, b) => a.plus(b), ZERO).times(sign);
  const total = fixedTotal.plus(sharedTotal);
  const plainResidual =
    shares === undefined ? rest : shares.kind === 'units' ? fromUnits(shares.a.plainResidual, unit.exponent, sign) : amount.minus(total);

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

function sumUnits(shares: Float64Array | bigint[]): number | bigint {
  if (shares instanceof Float64Array) {
    let t = 0;
    for (let i = 0; i < shares.length; i++) t += shares[i] as number;
    return t;
  }
  let t = 0n;
  for (const s of shares) t += s;
  return t;
}

/** units × 10^exponent, negated for a mirrored (negative) distribution: one Decimal, no arithmetic. */
const fromUnits = (units: number | bigint, exponent: number, sign: 1 | -1): Decimal =>
  new Dec(`${sign < 0 ? (typeof units === 'bigint' ? -units : -units || 0) : units}e${exponent}`);

/** What every weighted row of one result shares. */
interface RowContext {
  readonly w: NormalizedWeights;
  readonly s: Shares | undefined;
  readonly exponent: number;
  readonly sign: 1 | -1;
  /** Any fixed amount or base at all: lets the common case skip Decimal arithmetic. */
  readonly hasFixed: boolean;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A row computes its Decimals only when read: the engine itself works in integer units. */
class WeightedRow implements DistributionRow {
  constructor(
    private readonly c: RowContext,
    private readonly i: number,
    private readonly r: WeightedRecipient,
    readonly fixed: Decimal,
  ) {}

  get id(): string {
    return this.r.id;
  }

  get name(): string {
    return this.r.name ?? this.r.id;
  }

  get weight(): Decimal {
    return this.c.w.weight(this.i);
  }

  get quota(): Decimal {
    const { s, exponent, sign } = this.c;
    if (s === undefined) return ZERO;
    if (s.kind === 'exact') return (s.quotas[this.i] as Decimal).times(sign);
    const floor = fromUnits(s.a.floors[this.i] as number | bigint, exponent, sign);
    const fraction = new Dec(String(s.a.remainders[this.i])).div(String(s.a.divisor));
    return floor.plus(fraction.times(`${sign}e${exponent}`));
  }

  get rounded(): Decimal {
    const { s, exponent, sign } = this.c;
    if (s === undefined) return ZERO;
    if (s.kind === 'exact') return (s.amounts[this.i] as Decimal).times(sign);
    return fromUnits(s.a.rounded[this.i] as number | bigint, exponent, sign);
  }

  get adjustment(): Decimal {
    const { s, exponent, sign } = this.c;
    if (s === undefined || s.kind === 'exact') return ZERO;
    const share = s.a.shares[this.i] as number | bigint;
    const rounded = s.a.rounded[this.i] as number | bigint;
    return fromUnits(typeof share === 'bigint' ? share - (rounded as bigint) : share - (rounded as number), exponent, sign);
  }

  get units(): number | bigint | undefined {
    const { s, exponent, sign, hasFixed } = this.c;
    if (s !== undefined && s.kind === 'exact') return undefined;
    const shared = s === undefined ? 0 : (s.a.shares[this.i] as number | bigint);
    const signed = sign > 0 ? shared : typeof shared === 'bigint' ? -shared : -shared || 0;
    if (!hasFixed || this.fixed.isZero()) return signed;
    const total = BigInt(signed) + BigInt(this.fixed.times(`1e${-exponent}`).toFixed(0));
    return total >= -MAX_SAFE && total <= MAX_SAFE ? Number(total) : total;
  }

  get amount(): Decimal {
    const { s, exponent, sign } = this.c;
    const shared =
      s === undefined ? ZERO : s.kind === 'exact' ? (s.amounts[this.i] as Decimal).times(sign) : fromUnits(s.a.shares[this.i] as number | bigint, exponent, sign);
    return this.fixed.isZero() ? shared : this.fixed.plus(shared);
  }
}

function fixedRow(f: FixedAmount, amount: Decimal, exponent: number, method: Method): DistributionRow {
  const count = amount.times(`1e${-exponent}`);
  const units = method === 'none' ? undefined : count.abs().lte(Number.MAX_SAFE_INTEGER) ? count.toNumber() : BigInt(count.toFixed(0));
  return { id: f.id, name: f.name ?? f.id, weight: ZERO, quota: ZERO, fixed: amount, rounded: ZERO, adjustment: ZERO, amount, units };
}

function readAmount(input: AmountInput, path: (string | number)[], issues: Issue[]): Decimal | undefined {
  if (isDecimal(input)) {
    if (input.isFinite()) return new Dec(input);
  } else {
    const parsed = parseAmount(input);
    if (parsed.ok) return parsed.value;
  }
  issues.push(makeIssue(M, 'INVALID_AMOUNT', { text: String(input) }, path));
  return undefined;
}

function readDecimals(d: number | undefined, issues: Issue[]): number {
  if (d === undefined) return DEFAULT_NONE_DECIMALS;
  if (!Number.isInteger(d) || d < 0 || d > 20) {
    issues.push(makeIssue(M, 'INVALID_DECIMALS', { value: String(d) }, ['decimals']));
    return DEFAULT_NONE_DECIMALS;
  }
  return d;
}

/** Reports empty ids and each repeated id once. */
function checkIds(list: readonly { id: string }[], field: string, issues: Issue[]): void {
  const { duplicates, empty } = findBadIds(list);
  for (const i of empty) issues.push(makeIssue(M, 'EMPTY_ID', {}, [field, i, 'id']));
  const reported = new Set<string>();
  for (const i of duplicates) {
    const id = (list[i] as { id: string }).id;
    if (reported.has(id)) continue;
    reported.add(id);
    issues.push(makeIssue(M, 'DUPLICATE_ID', { id }, [field, i, 'id']));
  }
}
