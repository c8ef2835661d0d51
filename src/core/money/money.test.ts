import { Dec, formatAmount, formatAmountPlain, fromSpreadsheetNumber, parseAmount, parseNumber, parseUnit, roundTo, unitLabel } from '.';

const value = (text: string | number) => {
  const r = parseAmount(text);
  if (!r.ok) throw new Error(`expected ${String(text)} to parse: ${r.issues[0]?.code}`);
  return r.value.toFixed();
};
const code = (text: string) => {
  const r = parseAmount(text);
  return r.ok ? 'ok' : r.issues[0]?.code;
};

describe('parseAmount', () => {
  it.each([
    ['1 234 567', '1234567'],
    ['1 234 567,50', '1234567.5'],
    ['1\u00a0234\u00a0567', '1234567'],
    ['1\u202f234\u2009567,25', '1234567.25'],
    ['\u22121 234', '-1234'],
    ['-1 234,5', '-1234.5'],
    ['\u2013500', '-500'],
    ['(1 234)', '-1234'],
    ['1 234-', '-1234'],
    ['+12', '12'],
    ['62 500 000 kr', '62500000'],
    ['62500000 KR', '62500000'],
    ['12,5 mnkr', '12500000'],
    ['12,5 mkr', '12500000'],
    ['29 535 tkr', '29535000'],
    ['1,2 mdkr', '1200000000'],
    ['326 000 000 kronor', '326000000'],
    ['1234567.50', '1234567.5'],
    ['1.234.567,50', '1234567.5'],
    ['1,234,567.50', '1234567.5'],
    ['0,5', '0.5'],
    [',5', '0.5'],
    ['  42  ', '42'],
    ['10000000000000', '10000000000000'],
    ['100:-', '100'],
  ])('reads %j as %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([['abc'], ['1 2 3,4,5'], ['1,23,4'], ['12..5'], ['1.2.3'], ['kr'], ['--5'], ['1e5'], ['5 %']])('rejects %j', (text) => {
    expect(code(text)).toBe('INVALID_AMOUNT');
  });

  it('says an empty cell is empty, not invalid', () => {
    expect(code('  ')).toBe('EMPTY_AMOUNT');
  });

  it('keeps a negative zero as zero', () => {
    expect(value('-0')).toBe('0');
  });

  it('takes numbers as a spreadsheet shows them and refuses NaN', () => {
    expect(value(12.5)).toBe('12.5');
    expect(value(0.1 + 0.2)).toBe('0.3');
    expect(parseAmount(Number.NaN).ok).toBe(false);
  });

  it('does not apply currency suffixes to plain numbers', () => {
    expect(parseNumber('5 tkr').ok).toBe(false);
    expect(parseNumber('2 454 821').ok && parseNumber('2 454 821')).toMatchObject({ ok: true });
  });
});

describe('formatAmount', () => {
  it('formats in sv-SE with no-break spaces, decimal comma and U+2212 minus', () => {
    expect(formatAmount('1234567.5', { decimals: 2 })).toBe('1\u00a0234\u00a0567,50');
    expect(formatAmount('-12500')).toBe('\u221212\u00a0500');
    expect(formatAmount('0.004', { decimals: 2 })).toBe('0,00');
    expect(formatAmount('-0.004', { decimals: 2 })).toBe('0,00');
    expect(formatAmount('999', { suffix: ' kr' })).toBe('999 kr');
  });

  it('round-trips through parseAmount for any amount up to 10^13 kr in öre', () => {
    for (const s of ['0', '1', '-1', '999.99', '1000', '-1234567.89', '10000000000000', '9999999999999.99']) {
      expect(value(formatAmount(s))).toBe(new Dec(s).toFixed());
      expect(value(formatAmountPlain(s))).toBe(new Dec(s).toFixed());
    }
  });
});

describe('rounding modes', () => {
  it('half away from zero rounds negatives like Excel ROUND, not like Math.round', () => {
    expect(roundTo('-2.5', 0, 'half-away-from-zero').toNumber()).toBe(-3);
    expect(Math.round(-2.5)).toBe(-2);
    expect(roundTo('2.5', 0, 'half-away-from-zero').toNumber()).toBe(3);
    expect(roundTo('-1234.5', -1, 'half-away-from-zero').toNumber()).toBe(-1230);
    expect(roundTo('1235', -1, 'half-away-from-zero').toNumber()).toBe(1240);
    expect(roundTo('-1235', -1, 'half-away-from-zero').toNumber()).toBe(-1240);
  });

  it('half-even, floor, ceiling and truncate', () => {
    expect(roundTo('2.5', 0, 'half-even').toNumber()).toBe(2);
    expect(roundTo('3.5', 0, 'half-even').toNumber()).toBe(4);
    expect(roundTo('-2.5', 0, 'half-even').toNumber()).toBe(-2);
    expect(roundTo('-2.1', 0, 'floor').toNumber()).toBe(-3);
    expect(roundTo('-2.9', 0, 'ceiling').toNumber()).toBe(-2);
    expect(roundTo('-2.9', 0, 'truncate').toNumber()).toBe(-2);
    expect(roundTo('2549', -2, 'floor').toNumber()).toBe(2500);
  });

  it('reads a cell number as Excel shows it: ROUND(1.005;2) is 1.01', () => {
    expect(roundTo(fromSpreadsheetNumber(1.005), 2, 'half-away-from-zero').toFixed()).toBe('1.01');
    expect(roundTo(fromSpreadsheetNumber(-1.005), 2, 'half-away-from-zero').toFixed()).toBe('-1.01');
    expect(fromSpreadsheetNumber(0.1 + 0.2).toFixed()).toBe('0.3');
    expect(() => fromSpreadsheetNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('units', () => {
  it.each([
    ['öre', -2],
    ['kr', 0],
    ['tkr', 3],
    ['mnkr', 6],
    ['0,01', -2],
    ['0.01', -2],
    ['1', 0],
    ['1000', 3],
    ['1 000', 3],
    ['1e3', 3],
    ['100', 2],
  ])('%s is 10^%d kr', (text, exponent) => {
    expect(parseUnit(text)).toEqual({ exponent });
  });

  it.each([['0'], ['5'], ['-1'], ['250'], ['bananer'], ['1e12']])('%s is not a unit', (text) => {
    expect(parseUnit(text)).toBeUndefined();
  });

  it('labels units in Swedish', () => {
    expect(unitLabel({ exponent: 3 })).toBe('tusental kronor');
    expect(unitLabel({ exponent: 2 })).toBe('100 kr');
  });
});
