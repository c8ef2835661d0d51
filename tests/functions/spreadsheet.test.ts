/**
 * The functions in a real spreadsheet: the built bundle's functions, registered from the built
 * metadata, evaluated by HyperFormula next to SUM and ROUND, in English and in Swedish, with empty
 * cells arriving as null (Excel on the web) and as 0 (desktop Excel).
 */
import { HyperFormula, type RawCellContent, type RawTranslationPackage } from 'hyperformula';
import { loadBundle, readMetadata } from '../support/addin-dist';
import { BUSY, excelRound, registerCustomFunctions, settleBusy, type Options } from '../support/hyperformula';

// The Swedish language pack, typed by hand: its typings sit where moduleResolution "node" does not look.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const svSE = (require('hyperformula/commonjs/i18n/languages/svSE') as { default: RawTranslationPackage }).default;
const options: Options = { blank: null, counts: ['EQUALSHARES'] };
HyperFormula.registerLanguage('svSE', svSE);
registerCustomFunctions('BIDRAG', readMetadata('functions.json'), readMetadata('functions.sv-SE.json'), loadBundle(), options);
excelRound();

const CODES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'];

type Language = 'en' | 'sv';

/**
 * A1:B1 the amount, A3:A23 county codes, B3 the populations (spilled), C3 the distribution
 * (spilled), E3 equal shares (spilled), row 24 sums; G1:G3 costs, H1:H3 weights with a gap; the
 * rows from 31 hold one case each, with room for their spills.
 */
const FORMULAS: readonly (readonly [string, string, string])[] = [
  ['C1', '=BIDRAG.CHECKTOTAL(B1,C3:C23)', '=BIDRAG.KONTROLLSUMMA(B1;C3:C23)'],
  ['E1', '=BIDRAG.UNSPENT(1000000,G1:G3)', '=BIDRAG.EJFÖRBRUKAT(1000000;G1:G3)'],
  ['B3', '=BIDRAG.POPULATION(A3:A23)', '=BIDRAG.BEFOLKNING(A3:A23)'],
  ['C3', '=BIDRAG.DISTRIBUTE(B1,B3:B23)', '=BIDRAG.FÖRDELA(B1;B3:B23)'],
  ['E3', '=BIDRAG.EQUALSHARES(60000000,6)', '=BIDRAG.LIKADELNING(60000000;6)'],
  ['B24', '=SUM(B3:B23)', '=SUMMA(B3:B23)'],
  ['C24', '=SUM(C3:C23)', '=SUMMA(C3:C23)'],
  ['E24', '=SUM(E3:E8)', '=SUMMA(E3:E8)'],
  ['A31', '=BIDRAG.DAYSLEFT(DATE(2023,12,1),DATE(2023,11,21))', '=BIDRAG.DAGARKVAR(DATUM(2023;12;1);DATUM(2023;11;21))'],
  ['B31', '=ROUND(1.005,2)', '=AVRUNDA(1,005;2)'],
  ['C31', '=SUM(BIDRAG.DISTRIBUTE(1234567,B3:B23,2))', '=SUMMA(BIDRAG.FÖRDELA(1234567;B3:B23;2))'],
  ['A33', '=BIDRAG.DISTRIBUTE(100,{1;1;1},3)', '=BIDRAG.FÖRDELA(100;{1|1|1};3)'],
  ['C33', '=BIDRAG.DISTRIBUTE(100,{1,1,1},"största rest","öre")', '=BIDRAG.FÖRDELA(100;{1;1;1};"största rest";"öre")'],
  ['A38', '=BIDRAG.DISTRIBUTE(1000,H1:H3)', '=BIDRAG.FÖRDELA(1000;H1:H3)'],
  ['A43', '=BIDRAG.DISTRIBUTE(100,A1:B2)', '=BIDRAG.FÖRDELA(100;A1:B2)'],
  ['D43', '=BIDRAG.POPULATION(99)', '=BIDRAG.BEFOLKNING(99)'],
  ['E43', '=BIDRAG.DISTRIBUTE(NA(),B3:B23)', '=BIDRAG.FÖRDELA(SAKNAS();B3:B23)'],
  ['F43', '=BIDRAG.DISTRIBUTE("mycket",H1:H3)', '=BIDRAG.FÖRDELA("mycket";H1:H3)'],
  ['G43', '=BIDRAG.POPULATION({1;99;3})', '=BIDRAG.BEFOLKNING({1|99|3})'],
  ['A50', '=BIDRAG.METHOD(B1,B3:B23,C3:C23)', '=BIDRAG.METOD(B1;B3:B23;C3:C23)'],
  ['B50', '=BIDRAG.METHOD(1234567,B3:B23,BIDRAG.DISTRIBUTE(1234567,B3:B23,3))', '=BIDRAG.METOD(1234567;B3:B23;BIDRAG.FÖRDELA(1234567;B3:B23;3))'],
  ['C50', '=BIDRAG.METHOD(B1+1000,B3:B23,C3:C23)', '=BIDRAG.METOD(B1+1000;B3:B23;C3:C23)'],
  ['H50', '=BIDRAG.DISTRIBUTE(B1,B3:B23,A50)', '=BIDRAG.FÖRDELA(B1;B3:B23;A50)'],
  ['A70', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023")'],
  ['B70', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023","kvalitetsregister")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023";"kvalitetsregister")'],
  ['C70', '=BIDRAG.DEADLINE("sammanhallen-vard-2023","requisition")', '=BIDRAG.SISTADAG("sammanhallen-vard-2023";"rekvisition")'],
  ['D70', '=BIDRAG.LASTWORKDAY(DATE(2023,6,24))', '=BIDRAG.SISTAARBETSDAG(DATUM(2023;6;24))'],
  ['E70', '=BIDRAG.DAYSLEFT(BIDRAG.LASTWORKDAY(BIDRAG.DEADLINE("sammanhallen-vard-2023","repayment")),DATE(2024,3,1))', '=BIDRAG.DAGARKVAR(BIDRAG.SISTAARBETSDAG(BIDRAG.SISTADAG("sammanhallen-vard-2023";"återbetalning"));DATUM(2024;3;1))'],
  ['F70', '=BIDRAG.CHECKTOTAL(BIDRAG.AGREEMENT("sammanhallen-vard-2023"),I1:I5)', '=BIDRAG.KONTROLLSUMMA(BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023");I1:I5)'],
  ['G70', '=BIDRAG.AGREEMENT("finns-inte")', '=BIDRAG.ÖVERENSKOMMELSE("finns-inte")'],
  ['I1', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023","antibiotika")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023";"antibiotika")'],
  ['I2', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023","kvalitetsregister")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023";"kvalitetsregister")'],
  ['I3', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023","lakemedelsinformation")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023";"lakemedelsinformation")'],
  ['I4', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023","sallsynta-halsotillstand")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023";"sallsynta-halsotillstand")'],
  ['I5', '=BIDRAG.AGREEMENT("sammanhallen-vard-2023","vardforlopp")', '=BIDRAG.ÖVERENSKOMMELSE("sammanhallen-vard-2023";"vardforlopp")'],
];

function sheet(language: Language): RawCellContent[][] {
  const rows: RawCellContent[][] = Array.from({ length: 80 }, () => []);
  const put = (address: string, value: RawCellContent) => {
    const m = /^([A-Z])(\d+)$/.exec(address) as RegExpExecArray;
    (rows[Number(m[2]) - 1] as RawCellContent[])[(m[1] as string).charCodeAt(0) - 65] = value;
  };
  put('A1', 'Belopp');
  put('B1', 62_500_000);
  put('G1', 250_000.5);
  put('G2', 249_999.5);
  put('H1', 1);
  put('H3', 3);
  CODES.forEach((code, i) => put(`A${i + 3}`, `'${code}`));
  for (const [address, en, sv] of FORMULAS) put(address, language === 'en' ? en : sv);
  return rows;
}

const SWEDISH_CONFIG = {
  licenseKey: 'gpl-v3',
  language: 'svSE',
  functionArgSeparator: ';',
  decimalSeparator: ',' as const,
  // Swedish Excel separates array columns with "\"; HyperFormula allows only "," or ";".
  arrayColumnSeparator: ';' as const,
  arrayRowSeparator: '|' as const,
};

function build(language: Language): HyperFormula {
  return HyperFormula.buildFromArray(sheet(language), language === 'en' ? { licenseKey: 'gpl-v3' } : SWEDISH_CONFIG);
}

describe.each([
  ['English', 'en', null],
  ['English, empty cells as 0', 'en', 0],
  ['Swedish', 'sv', null],
  ['Swedish, empty cells as 0', 'sv', 0],
] as const)('%s', (_title, language, blank) => {
  let hf: HyperFormula;
  beforeAll(async () => {
    options.blank = blank;
    // Every function answers at once (LASTWORKDAY has its holiday calendar built in): one evaluation, nothing in flight.
    hf = build(language);
    expect(await settleBusy()).toBe(0);
  });
  afterAll(() => hf.destroy());
  const at = (address: string) => hf.getCellValue(hf.simpleCellAddressFromString(address, 0) as never);
  const range = (from: string, to: string) => hf.getRangeValues(hf.simpleCellRangeFromString(`${from}:${to}`, 0) as never);

  test('POPULATION spills the 21 regions; DISTRIBUTE spills 21 shares in the same shape that foot under SUM', () => {
    expect(at('B3')).toBe(2_454_821);
    expect(at('B24')).toBe(10_551_707);
    const shares = range('C3', 'C23').flat();
    expect(shares).toHaveLength(21);
    expect(shares.every((v) => typeof v === 'number' && Number.isInteger(v))).toBe(true);
    expect(at('C3')).toBe(14_540_426);
    expect(at('C24')).toBe(62_500_000);
    expect(at('C1')).toBe(0);
  });

  test('EQUALSHARES spills six equal shares; UNSPENT and DAYSLEFT give numbers; ROUND is Excel-exact', () => {
    expect(range('E3', 'E8').flat()).toEqual([10e6, 10e6, 10e6, 10e6, 10e6, 10e6]);
    expect(at('E24')).toBe(60_000_000);
    expect(at('E1')).toBe(500_000);
    expect(at('A31')).toBe(10);
    expect(at('B31')).toBe(1.01);
    expect(at('C31')).toBe(1_234_567);
  });

  test('array constants and optional arguments: a column stays a column, a row a row', () => {
    expect(range('A33', 'A35')).toEqual([[33], [33], [33]]);
    expect(range('C33', 'E33')).toEqual([[33.34, 33.33, 33.33]]);
  });

  test('an empty cell among the weights is weight 0, whichever way it arrives', () => {
    expect(range('A38', 'A40')).toEqual([[250], [0], [750]]);
  });

  test('errors arrive as Excel errors with the Swedish message; error arguments pass on; a bad code is #N/A in its own cell', () => {
    const error = (address: string) => at(address) as { type?: string; message?: string };
    expect(error('A43').type).toBe('VALUE');
    expect(error('A43').message).toMatch(/^Vikterna ska vara en kolumn eller en rad, inte 2 × 2 celler/);
    expect(error('D43').type).toBe('NA');
    expect(error('D43').message).toMatch(/^Koden 99 finns inte/);
    expect(error('E43').type).toBe('NA');
    expect(error('F43').type).toBe('VALUE');
    expect(error('F43').message).toMatch(/^Beloppet \(”mycket”\) är inte ett tal/);
    expect(at('G43')).toBe(2_454_821);
    expect(error('G44').type).toBe('NA');
    expect(at('G45')).toBe(404_589);
  });

  test('METHOD over a table DISTRIBUTE made returns its method, a word DISTRIBUTE takes back; a table it cannot make is #N/A with its deviating rows', () => {
    expect(at('A50')).toBe('största rest');
    expect(at('B50')).toBe('avrunda');
    const error = at('C50') as { type?: string; message?: string };
    expect(error.type).toBe('NA');
    expect(error.message).toMatch(/^Ingen avrundningsmetod ger tabellen .* som ger \d+ rader annorlunda/);
    expect(range('H50', 'H70')).toEqual(range('C3', 'C23'));
  });

  test('AGREEMENT, DEADLINE and LASTWORKDAY from the catalog, nested as a controller would, and nothing left #BUSY!', () => {
    expect(at('A70')).toBe(326_000_000);
    expect(at('B70')).toBe(168_000_000);
    expect(at('C70')).toBe(45_261); // 2023-12-01
    expect(at('D70')).toBe(45_099); // 2023-06-22, before midsommarafton
    expect(at('E70')).toBe(27); // återbetalning 2024-03-31 is påskdagen: 2024-03-28 is 27 days after 1 March
    expect(at('F70')).toBe(0);
    expect((at('G70') as { type?: string }).type).toBe('NA');
    const values = hf.getSheetValues(0).flat();
    expect(values.filter((v) => typeof v === 'object' && v !== null && (v as { message?: string }).message === BUSY)).toEqual([]);
  });
});
