import { findAmounts } from './amounts';
import { collapse } from './normalise';
import type { Appropriation } from './model';

/** A payment bullet of the conditions chapter ("− 4 250 000 kronor för … (kap 4). Kostnaderna ska belasta …"). */
export interface PaymentBullet {
  readonly text: string;
  readonly chapter: string | undefined;
}

/** A bullet sign, or a list number or letter before an amount ("1. 4 250 000 kronor …", "a) …"). */
const BULLET = /^\s*(?:[−–•▪‐*\uF0B7\uF0A7\u25CF-]|\d{1,2}[.)](?=\s+\d)|[a-h]\)(?=\s+\d))\s+/;
/**
 * A payment item whose sign the PDF drew as a picture (pdf.js gives no text for it): the line opens
 * with the amount and what it is for ("150 000 000 kronor för … (kap 2)").
 */
const SIGNLESS = /^\s*\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?\s+(?:kronor|kr|miljoner kronor|miljarder kronor|mnkr|mdkr)\s+(?:för|till)\s/;

/** Splits a chapter's lines into its bullets and the running text around them. */
export function splitBullets(lines: readonly string[], start: number, end: number): { bullets: PaymentBullet[]; rest: string[] } {
  const bullets: string[][] = [];
  const rest: string[] = [];
  let current: string[] | undefined;
  let signless = false;
  let blank = false;
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    const t = line.trim();
    // A wrapped sentence may also put an amount first on a line: a new item follows a finished one.
    const opens = SIGNLESS.test(line) && (i === start || /[.:]\s*$|^\s*$/.test(lines[i - 1] ?? ''));
    if (BULLET.test(line) || opens) {
      current = [t];
      signless = !BULLET.test(line);
      bullets.push(current);
      blank = false;
      continue;
    }
    if (t === '') {
      blank = true;
      if (!current) rest.push('');
      continue;
    }
    if (current) {
      const prev = current[current.length - 1] ?? '';
      const ends = /[.!?]$/.test(prev);
      // Without a sign, the item ends where its paragraph does: a short last line, then a new sentence.
      const short = signless && prev.length < 0.6 * Math.max(...current.map((l) => l.length));
      if ((blank || short) && ends && /^[A-ZÅÄÖ]/.test(t)) current = undefined;
      else {
        current.push(t);
        blank = false;
        continue;
      }
    }
    rest.push(line);
    blank = false;
  }
  return {
    bullets: bullets.map((b) => {
      const text = collapse(b.join(' ').replace(BULLET, ''));
      return { text, chapter: /\((?:se\s+)?(?:kap(?:itel)?\.?|avsnitt)\s*(\d{1,2})\b/i.exec(text)?.[1] };
    }),
    rest,
  };
}

export function bulletAmount(b: PaymentBullet) {
  return findAmounts(b.text).find((a) => a.withUnit);
}

const APPROPRIATION = /utgiftsområde\s+(\d{1,2})\b[^]*?\banslage?t?\s+(\d{1,2}:\d{1,2})\s*([^,.]*?)(?:,\s*|\s+)(?:anslagsposten|anslagspost)\s+(\d{1,3})\s*([^.]*?)\s*\./i;
const APPROPRIATION_NO_POST = /utgiftsområde\s+(\d{1,2})\b[^]*?\banslage?t?\s+(\d{1,2}:\d{1,2})\s*([^.]*?)\./i;

/** "utgiftsområde 9 … anslaget 1:6 …, anslagspost 7 Namn på posten." */
export function findAppropriation(text: string, where: string): Appropriation | undefined {
  const m = APPROPRIATION.exec(text);
  if (m) {
    const name = collapse(m[5] ?? '');
    return {
      utgiftsomrade: Number(m[1]),
      anslag: m[2] ?? '',
      anslagspost: Number(m[4]),
      ...(name !== '' ? { anslagspostName: name } : {}),
      source: { where, quote: collapse(m[0].replace(/\.$/, '')) },
    };
  }
  const n = APPROPRIATION_NO_POST.exec(text);
  if (!n) return undefined;
  return { utgiftsomrade: Number(n[1]), anslag: n[2] ?? '', anslagspost: null, source: { where, quote: collapse(n[0].replace(/\.$/, '')) } };
}
