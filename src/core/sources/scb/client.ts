import { fail, makeIssue, ok, type Issue, type Result } from '../../result';
import { DATE_KIND_LABELS, type PopulationDate } from '../dates';
import { CallLimiter, DEFAULT_POLICY, callJson, shapeIssue, type CallPolicy, type Caller, type Clock, type HttpTransport } from '../transport';
import { SOURCE_MESSAGES as M } from '../messages';
import type { PopulationLevel, PopulationRow, PopulationTable } from '../population-table';
import {
  SCB_DEFAULT_CONFIG,
  SCB_DEFAULT_URL,
  configRequest,
  dataRequest,
  metadataRequest,
  parseScbConfig,
  parseTableList,
  tablesSearchRequest,
  type ScbConfig,
  type ScbLang,
  type ScbTableInfo,
} from './api';
import { parseJsonStat } from './jsonstat';
import { describeDates, periodDates, planPopulationQuery, querySelection, readPopulation, splitRegions, timeDimension, type PopulationQuery } from './population';
import { SEARCH_QUERY, candidateTables } from './tables';

export interface SourceEnv {
  readonly transport: HttpTransport;
  readonly clock: Clock;
  /** ISO 8601 now, stamped as fetchedAt. */
  now(): string;
  readonly policy?: Partial<CallPolicy>;
  /** Checked between calls; true stops the fetch (the pane's Avbryt). */
  readonly isCancelled?: () => boolean;
  /** Step by step, for a progress bar. */
  readonly onProgress?: (step: { readonly done: number; readonly total: number; readonly what: string }) => void;
}

export interface ScbFetch {
  readonly date: PopulationDate;
  readonly level: PopulationLevel;
  readonly baseUrl?: string;
  readonly lang?: ScbLang;
  /** Skip the search and use this table. */
  readonly tableId?: string;
}

/** Transport failures end the fetch at once: an offline machine should not try five tables. */
const FATAL = new Set(['SOURCE_OFFLINE', 'SOURCE_TIMEOUT', 'SOURCE_PROXY', 'SOURCE_SERVER_ERROR', 'SOURCE_RATE_LIMITED', 'SOURCE_ABORTED', 'SOURCE_BAD_JSON']);
const isFatal = (r: { ok: false; issues: readonly Issue[] }) => r.issues.some((i) => FATAL.has(i.code));

/** SCB's PxWebApi v2 client: config, table search, metadata, data; every call through `callJson`. */
export class ScbClient {
  readonly baseUrl: string;
  private readonly caller: Caller;
  private readonly limiter: CallLimiter;
  private config: ScbConfig | undefined;
  /** Mutable: /config's timeWindow becomes the wait after a 429 without Retry-After. */
  private readonly limits: { policy: CallPolicy };

  constructor(
    private readonly env: SourceEnv,
    baseUrl: string = SCB_DEFAULT_URL,
    private readonly lang: ScbLang = 'sv',
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    const limits = { policy: { ...DEFAULT_POLICY, ...env.policy } };
    this.limits = limits;
    this.limiter = new CallLimiter(SCB_DEFAULT_CONFIG.maxCallsPerTimeWindow, SCB_DEFAULT_CONFIG.timeWindow * 1000);
    this.caller = {
      service: 'SCB',
      transport: env.transport,
      clock: env.clock,
      get policy() {
        return limits.policy;
      },
      limiter: this.limiter,
    };
  }

  /** The limits from /config; a mirror without /config gets SCB's published defaults. */
  async getConfig(): Promise<Result<ScbConfig>> {
    if (this.config) return ok(this.config);
    const res = await callJson(this.caller, configRequest(this.baseUrl));
    if (!res.ok) {
      if (isFatal(res)) return res;
      this.config = SCB_DEFAULT_CONFIG;
      return ok(this.config);
    }
    const config = parseScbConfig(res.value) ?? SCB_DEFAULT_CONFIG;
    this.config = config;
    this.limiter.setLimit(config.maxCallsPerTimeWindow, config.timeWindow * 1000);
    this.limits.policy = { ...this.limits.policy, defaultWaitMs: this.env.policy?.defaultWaitMs ?? config.timeWindow * 1000 };
    return ok(config);
  }

  async searchTables(query: string, pastDays?: number): Promise<Result<ScbTableInfo[]>> {
    const tables: ScbTableInfo[] = [];
    for (let page = 1; page <= 3; page++) {
      const req = tablesSearchRequest(this.baseUrl, { query, lang: this.lang, pageNumber: page, ...(pastDays === undefined ? {} : { pastDays }) });
      const res = await callJson(this.caller, req);
      if (!res.ok) return res;
      const list = parseTableList(res.value);
      if (!list) return fail(shapeIssue('SCB', req.url, 'tables saknas i svaret'));
      tables.push(...list.tables);
      if (page >= list.totalPages) break;
    }
    return ok(tables);
  }

  async getMetadata(tableId: string) {
    const req = metadataRequest(this.baseUrl, tableId, this.lang);
    const res = await callJson(this.caller, req);
    if (!res.ok) return res;
    const ds = parseJsonStat(res.value, { allowEmptyValues: true });
    return ds.ok ? ok(ds.value) : fail(shapeIssue('SCB', req.url, ds.detail));
  }

  /**
   * Population per county or municipality on a date: finds the table through SCB's search (and the
   * known ids after it), checks each candidate's metadata for the date, then asks for the data in
   * as many calls as the cell limit needs.
   */
  async fetchPopulation(request: ScbFetch): Promise<Result<PopulationTable>> {
    const config = await this.getConfig();
    if (!config.ok) return config;
    const { date, level } = request;
    let candidates: string[];
    if (request.tableId) candidates = [request.tableId];
    else {
      const found = await this.searchTables(SEARCH_QUERY[date.kind]);
      if (!found.ok && isFatal(found)) return found;
      candidates = candidateTables(date.kind, date.year, found.ok ? found.value : []).slice(0, 4);
    }
    let firstProblem: { ok: false; issues: readonly Issue[] } | undefined;
    let query: PopulationQuery | undefined;
    let label = '';
    const periods: string[] = [];
    for (const [i, id] of candidates.entries()) {
      this.env.onProgress?.({ done: i, total: candidates.length + 1, what: `metadata ${id}` });
      if (this.env.isCancelled?.()) return this.cancelled();
      const meta = await this.getMetadata(id);
      if (!meta.ok) {
        if (isFatal(meta)) return meta;
        firstProblem ??= meta;
        continue;
      }
      const plan = planPopulationQuery(meta.value, id, date, level);
      if (plan.ok) {
        query = plan.value;
        label = meta.value.label;
        break;
      }
      if (plan.issues.some((x) => x.code === 'SCB_UNKNOWN_PERIOD')) {
        periods.push(`${describeDates(periodDates(timeDimension(meta.value)?.codes ?? [], date.kind))} (${id})`);
      }
      // The first table that exists explains best why the date is not there.
      if (!firstProblem || firstProblem.issues.every((x) => x.code === 'SOURCE_HTTP_ERROR')) firstProblem = plan;
    }
    if (!query && periods.length > 0 && firstProblem?.issues[0]?.code === 'SCB_UNKNOWN_PERIOD') {
      return fail(makeIssue('SCB_UNKNOWN_PERIOD', M.SCB_UNKNOWN_PERIOD, { date: `${date.date} (${DATE_KIND_LABELS[date.kind].sv})`, tableId: candidates.filter((c) => periods.some((p) => p.endsWith(`(${c})`))).join(', '), available: periods.join('; ') }));
    }
    if (!query) return firstProblem ?? fail(noTable(date, candidates));
    return this.fetchData(query, config.value, date, level, label);
  }

  private async fetchData(q: PopulationQuery, config: ScbConfig, date: PopulationDate, level: PopulationLevel, label: string): Promise<Result<PopulationTable>> {
    const cellsPerRegion = q.fixed.reduce((n, s) => n * s.valueCodes.length, 1);
    const chunks = splitRegions(q.regionCodes, cellsPerRegion, config.maxDataCells);
    const rows: PopulationRow[] = [];
    const notes = [...q.notes];
    let url = '';
    for (const [i, regions] of chunks.entries()) {
      this.env.onProgress?.({ done: i, total: chunks.length, what: `data ${q.tableId}` });
      if (this.env.isCancelled?.()) return this.cancelled();
      const req = dataRequest(this.baseUrl, q.tableId, querySelection(q, regions), this.lang);
      if (i === 0) url = req.url;
      const res = await callJson(this.caller, req);
      if (!res.ok) return res;
      const ds = parseJsonStat(res.value);
      if (!ds.ok) return fail(shapeIssue('SCB', req.url, ds.detail));
      const read = readPopulation(ds.value, { tableId: q.tableId, level, periodCode: q.periodCode });
      if (!read.ok) return read;
      rows.push(...read.value.rows);
      for (const n of read.value.notes) if (!notes.includes(n)) notes.push(n);
    }
    this.env.onProgress?.({ done: chunks.length, total: chunks.length, what: `data ${q.tableId}` });
    const wanted = new Set(q.regionCodes);
    const got = new Set(rows.map((r) => r.code));
    const lost = [...wanted].filter((c) => !got.has(c));
    if (lost.length > 0) return fail(shapeIssue('SCB', url, `svaret saknar ${lost.length} av ${wanted.size} regioner (${lost.slice(0, 5).join(', ')}…)`));
    rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return ok({
      source: { provider: 'SCB', tableId: q.tableId, url, referenceDate: date.date, fetchedAt: this.env.now(), notes, ...(label ? { label } : {}) },
      level,
      rows,
    });
  }

  private cancelled(): Result<PopulationTable> {
    return fail(makeIssue('SOURCE_ABORTED', M.SOURCE_ABORTED, { service: 'SCB', url: this.baseUrl }));
  }
}

function noTable(date: PopulationDate, tried: readonly string[]): Issue {
  return makeIssue('SCB_NO_TABLE', M.SCB_NO_TABLE, { kind: `${DATE_KIND_LABELS[date.kind].sv} ${date.year}`, tried: tried.join(', ') || 'inga' });
}
