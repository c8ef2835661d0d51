/** Kolada v3 end to end against the replay server, and the cross-check with SCB. */
import { KoladaClient, ScbClient, comparePopulationTables } from '../../src/core/sources';
import { COUNTIES_2024, MUNICIPALITIES_2024, installKolada, installScb, startReplayServer, type ReplayServer } from '../support/replay-server';
import { day, env, FAST_CONFIG } from './support';

let server: ReplayServer;
beforeEach(async () => {
  server = await startReplayServer();
});
afterEach(async () => server.close());

describe('KoladaClient (N01951)', () => {
  it('pages through the municipalities and names them', async () => {
    const base = installKolada(server, { pageSize: 100 });
    const r = await new KoladaClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'kommuner' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows.map((x) => [x.code, x.name, x.population])).toEqual(MUNICIPALITIES_2024.map((m) => [m.code, m.name, m.population]));
    expect(r.value.source).toMatchObject({ provider: 'Kolada', tableId: 'N01951', referenceDate: '2024-12-31' });
    expect(server.requests.filter((q) => q.path.includes('/data/')).map((q) => q.query.get('page'))).toEqual(['1', '2', '3', '4']);
  });

  it('gives regions by their county code (Kolada 0013 → 13)', async () => {
    const base = installKolada(server);
    const r = await new KoladaClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'regioner' });
    expect(r.ok && r.value.rows.map((x) => [x.code, x.population])).toEqual(COUNTIES_2024.map((c) => [c.code, c.population]));
    expect(r.ok && r.value.rows.find((x) => x.code === '13')?.name).toBe('Region Halland');
  });

  it('says when a year has no figures yet, and that only 31 December exists', async () => {
    const base = installKolada(server);
    const none = await new KoladaClient(env(), base).fetchPopulation({ date: day('2025-12-31'), level: 'kommuner' });
    expect(!none.ok && none.issues[0]?.code).toBe('KOLADA_NO_DATA');
    const nov = await new KoladaClient(env(), base).fetchPopulation({ date: day('2024-11-01'), level: 'kommuner' });
    expect(!nov.ok && nov.issues[0]?.code).toBe('KOLADA_ONLY_31DEC');
  });

  it('refuses a missing figure', async () => {
    const base = installKolada(server, { overrides: { '0114': null } });
    const r = await new KoladaClient(env(), base).fetchPopulation({ date: day('2024-12-31'), level: 'kommuner' });
    expect(!r.ok && r.issues[0]?.code).toBe('VALUE_MISSING');
  });
});

describe('SCB against Kolada for the same date', () => {
  it('lists where they differ', async () => {
    const scbBase = installScb(server, { config: FAST_CONFIG });
    const koladaBase = installKolada(server, { overrides: { '0114': 50000 } });
    const a = await new ScbClient(env(), scbBase).fetchPopulation({ date: day('2024-12-31'), level: 'kommuner' });
    const b = await new KoladaClient(env(), koladaBase).fetchPopulation({ date: day('2024-12-31'), level: 'kommuner' });
    if (!a.ok || !b.ok) throw new Error('fetch failed');
    expect(comparePopulationTables(a.value, b.value).differences).toEqual([{ kind: 'value', code: '0114', name: 'Upplands Väsby', a: 50323, b: 50000, difference: -323 }]);
  });
});
