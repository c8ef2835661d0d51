/**
 * The built task pane in headless Chromium with the fake Excel host (tests/taskpane/fake-host.ts):
 * a local server for the build, the add-in's base URL answered from the build folder, the Office.js
 * CDN stubbed out. Shared by the pane's browser tests.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { ADDIN_DIST } from './addin-dist';
import { fakeHostScript } from './chromium';
import type { FakeWorkbook } from './fake-excel';

export const CDN = 'https://appsforoffice.microsoft.com/**';
const DEV_ADDIN_BASE = 'https://localhost:3000';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

export interface HostOptions {
  displayLanguage?: string;
  settings?: Record<string, unknown>;
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
  readyAfterMs?: number;
}

export interface PaneServer {
  readonly base: string;
  close(): Promise<void>;
}

/** Serves the build folder on 127.0.0.1. */
export async function startPaneServer(): Promise<PaneServer> {
  const server: Server = createServer((req, res) => {
    const file = join(ADDIN_DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(ADDIN_DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The build names its scripts under the add-in's base URL (the dev server's when unset); answer for it from the build folder. */
export async function serveBuildAtAddinBase(page: Page): Promise<void> {
  await page.route(`${DEV_ADDIN_BASE}/**`, (route) => {
    const file = join(ADDIN_DIST, decodeURIComponent(new URL(route.request().url()).pathname));
    if (!file.startsWith(ADDIN_DIST) || !existsSync(file)) return route.fulfill({ status: 404 });
    // CORS as the dev server sends it: pdf.js loads its worker as a module, which a page on another origin (this test's) may only do with it.
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', headers: { 'access-control-allow-origin': '*' }, body: readFileSync(file) });
  });
}

let hostScript: string | undefined;

/** A new context and page with the pane open in the fake Excel host, loaded and idle. */
export async function openInExcel(browser: Browser, base: string, host: HostOptions = {}, context: BrowserContextOptions = {}, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 380, height: 900 }, acceptDownloads: true, ...context })).newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await serveBuildAtAddinBase(page);
  await page.route(CDN, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js stubbed by the test */' }));
  await page.addInitScript(`window.__host = ${JSON.stringify(host)};`);
  await page.addInitScript((hostScript ??= fakeHostScript()));
  await before?.(page);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForSelector('#agreement');
  await page.waitForFunction(() => !document.querySelector('.progress'));
  return page;
}

/** Reads the fake workbook in the page. */
export const workbook = <T>(page: Page, read: (wb: FakeWorkbook) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.__workbook)`) as Promise<T>;

/** Opens a screen as a user does: its tab when it is on the row, else through "Mer". */
export async function openTab(page: Page, screen: string): Promise<void> {
  if (await page.isVisible(`#tab-${screen}`)) await page.click(`#tab-${screen}`);
  else {
    await page.click('#tab-more');
    await page.click(`#menu-${screen}`);
  }
  await page.waitForSelector(`#screen-${screen}`);
}

/**
 * SKR's published 2024 table (../shared/published-tables) pasted down column A of Blad1 as Excel
 * pastes text from a web page, one line a cell (the corpus's "# source" line is not the page's),
 * and the whole column selected.
 */
export async function pasteSkrTable(page: Page): Promise<void> {
  const text = readFileSync(resolve(__dirname, '..', '..', '..', 'shared', 'published-tables', 'skr-kvinnors-halsa-fordelning-2024.txt'), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => !l.startsWith('# source:'));
  await page.evaluate((ls) => {
    const wb = (window as unknown as { __workbook: FakeWorkbook }).__workbook;
    const sheet = wb.sheet('Blad1')!;
    ls.forEach((l, i) => l !== '' && sheet.cells.set(`A${i + 1}`, { input: l, numberFormat: 'General' }));
    wb.selection = { sheet: 'Blad1', address: 'A:A' };
  }, lines);
}
