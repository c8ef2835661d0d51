import { DEADLINE_KINDS, DISTRIBUTION_KEYS, FUNDERS, RECIPIENT_TYPES } from '../agreements';
import type { Bilingual, Lang } from '../result';

/**
 * The agreement sheet's layout, shared by its writer and its reader: the sections in order, each a
 * heading in column A, a header row and one row per item; the labels of the header fields; the words
 * each choice is written with. The reader finds sections by their headings (either language) and
 * columns by position under a header it checks, so a typed-over header is named, not misread.
 */

export { agreementSheetId, AGREEMENT_SHEET_KIND } from './agreement-sheet-id';

/** Written where the agreement states nothing (`null`); read back as `null` in either language. */
export const NOT_STATED: Bilingual = { sv: 'ej angivet', en: 'not stated' };

const b = (sv: string, en: string): Bilingual => ({ sv, en });

/** Source columns come last in every section that has them, in this order. */
export const SOURCE_COLUMNS = { where: b('Var (källa)', 'Where (source)'), quote: b('Citat', 'Quote'), document: b('Dokument', 'Document') } as const;

export const SECTIONS = {
  fields: b('Uppgifter', 'Details'),
  parties: b('Parter', 'Parties'),
  diarienummer: b('Diarienummer', 'Reference numbers'),
  lines: b('Områden och rader', 'Areas and lines'),
  alsoStated: b('Även angivet', 'Also stated'),
  recipientTotals: b('Summor per mottagare', 'Totals by recipient'),
  constraints: b('Villkor', 'Constraints'),
  deadlines: b('Tidsfrister', 'Deadlines'),
  notes: b('Anteckningar', 'Notes'),
} as const;
export type SectionKey = keyof typeof SECTIONS;

const src = [SOURCE_COLUMNS.where, SOURCE_COLUMNS.quote, SOURCE_COLUMNS.document] as const;

/** Each section's columns from A, by key; the writer writes these headings and the reader checks them. */
export const COLUMNS = {
  fields: { field: b('Fält', 'Field'), value: b('Värde', 'Value'), where: src[0], quote: src[1], document: src[2] },
  parties: { name: b('Namn', 'Name'), role: b('Roll', 'Role'), signedOn: b('Undertecknad', 'Signed on'), signatory: b('Undertecknare', 'Signatory'), where: src[0], quote: src[1], document: src[2] },
  diarienummer: { value: b('Nummer', 'Number'), issuer: b('Utfärdare', 'Issuer'), description: b('Beskrivning', 'Description'), where: src[0], quote: src[1], document: src[2] },
  lines: {
    level: b('Nivå', 'Level'),
    id: b('Id', 'Id'),
    parent: b('Ingår i', 'Part of'),
    title: b('Rubrik', 'Title'),
    amount: b('Belopp, kr', 'Amount, SEK'),
    partsSum: b('Summa av delarna (kontroll)', 'Sum of the parts (check)'),
    where: src[0],
    quote: src[1],
    document: src[2],
    recipient: b('Mottagare', 'Recipient'),
    recipientDetail: b('Länskod eller namn', 'County code or name'),
    viaSkr: b('Via SKR', 'Via SKR'),
    key: b('Fördelningsnyckel', 'Distribution key'),
    funder: b('Finansiär', 'Funder'),
    utgiftsomrade: b('Utgiftsområde', 'Expenditure area'),
    anslag: b('Anslag', 'Appropriation'),
    anslagspost: b('Anslagspost', 'Appropriation item'),
    anslagspostName: b('Anslagspostens namn', 'Item name'),
    appWhere: b('Anslag: var', 'Appropriation: where'),
    appQuote: b('Anslag: citat', 'Appropriation: quote'),
    appDocument: b('Anslag: dokument', 'Appropriation: document'),
    linesComplete: b('Delarna kompletta', 'Parts complete'),
    titleEn: b('Rubrik (engelska)', 'Title (English)'),
    note: b('Anmärkning', 'Note'),
  },
  alsoStated: { target: b('Gäller', 'Concerns'), amount: b('Belopp, kr', 'Amount, SEK'), recipient: b('Mottagare', 'Recipient'), recipientDetail: b('Länskod eller namn', 'County code or name'), viaSkr: b('Via SKR', 'Via SKR'), where: src[0], quote: src[1], document: src[2] },
  recipientTotals: {
    id: b('Id', 'Id'),
    title: b('Rubrik', 'Title'),
    of: b('Del av', 'Part of'),
    complete: b('Komplett', 'Complete'),
    where: src[0],
    quote: src[1],
    document: src[2],
    partId: b('Delens id', 'Part id'),
    partTitle: b('Delens rubrik', 'Part title'),
    recipients: b('Mottagartyper', 'Recipient types'),
    amount: b('Belopp, kr', 'Amount, SEK'),
    partWhere: b('Delen: var', 'Part: where'),
    partQuote: b('Delen: citat', 'Part: quote'),
    partDocument: b('Delen: dokument', 'Part: document'),
  },
  constraints: {
    id: b('Id', 'Id'),
    kind: b('Slag', 'Kind'),
    percent: b('Procent', 'Percent'),
    area: b('Område', 'Area'),
    description: b('Målgrupp', 'Target'),
    descriptionEn: b('Målgrupp (engelska)', 'Target (English)'),
    lines: b('Rader', 'Lines'),
    possibleLines: b('Möjliga rader', 'Possible lines'),
    where: src[0],
    quote: src[1],
    document: src[2],
  },
  deadlines: {
    id: b('Id', 'Id'),
    kind: b('Slag', 'Kind'),
    date: b('Datum', 'Date'),
    precision: b('Precision', 'Precision'),
    areas: b('Områden', 'Areas'),
    by: b('Av', 'By'),
    to: b('Till', 'To'),
    title: b('Rubrik', 'Title'),
    titleEn: b('Rubrik (engelska)', 'Title (English)'),
    where: src[0],
    quote: src[1],
    document: src[2],
  },
  notes: { note: b('Anteckning', 'Note') },
} as const satisfies Record<SectionKey, Record<string, Bilingual>>;

export type ColumnKey<S extends SectionKey> = keyof (typeof COLUMNS)[S] & string;

/** 1-based column of a key within its section. */
export function columnOf<S extends SectionKey>(section: S, key: ColumnKey<S>): number {
  return (Object.keys(COLUMNS[section]) as string[]).indexOf(key) + 1;
}

/** The header fields' rows, in order, by key; read by their label in column A. */
export const FIELDS = {
  id: b('Id', 'Id'),
  title: b('Titel', 'Title'),
  titleEn: b('Titel (engelska)', 'Title (English)'),
  year: b('År', 'Year'),
  document: b('Dokument', 'Document'),
  periodStart: b('Period från', 'Period from'),
  periodEnd: b('Period till', 'Period to'),
  total: b('Totalt, kr', 'Total, SEK'),
  stateShare: b('Statens andel, kr', "The state's share, SEK"),
  regionsShare: b('Regionernas andel, kr', "The regions' share, SEK"),
  frame: b('Ram, kr', 'Frame, SEK'),
  areasComplete: b('Områdena kompletta', 'Areas complete'),
} as const;
export type FieldKey = keyof typeof FIELDS;

/** The words a choice is written with; the reader also takes the schema's own code. */
export const CHOICES = {
  recipient: {
    skr: b('SKR', 'SKR'),
    'regions-via-skr': b('Regionerna via SKR', 'Regions via SKR'),
    regions: b('Regionerna', 'Regions'),
    municipalities: b('Kommunerna', 'Municipalities'),
    samverkansregioner: b('Samverkansregionerna', 'Cooperation regions'),
    region: b('En region', 'One region'),
    other: b('Annan', 'Other'),
  },
  key: {
    population: b('Befolkning', 'Population'),
    equal: b('Lika belopp', 'Equal amounts'),
    fixed: b('Fasta belopp', 'Fixed amounts'),
    performance: b('Prestationsbaserat', 'Performance-based'),
    unspecified: b('Ej bestämd', 'Not specified'),
  },
  funder: { state: b('Staten', 'The state'), regions: b('Regionerna', 'The regions') },
  role: { state: b('Staten', 'The state'), skr: b('SKR', 'SKR'), other: b('Annan', 'Other') },
  of: { total: b('Totalt', 'Total'), stateShare: b('Statens andel', "The state's share"), regionsShare: b('Regionernas andel', "The regions' share") },
  constraint: { 'min-share': b('Minst andel', 'Minimum share'), 'max-share': b('Högst andel', 'Maximum share') },
  deadline: {
    requisition: b('Rekvisition', 'Requisition'),
    repayment: b('Återbetalning', 'Repayment'),
    'financial-report': b('Ekonomisk redovisning', 'Financial report'),
    'final-report': b('Slutrapport', 'Final report'),
    'interim-report': b('Delrapport', 'Interim report'),
    'check-in': b('Avstämning', 'Check-in'),
  },
  boolean: { true: b('ja', 'yes'), false: b('nej', 'no') },
  precision: { day: b('dag', 'day'), month: b('månad', 'month') },
} as const satisfies Record<string, Record<string, Bilingual>>;

// The choices above name every code the schema knows: a code added there must be worded here.
const _exhaustive: [
  keyof (typeof CHOICES)['recipient'] extends (typeof RECIPIENT_TYPES)[number] ? true : never,
  (typeof RECIPIENT_TYPES)[number] extends keyof (typeof CHOICES)['recipient'] ? true : never,
  (typeof DISTRIBUTION_KEYS)[number] extends keyof (typeof CHOICES)['key'] ? true : never,
  (typeof FUNDERS)[number] extends keyof (typeof CHOICES)['funder'] ? true : never,
  (typeof DEADLINE_KINDS)[number] extends keyof (typeof CHOICES)['deadline'] ? true : never,
] = [true, true, true, true, true];
void _exhaustive;

export type ChoiceSet = keyof typeof CHOICES;

/**
 * What the "Gäller" column of the also-stated section names, in the sheet's language: one of the
 * agreement's figures ("Totalt"), a line ("rad:<id>") or a part of a total by recipient
 * ("del:<id>:<part id>"); the reader takes either language.
 */
export const STATED_TARGETS = { total: b('Totalt', 'Total'), stateShare: b('Statens andel', "The state's share"), regionsShare: b('Regionernas andel', "The regions' share"), frame: b('Ram', 'Frame') } as const;
export type StatedTarget = keyof typeof STATED_TARGETS;
export const TARGET_PREFIX = { line: b('rad', 'line'), part: b('del', 'part') } as const;
export const lineTarget = (id: string, lang: Lang): string => `${TARGET_PREFIX.line[lang]}:${id}`;
export const partTarget = (group: string, part: string, lang: Lang): string => `${TARGET_PREFIX.part[lang]}:${group}:${part}`;

/** Lists of ids in one cell. */
export const LIST_SEPARATOR = ', ';

/**
 * Empty rows written under each list section's rows, yellow and with the section's dropdowns, so a
 * controller adds a party, a line or a deadline by typing into the next row. The reader passes over
 * a row with nothing in it, so what is left empty changes nothing.
 */
export const SPARE_ROWS = {
  parties: 2,
  diarienummer: 2,
  lines: 5,
  alsoStated: 2,
  recipientTotals: 3,
  constraints: 2,
  deadlines: 3,
  notes: 2,
} as const satisfies Partial<Record<SectionKey, number>>;

/** The input prompt of each header field's value cell: what to write there. */
export const FIELD_PROMPTS: Record<FieldKey, Bilingual> = {
  id: b(
    'Ett kort id med små bokstäver a–z, siffror och bindestreck, till exempel psykisk-halsa-2025.',
    'A short id of lower-case letters a–z, digits and hyphens, for example mental-health-2025.',
  ),
  title: b('Överenskommelsens titel, som dokumentet skriver den.', "The agreement's title, as the document writes it."),
  titleEn: b('Titeln på engelska, om du vill (annars tomt).', 'The title in English, if you wish (else empty).'),
  year: b('Året överenskommelsen gäller, till exempel 2025.', 'The year the agreement is for, for example 2025.'),
  document: b('Dokumentet siffrorna kommer från, till exempel PDF-filens namn.', 'The document the figures come from, for example the PDF file name.'),
  periodStart: b(
    `Periodens första dag, ÅÅÅÅ-MM-DD. Tomt eller ”${NOT_STATED.sv}” om dokumentet inte anger den.`,
    `The period's first day, YYYY-MM-DD. Empty or "${NOT_STATED.en}" when the document does not state it.`,
  ),
  periodEnd: b("Periodens sista dag, ÅÅÅÅ-MM-DD.", "The period's last day, YYYY-MM-DD."),
  total: b(
    `Hela beloppet i kronor, till exempel 3 000 000. Tomt eller ”${NOT_STATED.sv}” om det inte anges.`,
    `The whole amount in kronor, for example 3000000. Empty or "${NOT_STATED.en}" when not stated.`,
  ),
  stateShare: b('Statens del av beloppet i kronor, tomt om den inte anges.', "The state's part of the amount in kronor, empty when not stated."),
  regionsShare: b('Regionernas del av beloppet i kronor, tomt om den inte anges.', "The regions' part of the amount in kronor, empty when not stated."),
  frame: b('En ram regeringen avsatt som överenskommelsen tar av, bara om dokumentet anger en.', 'A frame the government set aside that the agreement draws on, only when the document states one.'),
  areasComplete: b(
    `${CHOICES.boolean.true.sv} om områdena nedan är alla överenskommelsen har, annars ${CHOICES.boolean.false.sv}.`,
    `${CHOICES.boolean.true.en} when the areas below are all the agreement has, else ${CHOICES.boolean.false.en}.`,
  ),
};

/**
 * The blank sheet's first rows, an area with one line and a deadline: the prompt of each cell says
 * what to write. The level is written (1 for the area, 2 for its line), so an unfilled row is named.
 */
export const BLANK_PROMPTS = {
  area: {
    level: b('1: ett område. Raderna under det har nivå 2.', '1: an area. The lines under it have level 2.'),
    id: b('Områdets id: små bokstäver, siffror och bindestreck, till exempel vardplatser.', "The area's id: lower-case letters, digits and hyphens, for example beds."),
    title: b('Områdets rubrik, som dokumentet skriver den.', "The area's title, as the document writes it."),
    amount: b(`Områdets belopp i kronor. Tomt eller ”${NOT_STATED.sv}” om det inte anges.`, `The area's amount in kronor. Empty or "${NOT_STATED.en}" when not stated.`),
    recipient: b('Vem pengarna går till: välj i listan.', 'Who the money goes to: choose from the list.'),
  },
  line: {
    level: b('2: en rad i området ovanför. Lägg till fler rader under.', '2: a line of the area above. Add more lines below.'),
    parent: b('Id:t för området raden ingår i (samma som ovanför).', "The id of the area the line is part of (the one above)."),
    id: b('Radens eget id, till exempel vardplatser-regioner.', "The line's own id, for example beds-regions."),
    title: b('Radens rubrik.', "The line's title."),
    amount: b('Radens belopp i kronor.', "The line's amount in kronor."),
    key: b('Hur beloppet fördelas: välj i listan.', 'How the amount is distributed: choose from the list.'),
  },
  deadline: {
    id: b('Tidsfristens id, till exempel rekvisition-2025.', "The deadline's id, for example requisition-2025."),
    kind: b('Slaget av tidsfrist: välj i listan.', 'The kind of deadline: choose from the list.'),
    date: b('Sista dag, ÅÅÅÅ-MM-DD (eller ÅÅÅÅ-MM när bara månaden anges).', 'The last day, YYYY-MM-DD (or YYYY-MM when only the month is stated).'),
    areas: b('Id:n för områdena den gäller, med komma emellan; tomt om den gäller alla.', 'The ids of the areas it concerns, separated by commas; empty when it concerns all.'),
    title: b('Vad som ska göras, till exempel Rekvisition av medel.', 'What is to be done, for example Requisition of funds.'),
    titleEn: b('Samma på engelska.', 'The same in English.'),
    where: b('Var dokumentet anger tidsfristen, till exempel 5 Ekonomiska villkor.', 'Where the document states the deadline, for example 5 Financial terms.'),
    quote: b('Dokumentets egna ord, till exempel ”senast den 1 december 2025”.', 'The document\'s own words, for example "senast den 1 december 2025".'),
  },
} as const satisfies {
  area: Partial<Record<ColumnKey<'lines'>, Bilingual>>;
  line: Partial<Record<ColumnKey<'lines'>, Bilingual>>;
  deadline: Partial<Record<ColumnKey<'deadlines'>, Bilingual>>;
};

/** The blank sheet's identity and title: it becomes the agreement's own once read back. */
export const BLANK_ID = 'ny';
export const BLANK_TITLE = b('Ny överenskommelse', 'New agreement');
