import type { Clock, HttpTransport, TransportResult } from '../core/sources';

/**
 * The network edge for the population sources: the standard fetch API with a timeout. It uses
 * only what both Node 20 and a browser have (fetch, AbortController, setTimeout), so the CLI and
 * the task pane take the same adapter (lint keeps Node and the DOM out of src/net); the core gets
 * it as a function and never sees fetch.
 */
export interface FetchTransportOptions {
  /** Per request; a hang past it is reported as a timeout. */
  readonly timeoutMs?: number;
  /** Cancels every request in flight (the pane's Avbryt). */
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

export function fetchTransport(options: FetchTransportOptions = {}): HttpTransport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  return async (request): Promise<TransportResult> => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onOuterAbort = () => controller.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    try {
      const res = await doFetch(request.url, {
        method: request.method,
        headers: { ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...request.headers },
        ...(request.body === undefined ? {} : { body: request.body }),
        signal: controller.signal,
      });
      const body = await res.text();
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => (headers[k.toLowerCase()] = v));
      return { ok: true, response: { status: res.status, headers, body } };
    } catch (e) {
      if (timedOut) return { ok: false, kind: 'timeout', detail: `inget svar inom ${timeoutMs} ms`, timeoutMs };
      if (options.signal?.aborted) return { ok: false, kind: 'aborted', detail: 'avbruten' };
      return { ok: false, kind: 'network', detail: networkDetail(e) };
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onOuterAbort);
    }
  };
}

/** Node's fetch hides the reason in `cause` (ECONNREFUSED, ENOTFOUND…). */
function networkDetail(e: unknown): string {
  // Duck-typed: the error may come from another realm (a test VM, a worker), where instanceof fails.
  const field = (x: unknown, k: string): unknown => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[k] : undefined);
  const cause = field(e, 'cause');
  const code = field(cause, 'code') ?? field((field(cause, 'errors') as unknown[] | undefined)?.[0], 'code');
  if (typeof code === 'string') return code;
  const message = field(cause, 'message') ?? field(e, 'message');
  return typeof message === 'string' ? message : String(e);
}

export const realClock: Clock = {
  nowMs: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
