import type Decimal from 'decimal.js';
import { parseAmount } from '../money';

/** An amount as the document writes it, and where. */
export interface AmountMention {
  /** The words as written, e.g. "12,75 miljoner kronor" (a glued footnote digit is left out). */
  readonly raw: string;
  readonly value: Decimal;
  /** Offset of `raw` in the scanned string. */
  readonly index: number;
  /** Whether a unit followed the number ("kronor", "miljoner", "mnkr"…); table cells have none. */
  readonly withUnit: boolean;
}

/**
 * A decimal point with one or two decimals before a scale word ("12.5 miljoner kronor") is a
 * decimal point; three digits after a point ("1.500 miljoner", "1.500.000") may be a thousands
 * group, so those are never read.
 */
const POINT_DECIMAL = String.raw`\d{1,3}\.\d{1,2}(?=\s+(?:miljarder|miljard|mdkr|miljoner|miljon|mnkr|mkr|msek)\b)`;
const NUMBER = String.raw`${POINT_DECIMAL}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const SCALE = String.raw`miljarder|miljard|mdkr|mdr|miljoner|miljon|mnkr|mkr|milj\.|tkr|tusen|msek\b|tsek\b`;
const KRONOR = String.raw`kronor|kr\b\.?|sek\b`;
/** Unit words the money parser does not know, as the ones it does: "15 MSEK" is "15 mnkr". */
const SEK_SCALES: Record<string, string> = { msek: 'mnkr', tsek: 'tkr' };
const LEADING_SCALE = new RegExp(String.raw`^(?:${SCALE})`, 'i');

/**
 * The unit as the money parser reads it: a scale word alone ("10 milj. kronor" and "10 mdr kronor"
 * are "10 milj." and "10 mdr"; "MSEK" is "mnkr"), else the kronor word as written.
 */
function parserUnit(unit: string): string {
  const scale = LEADING_SCALE.exec(unit)?.[0];
  return scale === undefined ? unit : (SEK_SCALES[scale.toLowerCase()] ?? scale);
}
const AMOUNT = new RegExp(
  String.raw`(?<![\d,.:/-])(${NUMBER})(?:\s+((?:${SCALE})(?:\s+(?:${KRONOR}))?|(?:${KRONOR}))|\s?(:-))?(?=\d?(?![\d,]\d))`,
  'gi',
);

/** Swedish number words up to 999 ("tre", "trettiosju", "etthundrafemtio"), read digit by digit, never guessed. */
const UNITS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9 };
const TEENS: Record<string, number> = { tio: 10, elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19 };
const TENS: Record<string, number> = { tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90 };
const alt = (o: Record<string, number>) => Object.keys(o).sort((a, b) => b.length - a.length).join('|');
const BELOW_100 = String.raw`(?:${alt(TEENS)}|(?:${alt(TENS)})(?:${alt(UNITS)})?|${alt(UNITS)})`;
const NUMBER_WORD = String.raw`(?:(?:${alt(UNITS)})?hundra(?:${BELOW_100})?|${BELOW_100})`;
const WORD_AMOUNT = new RegExp(
  String.raw`(?<![a-zåäö])(${NUMBER_WORD})(\s+och\s+en\s+halv)?\s+(miljon|miljoner|miljard|miljarder)(?:\s+kronor)?(?![a-zåäö])`,
  'gi',
);

/** The value of a number word matched by NUMBER_WORD. */
function wordValue(word: string): number {
  let rest = word.toLowerCase();
  let n = 0;
  const hundred = /^(.*?)hundra/.exec(rest);
  if (hundred) {
    n += 100 * (hundred[1] === '' ? 1 : (UNITS[hundred[1] ?? ''] ?? 0));
    rest = rest.slice(hundred[0].length);
  }
  if (rest in TEENS) return n + (TEENS[rest] ?? 0);
  for (const [w, v] of Object.entries(TENS))
    if (rest.startsWith(w)) {
      n += v;
      rest = rest.slice(w.length);
      break;
    }
  return n + (rest === '' ? 0 : (UNITS[rest] ?? 0));
}

const RESPECTIVE = new RegExp(String.raw`(?<![\d,.:/-])(${NUMBER})(?=\s+respektive\s)\s+respektive\s+`, 'gi');

/**
 * Every amount in `text`. With `bare`, numbers without a unit count too when they are written in
 * thousands groups ("4 250 000"), as table cells are; plain numbers (years, counts) never do.
 */
export function findAmounts(text: string, options: { bare?: boolean } = {}): AmountMention[] {
  const out: AmountMention[] = [];
  /** The parser unit of each amount with a unit, by its offset. */
  const units = new Map<number, string>();
  for (const m of text.matchAll(AMOUNT)) {
    const num = m[1] ?? '';
    const unit = m[2] ?? m[3];
    if (unit === undefined) {
      if (!options.bare || !/\s/.test(num)) continue;
    }
    // "4.2 Miljoner till regionerna" is a heading, not 4,2 miljoner: a decimal point needs its scale word in lower case (or MSEK).
    if (num.includes('.') && !/^(?:[a-zåäö]|MSEK)/.test(unit ?? '')) continue;
    const words = unit === undefined ? undefined : parserUnit(unit);
    const parsed = parseAmount(words === undefined ? num : `${num} ${words}`);
    if (!parsed.ok || parsed.value.isNegative()) continue;
    out.push({ raw: m[0], value: parsed.value, index: m.index, withUnit: unit !== undefined });
    if (words !== undefined) units.set(m.index, words);
  }
  // "5 respektive 10 miljoner kronor": a number before "respektive" takes the unit of the amount after it.
  for (const m of text.matchAll(RESPECTIVE)) {
    const unit = units.get(m.index + m[0].length);
    const parsed = unit ? parseAmount(`${m[1]} ${unit}`) : undefined;
    if (parsed?.ok) out.push({ raw: m[1] ?? '', value: parsed.value, index: m.index, withUnit: true });
  }
  // "en miljard kronor", "fem och en halv miljon kronor": amounts written in words.
  for (const m of text.matchAll(WORD_AMOUNT)) {
    const n = wordValue(m[1] ?? '');
    const scale = /^miljard/i.test(m[3] ?? '') ? 'mdkr' : 'mnkr';
    const parsed = parseAmount(`${n}${m[2] ? ',5' : ''} ${scale}`);
    if (parsed.ok) out.push({ raw: m[0], value: parsed.value, index: m.index, withUnit: true });
  }
  return out.sort((a, b) => a.index - b.index);
}
