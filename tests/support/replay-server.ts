/**
 * A local stand-in for SCB's PxWebApi v2 and Kolada v3 on 127.0.0.1 (random port), so no test
 * reaches the internet. Routes answer canned or computed responses, in sequence where a test
 * needs a 429 then a success; every answer carries the CORS headers a browser needs, and OPTIONS
 * preflights are answered, so the task pane in Chromium can fetch from it too.
 *
 * The SCB routes serve SCB's real responses where we have them (config, TAB6471 metadata) and
 * SCB-shaped ones built here for the rest: TAB638/TAB1267 metadata, and json-stat2 data computed
 * from the selection asked for, with the figures of ../shared/data (SCB, 31 Dec 2024 and 2025).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReplayResponse {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as it is; anything else as JSON. */
  readonly body?: unknown;
  /** Never answer (a hung server); the socket is closed when the server closes. */
  readonly hang?: boolean;
  /** Let the route installed before this one answer (a 429 first, then the usual answer). */
  readonly pass?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: string;
  readonly headers: IncomingMessage['headers'];
}

export type ReplayHandler = (req: RecordedRequest) => ReplayResponse;

interface Route {
  readonly method: string;
  readonly path: RegExp;
  readonly answers: (ReplayResponse | ReplayHandler)[];
}

export interface ReplayServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** CORS preflights (OPTIONS), answered for every path and kept apart from `requests`. */
  readonly preflights: RecordedRequest[];
  /** Later routes win over earlier ones; a list is answered in turn, its last answer repeating. */
  route(method: string, path: string | RegExp, answer: ReplayResponse | ReplayHandler | (ReplayResponse | ReplayHandler)[]): void;
  close(): Promise<void>;
}

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Type',
};

export async function startReplayServer(): Promise<ReplayServer> {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];
  const preflights: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  function answer(req: IncomingMessage, res: ServerResponse, body: string): void {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      preflights.push({ method, path: u.pathname, query: u.searchParams, body, headers: req.headers });
      res.writeHead(204, {
        ...CORS_HEADERS,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type, Accept',
        'Access-Control-Max-Age': '600',
        ...(req.headers['access-control-request-private-network'] ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
      });
      res.end();
      return;
    }
    const recorded: RecordedRequest = { method, path: u.pathname, query: u.searchParams, body, headers: req.headers };
    requests.push(recorded);
    let reply: ReplayResponse = { status: 404, body: { title: 'Not found', status: 404 } };
    for (const route of [...routes].reverse()) {
      if (route.method !== method || !route.path.test(u.pathname)) continue;
      const next = route.answers.length > 1 ? route.answers.shift() : route.answers[0];
      if (next === undefined) continue;
      const r = typeof next === 'function' ? next(recorded) : next;
      if (r.pass) continue;
      reply = r;
      break;
    }
    if (reply.hang) return;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null);
    const type = typeof reply.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(reply.status ?? 200, { 'Content-Type': type, ...CORS_HEADERS, ...reply.headers });
    res.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    preflights,
    route(method, path, answer) {
      const re = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path;
      routes.push({ method, path: re, answers: Array.isArray(answer) ? [...answer] : [answer] });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// SCB- and Kolada-shaped content

const DATA = join(__dirname, '../../../shared/data');
const EXAMPLES = join(DATA, 'pxweb-v2-examples');

function readCsv(file: string): { code: string; name: string; population: number }[] {
  return readFileSync(join(DATA, file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code = '', name = '', population = ''] = line.split(',');
      return { code, name, population: Number(population) };
    });
}

export const MUNICIPALITIES_2024 = readCsv('municipalities-2024-12-31.csv');
export const MUNICIPALITIES_2025 = readCsv('municipalities-2025-12-31.csv');
export const COUNTIES_2024 = readCsv('counties-2024-12-31.csv');
const REGION_NAMES = readFileSync(join(DATA, 'regions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((l) => l.split(','));

export const realScb = (file: 'scb-v2-config.json' | 'scb-v2-TAB6471-metadata.json' | 'scb-v2-TAB6471-data.json-stat2.json'): Record<string, unknown> =>
  JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Record<string, unknown>;

interface Dim {
  readonly id: string;
  readonly label: string;
  readonly codes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly elimination: boolean;
  readonly note?: readonly string[];
}

/** Codes and labels of riket, the 21 län and the 290 kommuner, in SCB's order (each län before its kommuner). */
function regionDim(): Dim {
  const labels: Record<string, string> = { '00': 'Riket' };
  for (const c of COUNTIES_2024) labels[c.code] = c.name;
  for (const m of MUNICIPALITIES_2024) labels[m.code] = m.name;
  const codes = Object.keys(labels).sort((a, b) => (a === '00' ? -1 : b === '00' ? 1 : a.localeCompare(b)));
  return { id: 'Region', label: 'region', codes, labels, elimination: true };
}

function jsonStat(label: string, tableId: string, dims: readonly Dim[], notes: readonly string[], value?: (coords: Record<string, string>) => number | null): Record<string, unknown> {
  const dimension: Record<string, unknown> = {};
  for (const d of dims) {
    dimension[d.id] = {
      label: d.label,
      ...(d.note ? { note: d.note } : {}),
      category: { index: Object.fromEntries(d.codes.map((c, i) => [c, i])), label: Object.fromEntries(d.codes.map((c) => [c, d.labels[c] ?? c])) },
      extension: { elimination: d.elimination, show: 'value' },
    };
  }
  const values: (number | null)[] = [];
  const status: Record<string, string> = {};
  const walk = (k: number, coords: Record<string, string>) => {
    if (!value) return;
    if (k === dims.length) {
      const v = value(coords);
      if (v === null) status[String(values.length)] = '..';
      values.push(v);
      return;
    }
    const d = dims[k] as Dim;
    for (const c of d.codes) walk(k + 1, { ...coords, [d.id]: c });
  };
  walk(0, {});
  return {
    version: '2.0',
    class: 'dataset',
    label,
    source: 'SCB',
    updated: '2025-02-21T07:00:00Z',
    note: notes,
    role: { time: ['Tid'], metric: ['ContentsCode'] },
    id: dims.map((d) => d.id),
    size: dims.map((d) => d.codes.length),
    dimension,
    extension: { px: { tableid: tableId } },
    value: values,
    ...(Object.keys(status).length > 0 ? { status } : {}),
  };
}

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const same = (codes: readonly string[]) => Object.fromEntries(codes.map((c) => [c, c]));

/** A replayed table: its dimensions and where a cell's figure comes from (null: SCB's ".."). */
interface FakeTable {
  readonly label: string;
  readonly notes: readonly string[];
  readonly dims: readonly Dim[];
  readonly value: (region: string, period: string) => number | null;
}

function figures(rows: readonly { code: string; population: number }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.code, r.population]));
}
const Y2024 = new Map([...figures(MUNICIPALITIES_2024), ...figures(COUNTIES_2024)]);
const Y2025 = figures(MUNICIPALITIES_2025);

export const FAKE_NOTE_638 = 'Replayed test note: figures refer to 31 December of each year.';

export const SCB_FAKE_TABLES: Record<string, FakeTable> = {
  TAB638: {
    label: 'Folkmängden efter region, civilstånd, ålder och kön. År 1968 - 2024',
    notes: [FAKE_NOTE_638],
    dims: [
      regionDim(),
      { id: 'Civilstand', label: 'civilstånd', codes: ['OG', 'G', 'SK', 'ÄNKL'], labels: { OG: 'ogifta', G: 'gifta', SK: 'skilda', ÄNKL: 'änkor/änklingar' }, elimination: true },
      { id: 'Alder', label: 'ålder', codes: ['0', '1', '100+'], labels: { '0': '0 år', '1': '1 år', '100+': '100+ år' }, elimination: true },
      { id: 'Kon', label: 'kön', codes: ['1', '2'], labels: { '1': 'män', '2': 'kvinnor' }, elimination: true },
      { id: 'ContentsCode', label: 'tabellinnehåll', codes: ['BE0101N1', 'BE0101N2'], labels: { BE0101N1: 'Folkmängd', BE0101N2: 'Folkökning' }, elimination: false },
      { id: 'Tid', label: 'år', codes: years(1968, 2024), labels: same(years(1968, 2024)), elimination: false },
    ],
    value: (region, period) => (period === '2024' ? (Y2024.get(region) ?? null) : null),
  },
  TAB1267: {
    // The figures replayed for 1 November are the 31 December ones of 2024 (counties and municipalities)
    // and 2025 (municipalities): a shape test, not SCB's numbers.
    label: 'Folkmängden den 1 november efter region, ålder och kön. År 2002 - 2025',
    notes: ['Replayed test note: population on 1 November.'],
    dims: [
      regionDim(),
      { id: 'Alder', label: 'ålder', codes: ['tot', '0-64', '65+'], labels: { tot: 'totalt ålder', '0-64': '0-64 år', '65+': '65+ år' }, elimination: false },
      { id: 'ContentsCode', label: 'tabellinnehåll', codes: ['BE0101AW'], labels: { BE0101AW: 'Folkmängd 1 november' }, elimination: false },
      { id: 'Tid', label: 'år', codes: years(2002, 2025), labels: same(years(2002, 2025)), elimination: false },
    ],
    value: (region, period) => (period === '2024' ? (Y2024.get(region) ?? null) : period === '2025' ? (Y2025.get(region) ?? null) : null),
  },
};

/** TAB6471 as SCB describes it (real metadata); its data here: December 2025 from the 2025 municipalities, ".." elsewhere. */
function tab6471(): FakeTable {
  const meta = realScb('scb-v2-TAB6471-metadata.json') as { note: string[]; id: string[]; dimension: Record<string, { label: string; category: { index: Record<string, number>; label: Record<string, string> }; extension?: { elimination?: boolean }; note?: string[] }> };
  const dims: Dim[] = meta.id.map((id) => {
    const d = meta.dimension[id]!;
    const codes = Object.entries(d.category.index).sort((a, b) => a[1] - b[1]).map(([c]) => c);
    return { id, label: d.label, codes, labels: d.category.label, elimination: d.extension?.elimination ?? true, ...(d.note ? { note: d.note } : {}) };
  });
  return { label: 'Folkmängden per månad efter region, ålder, kön och månad', notes: meta.note, dims, value: (region, period) => (period === '2025M12' ? (Y2025.get(region) ?? null) : null) };
}

function metadataOf(id: string, t: FakeTable): Record<string, unknown> {
  return jsonStat(t.label, id, t.dims, t.notes);
}

/**
 * json-stat2 for a selection, as PxWebApi v2 answers `valueCodes[Var]=…`: selected variables keep
 * the codes asked for, the others are eliminated (left out of the answer). More cells than
 * maxDataCells is refused, as SCB does.
 */
function dataOf(id: string, t: FakeTable, query: URLSearchParams, maxDataCells: number): ReplayResponse {
  const dims: Dim[] = [];
  for (const d of t.dims) {
    const asked = query.get(`valueCodes[${d.id}]`);
    if (asked === null) {
      if (!d.elimination) return { status: 400, body: { type: 'Parameter error', title: `Mandatory variable ${d.id} missing`, status: 400 } };
      continue;
    }
    const codes = asked.split(',').filter((c) => c !== '');
    const unknown = codes.filter((c) => !d.codes.includes(c));
    if (unknown.length > 0) return { status: 400, body: { type: 'Parameter error', title: `Non-existent value ${unknown[0]} for ${d.id}`, status: 400 } };
    dims.push({ ...d, codes });
  }
  const cells = dims.reduce((n, d) => n * d.codes.length, 1);
  if (cells > maxDataCells) return { status: 403, body: { type: 'Parameter error', title: `Too many cells selected: ${cells} > ${maxDataCells}`, status: 403 } };
  return { body: jsonStat(t.label, id, dims, t.notes, (c) => t.value(c['Region'] ?? '', c['Tid'] ?? '')) };
}

export interface ScbFakeOptions {
  /** /config as served; default SCB's real answer (3 calls a second). */
  readonly config?: Record<string, unknown>;
  /** Tables the search lists, beyond TAB638, TAB1267, TAB6471 and an unrelated one. */
  readonly extraSearchHits?: readonly Record<string, unknown>[];
  /** Where the API lives under the server, default /api/v2. */
  readonly prefix?: string;
}

const searchHit = (id: string, label: string, first: string, last: string, timeUnit: string, variableNames: string[]) => ({
  type: 'Table',
  id,
  label,
  description: '',
  updated: '2026-02-24T07:00:00Z',
  firstPeriod: first,
  lastPeriod: last,
  category: 'public',
  variableNames,
  discontinued: false,
  source: 'SCB',
  subjectCode: 'BE',
  timeUnit,
  paths: [[{ id: 'BE', label: 'Befolkning' }, { id: 'BE0101', label: 'Befolkningsstatistik' }]],
  links: [],
});

export const SCB_SEARCH_HITS = [
  searchHit('TAB638', SCB_FAKE_TABLES['TAB638']!.label, '1968', '2024', 'Annual', ['region', 'civilstånd', 'ålder', 'kön', 'tabellinnehåll', 'år']),
  searchHit('TAB4320', 'Befolkning 16-95+ år efter region, utbildningsnivå, ålder och kön. År 2008 - 2025', '2008', '2025', 'Annual', ['region', 'utbildningsnivå', 'ålder', 'kön', 'tabellinnehåll', 'år']),
  searchHit('TAB1267', SCB_FAKE_TABLES['TAB1267']!.label, '2002', '2025', 'Annual', ['region', 'ålder', 'tabellinnehåll', 'år']),
  searchHit('TAB6471', 'Folkmängden per månad efter region, ålder och kön. Månad 2025M01 - 2026M04', '2025M01', '2026M04', 'Monthly', ['region', 'ålder', 'kön', 'tabellinnehåll', 'månad']),
];

/** Installs SCB's API under `prefix` (default /api/v2): config, tables search, metadata, data. */
export function installScb(server: ReplayServer, options: ScbFakeOptions = {}): string {
  const prefix = options.prefix ?? '/api/v2';
  const config = options.config ?? realScb('scb-v2-config.json');
  const tables: Record<string, FakeTable> = { ...SCB_FAKE_TABLES, TAB6471: tab6471() };
  server.route('GET', `${prefix}/config`, { body: config });
  server.route('GET', `${prefix}/tables`, {
    body: { language: 'sv', tables: [...SCB_SEARCH_HITS, ...(options.extraSearchHits ?? [])], page: { pageNumber: 1, pageSize: 100, totalElements: 4, totalPages: 1, links: [] }, links: [] },
  });
  server.route('GET', new RegExp(`^${prefix}/tables/([^/]+)/metadata$`), (req) => {
    const id = decodeURIComponent(req.path.split('/').at(-2) ?? '');
    const t = tables[id];
    return t ? { body: id === 'TAB6471' ? realScb('scb-v2-TAB6471-metadata.json') : metadataOf(id, t) } : { status: 404, body: { type: 'Parameter error', title: 'Non-existent table', status: 404 } };
  });
  server.route('GET', new RegExp(`^${prefix}/tables/([^/]+)/data$`), (req) => {
    const id = decodeURIComponent(req.path.split('/').at(-2) ?? '');
    const t = tables[id];
    return t ? dataOf(id, t, req.query, Number(config['maxDataCells'] ?? 150000)) : { status: 404, body: { type: 'Parameter error', title: 'Non-existent table', status: 404 } };
  });
  return `${server.url}${prefix}`;
}

/** SCB-shaped metadata for a replayed table, for tests that serve a changed copy (a missing dimension). */
export function scbFakeMetadata(id: keyof typeof SCB_FAKE_TABLES): Record<string, unknown> {
  return metadataOf(id, SCB_FAKE_TABLES[id]!);
}

export interface KoladaFakeOptions {
  /** Figures that differ from SCB's, by Kolada id (`0114`, `0013`). */
  readonly overrides?: Readonly<Record<string, number | null>>;
  /** Values per page, to exercise paging (Kolada's own maximum is 5000). */
  readonly pageSize?: number;
  readonly prefix?: string;
}

/** Kolada v3: /data/kpi/N01951/year/2024 (paged with next_page) and /municipality. Only 2024 has data. */
export function installKolada(server: ReplayServer, options: KoladaFakeOptions = {}): string {
  const prefix = options.prefix ?? '/v3';
  const pageSize = options.pageSize ?? 5000;
  const base = `${server.url}${prefix}`;
  const scb: [string, number][] = [
    ['0000', COUNTIES_2024.reduce((s, c) => s + c.population, 0)],
    ...COUNTIES_2024.map((c): [string, number] => [`00${c.code}`, c.population]),
    ...MUNICIPALITIES_2024.map((m): [string, number] => [m.code, m.population]),
  ];
  const all = scb.map(([id, v]): [string, number | null] => [id, options.overrides && id in options.overrides ? (options.overrides[id] ?? null) : v]);
  const paged = <T,>(items: T[], req: RecordedRequest, path: string) => {
    const page = Number(req.query.get('page') ?? '1');
    const slice = items.slice((page - 1) * pageSize, page * pageSize);
    const more = page * pageSize < items.length;
    return { count: slice.length, values: slice, ...(more ? { next_page: `${server.url}${path}?page=${page + 1}&per_page=${pageSize}` } : {}) };
  };
  server.route('GET', new RegExp(`^${prefix}/data/kpi/N01951/year/(\\d{4})$`), (req) => {
    const year = Number(req.path.split('/').at(-1));
    const values =
      year === 2024
        ? all.map(([id, v]) => ({ kpi: 'N01951', municipality: id, period: 2024, values: [{ count: 1, gender: 'T', status: v === null ? 'Missing' : '', value: v, isdeleted: false }] }))
        : [];
    return { body: paged(values, req, req.path) };
  });
  const names = [
    { id: '0000', title: 'Riket', type: 'L' },
    ...REGION_NAMES.map(([code, , region]) => ({ id: `00${code}`, title: region ?? '', type: 'L' })),
    ...MUNICIPALITIES_2024.map((m) => ({ id: m.code, title: m.name, type: 'K' })),
  ];
  server.route('GET', `${prefix}/municipality`, (req) => ({ body: paged(names, req, req.path) }));
  return base;
}
