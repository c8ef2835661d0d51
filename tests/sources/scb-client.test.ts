/** The SCB client end to end over real HTTP, against the replay server on 127.0.0.1. */
import { ScbClient, type PopulationTable } from '../../src/core/sources';
import { installScb, MUNICIPALITIES_2024, MUNICIPALITIES_2025, scbFakeMetadata, startReplayServer, FAKE_NOTE_638, type ReplayServer } from '../support/replay-server';
import { day, env, FAST_CONFIG, FETCHED_AT, virtualClock } from './support';

let server: ReplayServer;
afterEach(async () => server.close());

async function scb(options: Parameters<typeof installScb>[1] = { config: FAST_CONFIG }) {
  server = await startReplayServer();
  return installScb(server, options);
}

const dataRequests = () => server.requests.filter((r) => r.path.endsWith('/data'));

function expectOk<T>(r: { ok: true; value: T } | { ok: false; issues: readonly { code: string; message: string }[] }): T {
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code}: ${i.message}`).join('\n'));
  return r.value;
}

describe('ScbClient against the replayed PxWebApi v2', () => {
  it('finds TAB638 through the search, reads its metadata and fetches 31 Dec 2024 by municipality', async () => {
    const base = await scb();
    const t: PopulationTable = expectOk(await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'kommuner' }));
    expect(t.level).toBe('kommuner');
    expect(t.rows).toHaveLength(290);
    expect(t.rows.reduce((s, r) => s + r.population, 0)).toBe(10587710);
    expect(t.rows[0]).toEqual({ code: '0114', name: 'Upplands Väsby', population: 50323 });
    expect(t.source).toMatchObject({ provider: 'SCB', tableId: 'TAB638', referenceDate: '2024-12-31', fetchedAt: FETCHED_AT, notes: [FAKE_NOTE_638] });
    expect(t.source.url).toMatch(/\/tables\/TAB638\/data\?lang=sv&outputFormat=json-stat2&valueCodes\[Region\]=0114,0115,/);
    expect(server.requests.map((r) => r.path.replace(base.replace(server.url, ''), ''))).toEqual(['/config', '/tables', '/tables/TAB638/metadata', '/tables/TAB638/data']);
    expect(server.requests[1]?.query.get('query')).toBe('folkmängd region');
    const q = dataRequests()[0]!.query;
    expect([q.get('valueCodes[ContentsCode]'), q.get('valueCodes[Tid]'), q.get('valueCodes[Alder]'), q.get('valueCodes[Kon]')]).toEqual(['BE0101N1', '2024', null, null]);
  });

  it('takes 31 Dec 2025 from TAB6471 (December), with the age total and SCB\'s own notes', async () => {
    const base = await scb();
    const t = expectOk(await new ScbClient(env(), base).fetchPopulation({ date: day('2025-12-31'), level: 'kommuner' }));
    expect(t.source.tableId).toBe('TAB6471');
    expect(t.rows.map((r) => [r.code, r.population])).toEqual(MUNICIPALITIES_2025.map((m) => [m.code, m.population]));
    expect(t.source.notes[0]).toContain('Cell Key Method (CKM)');
    const q = dataRequests()[0]!.query;
    expect([q.get('valueCodes[Alder]'), q.get('valueCodes[Tid]'), q.get('valueCodes[Kon]')]).toEqual(['TotSA', '2025M12', null]);
  });

  it('uses a successor the search lists first, and moves on when its metadata is not there', async () => {
    const successor = { id: 'TABTEST1', label: 'Folkmängden efter region, ålder och kön. År 2025 - 2025', firstPeriod: '2025', lastPeriod: '2025', timeUnit: 'Annual', variableNames: ['region', 'ålder', 'kön', 'tabellinnehåll', 'år'] };
    const base = await scb({ config: FAST_CONFIG, extraSearchHits: [successor] });
    const t = expectOk(await new ScbClient(env(), base).fetchPopulation({ date: day('2025-12-31'), level: 'kommuner' }));
    expect(server.requests.filter((r) => r.path.endsWith('/metadata')).map((r) => r.path.split('/').at(-2))).toEqual(['TABTEST1', 'TAB6471']);
    expect(t.source.tableId).toBe('TAB6471');
  });

  it('fetches 1 November from TAB1267 by county, picking the total of a variable that cannot be left out', async () => {
    const base = await scb();
    const t = expectOk(await new ScbClient(env(), base).fetchPopulation({ date: day('2024-11-01'), level: 'regioner' }));
    expect(t.source.tableId).toBe('TAB1267');
    expect(t.rows).toHaveLength(21);
    expect(t.rows.find((r) => r.code === '13')).toEqual({ code: '13', name: 'Hallands län', population: 345074 });
    expect(dataRequests()[0]!.query.get('valueCodes[Alder]')).toBe('tot');
  });

  it('works against a mirror without /config and /tables: SCB\'s published limits and the known ids', async () => {
    const base = await scb();
    server.route('GET', /\/(config|tables)$/, { status: 404, body: { title: 'Not found', status: 404 } });
    const t = expectOk(await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' }));
    expect(t.source.tableId).toBe('TAB638');
    expect(t.rows).toHaveLength(21);
  });

  it('reports progress and stops when cancelled', async () => {
    const base = await scb();
    const steps: string[] = [];
    let cancel = false;
    const e = { ...env(), onProgress: (s: { what: string }) => { steps.push(s.what); cancel = s.what.startsWith('data'); }, isCancelled: () => cancel };
    const r = await new ScbClient(e, base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(steps).toEqual(['metadata TAB638', 'data TAB638']);
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_ABORTED');
    expect(dataRequests()).toHaveLength(0);
  });

  it('answers an unknown date with the dates each table has', async () => {
    const base = await scb();
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2030-12-31'), level: 'kommuner' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('SCB_UNKNOWN_PERIOD');
    expect(r.issues[0]?.message).toContain('SCB:s tabeller TAB6471, TAB638 har inga uppgifter för 2030-12-31 (31 december)');
    expect(r.issues[0]?.message).toContain('2025-12-31 (TAB6471)');
    expect(r.issues[0]?.message).toContain('1968-12-31 … 2024-12-31 (57 datum) (TAB638)');
    expect(dataRequests()).toHaveLength(0);
  });

  it("reports SCB's '..' as a missing figure, never a zero", async () => {
    const base = await scb();
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2025-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('VALUE_MISSING');
    expect(!r.ok && r.issues[0]?.message).toContain('(SCB:s tecken ..)');
  });

  it('splits the regions so that no call asks for more cells than /config allows', async () => {
    const base = await scb({ config: { ...FAST_CONFIG, maxDataCells: 100 } });
    const t = expectOk(await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'kommuner' }));
    expect(dataRequests().map((r) => r.query.get('valueCodes[Region]')!.split(',').length)).toEqual([100, 100, 90]);
    expect(t.rows.map((r) => r.code)).toEqual(MUNICIPALITIES_2024.map((m) => m.code));
  });

  it("keeps to SCB's real call limit from /config (3 calls a second) by waiting, not by earning 429s", async () => {
    const base = await scb({});
    const clock = virtualClock();
    expectOk(await new ScbClient(env({ clock }), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' }));
    expect(server.requests).toHaveLength(4);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('waits as Retry-After says on a 429, then the window from /config, and succeeds', async () => {
    const base = await scb();
    server.route('GET', /\/tables\/TAB638\/data$/, [{ status: 429, headers: { 'Retry-After': '2' }, body: { title: 'Too many requests' } }, { status: 429, body: { title: 'Too many requests' } }, { pass: true }]);
    const clock = virtualClock();
    const t = expectOk(await new ScbClient(env({ clock }), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' }));
    expect(t.rows).toHaveLength(21);
    expect(clock.sleeps).toEqual([2000, 1000]);
    expect(dataRequests()).toHaveLength(3);
  });

  it('gives up after a bounded number of 429s with a message that says so', async () => {
    const base = await scb();
    server.route('GET', /\/tables\/TAB638\/data$/, { status: 429, body: { title: 'Too many requests' } });
    const clock = virtualClock();
    const r = await new ScbClient(env({ clock }), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_RATE_LIMITED');
    expect(!r.ok && r.issues[0]?.message).toContain('4 försök');
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(dataRequests()).toHaveLength(4);
  });

  it('says SCB is down on a 500, and what still works', async () => {
    const base = await scb();
    server.route('GET', /\/config$/, { status: 500, body: 'Internal Server Error' });
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_SERVER_ERROR');
    expect(!r.ok && r.issues[0]?.message).toMatch(/HTTP 500.*de inbyggda befolkningstabellerna.*egen tabell/);
    expect(server.requests).toHaveLength(1);
  });

  it('times out a hung server', async () => {
    const base = await scb();
    server.route('GET', /\/metadata$/, { hang: true });
    const started = Date.now();
    const r = await new ScbClient(env({ timeoutMs: 300 }), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('says an answer that is not JSON cannot be read', async () => {
    const base = await scb();
    server.route('GET', /\/data$/, { body: '{"version":"2.0","class":"dataset",' });
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_BAD_JSON');
  });

  it.each([
    ['a 403 web page', { status: 403, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Blocked by policy</body></html>' }],
  ])('recognises a proxy that blocks the call (%s; 407 is in units, fetch hides it)', async (_what, answer) => {
    const base = await scb();
    server.route('GET', /\/config$/, answer);
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_PROXY');
    expect(!r.ok && r.issues[0]?.message).toContain('proxy eller brandvägg');
  });

  it('refuses a table whose region dimension is missing', async () => {
    const base = await scb();
    const meta = scbFakeMetadata('TAB638') as { id: string[]; size: number[]; dimension: Record<string, unknown> };
    const { Region: _gone, ...rest } = meta.dimension;
    server.route('GET', /\/tables\/TAB638\/metadata$/, { body: { ...meta, id: meta.id.slice(1), size: meta.size.slice(1), dimension: rest } });
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(!r.ok && r.issues[0]?.code).toBe('SCB_MISSING_DIMENSION');
    expect(!r.ok && r.issues[0]?.message).toContain('saknar dimensionen Region');
  });

  it('says when SCB cannot be reached at all (nothing listens)', async () => {
    const base = await scb();
    await server.close();
    const r = await new ScbClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    server = await startReplayServer();
    expect(!r.ok && r.issues[0]?.code).toBe('SOURCE_OFFLINE');
    expect(!r.ok && r.issues[0]?.message).toContain('ECONNREFUSED');
  });
});

describe('the replay server, for a browser', () => {
  it('answers a CORS preflight and puts Access-Control-Allow-Origin on every answer', async () => {
    const base = await scb();
    const pre = await fetch(`${base}/tables/TAB638/data`, { method: 'OPTIONS', headers: { Origin: 'https://localhost:3000', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'accept' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('GET');
    expect(pre.headers.get('access-control-allow-headers')).toBe('accept');
    const get = await fetch(`${base}/config`, { headers: { Origin: 'https://localhost:3000' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
    expect(get.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});
