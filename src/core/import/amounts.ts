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

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const SCALE = String.raw`miljarder|miljard|mdkr|mdr|miljoner|miljon|mnkr|mkr|milj\.|tkr|tusen`;
const KRONOR = String.raw`kronor|kr\b\.?`;
const AMOUNT = new RegExp(
  String.raw`(?<![\d,.:/-])(${NUMBER})(?:\s+((?:${SCALE})(?:\s+(?:${KRONOR}))?|(?:${KRONOR})))?(?=\d?(?![\d,]\d))`,
  'gi',
);

const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, femton: 15, tjugo: 20, femtio: 50, hundra: 100 };
const WORD_AMOUNT = new RegExp(
  String.raw`(?<![a-zåäö])(${Object.keys(NUMBER_WORDS).join('|')})(\s+och\s+en\s+halv)?\s+(miljon|miljoner|miljard|miljarder)(?:\s+kronor)?(?![a-zåäö])`,
  'gi',
);

/**
 * Every amount in `text`. With `bare`, numbers without a unit count too when they are written in
 * thousands groups ("4 250 000"), as table cells are; plain numbers (years, counts) never do.
 */
export function findAmounts(text: string, options: { bare?: boolean } = {}): AmountMention[] {
  const out: AmountMention[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const num = m[1] ?? '';
    const unit = m[2];
    if (unit === undefined) {
      if (!options.bare || !/\s/.test(num)) continue;
    }
    const parsed = parseAmount(unit === undefined ? num : `${num} ${unit.replace(/\s+/g, ' ')}`);
    if (!parsed.ok || parsed.value.isNegative()) continue;
    out.push({ raw: m[0], value: parsed.value, index: m.index, withUnit: unit !== undefined });
  }
  // "en miljard kronor", "fem och en halv miljon kronor": amounts written in words.
  for (const m of text.matchAll(WORD_AMOUNT)) {
    const n = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? 0;
    const scale = /^miljard/i.test(m[3] ?? '') ? 'mdkr' : 'mnkr';
    const parsed = parseAmount(`${n}${m[2] ? ',5' : ''} ${scale}`);
    if (parsed.ok) out.push({ raw: m[0], value: parsed.value, index: m.index, withUnit: true });
  }
  return out.sort((a, b) => a.index - b.index);
}
