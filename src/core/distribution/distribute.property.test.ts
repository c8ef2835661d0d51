import fc from 'fast-check';
import { Dec, type Unit } from '../money';
import { distribute, type DistributionRow, type Method } from '.';
import { kthSmallest } from './apportion';

const RUNS = { numRuns: 1000 };

/**
 * An independent reference: largest remainder in plain BigInt with a full sort, written the way a
 * textbook states it. The engine's number fast path must agree with it everywhere.
 */
function referenceLargestRemainder(units: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const floors = weights.map((w) => (units * w) / total);
  const rems = weights.map((w) => (units * w) % total);
  let left = units - floors.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, w, r: rems[i] as bigint }))
    .sort((a, b) => (a.r !== b.r ? (b.r > a.r ? 1 : -1) : a.w !== b.w ? (b.w > a.w ? 1 : -1) : a.i - b.i));
  const out = floors.slice();
  for (const { i } of order) {
    if (left === 0n) break;
    out[i] = (out[i] as bigint) + 1n;
    left--;
  }
  return out;
}

/** Small weights exercise ties; huge ones force the BigInt path. */
const weightsArb = fc.oneof(
  fc.array(fc.nat({ max: 10 }), { minLength: 1, maxLength: 30 }),
  fc.array(fc.nat({ max: 3_000_000 }), { minLength: 1, maxLength: 30 }),
  fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 10 }),
).filter((ws) => ws.some((w) => BigInt(w) > 0n));

const unitsArb = fc.oneof(fc.bigInt({ min: 0n, max: 1000n }), fc.bigInt({ min: 0n, max: 10n ** 15n }));
const methodArb = fc.constantFrom<Method>('largest-remainder', 'adjust-largest', 'round');
const unitArb = fc.constantFrom<Unit>({ exponent: -2 }, { exponent: 0 }, { exponent: 3 });

const toWeights = (ws: readonly (number | bigint)[]) => ws.map((w, i) => ({ id: `r${i}`, weight: typeof w === 'bigint' ? w : w }));
const amountOf = (units: bigint, unit: Unit) => new Dec(units.toString()).times(new Dec(10).pow(unit.exponent));

function run(units: bigint, ws: readonly (number | bigint)[], method: Method, unit: Unit = { exponent: 0 }) {
  const r = distribute({ amount: amountOf(units, unit), unit, method, recipients: toWeights(ws) });
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
  return r.value;
}

const unitsOf = (d: { toFixed(): string }, unit: Unit) => BigInt(new Dec(d.toFixed()).div(new Dec(10).pow(unit.exponent)).toFixed());

describe('distribution properties', () => {
  it('largest remainder equals the textbook reference, on both arithmetic paths', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, (units, ws) => {
        const got = run(units, ws, 'largest-remainder').rows.map((r) => BigInt(r.amount.toFixed()));
        expect(got).toEqual(referenceLargestRemainder(units, ws.map((w) => BigInt(w))));
      }),
      RUNS,
    );
  });

  it('largest remainder and adjust-largest foot exactly, in every unit', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, unitArb, fc.constantFrom<Method>('largest-remainder', 'adjust-largest'), (units, ws, unit, method) => {
        const d = run(units, ws, method, unit);
        const sum = d.rows.reduce((a, r) => a.plus(r.amount), new Dec(0));
        expect(sum.toFixed()).toBe(amountOf(units, unit).toFixed());
        expect(d.residual.isZero()).toBe(true);
        for (const r of d.rows) expect(r.amount.div(new Dec(10).pow(unit.exponent)).isInteger()).toBe(true);
      }),
      RUNS,
    );
  });

  it('largest remainder gives each share the floor or the ceiling of its quota', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, (units, ws) => {
        const total = ws.reduce<bigint>((a, w) => a + BigInt(w), 0n);
        run(units, ws, 'largest-remainder').rows.forEach((r, i) => {
          const exact = units * BigInt(ws[i] as number | bigint);
          const share = BigInt(r.amount.toFixed());
          expect(share * total >= exact - total && share * total <= exact + total).toBe(true);
          expect(share === exact / total || share === exact / total + 1n).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('negative amounts mirror positive ones exactly', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, methodArb, unitArb, (units, ws, method, unit) => {
        const fields = (r: DistributionRow, s: 1 | -1) => [r.amount, r.quota, r.rounded, r.adjustment].map((d) => d.times(s).toFixed());
        const pos = run(units, ws, method, unit).rows.map((r) => fields(r, 1));
        const neg = distribute({ amount: amountOf(units, unit).neg(), unit, method, recipients: toWeights(ws) });
        expect(neg.ok && neg.value.rows.map((r) => fields(r, -1))).toEqual(pos);
      }),
      RUNS,
    );
  });

  it('a zero weight gets zero', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, methodArb, (units, ws, method) => {
        run(units, ws, method).rows.forEach((r, i) => {
          if (BigInt(ws[i] as number | bigint) === 0n) expect(r.amount.isZero()).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('does not depend on input order except through the tie-break', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, methodArb, fc.infiniteStream(fc.nat()), (units, ws, method, seeds) => {
        const d = run(units, ws, method);
        const perm = ws.map((_, i) => i);
        for (let i = perm.length - 1; i > 0; i--) {
          const j = (seeds.next().value as number) % (i + 1);
          [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
        }
        const shuffled = perm.map((i) => ({ id: `r${i}`, weight: ws[i] as number | bigint }));
        const r = distribute({ amount: units.toString(), method, recipients: shuffled });
        if (!r.ok) throw new Error('failed');
        const byId = new Map(r.value.rows.map((x) => [x.id, x.amount.toFixed()]));
        // The multiset of (weight, amount) is invariant; and any recipient whose weight is unique
        // gets exactly the same amount.
        const pairs = (rows: { id: string; amount: { toFixed(): string } }[]) =>
          rows.map((x) => `${String(ws[Number(x.id.slice(1))])}:${x.amount.toFixed()}`).sort();
        expect(pairs(r.value.rows.slice())).toEqual(pairs(d.rows.slice()));
        const counts = new Map<string, number>();
        for (const w of ws) counts.set(String(w), (counts.get(String(w)) ?? 0) + 1);
        d.rows.forEach((x, i) => {
          if (counts.get(String(ws[i])) === 1) expect(byId.get(x.id)).toBe(x.amount.toFixed());
        });
      }),
      RUNS,
    );
  });

  it('every share is zero or has the sign of the amount, for every method', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, methodArb, fc.boolean(), (units, ws, method, negate) => {
        const amount = negate ? (-units).toString() : units.toString();
        const r = distribute({ amount, method, recipients: toWeights(ws) });
        if (!r.ok) throw new Error('failed');
        for (const row of r.value.rows) expect(row.amount.isZero() || row.amount.isNegative() === negate).toBe(true);
      }),
      RUNS,
    );
  });

  it('adjust-largest equals per-share rounding everywhere but on the largest recipient', () => {
    fc.assert(
      fc.property(unitsArb, weightsArb, unitArb, (units, ws, unit) => {
        const d = run(units, ws, 'adjust-largest', unit);
        const adjusted = d.rows;
        const rounded = run(units, ws, 'round', unit).rows;
        let largest = 0;
        ws.forEach((w, i) => {
          if (BigInt(w) > BigInt(ws[largest] as number | bigint)) largest = i;
        });
        // Unless the largest share is too small to give back the residual (then it gives all it has).
        const largestRounded = (rounded[largest] as (typeof rounded)[number]).amount;
        if (largestRounded.plus(d.plainRoundingResidual).isNegative()) {
          expect((adjusted[largest] as (typeof adjusted)[number]).amount.isZero()).toBe(true);
          return;
        }
        adjusted.forEach((r, i) => {
          if (i !== largest) expect(r.amount.toFixed()).toBe((rounded[i] as (typeof rounded)[number]).amount.toFixed());
        });
        // and each rounded share is the quota rounded half away from zero
        rounded.forEach((r) => {
          expect(unitsOf(r.amount, unit).toString()).toBe(r.quota.div(new Dec(10).pow(unit.exponent)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed());
        });
      }),
      RUNS,
    );
  });
});

describe('none', () => {
  it('cuts each exact quota to its decimals, half away from zero, as Decimal arithmetic does', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 8 }),
        weightsArb,
        (scaled, amountPlaces, decimals, ws) => {
          const amount = new Dec(scaled.toString()).div(new Dec(10).pow(amountPlaces));
          const r = distribute({ amount, method: 'none', decimals, recipients: toWeights(ws) });
          if (!r.ok) throw new Error(r.issues.map((i) => i.code).join());
          const total = ws.reduce((a: Dec, w) => a.plus(w.toString()), new Dec(0));
          r.value.rows.forEach((row, i) => {
            const exact = amount.times(String(ws[i])).div(total);
            expect(row.amount.toFixed()).toBe(exact.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed());
          });
          const sum = r.value.rows.reduce((a, x) => a.plus(x.amount), new Dec(0));
          expect(sum.plus(r.value.residual).toFixed()).toBe(amount.toFixed());
        },
      ),
      RUNS,
    );
  });
});

describe('selection', () => {
  it('kthSmallest agrees with a sort, on ties and adversarial orders', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 200 }), fc.nat(), (xs, seed) => {
        const k = seed % xs.length;
        const sorted = [...xs].sort((a, b) => a - b);
        expect(kthSmallest(xs.slice(), k)).toBe(sorted[k]);
      }),
      RUNS,
    );
    const ascending = Array.from({ length: 100_000 }, (_, i) => i);
    expect(kthSmallest(ascending, 54_321)).toBe(54_321);
  });
});
