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
    sv: (p: { date: string; available: string }) =>
      `Det finns ingen befolkningstabell för ${p.date}. Inbyggda datum: ${p.available}. Läs in en egen tabell (CSV med kod;namn;befolkning) för andra datum.`,
    en: (p: { date: string; available: string }) =>
      `There is no population table for ${p.date}. Built-in dates: ${p.available}. Load your own table (CSV with id,name,population) for other dates.`,
  },
  CSV_EMPTY: {
    sv: (p: { file: string }) => `Filen ${p.file} innehåller inga rader. Den ska ha en rubrikrad (kod;namn;vikt) och en rad per mottagare.`,
    en: (p: { file: string }) => `The file ${p.file} has no rows. It needs a header row (id,name,weight) and one row per recipient.`,
  },
  CSV_MISSING_COLUMNS: {
    sv: (p: { file: string; found: string }) =>
      `Filen ${p.file} saknar kolumnerna för kod och vikt. Rubrikraden ska vara id,name,weight eller kod;namn;vikt eller kod;namn;befolkning (hittade: ${p.found}).`,
    en: (p: { file: string; found: string }) =>
      `The file ${p.file} lacks the id and weight columns. The header must be id,name,weight or kod;namn;vikt or kod;namn;befolkning (found: ${p.found}).`,
  },
  CSV_BAD_NUMBER: {
    sv: (p: { file: string; line: number; value: string }) =>
      `Rad ${p.line} i ${p.file}: ”${p.value}” är inte ett tal. Skriv till exempel 2 454 821 eller 12,5.`,
    en: (p: { file: string; line: number; value: string }) => `Line ${p.line} of ${p.file}: "${p.value}" is not a number. Write for example 2454821 or 12.5.`,
  },
  CSV_MISSING_ID: {
    sv: (p: { file: string; line: number }) => `Rad ${p.line} i ${p.file} saknar kod. Varje rad behöver en kod (till exempel länskoden 01).`,
    en: (p: { file: string; line: number }) => `Line ${p.line} of ${p.file} has no id. Every row needs an id (for example county code 01).`,
  },
  CSV_PARSE: {
    sv: (p: { file: string; line: number; problem: string }) =>
      `Rad ${p.line} i ${p.file} går inte att läsa som CSV: ${csvProblem(p.problem, 'sv')}. Kontrollera citattecknen och avgränsarna på raden.`,
    en: (p: { file: string; line: number; problem: string }) =>
      `Line ${p.line} of ${p.file} cannot be read as CSV: ${csvProblem(p.problem, 'en')}. Check the quotes and separators on that line.`,
  },
} as const satisfies Catalogue;

/** Every issue this module gives, discriminated by code. */
export type ReferenceIssue = IssueOf<typeof REFERENCE_MESSAGES>;
