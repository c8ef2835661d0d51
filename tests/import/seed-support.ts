import { issueText } from '../../src/core/result';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementJson } from '../../src/core/agreements';
import { findAmounts, importAgreementText, type ImportedAgreement } from '../../src/core/import';
import { MONTHS } from '../../src/core/import/model';
import { Dec } from '../../src/core/money';

/** The shared test data, as the reference tests read ../shared/data. */
export const SHARED = join(__dirname, '../../../shared');
export const SEED = join(SHARED, 'seeds/000_6d1cf6cedc0d2a94.txt');
export const OVERVIEW_SEED = join(SHARED, 'seeds/004_1c4d455a67be2f7a.txt');
export const CORPUS = join(SHARED, 'agreements-corpus');
export const CATALOG_ENTRY = join(__dirname, '../../src/core/agreements/catalog/sammanhallen-vard-2023.json');

export const readText = (path: string): string => readFileSync(path, 'utf8');

interface Quoted {
  readonly path: string;
  readonly quote: string;
  /** What the quote must contain, as the document writes it. */
  readonly mustContain: (quote: string) => boolean;
  readonly figure: string;
}

const hasAmount = (amount: string) => (quote: string) => findAmounts(quote, { bare: true }).some((a) => a.value.eq(amount));
const swedish = (iso: string) => {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
};

/** The ways a Swedish text writes one day date, as the quote must show it: "1 dec 2030", "1 dec. 2030", "1/12 2030". */
const ABBREVIATED = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sept?', 'okt', 'nov', 'dec'];
const shortDate = (quote: string, iso: string) => {
  const [y, m, d] = iso.split('-');
  if (d === undefined) return false;
  return new RegExp(`(?<![\\d/])${Number(d)}(?: ${ABBREVIATED[Number(m) - 1]}\\.?|/0?${Number(m)}) ${y}\\b`).test(quote);
};

/** "den 31 mars respektive den 30 september 2028": a day and month as written, their year after them. */
const listedDate = (quote: string, iso: string) => {
  const [y, m, d] = iso.split('-');
  return d !== undefined && new RegExp(`\\bden ${Number(d)} ${MONTHS[Number(m) - 1]}\\b.*\\b${y}\\b`).test(quote);
};

/** Every source in a draft with the figure its quote must contain. */
export function quotedFigures(a: AgreementJson): Quoted[] {
  const out: Quoted[] = [];
  const amountSource = (path: string, amount: string | null | undefined, source: { quote: string; where: string } | null | undefined) => {
    // A table in thousands or millions writes the figure in that unit (its `where` says which).
    const scale = source?.where.includes('(belopp i tkr)') ? 1000 : source?.where.includes('(belopp i mnkr)') ? 1_000_000 : 1;
    if (source && amount) out.push({ path, quote: source.quote, mustContain: hasAmount(new Dec(amount).div(scale).toFixed()), figure: amount });
    else if (source) out.push({ path, quote: source.quote, mustContain: () => true, figure: '(no figure)' });
  };
  const stated = (path: string, s: AgreementJson['total']) => {
    amountSource(path, s.amount, s.source);
    (s.alsoStated ?? []).forEach((x, i) => amountSource(`${path}.alsoStated[${i}]`, x.amount, x.source));
  };
  stated('total', a.total);
  stated('stateShare', a.stateShare);
  stated('regionsShare', a.regionsShare);
  const walk = (lines: AgreementJson['areas'], path: string) =>
    lines.forEach((l, i) => {
      const p = `${path}[${i}]`;
      amountSource(p, l.amount, l.source);
      (l.alsoStated ?? []).forEach((x, j) => amountSource(`${p}.alsoStated[${j}]`, x.amount, x.source));
      const ap = l.appropriation;
      if (ap)
        out.push({
          path: `${p}.appropriation`,
          quote: ap.source.quote,
          figure: `${ap.utgiftsomrade} ${ap.anslag} ${ap.anslagspost}`,
          mustContain: (q) =>
            new RegExp(`utgiftsområde ${ap.utgiftsomrade}\\b`).test(q) && q.includes(ap.anslag) && (ap.anslagspost === null || new RegExp(`anslagspost(en)? ${ap.anslagspost}\\b`).test(q)),
        });
      if (l.lines) walk(l.lines, `${p}.lines`);
    });
  walk(a.areas, 'areas');
  a.deadlines.forEach((d, i) => out.push({ path: `deadlines[${i}]`, quote: d.source.quote, figure: d.date, mustContain: (q) => q.includes(swedish(d.date)) || q.includes(d.date) || listedDate(q, d.date) || shortDate(q, d.date) }));
  a.constraints.forEach((c, i) => out.push({ path: `constraints[${i}]`, quote: c.source.quote, figure: `${c.percent} procent`, mustContain: (q) => q.includes(`${c.percent.replace('.', ',')} procent`) }));
  a.diarienummer.forEach((d, i) => out.push({ path: `diarienummer[${i}]`, quote: d.source.quote, figure: d.value, mustContain: (q) => q.includes(d.value) }));
  a.parties.forEach((p, i) => {
    if (p.source)
      out.push({
        path: `parties[${i}]`,
        quote: p.source.quote,
        figure: `${p.signedOn} ${p.signatory}`,
        mustContain: (q) => (!p.signedOn || q.includes(swedish(p.signedOn)) || q.includes(p.signedOn)) && (!p.signatory || q.includes(p.signatory.split(',')[0] ?? '')),
      });
  });
  if (a.period) out.push({ path: 'period', quote: a.period.source.quote, figure: a.period.start.slice(0, 4), mustContain: (q) => q.includes(a.period!.start.slice(0, 4)) });
  for (const rt of a.recipientTotals) rt.parts.forEach((p, i) => amountSource(`recipientTotals.${rt.id}.parts[${i}]`, p.amount, p.source));
  return out;
}

export function importSeed(text = readText(SEED)): ImportedAgreement {
  const r = importAgreementText(text, { document: '000_6d1cf6cedc0d2a94.txt' });
  if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
  return r.value;
}
