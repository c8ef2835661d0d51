/**
 * "1 november 2025, kommuner" in the built pane in headless Chromium: the pane fetches from the
 * replay server on 127.0.0.1 (another origin: CORS as in Excel's browser), stores the table as a
 * sheet through the real Office.js port over the fake Excel host, and distributes a municipal line
 * over it to the krona; then, with SCB unreachable, says so and still distributes from the sheet.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium';
import type { Browser, Page } from 'playwright-core';
import { ADDIN_DIST } from '../support/addin-dist';
import type { FakeWorkbook } from '../support/fake-excel';
import { installScb, startReplayServer, type ReplayServer } from '../support/replay-server';
import { FAST_CONFIG } from '../sources/support';

if (!hasChromium && process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}.`);
const describeInBrowser = hasChromium ? describe : describe.skip;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };
const SHEET = 'Befolkning SCB 2025-11-01';

jest.setTimeout(90_000);

let browser: Browser;
let server: Server;
let base: string;
let fakeHost: string;
let api: ReplayServer;
let scbUrl: string;

beforeAll(async () => {
  if (!hasChromium) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  fakeHost = esbuild.buildSync({ entryPoints: [join(__dirname, 'fake-host.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020' }).outputFiles[0]!.text;
  const serve = (path: string) => {
    const file = join(ADDIN_DIST, decodeURIComponent(path));
    return file.startsWith(ADDIN_DIST) && existsSync(file) ? { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) } : undefined;
  };
  server = createServer((req, res) => {
    const f = serve(new URL(req.url ?? '/', 'http://x').pathname);
    if (f) res.writeHead(200, { 'content-type': f.type }).end(f.body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api = await startReplayServer();
  scbUrl = installScb(api, { config: FAST_CONFIG });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  if (server) await new Promise((ok) => server.close(ok));
});

async function openInExcel(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 380, height: 900 } })).newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.route('https://localhost:3000/**', (route) => {
    const file = join(ADDIN_DIST, decodeURIComponent(new URL(route.request().url()).pathname));
    if (!file.startsWith(ADDIN_DIST) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js stubbed */' }));
  await page.addInitScript('window.__host = {};');
  await page.addInitScript(fakeHost);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('#agreement');
  await page.waitForFunction(() => !document.querySelector('.progress'));
  return page;
}

const workbook = <T>(page: Page, read: (wb: FakeWorkbook) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.__workbook)`) as Promise<T>;

/** God och nära vård 2023 with its 1 050 Mkr to kommunerna as a line, opened as an agreement file. */
function agreementFile(): Buffer {
  const catalog = JSON.parse(readFileSync(join(__dirname, '../../src/core/agreements/catalog/god-och-nara-vard-2023.json'), 'utf8')) as { areas: unknown[] };
  const quote = { where: 'God och nära vård 2023', quote: 'respektive 1 050 miljoner till kommunerna' };
  const area = { id: 'kommunerna', title: 'Till kommunerna', amount: '1050000000', source: quote, funder: 'state', recipient: { type: 'municipalities' }, key: 'population' };
  return Buffer.from(JSON.stringify({ ...catalog, areasComplete: false, areas: [...catalog.areas, area] }));
}

/** The preview's total row, with Swedish thousands spaces (no-break) as plain spaces. */
const totalRow = async (page: Page) => ((await page.textContent('#screen-distribute tr.total')) ?? '').replace(/^Totalt/, 'Totalt ').replace(/\s/g, ' ');

const notices = (page: Page) => page.$$eval('.notice p', (ps) => ps.map((p) => p.textContent ?? ''));

describeInBrowser('Befolkningsunderlag in the pane: SCB 1 november 2025, kommuner', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInExcel();
  });
  afterAll(() => page.context().close());

  it('fetches from SCB (the address set in the pane), stores the table as a visible sheet and uses it', async () => {
    await page.click('#tab-settings');
    await page.fill('#scb-url', scbUrl);
    await page.dispatchEvent('#scb-url', 'change');
    await page.selectOption('#scb-kind', '1nov');
    await page.fill('#scb-year', '2025');
    await page.selectOption('#scb-level', 'kommuner');
    await page.click('#scb-fetch-button');
    await page.waitForSelector('.notice.success');
    expect((await notices(page))[0]).toContain(`Hämtade 290 kommuner från SCB (TAB1267, 2025-11-01) och sparade dem på bladet ${SHEET}`);
    expect(await workbook(page, (wb) => wb.sheets.map((s) => s.name))).toContain(SHEET);
    expect(await page.$eval('#population-kommuner', (s) => (s as HTMLSelectElement).value)).toBe(`sheet:${SHEET}`);
  });

  it('distributes a municipal line over it to the krona, grouped per county, and writes the distribution sheet', async () => {
    await page.setInputFiles('#agreement-file', { name: 'god-och-nara-kommuner.json', mimeType: 'application/json', buffer: agreementFile() });
    await page.waitForSelector('.notice.success');
    await page.click('#tab-distribute');
    await page.selectOption('#line', 'kommunerna');
    await page.waitForSelector('#screen-distribute tr.group');
    expect(await page.$$eval('#screen-distribute tr.group', (rows) => rows.length)).toBe(21);
    expect(await page.textContent('#screen-distribute .card .muted')).toContain(`bladet ${SHEET}`);
    expect(await totalRow(page)).toBe('Totalt 1 050 000 000');
    await page.click('#do-distribute');
    await page.waitForSelector('.notice.success');
    expect(await workbook(page, (wb) => wb.sheets.map((s) => s.name))).toContain('Fördelning');
  });

  it('with SCB unreachable: says so and what still works, and still distributes from the stored sheet', async () => {
    await page.route(`${scbUrl}/**`, (route) => route.abort('internetdisconnected'));
    await page.click('#tab-settings');
    await page.selectOption('#scb-kind', '31dec');
    await page.click('#scb-fetch-button');
    await page.waitForSelector('.notice.error');
    const text = (await notices(page)).join('\n');
    expect(text).toContain('Kunde inte nå SCB');
    expect(text).toContain('Utan SCB fungerar');
    expect(text).toContain(SHEET);
    await page.click('#tab-distribute');
    await page.selectOption('#line', 'kommunerna');
    expect(await totalRow(page)).toBe('Totalt 1 050 000 000');
  });
});
