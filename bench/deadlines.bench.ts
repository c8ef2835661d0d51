/**
 * Deadline benchmark: an agreement with 16 000 and 150 000 deadlines (as the hostile-input run in
 * issue 14 tried), through what `bidragskollen check` and `deadlines` do: parse the file, run the
 * deadline check, and compute every deadline's status with the holiday calendar. Prints the median
 * time of each step and the time per deadline (constant per deadline means linear). Run with
 * `npm run bench` (after the distribution benchmark) or `node --import tsx bench/deadlines.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { parseAgreement, type AgreementJson } from '../src/core/agreements';
// The deadline check alone, not the amount checks: this measures the rule issue 14 found quadratic.
import { checkDeadlines } from '../src/core/checks/deadlines';
import { agreementDeadlines } from '../src/core/deadlines';

const KINDS = ['requisition', 'repayment', 'financial-report', 'final-report', 'interim-report', 'check-in'] as const;
const AREAS = 40;
const S = { where: 'bench', quote: 'bench' };

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** N deadlines of every kind over 2023–2025, each in none to three of 40 areas; many conflict. */
function agreementJson(n: number, seed: number): AgreementJson {
  const rand = lcg(seed);
  const day = (d: number) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  return {
    schemaVersion: 1,
    id: 'bench',
    title: 'Benchmark',
    year: 2023,
    document: 'bench',
    parties: [],
    diarienummer: [],
    total: { amount: String(AREAS), source: S },
    stateShare: { amount: null, source: null },
    regionsShare: { amount: null, source: null },
    period: { start: '2023-01-01', end: '2023-12-31', source: S },
    areasComplete: true,
    areas: Array.from({ length: AREAS }, (_, i) => ({ id: `a${i}`, title: `A${i}`, amount: '1', source: S, funder: 'state' as const, recipient: { type: 'skr' as const } })),
    recipientTotals: [],
    constraints: [],
    deadlines: Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      kind: KINDS[i % KINDS.length] as (typeof KINDS)[number],
      date: day(Math.floor(rand() * 1000)),
      title: `Tidsfrist ${i}`,
      titleEn: `Deadline ${i}`,
      by: null,
      to: null,
      areas: [...new Set(Array.from({ length: Math.floor(rand() * 4) }, () => `a${Math.floor(rand() * AREAS)}`))],
      source: S,
    })),
  };
}

function median(fn: () => unknown, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const rows: { n: number; step: string; medianMs: number; usPerDeadline: number; issues?: number }[] = [];
for (const n of [1_000, 16_000, 150_000]) {
  const json = agreementJson(n, n);
  const rounds = n >= 150_000 ? 3 : 7;
  const parsed = parseAgreement(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.messageEn).join('\n'));
  const a = parsed.value;
  const issues = checkDeadlines(a).length;
  for (const [step, fn] of [
    ['parse', () => parseAgreement(json)],
    ['checkDeadlines', () => checkDeadlines(a)],
    ['agreementDeadlines', () => agreementDeadlines(a, '2023-11-15')],
  ] as const) {
    const ms = median(fn, rounds);
    rows.push({ n, step, medianMs: Number(ms.toFixed(2)), usPerDeadline: Number(((ms * 1000) / n).toFixed(2)), ...(step === 'checkDeadlines' ? { issues } : {}) });
  }
}
console.log('Deadlines: median time per step (µs per deadline constant = linear)');
console.table(rows);
