/**
 * Review benchmark: 200 returned ekonomisk redovisning workbooks (our own form, filled in, for SKR,
 * the 21 regions and the six samverkansregioner) read, reviewed and consolidated into one follow-up
 * workbook, in one process. Prints the median time of three runs and the memory the run holds;
 * writes bench/review-results.json. Run with `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REGIONS, SAMVERKANSREGIONER } from '../src/core/reference';
import { reviewWorkbooks } from '../src/cli/commands/review';
import { followUpWorkbook } from '../src/xlsx/follow-up';
import { filledReport, goodFill } from '../tests/review/report-fixtures';

const REPORTS = 200;
/** Generous for two shared cores: a controller reviewing a season's reports waits seconds, not minutes. */
const TARGET_MS = 20_000;
const TARGET_MB = 300;

async function main(): Promise<void> {
  const codes = ['skr', ...REGIONS.map((r) => r.code), ...SAMVERKANSREGIONER.map((s) => s.id)];
  const distinct = await Promise.all(codes.map((c) => filledReport(c, goodFill(c))));
  const inputs = Array.from({ length: REPORTS }, (_, i) => ({ file: `redovisning-${String(i + 1).padStart(3, '0')}.xlsx`, bytes: distinct[i % distinct.length] as Buffer }));
  const ctx = { today: '2024-03-01', deadlines: () => ({ report: '2024-03-31', repayment: '2024-03-31' }) };

  const gc = (globalThis as { gc?: () => void }).gc;
  const times: number[] = [];
  let heapMb = 0;
  let rows = 0;
  for (let run = 0; run < 3; run++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const followUp = await reviewWorkbooks(inputs, ctx);
    const bytes = await followUpWorkbook(followUp, '2024-03-01T00:00:00Z');
    times.push(performance.now() - t0);
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - before) / 2 ** 20);
    rows = followUp.reports.length;
    if (followUp.reports.some((r) => r.status !== 'ok') || bytes.length === 0) throw new Error('a fixture report did not pass its review');
  }
  const median = [...times].sort((a, b) => a - b)[1] as number;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  console.log(`Review of ${REPORTS} reports (read, check, consolidate, write the follow-up): median ${median.toFixed(0)} ms (${(median / REPORTS).toFixed(1)} ms per report), runs ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
  console.log(`Memory: heap held by a run up to ${heapMb.toFixed(1)} MB; process RSS ${rssMb.toFixed(0)} MB; ${rows} rows in the follow-up`);
  const targets: [string, boolean][] = [
    [`${REPORTS} reports in under ${TARGET_MS / 1000} s`, median < TARGET_MS],
    [`heap held by a run under ${TARGET_MB} MB`, heapMb < TARGET_MB],
  ];
  for (const [label, met] of targets) console.log(`  ${met ? 'met    ' : 'MISSED '} ${label}`);
  if (targets.some(([, met]) => !met)) process.exitCode = 1;
  writeFileSync(join(__dirname, 'review-results.json'), JSON.stringify({ node: process.version, reports: REPORTS, medianMs: median, runsMs: times, heapMb, rssMb, targets: targets.map(([label, met]) => ({ label, met })) }, null, 2) + '\n');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
