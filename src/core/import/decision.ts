import type Decimal from 'decimal.js';
import type { DeadlineKind, Source } from '../agreements';
import { fail, makeIssue, ok, type Result } from '../result';
import { findAmounts } from './amounts';
import { checkText } from './draft';
import { findAppropriation } from './conditions';
import { IMPORT_MESSAGES as M } from './messages';
import { DAY_MONTH, MONTH, monthNumber, quoteAround, swedishDate } from './model';
import { normaliseText } from './normalise';
import { payeesAfter, recipientOfCell, type GroupRecipient } from './recipients';

/** A payment a government decision orders: the amount, to whom, and its words. */
export interface DecisionPayment {
  readonly amount: Decimal;
  /** As written ("drygt 1,5 miljarder kronor"); `approximate` when the text says drygt, cirka… */
  readonly raw: string;
  readonly approximate: boolean;
  /** Who is paid; "mixed" when the sentence names several; null when it names none. */
  readonly recipient: GroupRecipient | 'mixed' | null;
  readonly source: Source;
}

export interface DecisionDate {
  readonly date: string;
  /** What is due, when the sentence says (rekvisition, återbetalning, redovisning…); null for a payout date. */
  readonly kind: DeadlineKind | null;
  readonly source: Source;
}

export interface DecisionDraft {
  readonly title: string | null;
  readonly payments: readonly DecisionPayment[];
  readonly dates: readonly DecisionDate[];
  readonly appropriation: ReturnType<typeof findAppropriation> | null;
}

const WHERE = 'Regeringsbeslut';
const PAY_VERB = /(betala\w*\s+ut|utbetala\w*|betalas\s+ut|betala|utbetalas)/i;
const DATE = new RegExp(String.raw`\b(?:senast(?:\s+den)?\s+(\d{1,2})${DAY_MONTH}\s+(\d{4})|(?:under|i|senast i)\s+(${MONTH})\s+(\d{4}))\b`, 'gi');
const KINDS: readonly (readonly [RegExp, DeadlineKind])[] = [
  [/(?<![a-zåäö])återbetal|(?<![a-zåäö])återbetalning/i, 'repayment'],
  [/ekonomisk(a)? redovisning/i, 'financial-report'],
  [/delrapport/i, 'interim-report'],
  [/slutrapport|verksamhetsrapport|samlad redovisning|(?<![a-zåäö])redovisning/i, 'final-report'],
  [/rekvisition|rekvirer/i, 'requisition'],
];

/**
 * Reads a payout decision (regeringsbeslut om utbetalning): every amount a sentence orders paid,
 * with its payee, and the dates by which something is due. Nothing is inferred that the text does
 * not say: an amount without a payee keeps `recipient: null`.
 */
export function readDecisionText(raw: string): Result<DecisionDraft> {
  const check = checkText(raw);
  if (!check.ok) return check;
  const text = normaliseText(raw.replace(/^#+\s*/gm, ''));
  const sentences = text.lines
    .join('\n')
    .split(/\n\s*\n|(?<=[.!?])\s+(?=[A-ZÅÄÖ(*•])|\n(?=\s*[*•−-]\s)/)
    .map((s) => s.replace(/\s+/g, ' ').replace(/^[*•−-]\s+/, '').trim())
    .filter((s) => s !== '');
  if (!sentences.some((s) => /överenskommelse|utbetal|betala/i.test(s))) return fail(makeIssue(M, 'NOT_AN_AGREEMENT', {}));
  const payments: DecisionPayment[] = [];
  const dates: DecisionDate[] = [];
  for (const s of sentences) {
    const mentions = findAmounts(s).filter((a) => a.withUnit);
    mentions.forEach((m, i) => {
      const before = s.slice(0, m.index);
      const after = s.slice(m.index + m.raw.length);
      const next = mentions[i + 1];
      let recipient: DecisionPayment['recipient'] = payeesAfter(after) ?? null;
      const ahead = /(?:till|åt)\s+(regionerna|landstingen|kommunerna|SKR)\s+(?:betala\w*\s+ut|utbetala\w*)\s*$/i.exec(before);
      if (!recipient && ahead) recipient = recipientOfCell(ahead[1] ?? '') ?? null;
      // "655 000 000 kronor respektive 300 000 000 kronor utbetalas … till landstingen"
      if (!recipient && next && /^\s*(respektive|och)\s*$/i.test(s.slice(m.index + m.raw.length, next.index))) recipient = payeesAfter(s.slice(next.index + next.raw.length)) ?? null;
      if (!PAY_VERB.test(s) && !/omfattar|avsatte|avsätt|stimulansmedel/i.test(s)) return;
      payments.push({
        amount: m.value,
        raw: m.raw,
        approximate: /\b(drygt|cirka|ca\.?|ungefär|omkring|knappt)\s*$/i.test(before),
        recipient,
        source: { where: WHERE, quote: quoteAround(s, m.index, m.raw.length) },
      });
    });
    for (const d of s.matchAll(DATE)) {
      const date = d[1] ? swedishDate(d[1], d[2] ?? '', d[3] ?? '') : `${d[5]}-${String(monthNumber(d[4] ?? '') ?? 0).padStart(2, '0')}`;
      if (!date) continue;
      const head = s.slice(0, d.index);
      const kind = KINDS.find(([re]) => re.test(head))?.[1] ?? null;
      dates.push({ date, kind, source: { where: WHERE, quote: quoteAround(s, d.index, d[0].length) } });
    }
  }
  const title = text.lines.find((l) => l.trim() !== '' && !/https?:\/\//.test(l))?.trim() ?? null;
  return ok({ title, payments, dates, appropriation: findAppropriation(text.flat, WHERE) ?? null });
}
