/** Bundled for Chromium by browser-fetch.test.ts: the real core client over the real fetch adapter. */
import { fetchTransport } from '../../src/net/fetch';
import { parsePopulationDate, ScbClient } from '../../src/core/sources';

async function fetchCounties(base: string) {
  const date = parsePopulationDate('2024-12-31');
  if (!date.ok) return { ok: false, issues: date.issues };
  const client = new ScbClient(
    { transport: fetchTransport({ timeoutMs: 5000 }), clock: { nowMs: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }, now: () => new Date().toISOString() },
    base,
  );
  return client.fetchPopulation({ date: date.value, level: 'regioner' });
}

(globalThis as unknown as { bk: unknown }).bk = { fetchCounties };
