import { issueText } from '../result';
import { Dec, UNITS } from '../money';
import { apportion, distribute, distributeValid, distributionToJson, MAX_DIGITS, parseMethod, validateRequest, type DistributionRequest, type Method } from '.';

const recipients = (weights: readonly (number | string)[]) => weights.map((weight, i) => ({ id: `r${i}`, name: `R${i}`, weight }));

function amounts(request: DistributionRequest): string[] {
  const r = distribute(request);
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(','));
  return r.value.rows.map((row) => row.amount.toFixed());
}

function codes(request: DistributionRequest): string[] {
  const r = distribute(request);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe('pinned cases', () => {
  it('7 over [2,5,6] gives [1,3,3]', () => {
    expect(amounts({ amount: 7, recipients: recipients([2, 5, 6]) })).toEqual(['1', '3', '3']);
  });
  it('9 999 over [75,25] gives [7 499, 2 500]', () => {
    expect(amounts({ amount: 9999, recipients: recipients([75, 25]) })).toEqual(['7499', '2500']);
  });
  it('11 over [10,49,41] gives [1,5,5] (dinero.js gives 1/6/4)', () => {
    expect(amounts({ amount: 11, recipients: recipients([10, 49, 41]) })).toEqual(['1', '5', '5']);
  });
  it('60 000 000 kr in equal shares to six samverkansregioner', () => {
    expect(amounts({ amount: '60 000 000', recipients: recipients([1, 1, 1, 1, 1, 1]) })).toEqual(Array(6).fill('10000000'));
  });
  it('breaks equal remainders by larger weight, then input order', () => {
    // quotas 3.5 / 3.5 / 3: the one unit left goes to the first of the two tied halves
    expect(amounts({ amount: 10, recipients: recipients([7, 7, 6]) })).toEqual(['4', '3', '3']);
    // remainders 0.5 each with weights 1 and 3: the larger weight wins
    expect(amounts({ amount: 2, recipients: recipients([1, 3]) })).toEqual(['0', '2']);
    // all equal: input order
    expect(amounts({ amount: 7, recipients: recipients([1, 1, 1]) })).toEqual(['3', '2', '2']);
  });
});

describe('methods', () => {
  const req = (method: Method, amount: number | string = 11) => ({ amount, method, recipients: recipients([10, 49, 41]) });

  it('adjust-largest rounds each share and puts the residual on the largest', () => {
    // quotas 1.1 / 5.39 / 4.51 round to 1/5/5: nothing to adjust
    expect(amounts(req('adjust-largest'))).toEqual(['1', '5', '5']);
    // 10 over thirds: 3.33 each rounds to 3, the residual 1 goes to the first (tied) largest
    const r = distribute({ amount: 10, method: 'adjust-largest', recipients: recipients([1, 1, 1]) });
    expect(r.ok && r.value.rows.map((x) => [x.rounded.toFixed(), x.adjustment.toFixed(), x.amount.toFixed()])).toEqual([
      ['3', '1', '4'],
      ['3', '0', '3'],
      ['3', '0', '3'],
    ]);
  });

  it('adjust-largest can take units away from the largest', () => {
    // 2.5 + 2.5 + 5 = 10: half-up gives 3 + 3 + 5 = 11, the largest pays back 1
    expect(amounts({ amount: 10, method: 'adjust-largest', recipients: recipients([1, 1, 2]) })).toEqual(['3', '3', '4']);
  });

  it('adjust-largest never turns a share negative: 2 kr over four equal weights', () => {
    // half-up gives 1 each (4 kr): the first-largest gives back its 1, the next gives back 1
    expect(amounts({ amount: 2, method: 'adjust-largest', recipients: recipients([1, 1, 1, 1]) })).toEqual(['0', '0', '1', '1']);
    expect(amounts({ amount: -2, method: 'adjust-largest', recipients: recipients([1, 1, 1, 1]) })).toEqual(['0', '0', '-1', '-1']);
  });

  it('round reports the residual it leaves', () => {
    const r = distribute({ amount: 10, method: 'round', recipients: recipients([1, 1, 1]) });
    expect(r.ok && [r.value.total.toFixed(), r.value.residual.toFixed(), r.value.plainRoundingResidual.toFixed()]).toEqual(['9', '1', '1']);
  });

  it('none gives the exact quotas at the stated decimals', () => {
    expect(amounts({ amount: 10, method: 'none', decimals: 4, recipients: recipients([1, 1, 1]) })).toEqual(['3.3333', '3.3333', '3.3333']);
    const r = distribute({ amount: 10, method: 'none', decimals: 4, recipients: recipients([1, 1, 1]) });
    expect(r.ok && r.value.residual.toFixed()).toBe('0.0001');
  });

  it('shows the residual plain rounding would have left, for any method', () => {
    const r = distribute({ amount: 100, recipients: recipients([1, 1, 1]) });
    expect(r.ok && r.value.plainRoundingResidual.toFixed()).toBe('1');
    expect(r.ok && r.value.residual.toFixed()).toBe('0');
  });

  it('accepts method words in both languages and the spreadsheet numbers', () => {
    expect(parseMethod(1)).toBe('largest-remainder');
    expect(parseMethod('Största rest')).toBe('largest-remainder');
    expect(parseMethod('2')).toBe('adjust-largest');
    expect(parseMethod('avrunda')).toBe('round');
    expect(parseMethod(0)).toBe('none');
    expect(parseMethod('fel')).toBeUndefined();
  });
});

describe('units', () => {
  it('distributes in öre', () => {
    expect(amounts({ amount: '100,00', unit: UNITS.ore, recipients: recipients([1, 1, 1]) })).toEqual(['33.34', '33.33', '33.33']);
  });
  it('reads a float amount as the cell shows it: 0.1 + 0.2 kr in öre', () => {
    expect(amounts({ amount: 0.1 + 0.2, unit: UNITS.ore, recipients: recipients([1, 2]) })).toEqual(['0.1', '0.2']);
  });
  it('distributes in thousands of kronor', () => {
    expect(amounts({ amount: '62 500 000', unit: UNITS.tkr, recipients: recipients([1, 1, 1]) })).toEqual(['20834000', '20833000', '20833000']);
  });
  it('refuses an amount that is not a multiple of the unit', () => {
    expect(codes({ amount: '100,5', recipients: recipients([1]) })).toEqual(['AMOUNT_NOT_MULTIPLE_OF_UNIT']);
    expect(codes({ amount: 1500, unit: UNITS.tkr, recipients: recipients([1]) })).toEqual(['AMOUNT_NOT_MULTIPLE_OF_UNIT']);
  });
  it('keeps amounts up to 10^13 kr exact in öre', () => {
    const r = distribute({ amount: '10 000 000 000 000,01', unit: UNITS.ore, recipients: recipients([1, 2, 3, 4, 5, 6, 7]) });
    expect(r.ok && r.value.total.toFixed()).toBe('10000000000000.01');
    expect(r.ok && r.value.rows.every((x) => x.amount.decimalPlaces() <= 2)).toBe(true);
  });
});

describe('keys', () => {
  it('fixed amounts off the top, the rest by weight', () => {
    const r = distribute({ amount: 100, fixed: [{ id: 'skr', name: 'SKR', amount: 40 }], recipients: recipients([1, 2]) });
    expect(r.ok && r.value.rows.map((x) => [x.id, x.fixed.toFixed(), x.amount.toFixed()])).toEqual([
      ['skr', '40', '40'],
      ['r0', '0', '20'],
      ['r1', '0', '40'],
    ]);
  });
  it('a base per recipient plus the rest by weight', () => {
    expect(amounts({ amount: 100, basePerRecipient: 10, recipients: recipients([1, 2, 3, 4]) })).toEqual(['16', '22', '28', '34']);
  });
  it('a fixed amount for a weighted recipient adds to its share', () => {
    expect(amounts({ amount: 100, fixed: [{ id: 'r0', amount: 10 }], recipients: recipients([1, 2]) })).toEqual(['40', '60']);
  });
  it('fixed amounts alone leave the rest unallocated, not as a rounding residual', () => {
    const r = distribute({ amount: 100, recipients: [], fixed: [{ id: 'a', amount: 30 }, { id: 'b', amount: 50 }] });
    expect(r.ok && [r.value.total, r.value.unallocated, r.value.residual, r.value.plainRoundingResidual].map((d) => d.toFixed())).toEqual(['80', '20', '0', '0']);
  });
  it('accepts decimal and Swedish-formatted weights', () => {
    expect(amounts({ amount: 100, recipients: recipients(['1,5', '2 454 821', 0.25]) })).toEqual(['0', '100', '0']);
    expect(amounts({ amount: 8, recipients: recipients(['1,5', '2,5']) })).toEqual(['3', '5']);
  });
  it('records the weight source on the result', () => {
    const r = distribute({ amount: 1, recipients: recipients([1]), source: { kind: 'population', id: 'x', description: 'd', referenceDate: '2023-12-31' } });
    expect(r.ok && distributionToJson(r.value).population).toEqual({ id: 'x', description: 'd', source: null, referenceDate: '2023-12-31', kind: 'population' });
  });
});

describe('negative amounts mirror positive ones', () => {
  it.each<Method>(['largest-remainder', 'adjust-largest', 'round', 'none'])('%s', (method) => {
    const pos = amounts({ amount: 1001, method, recipients: recipients([3, 3, 7, 11]) });
    const neg = amounts({ amount: -1001, method, recipients: recipients([3, 3, 7, 11]) });
    expect(neg).toEqual(pos.map((a) => new Dec(a).neg().toFixed()));
  });
  it('rounds a negative half away from zero, like Excel', () => {
    expect(amounts({ amount: -5, method: 'round', recipients: recipients([1, 1]) })).toEqual(['-3', '-3']);
  });
});

describe('bad input returns issues with stable codes', () => {
  it.each<[string, DistributionRequest, string[]]>([
    ['empty list', { amount: 1, recipients: [] }, ['EMPTY_RECIPIENTS']],
    ['negative weight', { amount: 1, recipients: recipients([1, -2]) }, ['NEGATIVE_WEIGHT']],
    ['non-numeric weight', { amount: 1, recipients: recipients(['tre']) }, ['INVALID_WEIGHT']],
    ['NaN weight', { amount: 1, recipients: recipients([Number.NaN]) }, ['INVALID_WEIGHT']],
    ['all weights zero', { amount: 1, recipients: recipients([0, 0]) }, ['ALL_WEIGHTS_ZERO']],
    ['duplicate ids', { amount: 1, recipients: [{ id: 'a', weight: 1 }, { id: 'a', weight: 2 }] }, ['DUPLICATE_ID']],
    ['empty id', { amount: 1, recipients: [{ id: ' ', weight: 1 }] }, ['EMPTY_ID']],
    ['fixed above amount', { amount: 10, fixed: [{ id: 'a', amount: 11 }], recipients: recipients([1]) }, ['FIXED_EXCEEDS_AMOUNT']],
    ['bases above amount', { amount: 10, basePerRecipient: 6, recipients: recipients([1, 1]) }, ['FIXED_EXCEEDS_AMOUNT']],
    ['fixed of the other sign', { amount: -10, fixed: [{ id: 'a', amount: 5 }], recipients: recipients([1]) }, ['FIXED_SIGN_MISMATCH']],
    ['amount not on unit', { amount: '0,5', recipients: recipients([1]) }, ['AMOUNT_NOT_MULTIPLE_OF_UNIT']],
    ['unreadable amount', { amount: 'mycket', recipients: recipients([1]) }, ['INVALID_AMOUNT']],
    ['bad decimals', { amount: 1, method: 'none', decimals: 1.5, recipients: recipients([1]) }, ['INVALID_DECIMALS']],
    ['too many', { amount: 1, recipients: Array.from({ length: 100_001 }, (_, i) => ({ id: String(i), weight: 1 })) }, ['TOO_MANY_RECIPIENTS']],
  ])('%s', (_name, request, expected) => {
    expect(codes(request)).toEqual(expected);
  });

  it('says what to fix in Swedish and in English, with a path', () => {
    const r = distribute({ amount: 1, recipients: recipients([1, -2]) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues[0];
    expect(issue?.path).toEqual(['recipients', 1, 'weight']);
    expect(issueText(issue!)).toMatch(/Vikten för r1 är negativ/);
    expect(issueText(issue!, 'en')).toMatch(/weight of r1 is negative/);
  });

  it('zero amount gives zero to everyone, even with zero weights', () => {
    expect(amounts({ amount: 0, recipients: recipients([0, 0]) })).toEqual(['0', '0']);
  });

  it('accepts exactly 100 000 recipients', () => {
    const r = distribute({ amount: 1_000_000, recipients: Array.from({ length: 100_000 }, (_, i) => ({ id: String(i), weight: i % 7 })) });
    expect(r.ok && r.value.total.toFixed()).toBe('1000000');
  });
});

describe('the result is data', () => {
  it('rows are plain frozen objects: spreading and JSON show the row, nothing of the engine', () => {
    const r = distribute({ amount: 10, fixed: [{ id: 'skr', amount: 1 }], recipients: recipients([1, 2]) });
    if (!r.ok) throw new Error('failed');
    const row = r.value.rows[1];
    expect(Object.keys({ ...row })).toEqual(['id', 'name', 'weight', 'quota', 'fixed', 'rounded', 'adjustment', 'amount', 'units']);
    expect(Object.isFrozen(row)).toBe(true);
    expect(JSON.parse(JSON.stringify({ ...row }))).toEqual({ id: 'r0', name: 'R0', weight: '1', quota: '3', fixed: '0', rounded: '3', adjustment: '0', amount: '3', units: 3 });
    const spread = { ...r.value };
    expect(spread.rows).toBe(r.value.rows);
    expect(Object.keys(JSON.parse(JSON.stringify({ ...r.value, units: r.value.units.map(Number) })))).toContain('rows');
  });

  it('keeps every amount as whole units, in row order, for every method', () => {
    const lr = distribute({ amount: '100,00', unit: UNITS.ore, recipients: recipients([1, 1, 1]) });
    expect(lr.ok && [lr.value.exponent, lr.value.units]).toEqual([-2, [3334, 3333, 3333]]);
    const none = distribute({ amount: 10, method: 'none', decimals: 4, recipients: recipients([1, 1, 1]) });
    expect(none.ok && [none.value.exponent, none.value.units]).toEqual([-4, [33333, 33333, 33333]]);
    expect(none.ok && none.value.rows.map((x) => x.units)).toEqual([33333, 33333, 33333]);
  });

  it('validation is its own step and says all it finds; the arithmetic runs on what passed', () => {
    const bad = validateRequest({ amount: 'x', recipients: [{ id: '', weight: -1 }] });
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['INVALID_AMOUNT', 'EMPTY_ID', 'NEGATIVE_WEIGHT']);
    const good = validateRequest({ amount: 7, recipients: recipients([2, 5, 6]) });
    if (!good.ok) throw new Error('failed');
    expect(good.value.restUnits).toBe(7n);
    expect(distributeValid(good.value).rows.map((x) => x.amount.toFixed())).toEqual(['1', '3', '3']);
  });

  it('apportion refuses what validation would have refused', () => {
    expect(() => apportion(-1n, [1], 'largest-remainder')).toThrow(RangeError);
    expect(() => apportion(1n, [1], 'largest-remainder', 10n)).toThrow(RangeError);
  });
});

describe('limits', () => {
  it('refuses amounts with more digits than it keeps exact, and says the limit', () => {
    const digits = '1'.repeat(MAX_DIGITS + 1);
    expect(codes({ amount: digits, recipients: recipients([1]) })).toEqual(['AMOUNT_TOO_PRECISE']);
    expect(codes({ amount: 10, fixed: [{ id: 'a', amount: `0,${digits}` }], recipients: recipients([1]) })).toEqual(['AMOUNT_TOO_PRECISE']);
    expect(codes({ amount: 10, recipients: [{ id: 'a', weight: digits }] })).toEqual(['WEIGHT_TOO_PRECISE']);
    const r = distribute({ amount: '9'.repeat(MAX_DIGITS), recipients: recipients([1, 2, 3]) });
    expect(r.ok && r.value.total.toFixed()).toBe('9'.repeat(MAX_DIGITS));
    expect(r.ok && r.value.rows.reduce((a, x) => a.plus(x.amount), new Dec(0)).toFixed()).toBe('9'.repeat(MAX_DIGITS));
  });

  it('none keeps an amount given with more decimals than it cuts quotas to', () => {
    const r = distribute({ amount: '10,12345', method: 'none', decimals: 2, recipients: recipients([1, 1, 1]) });
    if (!r.ok) throw new Error('failed');
    expect(r.value.rows.map((x) => x.amount.toFixed())).toEqual(['3.37', '3.37', '3.37']);
    expect(r.value.residual.toFixed()).toBe('0.01345');
    expect(r.value.exponent).toBe(-5);
  });
});
