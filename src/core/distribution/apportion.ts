/**
 * The integer heart of the engine: share a whole number of units A ≥ 0 among non-negative integer
 * weights, exactly. Quota i is A·w_i / W; we keep it as floor_i + rem_i / W with integer rem_i, so
 * every comparison between remainders is exact.
 *
 * Two representations, one algorithm: plain numbers while every intermediate product stays a safe
 * integer (the common case: populations, amounts up to 10^13 kr in öre), BigInt otherwise.
 * A is split once as A = qA·W + rA, so the per-recipient products are qA·w_i ≤ A and
 * rA·w_i < W·max(w), far smaller than A·w_i.
 */

export type IntWeights = readonly number[] | readonly bigint[];

/** Which of the two representations a list is in (plain arrays: small typed arrays cost more to allocate). */
export const isBigInts = (xs: readonly number[] | readonly bigint[]): xs is readonly bigint[] => typeof xs[0] === 'bigint';

export type Rule = 'largest-remainder' | 'adjust-largest' | 'round';

export interface Apportionment {
  /** Final share of each recipient in units. */
  readonly shares: number[] | bigint[];
  /** floor(quota) of each recipient in units. */
  readonly floors: number[] | bigint[];
  /** Per-share rounding before any adjustment: floor (largest remainder) or half-up. */
  readonly rounded: number[] | bigint[];
  /** Remainder numerators over `divisor`: the exact fractional part of each quota. */
  readonly remainders: number[] | bigint[];
  readonly divisor: number | bigint;
  /** Units the plain per-share half-up rounding leaves over (A − Σ round(quota)). */
  readonly plainResidual: number | bigint;
  /** Units still missing from the total after the rule (0 except for `round`). */
  readonly residual: number | bigint;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * The unsafe half of the engine (dinero.js's `unsafeAllocate`): no checks beyond what keeps it from
 * looping, so call it with what `validateRequest` passed. `step` (for `round` only) rounds each
 * share to a multiple of `step` units instead of to one unit: `none`'s cut to its decimals.
 */
export function apportion(units: bigint, weights: IntWeights, rule: Rule, step = 1n): Apportionment {
  if (units < 0n) throw new RangeError('apportion expects a non-negative amount; mirror negatives');
  if (step < 1n || (step > 1n && rule !== 'round')) throw new RangeError('apportion: a step is for the round rule only');
  if (!isBigInts(weights)) {
    let total = 0;
    let max = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] as number;
      total += w;
      if (w > max) max = w;
    }
    const k = Number(step);
    if (units <= BigInt(MAX_SAFE) && total <= MAX_SAFE && total * max <= MAX_SAFE && 2 * k * total <= MAX_SAFE) {
      return apportionNumbers(units, weights, total, rule, k);
    }
    const n = weights.length;
    if (rule === 'round' && total <= MAX_SAFE && total * max <= MAX_SAFE && 2 * k * total <= MAX_SAFE && k * max + total <= MAX_SAFE && n * k <= MAX_SAFE) {
      return roundLargeAmount(units, weights, total, k);
    }
    return apportionBigInts(units, Array.from(weights, (w) => BigInt(w)), rule, step);
  }
  return apportionBigInts(units, weights, rule, step);
}

function apportionNumbers(unitsBig: bigint, w: readonly number[], total: number, rule: Rule, k: number): Apportionment {
  const n = w.length;
  const bigTotal = BigInt(total);
  const qA = Number(unitsBig / bigTotal);
  const rA = Number(unitsBig % bigTotal);
  const units = Number(unitsBig);
  const floors = new Array<number>(n);
  const rems = new Array<number>(n);
  let floorSum = 0;
  let halfUps = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i] as number;
    const p = rA * wi;
    let f = Math.floor(p / total);
    let r = p - f * total;
    // p / total is correctly rounded, so its floor can only be one too high.
    if (r < 0) {
      f -= 1;
      r += total;
    }
    floors[i] = qA * wi + f;
    rems[i] = r;
    floorSum += floors[i] as number;
    if (2 * r >= total) halfUps++;
  }
  const plainResidual = units - floorSum - halfUps;

  if (rule === 'largest-remainder') {
    const leftover = units - floorSum;
    const shares = floors.slice();
    if (leftover > 0) {
      for (const i of largestRemaindersNumbers(rems, w, leftover)) shares[i] = (shares[i] as number) + 1;
    }
    return { shares, floors, rounded: floors, remainders: rems, divisor: total, plainResidual, residual: 0 };
  }
  const rounded = new Array<number>(n);
  if (k === 1) {
    for (let i = 0; i < n; i++) rounded[i] = (floors[i] as number) + (2 * (rems[i] as number) >= total ? 1 : 0);
  } else {
    // Half away from zero to a multiple of k: compare (f mod k + rem/W) with k/2, in integers.
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const f = floors[i] as number;
      const m = f % k;
      rounded[i] = f - m + (2 * (m * total + (rems[i] as number)) >= k * total ? k : 0);
      sum += rounded[i] as number;
    }
    const residual = units - sum;
    return { shares: rounded, floors, rounded, remainders: rems, divisor: total, plainResidual: residual, residual };
  }
  if (rule === 'round') {
    return { shares: rounded, floors, rounded, remainders: rems, divisor: total, plainResidual, residual: plainResidual };
  }
  const shares = rounded.slice();
  const largest = indexOfLargestWeight(n, (a, b) => (w[a] as number) > (w[b] as number));
  if (plainResidual >= 0 || (shares[largest] as number) + plainResidual >= 0) {
    shares[largest] = (shares[largest] as number) + plainResidual;
  } else {
    // Tiny amounts only (2 kr over four equal weights): the largest share cannot give back that
    // much without turning negative, so the next largest give back the rest.
    let owed = -plainResidual;
    for (const i of byWeightDescending(n, (a, b) => (w[b] as number) - (w[a] as number))) {
      const take = Math.min(owed, shares[i] as number);
      shares[i] = (shares[i] as number) - take;
      owed -= take;
      if (owed === 0) break;
    }
  }
  return { shares, floors, rounded, remainders: rems, divisor: total, plainResidual, residual: 0 };
}

/**
 * `round` for an amount beyond 2^53 units over weights that are small (`none` at 10^-6 kr of a
 * billion): A = qA·W + rA with rA < W, so every remainder and rounding decision is a plain number
 * and only floor = qA·w + f needs a BigInt, one multiplication and one addition per recipient.
 */
function roundLargeAmount(units: bigint, w: readonly number[], total: number, k: number): Apportionment {
  const n = w.length;
  const bigTotal = BigInt(total);
  const qA = units / bigTotal;
  const rA = Number(units % bigTotal);
  const bigK = BigInt(k);
  const qAmodK = Number(qA % bigK);
  const floors = new Array<bigint>(n);
  const rounded = new Array<bigint>(n);
  const rems = new Array<number>(n);
  let delta = 0; // Σ rounded − Σ floors
  let smallFloors = 0; // Σ f, so Σ floors = qA·W + Σ f
  for (let i = 0; i < n; i++) {
    const wi = w[i] as number;
    const p = rA * wi;
    let f = Math.floor(p / total);
    let r = p - f * total;
    if (r < 0) {
      f -= 1;
      r += total;
    }
    smallFloors += f;
    const floor = qA * BigInt(wi) + BigInt(f);
    floors[i] = floor;
    rems[i] = r;
    const m = (qAmodK * wi + f) % k;
    const step = (2 * (m * total + r) >= k * total ? k : 0) - m;
    delta += step;
    rounded[i] = step === 0 ? floor : floor + BigInt(step);
  }
  // units − Σ rounded = (rA − Σ f) − delta, all plain numbers.
  const residual = BigInt(rA - smallFloors - delta);
  return { shares: rounded, floors, rounded, remainders: rems, divisor: total, plainResidual: residual, residual };
}

function apportionBigInts(units: bigint, w: readonly bigint[], rule: Rule, k: bigint): Apportionment {
  const n = w.length;
  let total = 0n;
  for (const wi of w) total += wi;
  const qA = units / total;
  const rA = units % total;
  const floors: bigint[] = new Array<bigint>(n);
  const rems: bigint[] = new Array<bigint>(n);
  let floorSum = 0n;
  let halfUps = 0n;
  for (let i = 0; i < n; i++) {
    const wi = w[i] as bigint;
    const p = rA * wi;
    const f = qA * wi + p / total;
    const r = p % total;
    floors[i] = f;
    rems[i] = r;
    floorSum += f;
    if (2n * r >= total) halfUps++;
  }
  const plainResidual = units - floorSum - halfUps;

  if (rule === 'largest-remainder') {
    const leftover = Number(units - floorSum);
    const shares = floors.slice();
    if (leftover > 0) {
      for (const i of largestRemaindersBigInts(rems, w, leftover)) shares[i] = (shares[i] as bigint) + 1n;
    }
    return { shares, floors, rounded: floors, remainders: rems, divisor: total, plainResidual, residual: 0n };
  }
  if (k > 1n) {
    let sum = 0n;
    const rounded = floors.map((f, i) => {
      const m = f % k;
      const r = f - m + (2n * (m * total + (rems[i] as bigint)) >= k * total ? k : 0n);
      sum += r;
      return r;
    });
    const residual = units - sum;
    return { shares: rounded, floors, rounded, remainders: rems, divisor: total, plainResidual: residual, residual };
  }
  const rounded = floors.map((f, i) => f + (2n * (rems[i] as bigint) >= total ? 1n : 0n));
  if (rule === 'round') {
    return { shares: rounded, floors, rounded, remainders: rems, divisor: total, plainResidual, residual: plainResidual };
  }
  const shares = rounded.slice();
  const largest = indexOfLargestWeight(n, (a, b) => (w[a] as bigint) > (w[b] as bigint));
  if (plainResidual >= 0n || (shares[largest] as bigint) + plainResidual >= 0n) {
    shares[largest] = (shares[largest] as bigint) + plainResidual;
  } else {
    let owed = -plainResidual;
    for (const i of byWeightDescending(n, (a, b) => ((w[b] as bigint) > (w[a] as bigint) ? 1 : (w[b] as bigint) < (w[a] as bigint) ? -1 : 0))) {
      const have = shares[i] as bigint;
      const take = owed < have ? owed : have;
      shares[i] = have - take;
      owed -= take;
      if (owed === 0n) break;
    }
  }
  return { shares, floors, rounded, remainders: rems, divisor: total, plainResidual, residual: 0n };
}

/**
 * The `count` recipients with the largest remainders; equal remainders go to the larger weight,
 * then to the earlier recipient. A native numeric sort finds the threshold remainder; only the
 * recipients tied exactly at it are ordered by the tie-break.
 */
function largestRemaindersNumbers(rems: readonly number[], w: readonly number[], count: number): number[] {
  const n = rems.length;
  if (n <= 32) return largestRemaindersSmall(rems, w, count);
  const threshold = kthSmallest(rems.slice(), n - count);
  const chosen: number[] = [];
  const tied: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rems[i] as number;
    if (r > threshold) chosen.push(i);
    else if (r === threshold) tied.push(i);
  }
  tied.sort((a, b) => (w[b] as number) - (w[a] as number) || a - b);
  for (let k = 0; chosen.length < count; k++) chosen.push(tied[k] as number);
  return chosen;
}

/** For a few recipients: an insertion sort by the same order, cheaper than selection's copies. */
function largestRemaindersSmall(rems: readonly number[], w: readonly number[], count: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < rems.length; i++) {
    const r = rems[i] as number;
    const wi = w[i] as number;
    let j = order.length;
    // Later indices go after earlier ones with the same remainder and weight: input order.
    while (j > 0) {
      const o = order[j - 1] as number;
      const ro = rems[o] as number;
      if (ro > r || (ro === r && (w[o] as number) >= wi)) break;
      j--;
    }
    order.splice(j, 0, i);
  }
  order.length = count;
  return order;
}

/**
 * The k-th smallest value (0-based) of `a`, reordering `a`: Hoare selection with a median-of-three
 * pivot, falling back to a full sort if partitioning degenerates, so it is linear on real inputs
 * and never quadratic.
 */
export function kthSmallest(a: number[], k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  let budget = 2 * Math.ceil(Math.log2(a.length + 1)) + 4;
  while (hi > lo) {
    if (budget-- === 0) return a.slice(lo, hi + 1).sort((x, y) => x - y)[k - lo] as number;
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

/** The same rule with BigInt keys, for the rare inputs too large for plain numbers. */
function largestRemaindersBigInts(rems: readonly bigint[], w: readonly bigint[], count: number): number[] {
  const cmp = (x: bigint, y: bigint): number => (x > y ? 1 : x < y ? -1 : 0);
  return rems
    .map((_, i) => i)
    .sort((a, b) => cmp(rems[b] as bigint, rems[a] as bigint) || cmp(w[b] as bigint, w[a] as bigint) || a - b)
    .slice(0, count);
}

/** Indices by weight, largest first; equal weights in input order. */
function byWeightDescending(n: number, order: (a: number, b: number) => number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => order(a, b) || a - b);
}

/** First index with the largest weight: the recipient with the largest share. */
function indexOfLargestWeight(n: number, greater: (a: number, b: number) => boolean): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (greater(i, best)) best = i;
  return best;
}
