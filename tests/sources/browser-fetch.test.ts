/**
 * The pane will fetch from SCB in the browser: the core client and the fetch adapter, bundled and
 * run in headless Chromium on one origin against the replay server on another, so CORS (and a
 * preflight) is exercised as Excel's browser would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium';
import type { Browser } from 'playwright-core';
import { COUNTIES_2024, installScb, startReplayServer, type ReplayServer } from '../support/replay-server';
import { FAST_CONFIG } from './support';

if (!hasChromium && process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}.`);
if (!hasChromium) console.warn(`Chromium is not installed at ${CHROMIUM}: skipping the browser fetch test.`);
const describeInBrowser = hasChromium ? describe : describe.skip;

jest.setTimeout(60_000);

let browser: Browser;
let page: Server;
let pageUrl: string;
let api: ReplayServer;
let scbUrl: string;

beforeAll(async () => {
  if (!hasChromium) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const script = esbuild.buildSync({ entryPoints: [join(__dirname, 'browser-entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020' }).outputFiles[0]!.text;
  page = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><meta charset="utf-8"><script>${script}</script>`));
  await new Promise<void>((ok) => page.listen(0, '127.0.0.1', ok));
  // "localhost" and "127.0.0.1" are different origins: every call below is cross-origin.
  pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
  api = await startReplayServer();
  scbUrl = installScb(api, { config: FAST_CONFIG });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  if (page) await new Promise((ok) => page.close(ok));
});

describeInBrowser('SCB from a browser page on another origin', () => {
  it('fetches the counties through the core client, and a preflighted request passes too', async () => {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    const result = (await tab.evaluate((base) => (globalThis as unknown as { bk: { fetchCounties(b: string): Promise<unknown> } }).bk.fetchCounties(base), scbUrl)) as {
      ok: boolean;
      value?: { rows: { code: string; population: number }[]; source: { tableId: string } };
    };
    expect(result.ok).toBe(true);
    expect(result.value?.source.tableId).toBe('TAB638');
    expect(result.value?.rows.map((r) => [r.code, r.population])).toEqual(COUNTIES_2024.map((c) => [c.code, c.population]));

    const status = await tab.evaluate(async (url) => (await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Test': '1' }, body: '{}' })).status, `${scbUrl}/tables/TAB638/data`);
    expect(status).toBe(404); // no POST route: what matters is that the browser let the answer through
    expect(api.preflights.map((p) => [p.path, p.headers['access-control-request-method']])).toEqual([['/api/v2/tables/TAB638/data', 'POST']]);
    await tab.close();
  });
});
