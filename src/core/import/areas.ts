import type Decimal from 'decimal.js';
import { Dec } from '../money';
import { matchRegionName, REGIONS } from '../reference';
import type { Recipient } from '../agreements';
import { findAmounts, type AmountMention } from './amounts';
import { IdPool, namesOtherYear, quoteAround, slug, walkNodes, type DraftNode } from './model';
import { recipientInProse, recipientOfCell } from './recipients';
import { chapterOf, type Section, type Sentence } from './sections';
import type { TableRow } from './tables';

/** Chapters that are about the agreement as a whole, never an area. */
export const GENERAL_CHAPTER = /^(inledning|bakgrund|medelstilldelning|ekonomiska villkor|godkännande|underskrifter|villkor|uppföljning av överenskommelsen)\b/i;
/** Sections of an area chapter that state its money. */
export const MONEY_SECTION = /medel|ekonomisk|omfattning|finansiering|belopp|resurser|budget|ram för/i;
/** The state (or "medel") being set aside for the area just before an amount: the area's whole. */
const STATE_SETS_ASIDE = /\b(?:(?:regeringen|staten)\s+avsätter|avsätts)(?:\s+(?:högst|upp till|sammanlagt|totalt))?\s*$/i;
const ALLOCATION_VERB = /\b(avsätt\w*|tilldela\w*|fördela\w*|gå till|mottar|erhåller|bidrar|utbetala\w*|betalas ut|omfattar|uppgår)\b/i;

export interface AreaChapter {
  readonly chapter: string;
  readonly node: DraftNode;
  readonly sections: readonly Section[];
}

/** A chapter's title as the area's name: without a subtitle after a dash or an amount in brackets. */
export function areaTitle(title: string): string {
  const name = title.split(/\s+[–—-]\s+/)[0]?.trim() ?? title;
  return name.replace(/\s*\([^)]*\d[^)]*\)\s*$/, '') || name;
}

/** Areas from the numbered rows of the table of all funds, each tied to its chapter. */
export function areasFromTotalTable(rows: readonly TableRow[], chapters: ReadonlyMap<string, Section>, where: string, ids: IdPool): Map<string, DraftNode> {
  const areas = new Map<string, DraftNode>();
  if (!rows.some((r) => r.number !== '' && chapters.has(r.number.split('.')[0] ?? ''))) {
    // A table without chapter numbers: each row is an area of its own.
    rows
      .filter((r) => r.kind === 'row')
      .forEach((r, i) => {
        const area = node(ids.take(slug(r.label, 3)), r.label, r.amount.value, { where, quote: r.quote });
        area.fromTable = true;
        if (r.recipient) area.recipient = { type: r.recipient };
        areas.set(`rad-${i + 1}`, area);
      });
    return areas;
  }
  let current: DraftNode | undefined;
  let currentArea: DraftNode | undefined;
  for (const row of rows) {
    if (row.kind === 'total') continue;
    const top = row.number.split('.')[0] ?? '';
    if (row.number !== '' && !row.number.includes('.') && chapters.has(top) && !areas.has(top)) {
      const chapter = chapters.get(top);
      const title = areaTitle(chapter?.title ?? row.label);
      currentArea = node(ids.take(slug(title, 3)), title, row.amount.value, { where, quote: row.quote });
      currentArea.fromTable = true;
      if (row.recipient) currentArea.recipient = { type: row.recipient };
      areas.set(top, currentArea);
      current = currentArea;
      addItems(current, row, where, ids);
      continue;
    }
    const parent = row.number.includes('.') ? areas.get(top) : (current ?? currentArea);
    if (!parent) continue;
    const child = node(ids.take(`${parent.id}-${slug(row.label, 3)}`), row.label, row.amount.value, { where, quote: row.quote });
    child.fromTable = true;
    if (row.recipient) child.recipient = { type: row.recipient };
    parent.lines.push(child);
    if (row.number !== '') current = child;
    addItems(child, row, where, ids);
  }
  return areas;
}

function addItems(parent: DraftNode, row: TableRow, where: string, ids: IdPool): void {
  for (const item of row.items) {
    const child = node(ids.take(`${parent.id}-${slug(item.label, 3)}`), capitalise(item.label), item.amount.value, { where, quote: item.quote });
    child.fromTable = true;
    if (item.recipient) child.recipient = { type: item.recipient };
    parent.lines.push(child);
  }
}

export function node(id: string, title: string, amount: Decimal | null, source: DraftNode['source']): DraftNode {
  return { id, title, amount, source, also: [], lines: [] };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function findIn(root: DraftNode, amount: Decimal, prefer?: DraftNode): DraftNode | undefined {
  const search = (from: DraftNode): DraftNode | undefined => {
    if (from.amount?.eq(amount)) return from;
    let found: DraftNode | undefined;
    walkNodes(from.lines, (n) => {
      if (!found && n.amount?.eq(amount)) found = n;
    });
    return found;
  };
  return (prefer && search(prefer)) || search(root);
}

function parentOf(root: DraftNode, target: DraftNode): DraftNode | undefined {
  let parent: DraftNode | undefined;
  walkNodes(root.lines, (n, p) => {
    if (n === target) parent = p ?? root;
  });
  return parent;
}

/**
 * Reads an area's money sections sentence by sentence: "totalt X kronor" is the area, "varav Y" and
 * "Av dessa … Y" are parts of the amount just named, "Resterande Z" is the next part of the same
 * whole. An amount already in the tree is a restatement; a new one becomes a line only when the
 * sentence allocates it (avsätts, tilldelas, fördelas…).
 */
export function readAreaProse(area: AreaChapter, sentences: readonly Sentence[], ids: IdPool, year?: number): void {
  const root = area.node;
  let last: DraftNode = root;
  // An area whose text states one amount, and allocates it, has that amount as its whole.
  const single = sentences.flatMap((x) => findAmounts(x.text).filter((a) => a.withUnit)).length === 1;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (!sentence) continue;
    const mentions = findAmounts(sentence.text).filter((a) => a.withUnit && !isRateOrEstimate(sentence.text, a));
    let prevInSentence: DraftNode | undefined;
    let prevEnd = 0;
    const paired = respectivePayees(sentence.text, mentions);
    for (const [k, m] of mentions.entries()) {
      const before = sentence.text.slice(prevEnd, m.index);
      // A footnote digit glued to the amount ("12,5 miljoner kronor1 till SKR") is no word of the sentence.
      const after = sentence.text.slice(m.index + m.raw.length).replace(/^\d(?=[\s.,;])/, '');
      prevEnd = m.index + m.raw.length;
      if (namesOtherYear(before, after, year)) continue;
      const source = { where: sentence.section.where, quote: quoteAround(sentence.text, m.index, m.raw.length) };
      let parent: DraftNode;
      if (/\bvarav\s*$/i.test(before) || (/^\s*Av (dessa|detta|medlen|beloppet)\b/i.test(sentence.text) && !prevInSentence)) parent = last;
      else if (/\bResterande\s*$/i.test(before)) parent = parentOf(root, last) ?? root;
      else if (prevInSentence && /\b(och|samt)\b/i.test(before)) parent = parentOf(root, prevInSentence) ?? root;
      else parent = root;
      // "totalt X", or the state setting aside an amount ("Regeringen avsätter högst X") before any part is named.
      const whole =
        /\btotalt\b/i.test(before) ||
        (root.lines.length === 0 && !prevInSentence && (STATE_SETS_ASIDE.test(before) || (single && ALLOCATION_VERB.test(sentence.text))) && !/\b(varav|av dessa|av detta)\b/i.test(sentence.text.slice(0, m.index)));
      if (root.amount === null && whole) {
        root.amount = m.value;
        root.source = source;
        const to = recipientOf(before, after, sentence.text, mentions[k + 1]);
        if (to && !root.recipient) {
          root.recipient = to;
          root.recipientFromProse = true;
          if (to.type === 'region') root.key = 'fixed';
        }
        applyKeyWords(root, sentence, sentences[s + 1]);
        last = prevInSentence = root;
        continue;
      }
      const found = findIn(root, m.value, parent);
      const recipient = paired.get(k) ?? recipientOf(before, after, sentence.text, mentions[k + 1]);
      if (found) {
        if (found !== root || found.source?.quote !== source.quote) found.also.push({ amount: m.value, source });
        if (recipient && !found.recipient) {
          found.recipient = recipient;
          found.recipientFromProse = true;
        }
        applyKeyWords(found, sentence, sentences[s + 1]);
        last = prevInSentence = found;
        continue;
      }
      if (!ALLOCATION_VERB.test(sentence.text)) continue;
      const child = proseNode(root, m, before, after, ids, source);
      if (recipient) {
        child.recipient = recipient;
        child.recipientFromProse = true;
      }
      applyKeyWords(child, sentence, sentences[s + 1]);
      parent.lines.push(child);
      last = prevInSentence = child;
    }
  }
}

const GROUP = String.raw`SKR|regionerna|kommunerna|samverkansregionerna`;
const PAIR = new RegExp(String.raw`\b(?:tilldelas|till|går till|fördelas till)\s+(${GROUP})\s+(?:och|respektive)\s+(${GROUP})\s*$`, 'i');

/** "tilldelas SKR och regionerna 5 respektive 10 miljoner kronor": the payees in the order of the amounts. */
function respectivePayees(text: string, mentions: readonly AmountMention[]): Map<number, Recipient> {
  const out = new Map<number, Recipient>();
  mentions.forEach((m, k) => {
    const next = mentions[k + 1];
    if (!next || !/^\s*respektive\s*$/i.test(text.slice(m.index + m.raw.length, next.index))) return;
    const pair = PAIR.exec(text.slice(0, m.index));
    const [first, second] = [recipientOfCell(pair?.[1] ?? ''), recipientOfCell(pair?.[2] ?? '')];
    if (!first || !second) return;
    out.set(k, { type: first });
    out.set(k + 1, { type: second });
  });
  return out;
}

/** "19 kronor per invånare", "cirka 5 miljoner kronor": a rate or an estimate, never an amount the agreement allocates. */
function isRateOrEstimate(text: string, a: AmountMention): boolean {
  const after = text.slice(a.index + a.raw.length);
  return /^\d?\s+per\s+(invånare|person|patient|deltagare|elev|barn|individ|anställd|besök|timme|dag|vecka|månad|plats)\b/i.test(after) || /\b(cirka|ca\.?|drygt|knappt|ungefär|omkring)\s*$/i.test(text.slice(0, a.index));
}

const NAMED_REGION = /\b(Region\s+[A-ZÅÄÖ][\wåäö]*(?:\s+(?:län|Härjedalen))?|Västra Götalandsregionen)\s+(?:tilldelas|erhåller|mottar|får)\s*$/;
const TO_REGION = /^\s*(?:kronor\s+)?(?:ska\s+)?(?:gå|fördelas|betalas ut|utbetalas|tilldelas)?\s*till\s+(Region\s+[A-ZÅÄÖ][\wåäö]*(?:\s+(?:län|Härjedalen))?|Västra Götalandsregionen)\b/;

/**
 * Who an amount goes to: a group ("till regionerna"), a region by name ("Region Skåne tilldelas …"),
 * or, for "X för 2032 och Y för 2033 till regionerna", the recipient named after the next amount.
 */
function recipientOf(before: string, after: string, sentence: string, next: AmountMention | undefined): Recipient | undefined {
  const group = recipientInProse(before, after);
  if (group) return { type: group };
  const named = NAMED_REGION.exec(before.slice(-60))?.[1] ?? TO_REGION.exec(after)?.[1];
  const region = named === undefined ? undefined : matchRegionName(named);
  if (region) return { type: 'region', code: region.code };
  // "till Folkhälsomyndigheten": an authority is a recipient of its own.
  const authority = /^\s*(?:kronor\s+)?(?:ska\s+)?(?:gå|betalas ut|utbetalas|tilldelas)?\s*till\s+([A-ZÅÄÖ][a-zåäö]*(?:-[a-zåäö]+)?(?:myndigheten|verket|styrelsen|institutet|rådet|nämnden|inspektionen))\b/.exec(after)?.[1];
  if (authority) return { type: 'other', name: authority };
  if (next && /^\s*(?:kronor\s+)?(?:och|respektive)\b[^.]{0,40}$/i.test(sentence.slice(sentence.length - after.length, next.index))) {
    const shared = recipientInProse('', sentence.slice(next.index + next.raw.length));
    if (shared) return { type: shared };
  }
  return undefined;
}

function proseNode(root: DraftNode, m: AmountMention, before: string, after: string, ids: IdPool, source: DraftNode['source']): DraftNode {
  const to = /^\s*(?:kronor\s+)?(?:\S+\s+){0,3}?(?:till|för)\s+((?:[a-zåäöA-ZÅÄÖ:-]+\s*){1,5})/.exec(after);
  const who = /\b([A-ZÅÄÖ][\wåäö:]*)\s+(?:tilldelas|erhåller|mottar)\s*$/.exec(before);
  const title = who ? `Medel till ${who[1]}` : to ? `Medel ${/för/.test(to[0].slice(0, to[0].indexOf(to[1] ?? ''))) ? 'för' : 'till'} ${(to[1] ?? '').trim()}` : `Del av ${root.title}`;
  return node(ids.take(`${root.id}-${slug(title, 3)}`), title.replace(/\s+(att|som|och)$/i, ''), m.value, source);
}

/** "fördelas … lika belopp", "baserat på befolkningsunderlag": the key of the part just named. */
function applyKeyWords(n: DraftNode, sentence: Sentence, next: Sentence | undefined): void {
  const texts = [sentence.text];
  if (next && /^(Dessa|Medlen|Beloppet|Summan)\b/.test(next.text)) texts.push(next.text);
  for (const t of texts.slice(1)) {
    const to = /\bfördelas\b[^.]*?\btill\s+(samverkansregionerna|regionerna|kommunerna)\b/i.exec(t);
    const type = to ? recipientOfCell(to[1] ?? '') : undefined;
    if (type && !n.recipient) {
      n.recipient = { type };
      n.recipientFromProse = true;
    }
  }
  for (const t of texts) {
    const keys = KEY_WORDS.filter(([re]) => re.test(t)).map(([, key]) => key);
    // "70 procent efter befolkningsmängd och 30 procent prestationsbaserat" names no one key.
    if (keys.length > 1) return;
    if (keys[0] === undefined) continue;
    n.key = keys[0];
    return;
  }
}

const KEY_WORDS: readonly (readonly [RegExp, NonNullable<DraftNode['key']>])[] = [
  [/\blika (stort )?belopp\b|\blika delar\b/i, 'equal'],
  [/\bbefolknings(underlag|mängd|andel)\b|\bantal invånare\b/i, 'population'],
  [/\bprestationsbaser|\bprestation(er)?\b.*\buppfyll/i, 'performance'],
];

/** "SKR tar emot medlen som förmedlas vidare till Region X": the area's lines go to that region via SKR. */
export function applyPassOn(root: DraftNode, sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    const m = /\bförmedla[rs]?\s+(?:medlen\s+)?vidare\s+till\s+(Region\s+[A-ZÅÄÖ][\wåäö]*(?:\s+län)?)/.exec(s.text);
    if (!m) continue;
    const name = m[1] ?? '';
    const region = REGIONS.find((r) => r.name === name || name.startsWith(r.name));
    if (!region) continue;
    const quote = quoteAround(s.text, m.index, m[0].length);
    walkNodes([root], (n) => {
      if (n.lines.length > 0) return;
      const prior = n.recipient;
      if (prior && n.source && !n.also.some((x) => x.recipient?.type === prior.type)) n.also.push({ recipient: prior, source: n.source });
      n.recipient = { type: 'region', code: region.code, viaSkr: true };
      n.recipientFromProse = true;
      n.key = 'fixed';
      n.also.unshift({ recipient: n.recipient, source: { where: s.section.where, quote } });
    });
    return;
  }
}

/**
 * Rows of the state's table: a numbered row is the area (or its part with the same amount), the
 * unnumbered rows under it are its lines: matched by amount, else added, grouped under a line whose
 * amount they sum to.
 */
export function mergeRecipientTable(areas: ReadonlyMap<string, DraftNode>, rows: readonly TableRow[], where: string, ids: IdPool): void {
  let target: DraftNode | undefined;
  let root: DraftNode | undefined;
  let pending: TableRow[] = [];
  const flush = () => {
    if (root && target) placeUnmatched(root, target, pending, where, ids);
    pending = [];
  };
  for (const row of rows) {
    if (row.kind === 'total') continue;
    const top = row.number.split('.')[0] ?? '';
    if (row.number !== '') {
      flush();
      root = areas.get(top);
      if (!root) {
        target = undefined;
        continue;
      }
      target = findIn(root, row.amount.value) ?? root;
      if (target === root && root.amount === null) {
        // The chapter's prose states no whole: the table's row does.
        root.amount = row.amount.value;
        root.source = { where, quote: row.quote };
        root.fromTable = true;
      }
      attach(target, row, where);
      if (!target.amount?.eq(row.amount.value)) target.also.push({ amount: row.amount.value, source: { where, quote: row.quote } });
      continue;
    }
    if (!root || !target) continue;
    const found = findIn(root, row.amount.value, target);
    if (found && found !== root && found !== target) {
      attach(found, row, where);
      if (!found.fromTable) found.title = row.label;
      found.fromTable = true;
    } else pending.push(row);
  }
  flush();
}

function attach(n: DraftNode, row: TableRow, where: string): void {
  const source = { where, quote: row.quote };
  if (n.source?.quote !== row.quote) n.also.push({ amount: row.amount.value, ...(row.recipient ? { recipient: { type: row.recipient } } : {}), source });
  if (!row.recipient) return;
  if (!n.recipient) n.recipient = { type: row.recipient };
}

function placeUnmatched(root: DraftNode, target: DraftNode, rows: readonly TableRow[], where: string, ids: IdPool): void {
  let i = 0;
  while (i < rows.length) {
    let placed = false;
    // A run of rows that sums to a line without parts of its own becomes that line's parts.
    for (let j = rows.length; j > i + 1 && !placed; j--) {
      const run = rows.slice(i, j);
      const total = run.reduce((a, r) => a.plus(r.amount.value), new Dec(0));
      let group: DraftNode | undefined;
      walkNodes([target], (n) => {
        if (!group && n !== target && n.lines.length === 0 && n.amount?.eq(total)) group = n;
      });
      if (group) {
        const g = group;
        for (const r of run) g.lines.push(rowNode(g, r, where, ids));
        g.recipient = undefined;
        i = j;
        placed = true;
      }
    }
    if (!placed) {
      const r = rows[i];
      if (r) target.lines.push(rowNode(target, r, where, ids));
      i++;
    }
  }
}

function rowNode(parent: DraftNode, r: TableRow, where: string, ids: IdPool): DraftNode {
  const n = node(ids.take(`${parent.id}-${slug(r.label, 3)}`), r.label, r.amount.value, { where, quote: r.quote });
  n.fromTable = true;
  if (r.recipient) n.recipient = { type: r.recipient };
  return n;
}

/** The chapter a sentence's section belongs to, when it is an area's. */
export function areaOfSection(areas: ReadonlyMap<string, DraftNode>, section: Section): DraftNode | undefined {
  return areas.get(chapterOf(section));
}

/** "Minst 65 procent av medlen ska fördelas till …": a share of the area that must go to a target. */
export interface DraftConstraint {
  readonly kind: 'min-share' | 'max-share';
  readonly percent: string;
  readonly area: DraftNode;
  readonly description: string;
  readonly source: { where: string; quote: string };
}

const SHARE = /(?<![a-zåäö])(minst|högst|maximalt|som mest)\s+(\d{1,3}(?:,\d+)?)\s+procent\s+av\s+(?:medlen|beloppet|dessa medel|de medel)\b[^.]*?\b(?:fördelas|gå|går|tillfalla|användas)\s+(?:till|för)\s+([^.]{3,120}?)\s*\./i;

export function readConstraints(area: DraftNode, sentences: readonly Sentence[]): DraftConstraint[] {
  const out: DraftConstraint[] = [];
  for (const s of sentences) {
    const m = SHARE.exec(s.text);
    if (!m) continue;
    const percent = (m[2] ?? '').replace(',', '.');
    out.push({
      kind: /^minst$/i.test(m[1] ?? '') ? 'min-share' : 'max-share',
      percent,
      area,
      description: (m[3] ?? '').trim(),
      source: { where: s.section.where, quote: quoteAround(s.text, m.index, m[0].length) },
    });
  }
  return out;
}
