import type { HttpRequest } from '../transport';

/** SCB's PxWebApi v2. A company mirror or proxy can stand in (--scb-url, a pane setting). */
export const SCB_DEFAULT_URL = 'https://statistikdatabasen.scb.se/api/v2';

export type ScbLang = 'sv' | 'en';

/** One variable of a data query, as PxWebApi v2 takes it. */
export interface ScbSelection {
  readonly variableCode: string;
  readonly valueCodes: readonly string[];
}

export function joinUrl(base: string, path: string, query: readonly (readonly [string, string])[] = []): string {
  const root = base.replace(/\/+$/, '');
  const qs = query.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',')}`).join('&');
  return `${root}/${path.replace(/^\/+/, '')}${qs ? `?${qs}` : ''}`;
}

export function configRequest(base: string): HttpRequest {
  return { method: 'GET', url: joinUrl(base, 'config') };
}

export interface TableSearch {
  readonly query?: string;
  /** Only tables updated within this many days. */
  readonly pastDays?: number;
  readonly pageNumber?: number;
  readonly pageSize?: number;
  readonly lang?: ScbLang;
}

export function tablesSearchRequest(base: string, search: TableSearch): HttpRequest {
  const q: [string, string][] = [['lang', search.lang ?? 'sv']];
  if (search.query) q.push(['query', search.query]);
  if (search.pastDays !== undefined) q.push(['pastDays', String(search.pastDays)]);
  q.push(['pageSize', String(search.pageSize ?? 100)], ['pageNumber', String(search.pageNumber ?? 1)]);
  return { method: 'GET', url: joinUrl(base, 'tables', q) };
}

export function metadataRequest(base: string, tableId: string, lang: ScbLang = 'sv'): HttpRequest {
  return { method: 'GET', url: joinUrl(base, `tables/${encodeURIComponent(tableId)}/metadata`, [['lang', lang], ['outputFormat', 'json-stat2']]) };
}

/**
 * A GET with `valueCodes[Variable]=a,b`: the URL alone reproduces the figures (it goes into the
 * table's source), and 290 municipality codes stay far below any URL limit.
 */
export function dataRequest(base: string, tableId: string, selection: readonly ScbSelection[], lang: ScbLang = 'sv'): HttpRequest {
  const q: [string, string][] = [['lang', lang], ['outputFormat', 'json-stat2']];
  for (const s of selection) q.push([`valueCodes[${s.variableCode}]`, s.valueCodes.join(',')]);
  return { method: 'GET', url: joinUrl(base, `tables/${encodeURIComponent(tableId)}/data`, q) };
}

export interface ScbConfig {
  readonly apiVersion: string;
  readonly maxDataCells: number;
  readonly maxCallsPerTimeWindow: number;
  /** Seconds. */
  readonly timeWindow: number;
  readonly sourceReference: string;
}

/** SCB's published limits (2025): 150 000 cells per call, 30 calls per 10 seconds. */
export const SCB_DEFAULT_CONFIG: ScbConfig = { apiVersion: '', maxDataCells: 150_000, maxCallsPerTimeWindow: 30, timeWindow: 10, sourceReference: 'Källa: SCB' };

const positive = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) && x > 0 ? x : fallback);

export function parseScbConfig(json: unknown): ScbConfig | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  if (o['maxDataCells'] === undefined && o['apiVersion'] === undefined) return undefined;
  const refs = Array.isArray(o['sourceReferences']) ? (o['sourceReferences'] as unknown[]) : [];
  const sv = refs.find((r): r is { language: string; text: string } => typeof r === 'object' && r !== null && (r as { language?: unknown }).language === 'sv');
  return {
    apiVersion: typeof o['apiVersion'] === 'string' ? o['apiVersion'] : '',
    maxDataCells: positive(o['maxDataCells'], SCB_DEFAULT_CONFIG.maxDataCells),
    maxCallsPerTimeWindow: positive(o['maxCallsPerTimeWindow'], SCB_DEFAULT_CONFIG.maxCallsPerTimeWindow),
    timeWindow: positive(o['timeWindow'], SCB_DEFAULT_CONFIG.timeWindow),
    sourceReference: typeof sv?.text === 'string' ? sv.text : SCB_DEFAULT_CONFIG.sourceReference,
  };
}

export interface ScbTableInfo {
  readonly id: string;
  readonly label: string;
  readonly firstPeriod?: string;
  readonly lastPeriod?: string;
  readonly timeUnit?: string;
  readonly discontinued: boolean;
  readonly updated?: string;
  readonly variableNames: readonly string[];
}

export interface ScbTableList {
  readonly tables: readonly ScbTableInfo[];
  readonly totalPages: number;
}

export function parseTableList(json: unknown): ScbTableList | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const o = json as Record<string, unknown>;
  if (!Array.isArray(o['tables'])) return undefined;
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const tables: ScbTableInfo[] = [];
  for (const t of o['tables'] as unknown[]) {
    if (typeof t !== 'object' || t === null) continue;
    const r = t as Record<string, unknown>;
    const id = str(r['id']);
    if (!id) continue;
    const info: ScbTableInfo = {
      id,
      label: str(r['label']) ?? '',
      discontinued: r['discontinued'] === true,
      variableNames: Array.isArray(r['variableNames']) ? (r['variableNames'] as unknown[]).filter((v): v is string => typeof v === 'string') : [],
      ...(str(r['firstPeriod']) ? { firstPeriod: str(r['firstPeriod']) } : {}),
      ...(str(r['lastPeriod']) ? { lastPeriod: str(r['lastPeriod']) } : {}),
      ...(str(r['timeUnit']) ? { timeUnit: str(r['timeUnit']) } : {}),
      ...(str(r['updated']) ? { updated: str(r['updated']) } : {}),
    };
    tables.push(info);
  }
  const page = typeof o['page'] === 'object' && o['page'] !== null ? (o['page'] as Record<string, unknown>) : {};
  const totalPages = typeof page['totalPages'] === 'number' && page['totalPages'] >= 1 ? Math.floor(page['totalPages']) : 1;
  return { tables, totalPages };
}
