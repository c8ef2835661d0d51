import type { AgreementJson } from '../../src/core/agreements';

type Line = AgreementJson['areas'][number];

/**
 * The figures an agreement states, as comparable keys: every amount with its place in the tree,
 * recipient, key and appropriation; the totals; deadlines with the areas they concern (named by the
 * areas' amounts, so ids chosen by hand and by the importer need not agree); case numbers, period
 * and signatures.
 */
export function figureKeys(a: AgreementJson): string[] {
  const keys: string[] = [];
  for (const f of ['total', 'stateShare', 'regionsShare'] as const) if (a[f].amount !== null) keys.push(`${f} = ${a[f].amount}`);
  const areaAmount = new Map(a.areas.map((x) => [x.id, x.amount ?? x.id]));
  const walk = (lines: readonly Line[], parent: string) => {
    for (const l of lines) {
      const at = l.amount ?? `(${l.title})`;
      keys.push(`amount ${at} under ${parent}`);
      if (l.recipient) keys.push(`amount ${at} recipient ${l.recipient.type === 'region' ? `region ${l.recipient.code}${l.recipient.viaSkr ? ' via SKR' : ''}` : l.recipient.type}`);
      if (l.key) keys.push(`amount ${at} key ${l.key}`);
      if (l.funder) keys.push(`amount ${at} funded by ${l.funder}`);
      if (l.appropriation) keys.push(`amount ${at} appropriation uo ${l.appropriation.utgiftsomrade} anslag ${l.appropriation.anslag} post ${l.appropriation.anslagspost}`);
      if (l.lines) walk(l.lines, at);
    }
  };
  walk(a.areas, 'the agreement');
  for (const d of a.deadlines) keys.push(`deadline ${d.kind} ${d.date} for [${d.areas.map((id) => areaAmount.get(id)).sort().join(', ')}] to ${d.to}`);
  for (const rt of a.recipientTotals) for (const p of rt.parts) keys.push(`recipient total of ${rt.of}: ${p.amount} to [${[...p.recipients].sort().join(', ')}]`);
  for (const c of a.constraints) keys.push(`constraint ${c.kind} ${c.percent} % of ${areaAmount.get(c.area)}`);
  for (const d of a.diarienummer) keys.push(`diarienummer ${d.value}`);
  if (a.period) keys.push(`period ${a.period.start}..${a.period.end}`);
  for (const p of a.parties) {
    keys.push(`party ${p.role} signed ${p.signedOn ?? 'null'}`);
    if (p.signatory) keys.push(`party ${p.role} signatory ${p.signatory.toLowerCase()}`);
  }
  return keys;
}

export interface Score {
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly missing: string[];
  readonly extra: string[];
  readonly recall: number;
  readonly precision: number;
}

/** Multiset comparison of expected and found keys. */
export function score(expected: readonly string[], found: readonly string[]): Score {
  const pool = new Map<string, number>();
  for (const k of found) pool.set(k, (pool.get(k) ?? 0) + 1);
  const missing: string[] = [];
  let matched = 0;
  for (const k of expected) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      matched++;
      pool.set(k, n - 1);
    } else missing.push(k);
  }
  const extra = [...pool].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return {
    expected: expected.length,
    found: found.length,
    matched,
    missing,
    extra,
    recall: expected.length === 0 ? 1 : matched / expected.length,
    precision: found.length === 0 ? 1 : matched / found.length,
  };
}

export const percent = (x: number): string => `${(x * 100).toFixed(1).replace('.', ',')} %`;
