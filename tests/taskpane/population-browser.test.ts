/**
 * "1 november 2025, kommuner" in the built pane in headless Chromium: the pane fetches from the
 * replay server on 127.0.0.1 (another origin: CORS as in Excel's browser), stores the table as a
 * sheet through the real Office.js port over the fake Excel host, and distributes a municipal line
 * over it to the krona; then, with SCB unreachable, says so and still distributes from the sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium';
import type { Browser, Page } from 'playwright-core';
import { installScb, startReplayServer, type ReplayServer } from '../support/replay-server';
import { FAST_CONFIG } from '../sources/support';
import { openInExcel as open, openTab, startPaneServer, workbook, type PaneServer } from '../support/pane-browser';

if (!hasChromium && process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}.`);
const describeInBrowser = hasChromium ? describe : describe.skip;
const SHEET = 'Befolkning SCB 2025-11-01';

jest.setTimeout(90_000);

let browser: Browser;
let server: PaneServer;
let base: string;
let api: ReplayServer;
let scbUrl: string;

beforeAll(async () => {
  if (!hasChromium) return;
  server = await startPaneServer();
  base = server.base;
  api = await startReplayServer();
  scbUrl = installScb(api, { config: FAST_CONFIG });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await server?.close();
});

const openInExcel = (): Promise<Page> => open(browser, base);

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
    await openTab(page, 'settings');
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
    await openTab(page, 'distribute');
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
    await openTab(page, 'settings');
    await page.selectOption('#scb-kind', '31dec');
    await page.click('#scb-fetch-button');
    await page.waitForSelector('.notice.error');
    const text = (await notices(page)).join('\n');
    expect(text).toContain('Kunde inte nå SCB');
    expect(text).toContain('Utan SCB fungerar');
    expect(text).toContain(SHEET);
    await openTab(page, 'distribute');
    await page.selectOption('#line', 'kommunerna');
    expect(await totalRow(page)).toBe('Totalt 1 050 000 000');
  });
});
