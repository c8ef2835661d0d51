import { testPane } from '../../../../tests/support/pane';
import { FakePort } from '../../../../tests/support/fake-port';
import { installScb, MUNICIPALITIES_2025, startReplayServer, type ReplayServer } from '../../../../tests/support/replay-server';
import { FAST_CONFIG } from '../../../../tests/sources/support';
import { getAgreement, type Agreement } from '../../../core/agreements';
import { Dec } from '../../../core/money';
import { agreementState } from './agreement';
import { distribute, refreshPreview } from './distribute';
import { choiceDate } from '../chunks/population';
import { cancelFetch, chooseTable, fetchFromScb, setScbUrl } from './population';
import { start } from './settings';
import type { Pane } from '../pane';

let server: ReplayServer;
let scbUrl: string;
beforeEach(async () => {
  server = await startReplayServer();
  scbUrl = installScb(server, { config: FAST_CONFIG });
});
afterEach(async () => server.close());

/** God och nära vård 2023 with its 1 050 Mkr to kommunerna as a line, as an agreement file would give it. */
function municipalAgreement(): Agreement {
  const a = getAgreement('god-och-nara-vard-2023');
  if (!a.ok) throw new Error('catalog');
  return { ...a.value, areas: [...a.value.areas, { id: 'kommunerna', title: 'Till kommunerna', amount: new Dec(1_050_000_000), source: null, funder: 'state', recipient: { type: 'municipalities' }, key: 'population' }] };
}

function onMunicipalLine(pane: Pane): void {
  pane.set(agreementState(municipalAgreement()));
  refreshPreview(pane);
}

const SHEET = 'Befolkning SCB 2025-11-01';

async function fetchNovember(port = new FakePort()) {
  const t = testPane({ port });
  await start(t.pane);
  await setScbUrl(t.pane, scbUrl);
  await fetchFromScb(t.pane, { kind: '1nov', year: 2025, level: 'kommuner' });
  return t;
}

describe('Befolkningsunderlag › Hämta från SCB', () => {
  it('means the day the choice names', () => {
    expect(choiceDate({ kind: '31dec', year: 2025, level: 'regioner' })).toBe('2025-12-31');
    expect(choiceDate({ kind: '1nov', year: 2025, level: 'kommuner' })).toBe('2025-11-01');
    expect(choiceDate({ kind: 'month', year: 2024, month: 2, level: 'kommuner' })).toBe('2024-02-29');
  });

  it('fetches 1 november 2025 for the municipalities from the SCB address set, stores it as a visible sheet and uses it', async () => {
    const { pane, port } = await fetchNovember();
    expect(pane.state.notices).toEqual([expect.objectContaining({ kind: 'success', text: expect.stringContaining(`Hämtade 290 kommuner från SCB (TAB1267, 2025-11-01) och sparade dem på bladet ${SHEET}`) })]);
    expect(port.sheets.find((s) => s.name === SHEET)).toMatchObject({ planId: 'population:scb:kommuner:2025-11-01' });
    expect(pane.state.settings).toMatchObject({ scbUrl, municipalPopulation: { kind: 'sheet', sheet: SHEET } });
    expect(port.settings.get('bidragskollen.settings')).toBeDefined();
    expect(server.requests.some((r) => r.path.endsWith('/tables/TAB1267/data'))).toBe(true);
    expect(pane.state.fetching).toBeUndefined();
    expect(pane.state.busy).toBeUndefined();
  });

  it('distributes a municipal line over the fetched table to the krona, and the audit names the sheet, SCB’s table and URL', async () => {
    const { pane, port } = await fetchNovember();
    onMunicipalLine(pane);
    const d = pane.state.preview;
    expect(d?.rows).toHaveLength(290);
    expect(d?.total.toFixed()).toBe('1050000000');
    expect(d?.rows.find((r) => r.id === '0114')?.weight.toFixed()).toBe(String(MUNICIPALITIES_2025.find((m) => m.code === '0114')?.population));
    expect(d?.source).toMatchObject({ kind: 'population', publisher: 'SCB', referenceDate: '2025-11-01' });
    expect(d?.source?.description).toContain('TAB1267');
    expect(d?.source?.description).toContain(`bladet ${SHEET}`);
    expect(d?.source?.description).toContain(`${scbUrl}/tables/TAB1267/data`);
    await distribute(pane);
    const plan = port.sheets.at(-1)?.plan;
    expect(plan?.id).toBe('distribution:god-och-nara-vard-2023:kommunerna');
    expect(plan?.audit).toContain('TAB1267');
    expect(plan?.audit).toContain(SHEET);
  });

  it('works offline afterwards: a new session reads the stored sheet back at start and distributes over it', async () => {
    const first = await fetchNovember();
    await server.close();
    const port = new FakePort();
    port.sheets = first.port.sheets;
    for (const [k, v] of first.port.settings) port.settings.set(k, v);
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.storedTables?.map((t) => [t.sheet, t.level])).toEqual([[SHEET, 'kommuner']]);
    onMunicipalLine(pane);
    expect(pane.state.preview?.total.toFixed()).toBe('1050000000');
    expect(pane.state.preview?.source?.description).toContain(`bladet ${SHEET}`);
    server = await startReplayServer();
  });

  it('offline or blocked: says so and what still works, stores nothing and keeps the table in use', async () => {
    const { pane, port } = testPane();
    await start(pane);
    const offline = (() => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }))) as unknown as typeof fetch;
    await fetchFromScb(pane, { kind: '31dec', year: 2025, level: 'kommuner' }, offline);
    const texts = pane.state.notices.map((n) => n.text).join('\n');
    expect(pane.state.notices[0]?.kind).toBe('error');
    expect(texts).toContain('Kunde inte nå SCB');
    expect(texts).toContain('Utan SCB fungerar: de inbyggda tabellerna');
    expect(texts).toContain('ett markerat område');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1']);
    expect(pane.state.settings.municipalPopulation).toBeUndefined();
    expect(pane.state.fetching).toBeUndefined();
  });

  it('Avbryt stops a fetch that hangs; nothing is stored', async () => {
    server.route('GET', /\/tables\/TAB1267\/data$/, { hang: true });
    const { pane, port } = testPane();
    await start(pane);
    await setScbUrl(pane, scbUrl);
    const run = fetchFromScb(pane, { kind: '1nov', year: 2025, level: 'kommuner' });
    await new Promise((r) => setTimeout(r, 300));
    expect(pane.state.fetching?.step).toContain('Hämtar befolkning 2025-11-01');
    cancelFetch();
    await run;
    expect(pane.state.notices[0]?.kind).toBe('error');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1']);
    expect(pane.state.fetching).toBeUndefined();
  });

  it('chooses among the built-in tables per level; a bad SCB address is refused with a message', async () => {
    const { pane } = testPane();
    await start(pane);
    onMunicipalLine(pane);
    await chooseTable(pane, 'kommuner', 'builtin:scb-kommuner-2025-12-31');
    expect(pane.state.preview?.source?.referenceDate).toBe('2025-12-31');
    await chooseTable(pane, 'regioner', 'builtin:scb-lan-2024-12-31');
    expect(pane.state.settings.population).toEqual({ kind: 'builtin', table: 'scb-lan-2024-12-31' });
    await setScbUrl(pane, 'inte en adress');
    expect(pane.state.notices[0]).toMatchObject({ kind: 'error' });
    expect(pane.state.settings.scbUrl).toBeUndefined();
  });
});
