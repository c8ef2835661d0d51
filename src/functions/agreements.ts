import type Decimal from 'decimal.js';
import { DEADLINE_KINDS, findLine, getAgreement, type Agreement, type Deadline, type DeadlineKind, type Line } from '../core/agreements';
// eslint-disable-next-line no-restricted-imports -- one file of the module, so the shipped bundle does not take its index along
import { recipientLabel } from '../core/checks/subjects';
import type { Result } from '../core/result';
import { effectiveDate } from '../core/calendar';
import { fail, guard, issue, messageLanguage, readOptionalText, toCellNumber, toSerial, unwrap, type Cell, type Outcome } from './coerce';
import { LABELS, type Label } from './messages';

/** ÖVERENSKOMMELSE / AGREEMENT: an amount or another field of an agreement, an area or a line. */
export function agreementCells(id: Cell, areaOrLine?: Cell, field?: Cell, find: Catalog = getAgreement): Outcome<number | string> {
  return guard(() => {
    const agreement = readAgreement(id, find);
    const lineId = readOptionalText(areaOrLine, LABELS.areaOrLine);
    const line = lineId === undefined ? undefined : readLine(agreement, lineId);
    const name = readOptionalText(field, LABELS.field);
    return line ? readField(LINE_FIELDS, name, line) : readField(AGREEMENT_FIELDS, name, agreement);
  });
}

/** SISTADAG / DEADLINE: the date of an agreement's deadline of a kind (or id), for an area if given. */
export function deadlineCells(id: Cell, kind: Cell, area?: Cell, find: Catalog = getAgreement): Outcome<number> {
  return guard(() => {
    const agreement = readAgreement(id, find);
    const wanted = readOptionalText(kind, LABELS.kind) ?? fail(issue('TEXT_MISSING', { what: LABELS.kind, example: 'rekvisition' }));
    const areaId = readOptionalText(area, LABELS.areaOrLine);
    if (areaId !== undefined) readLine(agreement, areaId);
    const matches = agreement.deadlines.filter((d) => isKind(d, wanted) && (areaId === undefined || d.areas.length === 0 || d.areas.includes(areaId)));
    const dates = [...new Set(matches.map((d) => effectiveDate(d.date)))].sort();
    const only = dates[0];
    if (only === undefined) {
      if (!isKindWord(wanted) && !agreement.deadlines.some((d) => d.id === normalize(wanted))) {
        fail(issue('INVALID_DEADLINE_KIND', { value: wanted, kinds: DEADLINE_KINDS.map((k) => KIND_WORDS[k]) }));
      }
      const known = agreement.deadlines.map((d) => `${d.id} (${effectiveDate(d.date)})`).join(', ') || '–';
      return fail(issue('NO_DEADLINE', { agreement: agreement.id, kind: wanted, known }));
    }
    if (dates.length > 1) {
      const areas = [...new Set(matches.flatMap((d) => d.areas))].join(', ');
      return fail(issue('AMBIGUOUS_DEADLINE', { kind: wanted, dates: dates.join(', '), areas }));
    }
    return toSerial(only);
  });
}

/** Where agreements are looked up: the built-in catalog (tests pass their own). */
type Catalog = (id: string) => Result<Agreement>;

function readAgreement(id: Cell, find: Catalog): Agreement {
  const text = readOptionalText(id, LABELS.agreement) ?? fail(issue('TEXT_MISSING', { what: LABELS.agreement, example: 'sammanhallen-vard-2023' }));
  return unwrap(find(text.toLowerCase()));
}

function readLine(agreement: Agreement, id: string): Line {
  const found = findLine(agreement, id.toLowerCase());
  if (found) return found.line;
  return fail(issue('UNKNOWN_AREA_OR_LINE', { agreement: agreement.id, id, areas: agreement.areas.map((a) => a.id).join(', ') || '–' }));
}

/** A word a user may type for something, in both languages; `sv` and `en` are the ones messages show. */
interface Words {
  readonly sv: string;
  readonly en: string;
  readonly also?: readonly string[];
}

const normalize = (text: string) => text.trim().toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
const matches = (words: Words, text: string) => [words.sv, words.en, ...(words.also ?? [])].includes(normalize(text));

/** Deadline kinds as users write them; a deadline's own id matches too. */
const KIND_WORDS: Readonly<Record<DeadlineKind, Words>> = {
  requisition: { sv: 'rekvisition', en: 'requisition' },
  repayment: { sv: 'återbetalning', en: 'repayment', also: ['aterbetalning'] },
  'financial-report': { sv: 'ekonomisk redovisning', en: 'financial report', also: ['financial-report', 'ekonomisk-redovisning'] },
  'final-report': { sv: 'slutrapport', en: 'final report', also: ['final-report', 'verksamhetsrapport'] },
  'interim-report': { sv: 'delrapport', en: 'interim report', also: ['interim-report'] },
  'check-in': { sv: 'avstämning', en: 'check-in', also: ['check in', 'avstamning'] },
};

const isKindWord = (text: string) => DEADLINE_KINDS.some((k) => matches(KIND_WORDS[k], text));
const isKind = (deadline: Deadline, wanted: string) => deadline.id === normalize(wanted) || matches(KIND_WORDS[deadline.kind], wanted);

type Value = number | string;

interface Field<T> extends Words {
  read(item: T): Value;
}

/** Reads the named field, or the first (the amount) when no name is given. */
function readField<T>(table: readonly Field<T>[], name: string | undefined, item: T): Value {
  const field = name === undefined ? table[0] : table.find((f) => matches(f, name));
  if (field) return field.read(item);
  return fail(issue('INVALID_FIELD', { value: name ?? '', fields: table.map(({ sv, en }) => ({ sv, en })) }));
}

function amount(value: Decimal | null, what: Label): number {
  if (value === null) return fail(issue('AMOUNT_NOT_STATED', { what }));
  return toCellNumber(value);
}

const quoted = (title: string): Label => ({ sv: `”${title}”`, en: `"${title}"` });
const localTitle = (item: { title: string; titleEn?: string | undefined }) => (messageLanguage() === 'en' ? (item.titleEn ?? item.title) : item.title);

const AGREEMENT_FIELDS: readonly Field<Agreement>[] = [
  { sv: 'total', en: 'total', also: ['belopp', 'amount', 'totalt'], read: (a) => amount(a.total.amount, quoted(a.title)) },
  { sv: 'statens andel', en: 'state share', also: ['staten', 'stateshare'], read: (a) => amount(a.stateShare.amount, { sv: `statens andel`, en: `the state's share` }) },
  { sv: 'regionernas andel', en: 'regions share', also: ['regionerna', 'regionsshare'], read: (a) => amount(a.regionsShare.amount, { sv: `regionernas andel`, en: `the regions' share` }) },
  { sv: 'titel', en: 'title', also: ['namn', 'name'], read: localTitle },
  { sv: 'år', en: 'year', also: ['ar'], read: (a) => a.year },
  { sv: 'start', en: 'start', also: ['från', 'periodstart'], read: (a) => (a.period ? toSerial(a.period.start) : amount(null, PERIOD)) },
  { sv: 'slut', en: 'end', also: ['till', 'periodslut'], read: (a) => (a.period ? toSerial(a.period.end) : amount(null, PERIOD)) },
];

const PERIOD: Label = { sv: 'perioden', en: 'the period' };

const LINE_FIELDS: readonly Field<Line>[] = [
  { sv: 'belopp', en: 'amount', also: ['total'], read: (l) => amount(l.amount, quoted(l.title)) },
  { sv: 'titel', en: 'title', also: ['namn', 'name'], read: localTitle },
  { sv: 'mottagare', en: 'recipient', read: (l) => (l.recipient ? recipientLabel(l.recipient)[messageLanguage()] : '') },
];
