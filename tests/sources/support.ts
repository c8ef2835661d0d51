import { issueText, type Issue } from '../../src/core/result';
import { fetchTransport } from '../../src/net/fetch';
import { parsePopulationDate, type Clock, type PopulationDate, type SourceEnv } from '../../src/core/sources';

/** Virtual time: sleeps return at once and move the clock, so waits are asserted, not endured. */
export function virtualClock(): Clock & { readonly sleeps: number[] } {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    nowMs: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

export const FETCHED_AT = '2026-03-02T09:15:00.000Z';

export function env(options: { timeoutMs?: number; clock?: Clock } = {}): SourceEnv & { clock: Clock } {
  const clock = options.clock ?? virtualClock();
  return { transport: fetchTransport({ timeoutMs: options.timeoutMs ?? 5000 }), clock, now: () => FETCHED_AT };
}

export function day(d: string, kind?: PopulationDate['kind']): PopulationDate {
  const r = parsePopulationDate(d, kind);
  if (!r.ok) throw new Error(issueTextOrEmpty(r.issues[0]));
  return r.value;
}

/** Limits that never make a test wait: 30 calls a second. */
export const FAST_CONFIG = { apiVersion: '2.2.0', maxDataCells: 150000, maxCallsPerTimeWindow: 30, timeWindow: 1, sourceReferences: [{ language: 'sv', text: 'Källa: SCB' }] };

function issueTextOrEmpty(i: Issue | undefined): string {
  return i ? issueText(i) : '';
}
