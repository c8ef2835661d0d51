import { Dec, formatAmountPlain } from '../money';
import type { Lang } from '../result';
import { evidenceRow, type CandidateAudit } from './audit';
import type { WeightInterval } from './intervals';

/** "2 454 524,09–2 454 524,12": a row's weight interval, rounded outward so the true interval is inside what is shown. */
export function weightRangeText(i: WeightInterval): string {
  const lo = formatAmountPlain(i.min.toDecimalPlaces(2, Dec.ROUND_FLOOR), 2);
  const hi = formatAmountPlain(i.max.toDecimalPlaces(2, Dec.ROUND_CEIL), 2);
  return `${lo}–${hi}`;
}

const genitive = (name: string, lang: Lang) => (lang === 'en' ? `${name}'s` : /[sxz]$/i.test(name) ? name : `${name}s`);

/**
 * "Tabellen är inte gjord från SCB 2023-12-31: Stockholms belopp 317 989 729 kr motsvarar mellan …
 * och … invånare, SCB har 2 454 821." The sentence for a candidate that cannot have made the table
 * (it has a weight for every row and no method reproduces it), or undefined.
 */
export function notMadeFromText(c: CandidateAudit, lang: Lang = 'sv'): string | undefined {
  if (c.fits || c.missing.length > 0) return undefined;
  const e = evidenceRow(c);
  const sv = lang === 'sv';
  if (!e) return sv ? `Tabellen är inte gjord från ${c.table.description}.` : `The table was not made from ${c.table.description}.`;
  const population = c.table.kind === 'population';
  const who = c.table.source && c.table.source !== c.table.id ? c.table.source : sv ? 'tabellen' : 'the table';
  const [lo, hi] = weightRangeText(e).split('–') as [string, string];
  const amount = `${formatAmountPlain(e.published)} kr`;
  const weight = formatAmountPlain(e.weight);
  return sv
    ? `Tabellen är inte gjord från ${c.table.description}: ${genitive(e.name, lang)} belopp ${amount} motsvarar mellan ${lo} och ${hi} ${population ? 'invånare' : 'i vikt'}, ${who} har ${weight}.`
    : `The table was not made from ${c.table.description}: ${genitive(e.name, lang)} amount ${amount} implies between ${lo} and ${hi} ${population ? 'inhabitants' : 'in weight'}, ${who} has ${weight}.`;
}
