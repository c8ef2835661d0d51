import type Decimal from 'decimal.js';
import { formatAmountPlain, isDecimal, parseAmount, unitLabel, UNITS, ZERO, type Unit } from '../money';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { findBadIds } from './ids';
import { DISTRIBUTION_MESSAGES as M, MAX_DIGITS, MAX_RECIPIENTS, type Whose } from './messages';
import { TIE_BREAK, type AmountInput, type DistributionRequest, type Method, type WeightedRecipient, type WeightSource } from './types';
import { normalizeWeights, type NormalizedWeights } from './weights';

export const DEFAULT_NONE_DECIMALS = 6;

/** A named fixed amount, checked and converted to whole units. */
export interface ValidFixed {
  readonly id: string;
  readonly name: string;
  readonly amount: Decimal;
  /** |amount| in units of 10^exponent. */
  readonly units: bigint;
}

/**
 * A request that passed every check, in the integers the arithmetic works on. Everything is the
 * absolute value: a negative amount (a repayment) is distributed as its mirror image, `sign` -1.
 */
export interface ValidRequest {
  readonly method: Method;
  readonly unit: Unit;
  readonly decimals: number | undefined;
  /** Units are 10^exponent kronor: the unit's own, or for `none` the finest decimals in play. */
  readonly exponent: number;
  /** For `none`: the units per kept decimal (10^(scale − decimals)), which each share is rounded to. */
  readonly step: bigint;
  readonly amount: Decimal;
  readonly sign: 1 | -1;
  readonly recipients: readonly WeightedRecipient[];
  readonly weights: NormalizedWeights;
  readonly fixed: readonly ValidFixed[];
  /** |base per recipient| in units. */
  readonly baseUnits: bigint;
  readonly base: Decimal;
  /** Σ|fixed| + |base|·n in units. */
  readonly fixedUnits: bigint;
  /** What the weights share, in units (absolute). */
  readonly restUnits: bigint;
  readonly source: WeightSource | undefined;
  readonly tieBreak: typeof TIE_BREAK;
}

/**
 * Every check a request must pass, reporting all problems found, not just the first: the safe half
 * of the engine (dinero.js's `safeAllocate`). What passes is exactly what the integer arithmetic
 * (`apportion`) accepts without a further check.
 */
export function validateRequest(request: DistributionRequest): Result<ValidRequest> {
  const issues: Issue[] = [];
  const unit = request.unit ?? UNITS.krona;
  const method: Method = request.method ?? 'largest-remainder';
  const recipients = request.recipients;
  const fixedList = request.fixed ?? [];
  const count = recipients.length + fixedList.length;

  if (count > MAX_RECIPIENTS) return fail(makeIssue(M, 'TOO_MANY_RECIPIENTS', { count }, ['recipients']));
  const amount = readAmount(request.amount, ['amount'], issues);
  const decimals = method === 'none' ? readDecimals(request.decimals, issues) : undefined;
  if (count === 0) issues.push(makeIssue(M, 'EMPTY_RECIPIENTS', {}, ['recipients']));
  checkIds(recipients, 'recipients', issues);
  if (fixedList.length > 0) checkIds(fixedList, 'fixed', issues);
  const weights = normalizeWeights(recipients, issues);
  const fixedAmounts: (Decimal | undefined)[] = [];
  for (let i = 0; i < fixedList.length; i++) fixedAmounts.push(readAmount((fixedList[i] as (typeof fixedList)[number]).amount, ['fixed', i, 'amount'], issues));
  const base = request.basePerRecipient === undefined ? undefined : readAmount(request.basePerRecipient, ['basePerRecipient'], issues);
  if (issues.length > 0 || amount === undefined) return fail(...issues);

  const negative = amount.isNegative() && !amount.isZero();
  let exponent = unit.exponent;
  let step = 1n;
  if (decimals !== undefined) {
    // `none` keeps `decimals` decimals of each quota; amounts given with more are kept as given.
    let scale = decimals;
    for (const d of [amount, base, ...fixedAmounts]) if (d !== undefined) scale = Math.max(scale, d.decimalPlaces());
    exponent = -scale;
    step = 10n ** BigInt(scale - decimals);
  }
  const amountUnits = toUnits(amount, exponent);
  if (amountUnits === undefined) issues.push(notOnUnit(unit, { of: 'amount' }, amount, ['amount']));
  const fixed: ValidFixed[] = [];
  let fixedUnits = 0n;
  for (let i = 0; i < fixedList.length; i++) {
    const f = fixedList[i] as (typeof fixedList)[number];
    const d = fixedAmounts[i] as Decimal;
    const units = toUnits(d, exponent);
    if (!sameSign(d, negative)) issues.push(makeIssue(M, 'FIXED_SIGN_MISMATCH', { whose: { of: 'fixed', id: f.id } }, ['fixed', i, 'amount']));
    if (units === undefined) issues.push(notOnUnit(unit, { of: 'fixed', id: f.id }, d, ['fixed', i, 'amount']));
    else {
      fixed.push({ id: f.id, name: f.name ?? f.id, amount: d, units });
      fixedUnits += units;
    }
  }
  let baseUnits = 0n;
  if (base !== undefined) {
    const units = toUnits(base, exponent);
    if (!sameSign(base, negative)) issues.push(makeIssue(M, 'FIXED_SIGN_MISMATCH', { whose: { of: 'base' } }, ['basePerRecipient']));
    if (units === undefined) issues.push(notOnUnit(unit, { of: 'base' }, base, ['basePerRecipient']));
    else baseUnits = units;
  }
  if (issues.length > 0 || amountUnits === undefined) return fail(...issues);

  fixedUnits += baseUnits * BigInt(recipients.length);
  if (fixedUnits > amountUnits) {
    const total = `${negative ? '-' : ''}${fixedUnits}e${exponent}`;
    return fail(
      makeIssue(M, 'FIXED_EXCEEDS_AMOUNT', { fixed: formatAmountPlain(total), amount: formatAmountPlain(amount) }, ['fixed']),
    );
  }
  const restUnits = amountUnits - fixedUnits;
  if (restUnits > 0n && recipients.length > 0 && weights.isZero) return fail(makeIssue(M, 'ALL_WEIGHTS_ZERO', {}, ['recipients']));

  return ok({
    method,
    unit,
    decimals,
    exponent,
    step,
    amount,
    sign: negative ? -1 : 1,
    recipients,
    weights,
    fixed,
    baseUnits,
    base: base ?? ZERO,
    fixedUnits,
    restUnits,
    source: request.source,
    tieBreak: TIE_BREAK,
  });
}

const sameSign = (d: Decimal, negative: boolean): boolean => d.isZero() || d.isNegative() === negative;

function notOnUnit(unit: Unit, whose: Whose, d: Decimal, path: (string | number)[]): Issue {
  return makeIssue(M, 'AMOUNT_NOT_MULTIPLE_OF_UNIT', { whose, amount: formatAmountPlain(d), unitSv: unitLabel(unit, 'sv'), unitEn: unitLabel(unit, 'en') },
    path,
  );
}

/** |d| as a whole number of 10^exponent, or undefined when it is not one. String work only: no Decimal arithmetic. */
export function toUnits(d: Decimal, exponent: number): bigint | undefined {
  if (d.isZero()) return 0n;
  const places = d.decimalPlaces();
  const negative = d.isNegative();
  if (exponent <= 0) {
    if (places > -exponent) return undefined;
    const text = d.toFixed(-exponent);
    const units = BigInt(exponent === 0 ? text : text.replace('.', ''));
    return negative ? -units : units;
  }
  if (places > 0) return undefined;
  const text = d.toFixed().replace('-', '');
  if (text.length <= exponent || !text.endsWith('0'.repeat(exponent))) return undefined;
  return BigInt(text.slice(0, -exponent));
}

function readAmount(input: AmountInput, path: (string | number)[], issues: Issue[]): Decimal | undefined {
  let value: Decimal | undefined;
  if (isDecimal(input)) value = input.isFinite() ? input : undefined;
  else {
    const parsed = parseAmount(input);
    if (parsed.ok) value = parsed.value;
  }
  if (value === undefined) {
    issues.push(makeIssue(M, 'INVALID_AMOUNT', { text: String(input) }, path));
    return undefined;
  }
  if (value.sd(true) > MAX_DIGITS) {
    issues.push(makeIssue(M, 'AMOUNT_TOO_PRECISE', { text: value.toFixed(), max: MAX_DIGITS }, path));
    return undefined;
  }
  return value;
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
  if (duplicates.length === 0) return;
  const reported = new Set<string>();
  for (const i of duplicates) {
    const id = (list[i] as { id: string }).id;
    if (reported.has(id)) continue;
    reported.add(id);
    issues.push(makeIssue(M, 'DUPLICATE_ID', { id }, [field, i, 'id']));
  }
}
