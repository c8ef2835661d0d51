import type { DeadlineKind } from '../agreements';
import { isCalendarDate } from '../calendar';
import { DAY_MONTH, MONTH, monthNumber, namesOtherYear, quoteAround, swedishDate, type DraftDeadline } from './model';
import type { Sentence } from './sections';
import { collapse } from './normalise';

/** The words that name what is due, and the deadline kind each is. */
const KIND_WORDS: readonly (readonly [RegExp, DeadlineKind])[] = [
  [/\bdelrapport\w*/gi, 'interim-report'],
  [/\b(slutrapport|verksamhetsrapport|slutredovisning|verksamhetsredovisning)\w*/gi, 'final-report'],
  [/\bekonomisk(a)? redovisning\w*/gi, 'financial-report'],
  [/(?<![a-zåäö])redovisa(?![a-zåäö])/gi, 'final-report'],
  [/(?<![a-zåäö])återbetal\w*/gi, 'repayment'],
  [/\brekvisition\w*|\brekvirera\w*/gi, 'requisition'],
  [/\bavstämning\w*/gi, 'check-in'],
];
const DAY_DATE = new RegExp(String.raw`\bsenast(?:\s+den)?\s+(\d{1,2})${DAY_MONTH}\s+(\d{4})\b`, 'gi');
const ISO_DATE = /\bsenast(?:\s+den)?\s+(\d{4}-\d{2}-\d{2})\b/gi;
const MONTH_DATE = new RegExp(String.raw`\b(?:i|under|senast i|(?:före|senast vid|vid) utgången av)\s+(${MONTH})\s+(\d{4})\b`, 'gi');
/**
 * Dates that share one year and stand without "senast" after what is due: "delrapporter … den 31
 * mars respektive den 30 september 2028". Each is a deadline of its own, the year the last one's.
 */
const DATE_LIST = new RegExp(String.raw`\b(?:senast\s+)?den\s+(\d{1,2})\s+(${MONTH})((?:,?\s+(?:respektive|och|samt)?\s*(?:senast\s+)?den\s+\d{1,2}\s+(?:${MONTH}))*)\s+(\d{4})\b`, 'gi');
const LISTED = new RegExp(String.raw`den\s+(\d{1,2})\s+(${MONTH})`, 'gi');
/** The authorities a deadline is kept with, as the agreements name them. */
const AUTHORITY = String.raw`Kammarkollegiet|Regeringskansliet(?:\s*\([^)]*\))?|Socialdepartementet|Socialstyrelsen|Folkhälsomyndigheten|regeringen`;
/** Who the deadline is kept with: "till Kammarkollegiet", or for a requisition "från Kammarkollegiet". */
const TO = new RegExp(String.raw`\b(?:till|från|hos)\s+(${AUTHORITY})`);
const BY = /^(SKR|Regionerna|Regionen|Kommunerna|Kommunen|Samverkansregionerna|Bidragsmottagaren|Mottagaren|Kammarkollegiet|SKR och regeringen)\s+(?:ska|är|lämnar)\b/;

/** Every deadline a sentence states: "… ska lämna en slutrapport … senast den 15 april 2031". */
export function deadlinesIn(sentence: Sentence, previous?: string, year?: number): Omit<DraftDeadline, 'id' | 'areas'>[] {
  const out: Omit<DraftDeadline, 'id' | 'areas'>[] = [];
  const text = sentence.text;
  const dates: { at: number; length: number; date: string }[] = [];
  for (const m of text.matchAll(DAY_DATE)) {
    const date = swedishDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    if (date) dates.push({ at: m.index, length: m[0].length, date });
  }
  for (const m of text.matchAll(DATE_LIST)) {
    const year = m[4] ?? '';
    const listed = [{ day: m[1] ?? '', month: m[2] ?? '', at: m.index }];
    for (const l of (m[3] ?? '').matchAll(LISTED)) listed.push({ day: l[1] ?? '', month: l[2] ?? '', at: m.index + m[0].indexOf(m[3] ?? '') + l.index });
    // A lone "den 1 november 2026" without "senast" is a reference date, unless a list names several or it says what is due then.
    if (listed.length === 1 && !dueOn(text.slice(Math.max(0, m.index - 90), m.index))) continue;
    for (const d of listed) {
      const date = swedishDate(d.day, d.month, year);
      if (date && !dates.some((x) => x.date === date && Math.abs(x.at - d.at) < 12)) dates.push({ at: d.at, length: m.index + m[0].length - d.at, date });
    }
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (isCalendarDate(m[1] ?? '')) dates.push({ at: m.index, length: m[0].length, date: m[1] ?? '' });
  }
  for (const m of text.matchAll(MONTH_DATE)) {
    const month = monthNumber(m[1] ?? '');
    if (month !== undefined && m[2]) dates.push({ at: m.index, length: m[0].length, date: `${m[2]}-${String(month).padStart(2, '0')}` });
  }
  for (const d of dates) {
    if (namesOtherYear('', text.slice(d.at + d.length), year)) continue;
    const kind = kindAfterVerb(text, d.at + d.length) ?? kindBefore(text, d.at, d.date.length === 7);
    if (!kind) continue;
    const by = BY.exec(text)?.[1] ?? null;
    // "Medlen utbetalas efter rekvisition till Kammarkollegiet. Rekvisitionen ska ha kommit in senast …"
    const before = previous !== undefined && kindWords(previous).some((k) => k.kind === kind.kind) ? TO.exec(previous)?.[1] : undefined;
    out.push({
      kind: kind.kind,
      word: kind.word,
      date: d.date,
      by,
      to: TO.exec(text.slice(kind.at))?.[1] ?? TO.exec(text)?.[1] ?? before ?? null,
      source: { where: sentence.section.where, quote: quoteAround(text, d.at, d.length) },
    });
  }
  return out;
}

interface KindWord {
  readonly kind: DeadlineKind;
  readonly word: string;
  readonly at: number;
}

/** The kind words of a text; one said not to happen ("utan rekvisition") names nothing due. */
function kindWords(text: string): KindWord[] {
  const out: KindWord[] = [];
  for (const [re, kind] of KIND_WORDS)
    for (const m of text.matchAll(re)) if (!/\b(utan|ingen|inte|ej)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) out.push({ kind, word: m[0].toLowerCase(), at: m.index });
  return out;
}

/** "Rekvisitionen ska ha kommit in till Kammarkollegiet den …": the words before a date say something is due on it. */
function dueOn(head: string): boolean {
  return kindWords(head).length > 0 && /\b(inkommit|kommit in|inkomma|lämna|lämnar|lämnas|lämnats|återbetala|återbetalas|rekvirera|rekvireras|tillhanda|ske|skett)\b(?:\s+\S+){0,6}\s*$/i.test(head);
}

const REPORTS: readonly DeadlineKind[] = ['check-in', 'interim-report', 'final-report'];

/** The kind word closest before the date (or, for a month only, a check-in or report anywhere in the sentence). */
function kindBefore(text: string, at: number, monthOnly: boolean): KindWord | undefined {
  let best: KindWord | undefined;
  for (const k of kindWords(text)) {
    if (k.at > at && !(monthOnly && REPORTS.includes(k.kind))) continue;
    if (!best || (k.at <= at && (best.at > at || k.at > best.at))) best = k;
  }
  return best;
}

/** "… ska senast den 31 mars 2031 lämna en slutrapport": what is due, named by the verb after the date. */
const VERB_THEN_KIND = /^\s*(?:lämna|lämnas|inkomma med|komma in med|skicka in|skicka|ge in|sända in|sända)\s+(?:in\s+)?(?:en|ett|sin|sitt|sina|den|det|de)?\s*$/i;

function kindAfterVerb(text: string, from: number): KindWord | undefined {
  return kindWords(text)
    .filter((k) => k.at >= from && k.at - from < 40 && VERB_THEN_KIND.test(text.slice(from, k.at)))
    .sort((a, b) => a.at - b.at)[0];
}

const TO_CELL = new RegExp(`^(${AUTHORITY})$`);
const DATE_CELL = new RegExp(String.raw`^(?:senast\s+)?(?:den\s+)?(?:(\d{4}-\d{2}-\d{2})|(\d{1,2})${DAY_MONTH}\s+(\d{4})|(${MONTH})\s+(\d{4}))$`, 'i');

/**
 * "Slutrapport till Regeringskansliet: 31 mars 2031.": a label of a few words, a colon, what follows
 * it. The label has no digits but perhaps the year it is for ("Rekvisition av medlen för 2031:").
 */
const LABELLED = /^([^:\d]{3,60}?(?:\s+för\s+(?:år\s+)?(?:19|20)\d{2})?):\s*(\S.*?)\.?$/;

/**
 * A table of what is due when ("Ekonomisk redovisning   2032-03-31   Kammarkollegiet"), or a list
 * of labelled dates ("Slutrapport: 31 mars 2031"): a row or line that opens with what is due and
 * has a cell that is a date and nothing else, and perhaps whom it goes to. In an agreement over
 * several years (`year` its first), a row that ties its date to another year ("Rekvisition av medlen
 * för 2031", "… 1 december 2031   för medlen för 2031") is left out, as in running text.
 */
export function deadlineRows(lines: readonly string[], start: number, end: number, where: string, year?: number): Omit<DraftDeadline, 'id' | 'areas'>[] {
  const out: Omit<DraftDeadline, 'id' | 'areas'>[] = [];
  for (let i = start; i < end; i++) {
    const line = (lines[i] ?? '').trim();
    // Only a line of cells, or a label and its colon, with a year in it can be such a row.
    const labelled = LABELLED.exec(line);
    if ((!/\S\s{2,}\S/.test(line) && !labelled) || !/\d{4}/.test(line)) continue;
    const cells = /\S\s{2,}\S/.test(line) ? line.split(/\s{2,}/).map((c) => c.trim()) : [labelled?.[1] ?? '', labelled?.[2] ?? ''];
    const kind = cells.length >= 2 ? kindWords(cells[0] ?? '').find((k) => k.at === 0) : undefined;
    if (!kind) continue;
    for (const [j, cell] of cells.entries()) {
      const m = j === 0 ? null : DATE_CELL.exec(cell.replace(/\.$/, ''));
      if (!m || namesOtherYear(cells[0] ?? '', cells.slice(j + 1).join(' '), year)) continue;
      const month = (name: string | undefined) => String(monthNumber(name ?? '') ?? 0).padStart(2, '0');
      const date = m[1] ?? (m[2] ? swedishDate(m[2], m[3] ?? '', m[4] ?? '') : `${m[6]}-${month(m[5])}`);
      if (!date || (m[1] && !isCalendarDate(date))) continue;
      out.push({ kind: kind.kind, word: kind.word, date, by: null, to: cells.find((c) => TO_CELL.test(c)) ?? TO.exec(cells[0] ?? '')?.[1] ?? null, source: { where: labelled && cells.length === 2 && !/\s{2,}/.test(line) ? where : `${where}, tabell`, quote: collapse(lines[i] ?? '') } });
    }
  }
  return out;
}

const SV: Record<DeadlineKind, string> = {
  requisition: 'Rekvisition av medlen',
  repayment: 'Återbetalning av medel som inte använts för avsett ändamål',
  'financial-report': 'Ekonomisk redovisning',
  'final-report': 'Slutrapport',
  'interim-report': 'Delrapport',
  'check-in': 'Avstämning',
};
const EN: Record<DeadlineKind, string> = {
  requisition: 'Requisition of the funds',
  repayment: 'Repayment of funds not used for their purpose',
  'financial-report': 'Financial report',
  'final-report': 'Final report',
  'interim-report': 'Interim report',
  'check-in': 'Check-in',
};

export function deadlineTitle(d: DraftDeadline, areaTitle: string | undefined, lang: 'sv' | 'en'): string {
  const base = lang === 'sv' ? (d.word.startsWith('verksamhetsrapport') ? 'Verksamhetsrapport' : SV[d.kind]) : d.word.startsWith('verksamhetsrapport') ? 'Activity report' : EN[d.kind];
  const to = d.to && lang === 'sv' ? ` till ${d.to}` : d.to ? ` to ${d.to}` : '';
  return `${base}${to}${areaTitle ? (lang === 'sv' ? ` (${areaTitle})` : ` (${areaTitle})`) : ''}`;
}

/** Money-flow deadlines are one per date for all the areas they name; reports stay one per area. */
export function mergeDeadlines(found: readonly DraftDeadline[]): DraftDeadline[] {
  const out: DraftDeadline[] = [];
  for (const d of found) {
    const flow = d.kind === 'requisition' || d.kind === 'repayment' || d.kind === 'financial-report';
    const same = out.find((o) => o.kind === d.kind && o.date === d.date && (flow || o.areas.join() === d.areas.join()));
    if (!same) {
      out.push({ ...d, areas: [...d.areas] });
      continue;
    }
    for (const a of d.areas) if (!same.areas.includes(a)) same.areas.push(a);
    same.by ??= d.by;
    same.to ??= d.to;
  }
  return out;
}
