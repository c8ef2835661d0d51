import { fail, makeIssue, ok, type Result } from '../../result';
import type { PopulationDate } from '../dates';
import { CallLimiter, DEFAULT_POLICY, callJson, shapeIssue, type Caller, type HttpRequest } from '../transport';
import { SOURCE_MESSAGES as M } from '../messages';
import type { PopulationLevel, PopulationRow, PopulationTable } from '../population-table';
// eslint-disable-next-line no-restricted-imports -- a sibling client of the same module (sources)
import { joinUrl } from '../scb/api';
// eslint-disable-next-line no-restricted-imports -- a sibling client of the same module (sources)
import type { SourceEnv } from '../scb/client';

/** Kolada (RKA) v3. KPI N01951 "Invånare totalt, antal" is SCB's population on 31 December. */
export const KOLADA_DEFAULT_URL = 'https://api.kolada.se/v3';
export const KOLADA_POPULATION_KPI = 'N01951';
const PER_PAGE = 5000;

export function koladaDataRequest(base: string, year: number, page = 1, kpi = KOLADA_POPULATION_KPI): HttpRequest {
  return { method: 'GET', url: joinUrl(base, `data/kpi/${kpi}/year/${year}`, [['per_page', String(PER_PAGE)], ['page', String(page)]]) };
}

export function koladaMunicipalityRequest(base: string, page = 1): HttpRequest {
  return { method: 'GET', url: joinUrl(base, 'municipality', [['per_page', String(PER_PAGE)], ['page', String(page)]]) };
}

/**
 * Kolada's ids: municipalities are the four-digit municipality code, regions `00` + the county
 * code (`0013` = Region Halland), `0000` the whole country.
 */
export function koladaIdToCode(id: string, level: PopulationLevel): string | undefined {
  if (!/^\d{4}$/.test(id) || id === '0000') return undefined;
  if (id.startsWith('00')) return level === 'regioner' ? id.slice(2) : undefined;
  return level === 'kommuner' ? id : undefined;
}

export interface KoladaValue {
  readonly id: string;
  readonly period: number;
  readonly value: number | null;
  readonly status?: string;
}

interface Page<T> {
  readonly values: T[];
  readonly next?: string;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One page of /data: the total (gender "T") per area and year, and where the next page is. */
export function parseKoladaData(json: unknown): Page<KoladaValue> | undefined {
  if (!isObj(json) || !Array.isArray(json['values'])) return undefined;
  const values: KoladaValue[] = [];
  for (const v of json['values'] as unknown[]) {
    if (!isObj(v) || typeof v['municipality'] !== 'string') continue;
    const per = Array.isArray(v['values']) ? (v['values'] as unknown[]).filter(isObj) : [];
    const total = per.find((x) => x['gender'] === 'T') ?? (per.length === 1 ? per[0] : undefined);
    const value = typeof total?.['value'] === 'number' ? (total['value'] as number) : null;
    values.push({
      id: v['municipality'],
      period: Number(v['period']),
      value,
      ...(typeof total?.['status'] === 'string' && total['status'] !== '' ? { status: total['status'] as string } : {}),
    });
  }
  return { values, ...nextPage(json) };
}

export function parseKoladaMunicipalities(json: unknown): Page<{ id: string; title: string }> | undefined {
  if (!isObj(json) || !Array.isArray(json['values'])) return undefined;
  const values = (json['values'] as unknown[]).filter(isObj).flatMap((m) => (typeof m['id'] === 'string' && typeof m['title'] === 'string' ? [{ id: m['id'], title: m['title'] }] : []));
  return { values, ...nextPage(json) };
}

function nextPage(json: Record<string, unknown>): { next?: string } {
  const next = json['next_page'] ?? json['next_url'];
  return typeof next === 'string' && next !== '' ? { next } : {};
}

export class KoladaClient {
  readonly baseUrl: string;
  private readonly caller: Caller;

  constructor(
    private readonly env: SourceEnv,
    baseUrl: string = KOLADA_DEFAULT_URL,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    // Kolada publishes no limit; a polite five calls a second.
    this.caller = { service: 'Kolada', transport: env.transport, clock: env.clock, policy: { ...DEFAULT_POLICY, defaultWaitMs: 2000, ...env.policy }, limiter: new CallLimiter(5, 1000) };
  }

  /** Follows `next_page` (or pages on) until a page comes back short; at most 20 pages. */
  private async pages<T>(first: HttpRequest, parse: (json: unknown) => Page<T> | undefined, nth: (page: number) => HttpRequest): Promise<Result<T[]>> {
    const out: T[] = [];
    let req: HttpRequest | undefined = first;
    for (let page = 1; req && page <= 20; page++) {
      if (this.env.isCancelled?.()) return fail(makeIssue(M, 'SOURCE_ABORTED', { service: 'Kolada', url: req.url }));
      const res = await callJson(this.caller, req);
      if (!res.ok) return res;
      const parsed = parse(res.value);
      if (!parsed) return fail(shapeIssue('Kolada', req.url, 'values saknas i svaret'));
      out.push(...parsed.values);
      req = parsed.next ? { method: 'GET', url: parsed.next } : parsed.values.length >= PER_PAGE ? nth(page + 1) : undefined;
    }
    return ok(out);
  }

  async fetchPopulation(request: { date: PopulationDate; level: PopulationLevel }): Promise<Result<PopulationTable>> {
    const { date, level } = request;
    if (date.kind !== '31dec') return fail(makeIssue(M, 'KOLADA_ONLY_31DEC', { date: date.date }));
    const first = koladaDataRequest(this.baseUrl, date.year);
    const data = await this.pages(first, parseKoladaData, (p) => koladaDataRequest(this.baseUrl, date.year, p));
    if (!data.ok) return data;
    const mine = data.value.filter((v) => v.period === date.year && koladaIdToCode(v.id, level) !== undefined);
    if (mine.length === 0) return fail(makeIssue(M, 'KOLADA_NO_DATA', { year: date.year, available: '' }));
    const missing = mine.filter((v) => v.value === null || !Number.isInteger(v.value));
    if (missing.length > 0) {
      return fail(makeIssue(M, 'VALUE_MISSING', { service: 'Kolada', codes: missing.map((m) => m.id).join(', '), status: [...new Set(missing.flatMap((m) => (m.status ? [m.status] : [])))].join(' ') }));
    }
    this.env.onProgress?.({ done: 1, total: 2, what: 'kommuner och regioner' });
    const names = await this.pages(koladaMunicipalityRequest(this.baseUrl), parseKoladaMunicipalities, (p) => koladaMunicipalityRequest(this.baseUrl, p));
    if (!names.ok) return names;
    const title = new Map(names.value.map((m) => [m.id, m.title]));
    const rows: PopulationRow[] = mine
      .map((v) => ({ code: koladaIdToCode(v.id, level) as string, name: title.get(v.id) ?? v.id, population: v.value as number }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    this.env.onProgress?.({ done: 2, total: 2, what: 'kommuner och regioner' });
    return ok({
      source: { provider: 'Kolada', tableId: KOLADA_POPULATION_KPI, url: first.url, referenceDate: date.date, fetchedAt: this.env.now(), notes: [], label: 'Invånare totalt, antal (Kolada N01951, källa SCB)' },
      level,
      rows,
    });
  }
}
