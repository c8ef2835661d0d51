import type { Method } from '../core/distribution';
import type { Bilingual, Catalogue, Lang } from '../core/result';

const list = (words: readonly Bilingual[], lang: Lang) => words.map((w) => w[lang]).join(', ');

/**
 * What the spreadsheet functions can say about their arguments, before the core sees them. The
 * core's own issues (a negative weight, an unknown reference date) keep their codes and messages.
 */
export const FUNCTION_MESSAGES = {
  NOT_A_NUMBER: {
    sv: (p: { what: Label; value: string }) => `${p.what.sv} (”${p.value}”) är inte ett tal. Skriv ett tal, till exempel 1 234 567 eller 12,5.`,
    en: (p: { what: Label; value: string }) => `${p.what.en} ("${p.value}") is not a number. Enter a number, for example 1234567 or 12.5.`,
  },
  TEXT_IN_RANGE: {
    sv: (p: { what: Label; value: string }) =>
      `${p.what.sv} är text (”${p.value}”), inte ett tal. SUMMA hoppar över text, så gör om cellen till ett tal eller töm den.`,
    en: (p: { what: Label; value: string }) =>
      `${p.what.en} is text ("${p.value}"), not a number. SUM skips text, so turn the cell into a number or clear it.`,
  },
  ERROR_IN_ARGUMENT: {
    sv: (p: { what: Label; error: string }) => `${p.what.sv} innehåller felet ${p.error}. Rätta den cellen först.`,
    en: (p: { what: Label; error: string }) => `${p.what.en} contains the error ${p.error}. Fix that cell first.`,
  },
  NOT_A_VECTOR: {
    sv: (p: { what: Label; rows: number; columns: number }) =>
      `${p.what.sv} ska vara en kolumn eller en rad, inte ${p.rows} × ${p.columns} celler. Markera bara kolumnen (eller raden) med värdena.`,
    en: (p: { what: Label; rows: number; columns: number }) =>
      `${p.what.en} must be one column or one row, not ${p.rows} × ${p.columns} cells. Select only the column (or row) of values.`,
  },
  INVALID_METHOD: {
    sv: (p: { value: string }) =>
      `Metoden ”${p.value}” finns inte. Ange 1 (största rest, standard), 2 (avrunda och justera största), 3 (avrunda) eller 0 (ingen avrundning).`,
    en: (p: { value: string }) =>
      `There is no method "${p.value}". Use 1 (largest remainder, the default), 2 (round and adjust the largest), 3 (round) or 0 (no rounding).`,
  },
  INVALID_UNIT: {
    sv: (p: { value: string }) => `Enheten ”${p.value}” går inte att använda. Ange öre, kr, tkr, mnkr eller en tiopotens som 0,01 eller 1000.`,
    en: (p: { value: string }) => `The unit "${p.value}" cannot be used. Use öre, kr, tkr, mnkr or a power of ten such as 0.01 or 1000.`,
  },
  INVALID_COUNT: {
    sv: (p: { value: string; max: number }) =>
      `Antalet mottagare (${p.value}) ska vara ett heltal från 1 till ${p.max.toLocaleString('sv-SE')}, eller ett område med en cell per mottagare.`,
    en: (p: { value: string; max: number }) =>
      `The number of recipients (${p.value}) must be a whole number from 1 to ${p.max}, or a range with one cell per recipient.`,
  },
  TOO_LARGE_FOR_EXCEL: {
    sv: (p: { amount: string }) =>
      `Beloppet ${p.amount} har fler än 15 siffror i den valda enheten, och så många siffror kan Excel inte visa exakt. Välj en större enhet eller dela upp beloppet.`,
    en: (p: { amount: string }) =>
      `The amount ${p.amount} has more than 15 digits in the chosen unit, more than Excel can show exactly. Choose a larger unit or split the amount.`,
  },
  DATE_MISSING: {
    sv: (p: { what: Label }) => `${p.what.sv} saknas. Ange ett datum, till exempel 2023-12-01.`,
    en: (p: { what: Label }) => `${p.what.en} is missing. Enter a date, for example 2023-12-01.`,
  },
  INVALID_DATE: {
    sv: (p: { what: Label; value: string }) =>
      `${p.what.sv} (”${p.value}”) är inte ett datum. Ange ett datum som 2023-12-01 eller en cell med ett datum.`,
    en: (p: { what: Label; value: string }) => `${p.what.en} ("${p.value}") is not a date. Enter a date such as 2023-12-01 or a cell holding a date.`,
  },
  CODE_MISSING: {
    excel: '#N/A',
    sv: () => 'Koden saknas. Ange en länskod (01–25) eller en kommunkod (fyra siffror).',
    en: () => 'The code is missing. Enter a county code (01–25) or a municipality code (four digits).',
  },
  UNKNOWN_CODE: {
    excel: '#N/A',
    sv: (p: { code: string; table: Label }) => `Koden ${p.code} finns inte i ${p.table.sv}. Kontrollera koden (länskoder 01–25, kommunkoder fyra siffror).`,
    en: (p: { code: string; table: Label }) => `The code ${p.code} is not in ${p.table.en}. Check the code (county codes 01–25, municipality codes four digits).`,
  },
  MUNICIPALITY_NOT_BUILT_IN: {
    excel: '#N/A',
    sv: (p: { code: string }) =>
      `Kommunkoden ${p.code} finns inte i den inbyggda tabellen, som bara har län. Ange en egen tabell med kod och befolkning som tredje argument.`,
    en: (p: { code: string }) =>
      `The municipality code ${p.code} is not in the built-in table, which holds counties only. Pass your own table of code and population as the third argument.`,
  },
  INVALID_TABLE: {
    sv: (p: { detail: Label }) => `Befolkningstabellen går inte att läsa: ${p.detail.sv} Den ska ha koden i första kolumnen och befolkningen i sista.`,
    en: (p: { detail: Label }) => `The population table cannot be read: ${p.detail.en} It needs the code in its first column and the population in its last.`,
  },
  NOT_TEXT: {
    sv: (p: { what: Label; value: string }) => `${p.what.sv} (”${p.value}”) ska vara text, ett id som ”sammanhallen-vard-2023”.`,
    en: (p: { what: Label; value: string }) => `${p.what.en} ("${p.value}") must be text, an id such as "sammanhallen-vard-2023".`,
  },
  TEXT_MISSING: {
    sv: (p: { what: Label; example: string }) => `${p.what.sv} saknas. Skriv till exempel ”${p.example}”.`,
    en: (p: { what: Label; example: string }) => `${p.what.en} is missing. Write for example "${p.example}".`,
  },
  UNKNOWN_AREA_OR_LINE: {
    excel: '#N/A',
    sv: (p: { agreement: string; id: string; areas: string }) =>
      `Överenskommelsen ${p.agreement} har inget område eller rad med id ”${p.id}”. Områden: ${p.areas}.`,
    en: (p: { agreement: string; id: string; areas: string }) =>
      `The agreement ${p.agreement} has no area or line with id "${p.id}". Areas: ${p.areas}.`,
  },
  AMOUNT_NOT_STATED: {
    excel: '#N/A',
    sv: (p: { what: Label }) => `Överenskommelsen anger inget värde för ${p.what.sv}. Det är något att redovisa, inte noll.`,
    en: (p: { what: Label }) => `The agreement states no value for ${p.what.en}. It is something to report, not zero.`,
  },
  INVALID_FIELD: {
    sv: (p: { value: string; fields: readonly Label[] }) => `Uppgiften ”${p.value}” finns inte. Välj en av: ${list(p.fields, 'sv')}.`,
    en: (p: { value: string; fields: readonly Label[] }) => `There is no field "${p.value}". Choose one of: ${list(p.fields, 'en')}.`,
  },
  INVALID_DEADLINE_KIND: {
    sv: (p: { value: string; kinds: readonly Label[] }) => `Tidsfristen ”${p.value}” känns inte igen. Ange en av: ${list(p.kinds, 'sv')}, eller tidsfristens id.`,
    en: (p: { value: string; kinds: readonly Label[] }) => `The deadline "${p.value}" is not recognized. Use one of: ${list(p.kinds, 'en')}, or the deadline's id.`,
  },
  NO_DEADLINE: {
    excel: '#N/A',
    sv: (p: { agreement: string; kind: string; known: string }) =>
      `Överenskommelsen ${p.agreement} har ingen tidsfrist ”${p.kind}” här. Dess tidsfrister: ${p.known}.`,
    en: (p: { agreement: string; kind: string; known: string }) =>
      `The agreement ${p.agreement} has no deadline "${p.kind}" here. Its deadlines: ${p.known}.`,
  },
  AMBIGUOUS_DEADLINE: {
    sv: (p: { kind: string; dates: string; areas: string }) =>
      `Tidsfristen ”${p.kind}” har olika datum för olika områden (${p.dates}). Ange området som tredje argument: ${p.areas}.`,
    en: (p: { kind: string; dates: string; areas: string }) =>
      `The deadline "${p.kind}" has different dates for different areas (${p.dates}). Give the area as the third argument: ${p.areas}.`,
  },
  DATE_OUTSIDE_CALENDAR: {
    sv: (p: { what: Label; value: string; first: string; last: string }) =>
      `${p.what.sv} (${p.value}) eller arbetsdagen före ligger utanför helgdagskalendern, som gäller från ${p.first} till ${p.last}. Ange ett senare datum.`,
    en: (p: { what: Label; value: string; first: string; last: string }) =>
      `${p.what.en} (${p.value}) or the working day before it falls outside the holiday calendar, which runs from ${p.first} to ${p.last}. Enter a later date.`,
  },
  RESULT_OUT_OF_RANGE: {
    sv: (p: { value: string }) =>
      `Resultatet (${p.value}) ligger utanför de tal Excel kan hålla (upp till ±1,797·10^308). Kontrollera cellerna med mycket stora tal.`,
    en: (p: { value: string }) => `The result (${p.value}) is beyond the numbers Excel can hold (up to ±1.797e308). Check the cells with very large numbers.`,
  },
  METHOD_NOT_REPRODUCED: {
    excel: '#N/A',
    sv: (p: { rows: number; closest: Label }) =>
      `Ingen avrundningsmetod ger tabellen från beloppet och vikterna. Närmast är ”${p.closest.sv}”, som ger ${p.rows === 1 ? 'en rad' : `${p.rows} rader`} annorlunda. Kontrollera vikterna (rätt befolkningsdatum?) och beloppet.`,
    en: (p: { rows: number; closest: Label }) =>
      `No rounding method gives the table from the amount and the weights. The closest is "${p.closest.en}", which gives ${p.rows === 1 ? 'one row' : `${p.rows} rows`} differently. Check the weights (the right population date?) and the amount.`,
  },
  UNEXPECTED: {
    sv: (p: { detail: string }) => `Ett oväntat fel uppstod (${p.detail}). Kontrollera argumenten och rapportera felet om det kvarstår.`,
    en: (p: { detail: string }) => `An unexpected error occurred (${p.detail}). Check the arguments and report the problem if it persists.`,
  },
} as const satisfies Catalogue;

export type FunctionIssueCode = keyof typeof FUNCTION_MESSAGES;

/**
 * The rounding methods as BIDRAG.METOD answers: each a word FÖRDELA's method argument reads back
 * (`parseMethod`) in either language, so a method found can be passed on as it stands.
 */
export const METHOD_NAMES: Readonly<Record<Method, Label>> = {
  'largest-remainder': { sv: 'största rest', en: 'largest remainder' },
  'adjust-largest': { sv: 'justera största', en: 'adjust largest' },
  round: { sv: 'avrunda', en: 'round' },
  none: { sv: 'ingen avrundning', en: 'none' },
};

/** An argument or cell as a message names it, in both languages. */
export type Label = Bilingual;

export const LABELS = {
  amount: { sv: 'Beloppet', en: 'The amount' },
  total: { sv: 'Totalen', en: 'The total' },
  grant: { sv: 'Bidraget', en: 'The grant' },
  weights: { sv: 'Vikterna', en: 'The weights' },
  parts: { sv: 'Delbeloppen', en: 'The parts' },
  costs: { sv: 'Kostnaderna', en: 'The costs' },
  recipients: { sv: 'Mottagarna', en: 'The recipients' },
  codes: { sv: 'Koderna', en: 'The codes' },
  table: { sv: 'Tabellen', en: 'The table' },
  date: { sv: 'Datumet', en: 'The date' },
  today: { sv: 'Dagens datum', en: "Today's date" },
  referenceDate: { sv: 'Referensdatumet', en: 'The reference date' },
  method: { sv: 'Metoden', en: 'The method' },
  unit: { sv: 'Enheten', en: 'The unit' },
  agreement: { sv: 'Överenskommelsens id', en: "The agreement's id" },
  areaOrLine: { sv: 'Området eller raden', en: 'The area or line' },
  field: { sv: 'Uppgiften', en: 'The field' },
  kind: { sv: 'Tidsfristen', en: 'The deadline' },
} as const satisfies Record<string, Label>;

/** "rad 3, kolumn 2" / "row 3, column 2": a cell counted from the top left of its range. */
export function positionLabel(row: number, column: number, rows: number, columns: number): Label {
  const sv: string[] = [];
  const en: string[] = [];
  if (rows > 1 || columns === 1) {
    sv.push(`rad ${row + 1}`);
    en.push(`row ${row + 1}`);
  }
  if (columns > 1) {
    sv.push(`kolumn ${column + 1}`);
    en.push(`column ${column + 1}`);
  }
  return { sv: sv.join(', '), en: en.join(', ') };
}

/** "Vikterna, rad 3" / "The weights, row 3": one cell of a range argument; a single cell is the argument itself. */
export function cellLabel(of: Label, row: number, column: number, rows: number, columns: number): Label {
  if (rows * columns <= 1) return of;
  const at = positionLabel(row, column, rows, columns);
  return { sv: `${of.sv}, ${at.sv}`, en: `${of.en}, ${at.en}` };
}
