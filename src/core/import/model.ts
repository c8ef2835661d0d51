import type Decimal from 'decimal.js';
import type { DeadlineKind, Recipient, Source } from '../agreements';
import { isCalendarDate } from '../calendar';
import { collapse } from './normalise';

/** A figure stated again (or differently) elsewhere. */
export interface Restatement {
  readonly amount?: Decimal;
  readonly recipient?: Recipient;
  readonly source: Source;
}

export interface Appropriation {
  readonly utgiftsomrade: number;
  readonly anslag: string;
  readonly anslagspost: number | null;
  readonly anslagspostName?: string;
  readonly source: Source;
}

/** An area or line while the draft is built (an area is a top-level node). */
export interface DraftNode {
  id: string;
  title: string;
  amount: Decimal | null;
  source: Source | null;
  also: Restatement[];
  recipient?: Recipient;
  /** The recipient came from running text (more specific than a table's recipient column). */
  recipientFromProse?: boolean;
  key?: 'population' | 'equal' | 'fixed' | 'performance' | 'unspecified';
  funder?: 'state' | 'regions' | null;
  appropriation?: Appropriation | null;
  lines: DraftNode[];
  /** Set once a table row has been matched to the node. */
  fromTable?: boolean;
  note?: string;
}

export interface DraftDeadline {
  id: string;
  kind: DeadlineKind;
  /** The word the document uses ("verksamhetsrapport"), for the title. */
  word: string;
  date: string;
  by: string | null;
  to: string | null;
  areas: string[];
  source: Source;
}

export const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;
/** The abbreviations Swedish texts use for each month ("dec", "dec.", "sept."); "maj" has none. */
const MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sept', 'sep'], ['okt'], ['nov'], ['dec']];

/** A month as written, in full or abbreviated (for a regular expression, no group of its own). */
export const MONTH = [...MONTHS, ...MONTH_ABBREVIATIONS.flat().map((a) => `${a}(?![a-zåäö])\\.?`)].join('|');
/**
 * What follows the day in a day date: " december", " dec.", or "/12" (Swedish order, day first:
 * "1/12 2030" is the first of December). One group, for `swedishDate`'s `month`.
 */
export const DAY_MONTH = String.raw`(\s+(?:${MONTH})|/(?:1[0-2]|0?[1-9])(?=\s+\d{4}\b))`;

/** The month number (1–12) of a month name or abbreviation as written ("dec.", "December"), or undefined. */
export function monthNumber(written: string): number | undefined {
  const w = written.trim().toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  const abbreviated = MONTH_ABBREVIATIONS.findIndex((a) => a.includes(w));
  return abbreviated >= 0 ? abbreviated + 1 : undefined;
}

/** "15 april 2031", "15 apr. 2031", "15/4 2031" → "2031-04-15"; undefined for an impossible date. */
export function swedishDate(day: string, month: string, year: string): string | undefined {
  const written = month.trim();
  const m = written.startsWith('/') ? Number(written.slice(1)) : monthNumber(written);
  const d = Number(day);
  if (m === undefined || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/** Lower-case a–z id from Swedish words, at most `words` words. */
export function slug(text: string, words = 5): string {
  const s = text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !STOP.has(w))
    .slice(0, words)
    .join('-');
  return s === '' ? 'rad' : s;
}
const STOP = new Set(['och', 'for', 'att', 'om', 'av', 'i', 'till', 'med', 'den', 'det', 'de', 'en', 'ett', 'vid', 'pa', 'inom']);

/** Makes ids unique by numbering repeats. */
export class IdPool {
  private readonly used = new Set<string>();
  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/**
 * A verbatim piece of `sentence` around `at` (at most about `max` characters), cut at word
 * boundaries, so a quote stays readable and still contains the figure as written.
 */
export function quoteAround(sentence: string, at: number, length: number, max = 220): string {
  if (sentence.length <= max) return sentence;
  let start = Math.max(0, at - Math.floor((max - length) / 2));
  let end = Math.min(sentence.length, start + max);
  start = Math.max(0, Math.min(start, end - max));
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length) {
    const sp = sentence.lastIndexOf(' ', end);
    if (sp > at + length) end = sp;
  }
  return collapse(sentence.slice(start, end));
}

export function walkNodes(nodes: readonly DraftNode[], visit: (n: DraftNode, parent: DraftNode | undefined, depth: number) => void, parent?: DraftNode, depth = 0): void {
  for (const n of nodes) {
    visit(n, parent, depth);
    walkNodes(n.lines, visit, n, depth + 1);
  }
}

/**
 * Whether the words around a figure tie it to another year than the agreement's ("för 2033 avsätts
 * 250 miljoner kronor", "senast den 15 maj 2033 för medlen för 2033"): an agreement over several
 * years is drafted for its first, and the other years' figures are left out, not mixed in.
 */
export function namesOtherYear(before: string, after: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const lead = [...before.matchAll(/\bför (?:år )?((?:19|20)\d{2})\b(?![–-])/gi)].pop();
  const tail = /^\d?\s*(?:kronor\s+)?för (?:medlen för |medel för |år )?((?:19|20)\d{2})\b/i.exec(after);
  return [lead?.[1], tail?.[1]].some((y) => y !== undefined && Number(y) !== year);
}
