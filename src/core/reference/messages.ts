import type { Bilingual, Catalogue, IssueOf } from '../result';

/** papaparse's error codes in words; its own messages are English only. */
const CSV_PROBLEMS: Readonly<Record<string, Bilingual>> = {
  MissingQuotes: { sv: 'ett citattecken öppnas men stängs aldrig', en: 'a quote is opened but never closed' },
  InvalidQuotes: { sv: 'ett citattecken står mitt i ett fält', en: 'a quote stands in the middle of a field' },
  TooFewFields: { sv: 'raden har färre fält än rubrikraden', en: 'the row has fewer fields than the header' },
  TooManyFields: { sv: 'raden har fler fält än rubrikraden', en: 'the row has more fields than the header' },
};
const csvProblem = (code: string, lang: 'sv' | 'en') => CSV_PROBLEMS[code]?.[lang] ?? (lang === 'sv' ? `fel av typen ${code}` : `an error of type ${code}`);

export const REFERENCE_MESSAGES = {
  UNKNOWN_REFERENCE_DATE: {
    excel: '#N/A',
    sv: (p: { date: string; level: string; available: string }) =>
      `Det finns ingen befolkningstabell för ${p.date} (${p.level}). Tabeller som finns: ${p.available}. Läs in en egen tabell (CSV med kod;namn;befolkning) för andra datum.`,
    en: (p: { date: string; level: string; available: string }) =>
      `There is no population table for ${p.date} (${p.level === 'kommuner' ? 'municipalities' : 'regions'}). Tables that exist: ${p.available}. Load your own table (CSV with id,name,population) for other dates.`,
  },
  POPULATION_CELL_KEY_NOISE: {
    sv: (p: { date: string; sum: number; note: string }) =>
      `Befolkningen ${p.date} summerar till ${p.sum.toLocaleString('sv-SE')}; delarna behöver inte stämma mot SCB:s totaler. SCB skriver: ”${p.note}”`,
    en: (p: { date: string; sum: number; note: string }) =>
      `The population on ${p.date} sums to ${p.sum}; the parts need not add up to SCB's totals (SCB's cell-key noise from 2025). SCB writes: "${p.note}"`,
  },
  POPULATION_NATIONAL_MISMATCH: {
    sv: (p: { date: string; sum: number; national: number }) =>
      `Befolkningen ${p.date} summerar till ${p.sum.toLocaleString('sv-SE')}, men SCB:s total för riket är ${p.national.toLocaleString('sv-SE')}.`,
    en: (p: { date: string; sum: number; national: number }) => `The population on ${p.date} sums to ${p.sum}, but SCB's national total is ${p.national}.`,
  },
  POPULATION_COUNTY_MISMATCH: {
    sv: (p: { date: string; county: string; parts: number; stated: number }) =>
      `Kommunerna i ${p.county} summerar till ${p.parts.toLocaleString('sv-SE')} den ${p.date}, men länets folkmängd är ${p.stated.toLocaleString('sv-SE')}.`,
    en: (p: { date: string; county: string; parts: number; stated: number }) =>
      `The municipalities of ${p.county} sum to ${p.parts} on ${p.date}, but the county's population is ${p.stated}.`,
  },
  TABLE_EMPTY: {
    sv: (p: { where: string }) => `${p.where} innehåller inga rader. Tabellen ska ha en rad per mottagare med kod och vikt (gärna under en rubrikrad kod;namn;vikt).`,
    en: (p: { where: string }) => `${p.where} has no rows. The table needs one row per recipient with an id and a weight (ideally under a header row id,name,weight).`,
  },
  TABLE_MISSING_COLUMNS: {
    sv: (p: { where: string; found: string }) =>
      `${p.where} saknar kolumnerna för kod och vikt. Rubrikraden ska vara id,name,weight eller kod;namn;vikt eller kod;namn;befolkning (hittade: ${p.found}).`,
    en: (p: { where: string; found: string }) =>
      `${p.where} lacks the id and weight columns. The header must be id,name,weight or kod;namn;vikt or kod;namn;befolkning (found: ${p.found}).`,
  },
  TABLE_BAD_NUMBER: {
    sv: (p: { where: string; line: number; value: string }) =>
      `Rad ${p.line} i ${p.where}: ”${p.value}” är inte ett tal. Skriv till exempel 2 454 821 eller 12,5.`,
    en: (p: { where: string; line: number; value: string }) => `Line ${p.line} of ${p.where}: "${p.value}" is not a number. Write for example 2454821 or 12.5.`,
  },
  TABLE_NEGATIVE: {
    sv: (p: { where: string; line: number; value: string }) => `Rad ${p.line} i ${p.where}: vikten ${p.value} är negativ. Vikter och befolkning måste vara noll eller större.`,
    en: (p: { where: string; line: number; value: string }) => `Line ${p.line} of ${p.where}: the weight ${p.value} is negative. Weights and population must be zero or more.`,
  },
  TABLE_MISSING_ID: {
    sv: (p: { where: string; line: number }) => `Rad ${p.line} i ${p.where} saknar kod. Varje rad behöver en kod (till exempel länskoden 01 eller kommunkoden 0180).`,
    en: (p: { where: string; line: number }) => `Line ${p.line} of ${p.where} has no id. Every row needs an id (for example county code 01 or municipality code 0180).`,
  },
  TABLE_DUPLICATE_ID: {
    sv: (p: { where: string; line: number; id: string; earlier: number }) =>
      `Rad ${p.line} i ${p.where}: koden ${p.id} finns redan på rad ${p.earlier}. Varje kod får bara finnas en gång.`,
    en: (p: { where: string; line: number; id: string; earlier: number }) =>
      `Line ${p.line} of ${p.where}: the id ${p.id} is already on line ${p.earlier}. Each id may appear only once.`,
  },
  TABLE_COLUMN_COUNT: {
    sv: (p: { where: string; line: number; count: number; expected: number }) =>
      `Rad ${p.line} i ${p.where} har ${p.count} kolumner men första raden har ${p.expected}. Ett decimaltal med komma i en kommaseparerad fil (1,5) måste stå inom citattecken; spara hellre filen semikolonseparerad.`,
    en: (p: { where: string; line: number; count: number; expected: number }) =>
      `Line ${p.line} of ${p.where} has ${p.count} columns but the first row has ${p.expected}. A decimal comma in a comma-separated file (1,5) must be quoted; better, save the file semicolon-separated.`,
  },
  TABLE_UNKNOWN_CODE: {
    sv: (p: { where: string; line: number; id: string; level: string }) =>
      `Rad ${p.line} i ${p.where}: ${p.id} är ingen ${p.level === 'kommuner' ? 'kommunkod (fyra siffror, till exempel 0180)' : 'länskod (01–25)'}.`,
    en: (p: { where: string; line: number; id: string; level: string }) =>
      `Line ${p.line} of ${p.where}: ${p.id} is not a ${p.level === 'kommuner' ? 'municipality code (four digits, for example 0180)' : 'county code (01–25)'}.`,
  },
  TABLE_PARSE: {
    sv: (p: { where: string; line: number; problem: string }) =>
      `Rad ${p.line} i ${p.where} går inte att läsa som CSV: ${csvProblem(p.problem, 'sv')}. Kontrollera citattecknen och avgränsarna på raden.`,
    en: (p: { where: string; line: number; problem: string }) =>
      `Line ${p.line} of ${p.where} cannot be read as CSV: ${csvProblem(p.problem, 'en')}. Check the quotes and separators on that line.`,
  },
  TABLE_TOO_LARGE: {
    sv: (p: { where: string; max: number }) => `${p.where} är större än ${p.max} MB, mer än en tabell med vikter behöver. Kontrollera att det är rätt fil.`,
    en: (p: { where: string; max: number }) => `${p.where} is larger than ${p.max} MB, more than a table of weights needs. Check that it is the right file.`,
  },
  TABLE_TOO_MANY_ROWS: {
    sv: (p: { where: string; count: number; max: number }) => `${p.where} har ${p.count} rader, fler än högst ${p.max.toLocaleString('sv-SE')}. Dela upp tabellen.`,
    en: (p: { where: string; count: number; max: number }) => `${p.where} has ${p.count} rows, more than the maximum of ${p.max}. Split the table.`,
  },
  TABLE_NOT_A_LEVEL: {
    sv: (p: { where: string }) =>
      `${p.where} är varken en tabell över regionerna (länskoder 01–25) eller kommunerna (kommunkoder med fyra siffror). Markera en kolumn med koder eller regionnamn och en kolumn med befolkning.`,
    en: (p: { where: string }) =>
      `${p.where} is neither a table of the regions (county codes 01–25) nor of the municipalities (four-digit codes). Select a column of codes or region names and a column of population.`,
  },
  TABLE_INCOMPLETE: {
    sv: (p: { where: string; level: string; count: number; missing: string }) =>
      `${p.where} har ${p.count} ${p.level === 'kommuner' ? 'kommuner, men alla 290' : 'regioner, men alla 21'} behövs (saknas: ${p.missing}). Markera hela tabellen och försök igen.`,
    en: (p: { where: string; level: string; count: number; missing: string }) =>
      `${p.where} has ${p.count} ${p.level === 'kommuner' ? 'municipalities, but all 290' : 'regions, but all 21'} are needed (missing: ${p.missing}). Select the whole table and try again.`,
  },
  TABLE_ENCODING: {
    sv: (p: { where: string; offset: number }) =>
      `${p.where} är varken UTF-8 eller Windows-1252 (byte ${p.offset} går inte att läsa). Spara filen som ”CSV UTF-8” i Excel och försök igen.`,
    en: (p: { where: string; offset: number }) =>
      `${p.where} is neither UTF-8 nor Windows-1252 (byte ${p.offset} cannot be read). Save it as "CSV UTF-8" in Excel and try again.`,
  },
} as const satisfies Catalogue;

/** Every issue this module gives, discriminated by code. */
export type ReferenceIssue = IssueOf<typeof REFERENCE_MESSAGES>;
