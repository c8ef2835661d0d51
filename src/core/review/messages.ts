import { METHOD_MESSAGES, type Msg } from './method-messages';

interface At {
  /** Where in the input: "rad 12" or "rad 3, kolumn 2". */
  readonly at: string;
  readonly atEn: string;
}

/** Every message the review of a published table can give, Swedish first, keyed by stable code. */
export const REVIEW_MESSAGES = {
  TABLE_EMPTY: {
    sv: () => 'Tabellen är tom. Klistra in tabellen med ett regionnamn och ett belopp per rad.',
    en: () => 'The table is empty. Paste the table with a region name and an amount on each row.',
  },
  TABLE_NOT_FOUND: {
    sv: () =>
      'Hittade ingen tabell: ingen rad har ett regionnamn (eller en länskod) följt av ett belopp. Klistra in tabellen med namnen och beloppen, till exempel ”Stockholm” och ”364 329 400”.',
    en: () => 'No table found: no row has a region name (or county code) followed by an amount. Paste the table with its names and amounts, for example "Stockholm" and "364 329 400".',
  },
  TABLE_UNKNOWN_REGION: {
    sv: (p: At & { label: string; suggestion?: string }) =>
      `${cap(p.at)}: ”${p.label}” är ingen region som går att känna igen.${p.suggestion ? ` Menade du ${p.suggestion}?` : ''} Skriv regionens namn (till exempel Västra Götaland eller Region Jönköpings län) eller länskoden.`,
    en: (p: At & { label: string; suggestion?: string }) =>
      `${cap(p.atEn)}: "${p.label}" is not a recognisable region.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''} Write the region's name (for example Västra Götaland or Region Jönköpings län) or its county code.`,
  },
  TABLE_DUPLICATE_REGION: {
    sv: (p: At & { label: string; name: string; first: string }) =>
      `${cap(p.at)}: ${p.name} (”${p.label}”) finns redan på ${p.first}. Varje region får bara stå en gång i tabellen.`,
    en: (p: At & { label: string; name: string; first: string }) =>
      `${cap(p.atEn)}: ${p.name} ("${p.label}") already appears at ${p.first}. Each region may appear only once in the table.`,
  },
  TABLE_MISSING_REGIONS: {
    sv: (p: { names: string; count: number }) =>
      `Tabellen saknar ${p.count === 1 ? 'en region' : `${p.count} regioner`}: ${p.names}. Klistra in hela tabellen med alla 21 regioner.`,
    en: (p: { names: string; count: number }) =>
      `The table lacks ${p.count === 1 ? 'a region' : `${p.count} regions`}: ${p.names}. Paste the whole table with all 21 regions.`,
  },
  TABLE_AMOUNT_NOT_NUMBER: {
    sv: (p: At & { label: string; text: string }) =>
      `${cap(p.at)}: beloppet för ${p.label} (”${p.text}”) är inte ett tal. Skriv beloppet som 364 329 400; står flera kolumner på samma rad, skilj dem med tabb eller semikolon.`,
    en: (p: At & { label: string; text: string }) =>
      `${cap(p.atEn)}: the amount for ${p.label} ("${p.text}") is not a number. Write it as 364 329 400; when several columns share a line, separate them with a tab or semicolon.`,
  },
  TABLE_MISSING_AMOUNT: {
    sv: (p: At & { label: string; column: number }) => `${cap(p.at)}: ${p.label} saknar belopp i kolumn ${p.column}. Fyll i beloppet.`,
    en: (p: At & { label: string; column: number }) => `${cap(p.atEn)}: ${p.label} has no amount in column ${p.column}. Fill in the amount.`,
  },
  TABLE_EXTRA_AMOUNT: {
    sv: (p: At & { label: string; text: string; columns: number }) =>
      `${cap(p.at)}: ${p.label} har fler belopp än tabellens ${p.columns} kolumn${p.columns === 1 ? '' : 'er'} (”${p.text}”). Kontrollera raden.`,
    en: (p: At & { label: string; text: string; columns: number }) =>
      `${cap(p.atEn)}: ${p.label} has more amounts than the table's ${p.columns} column${p.columns === 1 ? '' : 's'} ("${p.text}"). Check the row.`,
  },
  TABLE_CSV_PARSE: {
    sv: (p: At & { detail: string }) => `${cap(p.at)} går inte att läsa som CSV: ${p.detail}.`,
    en: (p: At & { detail: string }) => `${cap(p.atEn)} cannot be read as CSV: ${p.detail}.`,
  },
  AUDIT_UNKNOWN_COLUMN: {
    sv: (p: { column: string; available: string }) => `Tabellen har ingen kolumn ”${p.column}”. Välj ett nummer eller ett namn: ${p.available}.`,
    en: (p: { column: string; available: string }) => `The table has no column "${p.column}". Choose a number or a name: ${p.available}.`,
  },
  AUDIT_NO_CANDIDATES: {
    sv: () => 'Ange minst en vikttabell att granska mot: en befolkning (--population 2023-12-31) eller egna vikter (--weights fil.csv).',
    en: () => 'Give at least one weight table to audit against: a population (--population 2023-12-31) or your own weights (--weights file.csv).',
  },
  ...METHOD_MESSAGES,
} as const satisfies Record<string, Msg<never>>;

export type ReviewIssueCode = keyof typeof REVIEW_MESSAGES;

function cap(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
}
