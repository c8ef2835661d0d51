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
