import Decimal from 'decimal.js';
import fc from 'fast-check';
import { explain, setMessageLanguage } from '../../src/functions/coerce';
import { agreementCells, deadlineCells } from '../../src/functions/agreements';
import { daysLeftCells, lastWorkDayCells } from '../../src/functions/dates';
import { toExcelSerial } from '../../src/core/calendar';
import { getAgreement, type Agreement } from '../../src/core/agreements';
import { ok } from '../../src/core/result';
import { distributeCells, equalSharesCells } from '../../src/functions/distribution';
import { populationCells } from '../../src/functions/population';
import { checkTotalCells, unspentCells } from '../../src/functions/totals';
import { SCB_COUNTY_2023_12_31 } from '../../src/core/reference';
import { StubError } from '../support/custom-functions';

const NA = new StubError('#N/A');
const column = (...values: unknown[]) => values.map((v) => [v]);
const codeOf = (outcome: unknown) => explain(outcome)?.[0]?.code;
const excelCode = (outcome: unknown) => (outcome instanceof StubError ? outcome.code : undefined);
const total = (m: unknown) => (m as number[][]).flat().reduce((a, b) => a.plus(b), new Decimal(0)).toNumber();

afterEach(() => setMessageLanguage('sv'));

describe('FÖRDELA / DISTRIBUTE', () => {
  const populations = SCB_COUNTY_2023_12_31.rows.map((r) => [r.weight.toNumber()]);

  test('62 500 000 kr over the 21 regions by population spills a column that foots to the krona', () => {
    const result = distributeCells(62_500_000, populations) as number[][];
    expect(result).toHaveLength(21);
    expect(result.every((row) => row.length === 1 && Number.isInteger(row[0]))).toBe(true);
    expect(total(result)).toBe(62_500_000);
    expect(result[0]?.[0]).toBe(14_540_426); // 62 500 000 × 2 454 821 / 10 551 707 = 14 540 425.98…
  });

  test('a row of weights gives a row, a single cell a single cell', () => {
    expect(distributeCells(1000, [[1, 2, 3]])).toEqual([[167, 333, 500]]);
    expect(distributeCells(1000, column(1, 2, 3))).toEqual([[167], [333], [500]]);
    expect(distributeCells(1000, [[7]])).toEqual([[1000]]);
    expect(distributeCells(1000, 7)).toEqual([[1000]]);
  });

  test('the method takes numbers and words in both languages', () => {
    const weights = column(1, 1, 1);
    expect(distributeCells(100, weights, 1)).toEqual([[34], [33], [33]]);
    expect(distributeCells(100, weights, 'största rest')).toEqual([[34], [33], [33]]);
    expect(distributeCells(100, weights, 3)).toEqual([[33], [33], [33]]);
    expect(distributeCells(100, weights, 'avrunda')).toEqual([[33], [33], [33]]);
    expect(distributeCells(100, weights, 0)).toEqual([[33.333333], [33.333333], [33.333333]]);
    expect(distributeCells(100, weights, 'justera största')).toEqual([[34], [33], [33]]);
    expect(codeOf(distributeCells(100, weights, 7))).toBe('INVALID_METHOD');
  });

  test('the unit: öre keeps two decimals, tkr rounds to thousands, blank or 0 is kronor', () => {
    expect(distributeCells(100, column(1, 1, 1), 1, 'öre')).toEqual([[33.34], [33.33], [33.33]]);
    expect(distributeCells(10_000, column(1, 1, 1), 1, 'tkr')).toEqual([[4000], [3000], [3000]]);
    expect(distributeCells(100, column(1, 1, 1), null, null)).toEqual(distributeCells(100, column(1, 1, 1), undefined, 0));
    expect(codeOf(distributeCells(100, column(1, 1), 1, 'dollar'))).toBe('INVALID_UNIT');
    expect(codeOf(distributeCells(100.5, column(1, 1)))).toBe('AMOUNT_NOT_MULTIPLE_OF_UNIT');
  });

  test('amounts and weights as Swedish text are read', () => {
    expect(distributeCells('62 500 000 kr', populations)).toEqual(distributeCells(62_500_000, populations));
    expect(distributeCells('1 000', column('1', '2,0', ' 3 '))).toEqual([[167], [333], [500]]);
    expect(distributeCells(1000, column(0.5, 1, 1.5))).toEqual([[167], [333], [500]]);
  });

  test('empty cells are weight 0 whether they arrive as null or as 0', () => {
    const asNull = distributeCells(1000, column(1, null, 3));
    expect(asNull).toEqual([[250], [0], [750]]);
    expect(distributeCells(1000, column(1, 0, 3))).toEqual(asNull);
    expect(distributeCells(1000, column(1, '', 3))).toEqual(asNull);
    expect(distributeCells(null, column(1, 3))).toEqual([[0], [0]]);
  });

  test('bad input gives #VALUE! with a Swedish message that says what to fix', () => {
    const negative = distributeCells(1000, column(1, -2, 3));
    expect(excelCode(negative)).toBe('#VALUE!');
    expect(codeOf(negative)).toBe('NEGATIVE_WEIGHT');
    expect((negative as StubError).message).toContain('rad 2');

    const text = distributeCells(1000, column(1, 'Stockholm'));
    expect(codeOf(text)).toBe('NOT_A_NUMBER');
    expect((text as StubError).message).toMatch(/^Vikterna, rad 2 \(”Stockholm”\) är inte ett tal/);

    expect(codeOf(distributeCells('mycket', column(1)))).toBe('NOT_A_NUMBER');
    expect(codeOf(distributeCells(true, column(1)))).toBe('NOT_A_NUMBER');
    expect(codeOf(distributeCells(1000, column(0, 0)))).toBe('ALL_WEIGHTS_ZERO');
    expect(codeOf(distributeCells(1000, column(true)))).toBe('NOT_A_NUMBER');
  });

  test('a 2-D range where a column belongs is refused', () => {
    const result = distributeCells(1000, [
      [1, 2],
      [3, 4],
    ]);
    expect(excelCode(result)).toBe('#VALUE!');
    expect(codeOf(result)).toBe('NOT_A_VECTOR');
  });

  test('an error value in an argument travels on with its own code', () => {
    const result = distributeCells(1000, column(1, NA, 3));
    expect(excelCode(result)).toBe('#N/A');
    expect(codeOf(result)).toBe('ERROR_IN_ARGUMENT');
    expect(excelCode(distributeCells(new StubError('#DIV/0!'), column(1)))).toBe('#DIV/0!');
    expect(excelCode(distributeCells(new StubError('#REF!'), column(1)))).toBe('#VALUE!');
  });

  test('amounts Excel cannot hold exactly are refused, not rounded', () => {
    expect(codeOf(distributeCells(1e15, column(1, 2)))).toBe('TOO_LARGE_FOR_EXCEL');
    expect(codeOf(distributeCells(1e300, column(1, 2)))).toBe('TOO_LARGE_FOR_EXCEL');
    expect(total(distributeCells(999_999_999_999_999, column(1, 2, 3)))).toBe(999_999_999_999_999);
  });

  test('10 000 weights spill 10 000 shares that foot, quickly', () => {
    const weights = Array.from({ length: 10_000 }, (_, i) => [((i * 7919) % 10_007) + 1]);
    const started = performance.now();
    const result = distributeCells(123_456_789, weights) as number[][];
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toHaveLength(10_000);
    expect(total(result)).toBe(123_456_789);
  });

  test('messages follow the language Excel runs in', () => {
    setMessageLanguage('en');
    const result = distributeCells(1000, column(1, -2));
    expect((result as StubError).message).toMatch(/^The weight of row 2 is negative/);
  });
});

describe('LIKADELNING / EQUALSHARES', () => {
  test('60 000 000 kr to the six samverkansregioner', () => {
    expect(equalSharesCells(60_000_000, 6)).toEqual(column(10e6, 10e6, 10e6, 10e6, 10e6, 10e6));
  });

  test('what is left over goes to the first recipients, and the shares foot', () => {
    expect(equalSharesCells(100, 3)).toEqual([[34], [33], [33]]);
    expect(equalSharesCells(100, 3, 'öre')).toEqual([[33.34], [33.33], [33.33]]);
    expect(equalSharesCells(-100, 3)).toEqual([[-34], [-33], [-33]]);
  });

  test('a range gives one share per cell, in its shape', () => {
    expect(equalSharesCells(90, [['Norra', 'Södra', 'Västra']])).toEqual([[30, 30, 30]]);
    expect(equalSharesCells(90, column('a', null, 'c'))).toEqual([[30], [30], [30]]);
    expect(equalSharesCells(90, '6')).toEqual(column(15, 15, 15, 15, 15, 15));
  });

  test('a count must be a whole number from 1; blank is no count, as null or 0', () => {
    for (const bad of [0, null, '', 2.5, -3, 1e9]) expect(codeOf(equalSharesCells(100, bad))).toBe('INVALID_COUNT');
    expect(excelCode(equalSharesCells(100, [[NA]]))).toBe('#N/A');
  });
});

describe('BEFOLKNING / POPULATION', () => {
  test('county codes as numbers, text or names, from the built-in SCB table', () => {
    expect(populationCells(1)).toEqual([[2_454_821]]);
    expect(populationCells('01')).toEqual([[2_454_821]]);
    expect(populationCells('Region Gotland')).toEqual([[61_029]]);
    expect(populationCells(column(1, 9, 25))).toEqual([[2_454_821], [61_029], [248_480]]);
    expect(populationCells([[1, 9]])).toEqual([[2_454_821, 61_029]]);
  });

  test('the reference date as a serial or as text; an unknown date is #N/A', () => {
    expect(populationCells(1, 45291)).toEqual([[2_454_821]]);
    expect(populationCells(1, '2023-12-31')).toEqual([[2_454_821]]);
    expect(populationCells(1, 0)).toEqual([[2_454_821]]);
    const unknown = populationCells(1, '2022-12-31');
    expect(excelCode(unknown)).toBe('#N/A');
    expect(codeOf(unknown)).toBe('UNKNOWN_REFERENCE_DATE');
    expect(codeOf(populationCells(1, 'igår'))).toBe('INVALID_DATE');
  });

  test('an unknown code is #N/A in its own cell; the rest still spill', () => {
    const result = populationCells(column(1, 99, null, 180)) as unknown[][];
    expect(result[0]).toEqual([2_454_821]);
    expect(codeOf(result[1]?.[0])).toBe('UNKNOWN_CODE');
    expect(excelCode(result[1]?.[0])).toBe('#N/A');
    expect(codeOf(result[2]?.[0])).toBe('CODE_MISSING');
    expect(codeOf(result[3]?.[0])).toBe('MUNICIPALITY_NOT_BUILT_IN');
  });

  test('a table from the workbook: header row, optional name column, codes as numbers', () => {
    const table = [['Kommunkod', 'Kommun', 'Folkmängd'], ['0180', 'Stockholm', 988_943], [1480, 'Göteborg', '604 616'], [null, null, null]];
    expect(populationCells(column('0180', 1480, '1480'), null, table)).toEqual([[988_943], [604_616], [604_616]]);
    expect(populationCells([[180]], undefined, [[180, 10], [181, 20]])).toEqual([[10]]);
    expect(codeOf((populationCells([[182]], undefined, [[180, 10]]) as unknown[][])[0]?.[0])).toBe('UNKNOWN_CODE');
    expect(populationCells(1, null, [[null]])).toEqual([[2_454_821]]);
  });

  test('a table that cannot be read gives #VALUE! and says why', () => {
    expect(codeOf(populationCells(1, null, column(1, 2)))).toBe('INVALID_TABLE');
    expect(codeOf(populationCells(1, null, [[1, 5], [1, 6]]))).toBe('INVALID_TABLE');
    expect(codeOf(populationCells(1, null, [[1, 5], [3, 'många']]))).toBe('NOT_A_NUMBER');
    expect(codeOf(populationCells(1, null, [['Kod', 'Befolkning']]))).toBe('INVALID_TABLE');
  });
});

describe('KONTROLLSUMMA / CHECKTOTAL and EJFÖRBRUKAT / UNSPENT', () => {
  test('0 when the parts foot, exactly, even where floating point would not', () => {
    expect(checkTotalCells(62_500_000, column(60_000_000, 2_500_000))).toBe(0);
    expect(checkTotalCells(0.3, column(0.1, 0.2))).toBe(0);
    expect(checkTotalCells('326 000 000', [[296_465_000, 29_535_000]])).toBe(0);
    expect(checkTotalCells(100, column(60, 45))).toBe(5);
  });

  test('any shape of parts; blank cells are 0 as null or as 0', () => {
    expect(checkTotalCells(10, [[1, 2], [3, null]])).toBe(-4);
    expect(checkTotalCells(10, [[1, 2], [3, 0]])).toBe(-4);
    expect(checkTotalCells(null, column(null))).toBe(0);
  });

  test('text in the parts is refused, since SUM would skip it', () => {
    const result = checkTotalCells(100, column(60, '40'));
    expect(codeOf(result)).toBe('TEXT_IN_RANGE');
    expect((result as StubError).message).toContain('Delbeloppen, rad 2');
    expect(codeOf(unspentCells(100, [['hyra']]))).toBe('TEXT_IN_RANGE');
  });

  test('unspent funds: grant minus costs, negative when overspent', () => {
    expect(unspentCells(1_000_000, column(250_000.5, 249_999.5))).toBe(500_000);
    expect(unspentCells(100, column(60, 50))).toBe(-10);
    expect(excelCode(unspentCells(100, column(NA)))).toBe('#N/A');
  });

  test('near 1e308: #NUM! with a message, never ±Infinity or NaN in a cell', () => {
    const MAX = Number.MAX_VALUE;
    for (const result of [checkTotalCells(1e308, column(-1e308)), checkTotalCells(-MAX, column(MAX, 1e300)), unspentCells(MAX, column(-MAX)), unspentCells(-1e308, [[1e308, 1e308]])]) {
      expect(excelCode(result)).toBe('#NUM!');
      expect(codeOf(result)).toBe('RESULT_OUT_OF_RANGE');
    }
    expect(checkTotalCells(MAX, column(MAX))).toBe(0);
    // Excel keeps 15 digits: the largest double reads as 1.79769313486232e308, one step too far.
    expect(excelCode(unspentCells(MAX, column(0)))).toBe('#NUM!');
    expect(unspentCells(9.99999999999999e307, column(0))).toBe(9.99999999999999e307);
  });

  test('fuzz: any finite numbers give a finite number or #NUM!, never Infinity, NaN or an unexpected error', () => {
    const big = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e308, 0));
    fc.assert(
      fc.property(big, fc.array(big, { minLength: 1, maxLength: 5 }), fc.boolean(), (total, parts, which) => {
        const result = (which ? checkTotalCells : unspentCells)(total, parts.map((p) => [p]));
        if (typeof result === 'number') return Number.isFinite(result);
        return result instanceof StubError && result.code === '#NUM!' && codeOf(result) === 'RESULT_OUT_OF_RANGE';
      }),
      { seed: 308, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe('DAGARKVAR / DAYSLEFT', () => {
  const now = () => new Date(2023, 10, 21, 9, 30);

  test('days from today to the date, negative once passed', () => {
    expect(daysLeftCells(45261, undefined, now)).toBe(10);
    expect(daysLeftCells('2023-12-01', null, now)).toBe(10);
    expect(daysLeftCells('2023-11-01', 0, now)).toBe(-20);
    expect(daysLeftCells(45261, 45261)).toBe(0);
    expect(daysLeftCells(45261, '2023-11-30')).toBe(1);
  });

  test('a missing or impossible date is #VALUE!', () => {
    expect(codeOf(daysLeftCells(null))).toBe('DATE_MISSING');
    expect(codeOf(daysLeftCells(0))).toBe('DATE_MISSING');
    expect(codeOf(daysLeftCells('2023-02-30'))).toBe('INVALID_DATE');
    expect(codeOf(daysLeftCells(60))).toBe('INVALID_DATE');
    expect(codeOf(daysLeftCells(45261, 'igår'))).toBe('INVALID_DATE');
  });
});

describe('ÖVERENSKOMMELSE / AGREEMENT', () => {
  const SV = 'sammanhallen-vard-2023';

  test("an agreement's total, an area's or a line's amount, from the built-in catalog", () => {
    expect(agreementCells(SV)).toBe(326_000_000);
    expect(agreementCells(' Sammanhallen-Vard-2023 ')).toBe(326_000_000);
    expect(agreementCells(SV, 'kvalitetsregister')).toBe(168_000_000);
    expect(agreementCells(SV, 'kvalitetsregister', 'belopp')).toBe(168_000_000);
    expect(agreementCells(SV, null, 'total')).toBe(326_000_000);
    expect(agreementCells(SV, 0, 'år')).toBe(2023);
    expect(agreementCells(SV, '', 'year')).toBe(2023);
  });

  test('text fields come back as text', () => {
    expect(typeof agreementCells(SV, null, 'titel')).toBe('string');
    expect(agreementCells(SV, 'kvalitetsregister', 'mottagare')).toEqual(expect.any(String));
  });

  test('an amount the agreement does not state is #N/A, never 0', () => {
    const area = agreementCells('god-och-nara-vard-2023', 'nara-vard-primarvard');
    expect(excelCode(area)).toBe('#N/A');
    expect(codeOf(area)).toBe('AMOUNT_NOT_STATED');
  });

  test('unknown agreements and lines are #N/A, unknown fields #VALUE!', () => {
    expect(excelCode(agreementCells('finns-inte'))).toBe('#N/A');
    expect(codeOf(agreementCells('finns-inte'))).toBe('UNKNOWN_AGREEMENT');
    expect(codeOf(agreementCells(SV, 'finns-inte'))).toBe('UNKNOWN_AREA_OR_LINE');
    expect(excelCode(agreementCells(SV, null, 'färg'))).toBe('#VALUE!');
    expect(codeOf(agreementCells(SV, null, 'färg'))).toBe('INVALID_FIELD');
    expect(codeOf(agreementCells(null))).toBe('TEXT_MISSING');
    expect(codeOf(agreementCells(true))).toBe('NOT_TEXT');
  });
});

describe('SISTADAG / DEADLINE', () => {
  const SV = 'sammanhallen-vard-2023';
  const serial = (iso: string) => toExcelSerial(iso);

  test('the date of a deadline by kind, in either language, or by its own id', () => {
    expect(deadlineCells(SV, 'rekvisition')).toBe(serial('2023-12-01'));
    expect(deadlineCells(SV, 'Requisition')).toBe(serial('2023-12-01'));
    expect(deadlineCells(SV, 'återbetalning')).toBe(serial('2024-03-31'));
    expect(deadlineCells(SV, 'slutrapport')).toBe(serial('2024-03-31'));
    expect(deadlineCells(SV, 'slutrapport-antibiotika')).toBe(serial('2024-03-31'));
    expect(deadlineCells(SV, 'delrapport', 'vardforlopp')).toBe(serial('2023-09-30'));
  });

  test('a deadline stated only as a month counts to its last day', () => {
    expect(deadlineCells(SV, 'avstämning')).toBe(serial('2023-05-31'));
  });

  test('a deadline that is not there is #N/A; a kind nobody knows is #VALUE!', () => {
    expect(codeOf(deadlineCells(SV, 'delrapport', 'antibiotika'))).toBe('NO_DEADLINE');
    expect(excelCode(deadlineCells('cancervard-2023', 'rekvisition'))).toBe('#N/A');
    expect(codeOf(deadlineCells(SV, 'fest'))).toBe('INVALID_DEADLINE_KIND');
    expect(codeOf(deadlineCells(SV, 'rekvisition', 'finns-inte'))).toBe('UNKNOWN_AREA_OR_LINE');
    expect(codeOf(deadlineCells(SV, null))).toBe('TEXT_MISSING');
    expect(codeOf(deadlineCells('finns-inte', 'rekvisition'))).toBe('UNKNOWN_AGREEMENT');
  });

  test('a kind with different dates per area asks for the area instead of guessing', () => {
    const base = getAgreement(SV);
    if (!base.ok) throw new Error('the catalog lacks the 2023 agreement');
    const [first, second] = base.value.deadlines.filter((d) => d.kind === 'final-report');
    const agreement: Agreement = { ...base.value, deadlines: [{ ...first!, date: '2024-02-29' }, second!] };
    const find = () => ok(agreement);
    expect(codeOf(deadlineCells(SV, 'slutrapport', null, find))).toBe('AMBIGUOUS_DEADLINE');
    expect(deadlineCells(SV, 'slutrapport', first!.areas[0], find)).toBe(serial('2024-02-29'));
  });
});

describe('SISTAARBETSDAG / LASTWORKDAY', () => {
  test.each([
    ['2023-12-01', '2023-12-01'], // a Friday
    ['2023-06-24', '2023-06-22'], // midsommardagen, after midsommarafton
    ['2023-12-25', '2023-12-22'], // juldagen, after julafton on a Sunday
    ['2024-03-31', '2024-03-28'], // påskdagen, after långfredagen
    ['2024-01-01', '2023-12-29'], // nyårsdagen, after nyårsafton on a Sunday
  ])('%s → %s, at once (no calendar to load)', (date, expected) => {
    expect(lastWorkDayCells(date)).toBe(toExcelSerial(expected));
    expect(lastWorkDayCells(toExcelSerial(date))).toBe(toExcelSerial(expected));
  });

  test('a missing date is #VALUE!', () => {
    expect(codeOf(lastWorkDayCells(null))).toBe('DATE_MISSING');
  });

  test('a date before the calendar (1953-01-01) is #VALUE! with a message that gives the range, not "an unexpected error"', () => {
    for (const date of [1, '1900-01-01', 61, '1952-12-31', '1953-01-01']) {
      const result = lastWorkDayCells(date);
      expect(excelCode(result)).toBe('#VALUE!');
      expect(codeOf(result)).toBe('DATE_OUTSIDE_CALENDAR');
      expect((result as StubError).message).toMatch(/från 1953-01-01 till 9999-12-31/);
    }
    expect(lastWorkDayCells('1953-01-02')).toBe(toExcelSerial('1953-01-02'));
    expect(lastWorkDayCells(2_958_465)).toBe(toExcelSerial('9999-12-30')); // nyårsafton 9999, a Friday
  });

  test('fuzz: any number or date text gives a serial on or before the date, or a #VALUE! that is not UNEXPECTED', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.integer({ min: -10, max: 2_958_475 }),
          fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
            ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          ),
        ),
        (value) => {
          const result = lastWorkDayCells(value);
          if (typeof result === 'number') {
            const input = typeof value === 'number' ? Math.floor(value) : (toExcelSerial(value) as number);
            return Number.isInteger(result) && result <= input && result >= input - 5;
          }
          return result instanceof StubError && result.code === '#VALUE!' && codeOf(result) !== 'UNEXPECTED';
        },
      ),
      { seed: 14, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

describe('every adapter, over edge inputs, returns a number, a matrix or an error and never throws', () => {
  const bigColumn = Array.from({ length: 10_000 }, (_, i) => [i % 13]);
  const EDGES: unknown[] = [
    null,
    undefined,
    0,
    '',
    '   ',
    'text',
    true,
    false,
    -1,
    0.5,
    1e308,
    -1e308,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER,
    NA,
    new StubError('#REF!'),
    [[1, 2], [3, 4]],
    [[null]],
    [[]],
    [],
    {},
    [[NA, 1]],
    bigColumn,
  ];
  const ADAPTERS: [string, (...args: unknown[]) => unknown, number][] = [
    ['distribute', distributeCells, 4],
    ['equalShares', equalSharesCells, 3],
    ['population', populationCells, 3],
    ['checkTotal', checkTotalCells, 2],
    ['unspent', unspentCells, 2],
    ['daysLeft', (a, b) => daysLeftCells(a, b), 2],
    ['deadline', (a, b, c) => deadlineCells(a, b, c), 3],
    ['agreement', (a, b, c) => agreementCells(a, b, c), 3],
    ['lastWorkDay', (a) => lastWorkDayCells(a), 1],
  ];
  const GOOD: Record<string, unknown[]> = {
    distribute: [1000, column(1, 2), 1, 'kr'],
    equalShares: [1000, 4, 'kr'],
    population: [column(1, 3), '2023-12-31', null],
    checkTotal: [3, column(1, 2)],
    unspent: [3, column(1, 2)],
    daysLeft: [45261, 45251],
    deadline: ['sammanhallen-vard-2023', 'rekvisition', null],
    agreement: ['sammanhallen-vard-2023', 'kvalitetsregister', 'belopp'],
    lastWorkDay: [45261],
  };

  const isCellValue = (v: unknown) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || v instanceof StubError;
  const acceptable = (v: unknown) =>
    isCellValue(v) || (Array.isArray(v) && v.length > 0 && v.every((row) => Array.isArray(row) && row.length > 0 && row.every(isCellValue)));

  test.each(ADAPTERS)('%s', async (name, adapter, arity) => {
    const good = GOOD[name] as unknown[];
    expect(acceptable(await adapter(...good)) && !((await adapter(...good)) instanceof StubError)).toBe(true);
    for (let position = 0; position < arity; position++) {
      for (const edge of EDGES) {
        const args = [...good];
        args[position] = edge;
        let result: unknown;
        expect(() => (result = adapter(...args))).not.toThrow();
        result = await result;
        if (!acceptable(result)) throw new Error(`${name} with ${String(edge)} at ${position} returned ${JSON.stringify(result)}`);
      }
    }
  });
});
