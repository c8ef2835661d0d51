import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { SOURCE_MESSAGES as M } from './messages';

/**
 * The one thing the core needs from the network, injected: the CLI passes a Node fetch, the pane
 * a browser fetch, tests a local server. Failures are values, never thrown.
 */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type TransportResult =
  | { readonly ok: true; readonly response: HttpResponse }
  | { readonly ok: false; readonly kind: 'timeout' | 'network' | 'aborted'; readonly detail: string; readonly timeoutMs?: number };

export type HttpTransport = (request: HttpRequest) => Promise<TransportResult>;

/** Time, injected so tests need not wait and the core needs no timers. */
export interface Clock {
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}

export interface CallPolicy {
  /** How many times a 429 is retried before giving up. */
  readonly maxRetries: number;
  /** The wait after a 429 without Retry-After (SCB's config: timeWindow seconds). */
  readonly defaultWaitMs: number;
  /** Never wait longer than this for one Retry-After. */
  readonly maxWaitMs: number;
}

export const DEFAULT_POLICY: CallPolicy = { maxRetries: 3, defaultWaitMs: 10_000, maxWaitMs: 60_000 };

/**
 * At most `maxCalls` calls per `windowMs`: waits before a call rather than earning a 429. SCB
 * publishes its limit in /config (maxCallsPerTimeWindow per timeWindow seconds).
 */
export class CallLimiter {
  private readonly stamps: number[] = [];
  constructor(
    private maxCalls: number,
    private windowMs: number,
  ) {}

  setLimit(maxCalls: number, windowMs: number): void {
    if (maxCalls > 0 && windowMs >= 0) {
      this.maxCalls = maxCalls;
      this.windowMs = windowMs;
    }
  }

  async take(clock: Clock): Promise<void> {
    for (;;) {
      const now = clock.nowMs();
      while (this.stamps.length > 0 && now - (this.stamps[0] as number) >= this.windowMs) this.stamps.shift();
      if (this.stamps.length < this.maxCalls) {
        this.stamps.push(now);
        return;
      }
      await clock.sleep(Math.max(1, (this.stamps[0] as number) + this.windowMs - now));
    }
  }
}

export interface Caller {
  readonly service: string;
  readonly transport: HttpTransport;
  readonly clock: Clock;
  readonly policy: CallPolicy;
  readonly limiter?: CallLimiter;
}

/** Seconds (`Retry-After: 2`) or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const s = header.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * One JSON request with the rules every source shares: the call limit, a bounded retry on 429,
 * and a message that says what went wrong (offline, proxy, server down, not JSON).
 */
export async function callJson(caller: Caller, request: HttpRequest): Promise<Result<unknown>> {
  const where = { service: caller.service, url: request.url };
  for (let attempt = 1; ; attempt++) {
    await caller.limiter?.take(caller.clock);
    const result = await caller.transport({ ...request, headers: { Accept: 'application/json', ...request.headers } });
    if (!result.ok) {
      if (result.kind === 'timeout') return fail(makeIssue('SOURCE_TIMEOUT', M.SOURCE_TIMEOUT, { ...where, seconds: (Math.round((result.timeoutMs ?? 0) / 100) / 10).toString().replace('.', ',') }));
      if (result.kind === 'aborted') return fail(makeIssue('SOURCE_ABORTED', M.SOURCE_ABORTED, where));
      return fail(makeIssue('SOURCE_OFFLINE', M.SOURCE_OFFLINE, { ...where, detail: result.detail }));
    }
    const { status, headers, body } = result.response;
    if (status === 429) {
      if (attempt > caller.policy.maxRetries) return fail(makeIssue('SOURCE_RATE_LIMITED', M.SOURCE_RATE_LIMITED, { ...where, attempts: attempt }));
      const wait = retryAfterMs(headers['retry-after'], caller.clock.nowMs()) ?? caller.policy.defaultWaitMs;
      await caller.clock.sleep(Math.min(wait, caller.policy.maxWaitMs));
      continue;
    }
    return readJson(where, status, headers, body);
  }
}

function readJson(where: { service: string; url: string }, status: number, headers: Readonly<Record<string, string>>, body: string): Result<unknown> {
  const html = /^\s*</.test(body) || (headers['content-type'] ?? '').includes('text/html');
  if (status === 407 || (status === 403 && html) || headers['proxy-authenticate'] !== undefined) {
    return fail(makeIssue('SOURCE_PROXY', M.SOURCE_PROXY, { ...where, status }));
  }
  if (status >= 500) return fail(makeIssue('SOURCE_SERVER_ERROR', M.SOURCE_SERVER_ERROR, { ...where, status }));
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    if (status >= 400) return fail(makeIssue('SOURCE_HTTP_ERROR', M.SOURCE_HTTP_ERROR, { ...where, status, detail: '' }));
    return fail(makeIssue('SOURCE_BAD_JSON', M.SOURCE_BAD_JSON, { ...where, start: body.slice(0, 40).replace(/\s+/g, ' ') }));
  }
  if (status >= 400) return fail(makeIssue('SOURCE_HTTP_ERROR', M.SOURCE_HTTP_ERROR, { ...where, status, detail: problemDetail(json) }));
  return ok(json);
}

/** PxWebApi answers errors as RFC 7807 problem details: { title, detail }. */
function problemDetail(json: unknown): string {
  if (typeof json !== 'object' || json === null) return '';
  const o = json as Record<string, unknown>;
  return [o['title'], o['detail']].filter((x): x is string => typeof x === 'string' && x !== '').join(': ');
}

export function shapeIssue(service: string, url: string, detail: string): Issue {
  return makeIssue('SOURCE_BAD_SHAPE', M.SOURCE_BAD_SHAPE, { service, url, detail });
}
