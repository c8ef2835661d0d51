import type Decimal from 'decimal.js';
import { Dec, ZERO } from '../money';
import { isBigInts, type Apportionment } from './apportion';
import type { Distribution, DistributionRow } from './types';
import type { ValidRequest } from './validate';
import { weightOf } from './weights';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A count of units as a plain number while it is a safe integer, a bigint beyond. */
const compact = (u: bigint): number | bigint => (u >= -MAX_SAFE && u <= MAX_SAFE ? Number(u) : u);

/** units × 10^exponent with a sign: one Decimal from a string, no arithmetic. */
function fromUnits(units: number | bigint, exponent: number, sign: 1 | -1): Decimal {
  if (units === 0 || units === 0n) return ZERO;
  const signed = sign > 0 ? units : typeof units === 'bigint' ? -units : -units;
  return new Dec(`${signed}e${exponent}`);
}

/**
 * The result as data: the amounts as whole units in row order (eager: the engine's own exact
 * result, and all most callers read), the rows as plain objects of Decimals, built on the first
 * read of `rows` and kept. `rows` is an own enumerable property, so spreading, JSON and
 * structuredClone see plain rows and nothing of the engine.
 */
export function assemble(v: ValidRequest, a: Apportionment | undefined): Distribution {
  const { exponent, sign, fixed, recipients } = v;
  const n = recipients.length;
  const extra = extraUnits(v);
  const fixedRows = extra.fixedRows;

  const units: (number | bigint)[] = new Array<number | bigint>(fixedRows.length + n);
  for (let j = 0; j < fixedRows.length; j++) units[j] = compact(BigInt(sign) * (fixed[fixedRows[j] as number] as { units: bigint }).units);
  const shares = a?.shares;
  if (shares !== undefined && !isBigInts(shares) && extra.perRecipient === undefined && v.baseUnits === 0n) {
    // The common case (populations, no fixed amounts): plain numbers straight through.
    for (let i = 0; i < n; i++) units[fixedRows.length + i] = sign > 0 ? (shares[i] as number) : -(shares[i] as number) || 0;
  } else if (shares !== undefined && sign > 0 && extra.perRecipient === undefined && v.baseUnits === 0n) {
    // BigInt shares (amounts beyond 2^53 units), nothing to add: no arithmetic, only the compaction.
    for (let i = 0; i < n; i++) units[fixedRows.length + i] = compact(BigInt(shares[i] as number | bigint));
  } else {
    for (let i = 0; i < n; i++) {
      const shared = shares === undefined ? 0n : BigInt(shares[i] as number | bigint);
      const own = v.baseUnits + (extra.perRecipient?.[i] ?? 0n);
      units[fixedRows.length + i] = compact(BigInt(sign) * (shared + own));
    }
  }

  const residualUnits = a === undefined ? 0n : BigInt(a.residual);
  const unallocatedUnits = a === undefined ? v.restUnits : 0n;
  const residual = fromUnits(residualUnits, exponent, sign);
  const unallocated = fromUnits(unallocatedUnits, exponent, sign);
  const total = residualUnits === 0n && unallocatedUnits === 0n ? v.amount : fromUnits(v.fixedUnits + v.restUnits - residualUnits - unallocatedUnits, exponent, sign);

  let rows: readonly DistributionRow[] | undefined;
  return {
    method: v.method,
    unit: v.unit,
    decimals: v.decimals,
    exponent,
    tieBreak: v.tieBreak,
    amount: v.amount,
    total,
    residual,
    unallocated,
    plainRoundingResidual: a === undefined ? ZERO : fromUnits(a.plainResidual, exponent, sign),
    units,
    get rows(): readonly DistributionRow[] {
      return (rows ??= Object.freeze(buildRows(v, a, units, fixedRows, extra.perRecipient)));
    },
    source: v.source,
  };
}

/**
 * Fixed amounts for a weighted recipient add to its row; the others get rows of their own, first.
 * Skipped entirely in the common case without fixed amounts.
 */
const NO_EXTRA = { fixedRows: [] as readonly number[], perRecipient: undefined };

function extraUnits(v: ValidRequest): { fixedRows: readonly number[]; perRecipient: bigint[] | undefined } {
  if (v.fixed.length === 0) return NO_EXTRA;
  const index = new Map(v.recipients.map((r, i) => [r.id, i]));
  const fixedRows: number[] = [];
  let perRecipient: bigint[] | undefined;
  v.fixed.forEach((f, j) => {
    const i = index.get(f.id);
    if (i === undefined) fixedRows.push(j);
    else {
      perRecipient ??= new Array<bigint>(v.recipients.length).fill(0n);
      perRecipient[i] = (perRecipient[i] as bigint) + f.units;
    }
  });
  return { fixedRows, perRecipient };
}

/** Decimals a quota keeps: far below any unit, and truncation keeps "≥ half" decidable exactly. */
const QUOTA_PLACES = 20;
const QUOTA_SCALE = 10n ** BigInt(QUOTA_PLACES);

/** floor + rem/divisor, truncated to 20 decimals of the unit, by integer long division (Decimal division is the slow part). */
function exactQuota(floor: number | bigint, rem: number | bigint, divisor: number | bigint, exponent: number, sign: 1 | -1): Decimal {
  if (rem === 0 || rem === 0n) return fromUnits(floor, exponent, sign);
  const scaled = BigInt(floor) * QUOTA_SCALE + (BigInt(rem) * QUOTA_SCALE) / BigInt(divisor);
  return fromUnits(scaled, exponent - QUOTA_PLACES, sign);
}

function buildRows(
  v: ValidRequest,
  a: Apportionment | undefined,
  units: readonly (number | bigint)[],
  fixedRows: readonly number[],
  perRecipient: readonly bigint[] | undefined,
): DistributionRow[] {
  const { exponent, sign } = v;
  const rows: DistributionRow[] = [];
  for (const j of fixedRows) {
    const f = v.fixed[j] as (typeof v.fixed)[number];
    rows.push(Object.freeze({ id: f.id, name: f.name, weight: ZERO, quota: ZERO, fixed: f.amount, rounded: ZERO, adjustment: ZERO, amount: f.amount, units: units[rows.length] as number | bigint }));
  }
  v.recipients.forEach((r, i) => {
    const own = v.baseUnits + (perRecipient?.[i] ?? 0n);
    let quota: Decimal = ZERO;
    let rounded: Decimal = ZERO;
    let adjustment: Decimal = ZERO;
    if (a !== undefined) {
      const floor = a.floors[i] as number | bigint;
      const rem = a.remainders[i] as number | bigint;
      quota = exactQuota(floor, rem, a.divisor, exponent, sign);
      const round = a.rounded[i] as number | bigint;
      const share = a.shares[i] as number | bigint;
      rounded = fromUnits(round, exponent, sign);
      if (share !== round) adjustment = fromUnits(BigInt(share) - BigInt(round), exponent, sign);
    }
    const u = units[rows.length] as number | bigint;
    const plain = own === 0n && adjustment === ZERO;
    rows.push(
      Object.freeze({
        id: r.id,
        name: r.name ?? r.id,
        weight: weightOf(v.weights, i),
        quota,
        fixed: own === 0n ? ZERO : fromUnits(own, exponent, sign),
        rounded,
        adjustment,
        amount: plain ? rounded : fromUnits(u, exponent, 1),
        units: u,
      }),
    );
  });
  return rows;
}
