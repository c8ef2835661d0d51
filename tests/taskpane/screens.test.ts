/**
 * Every screen of the built pane at the widths of Excel's task pane (270 px on Mac, 320 on Windows,
 * 350 on the web; 640 px high), in Office's light and dark themes as the pane follows them through
 * the fake host: a screenshot compared with its golden in tests/golden/pane/, and the layout checked
 * at each width (the main action in view without scrolling, nothing wider than the pane, no scroll
 * box inside the scrolling pane, no amount broken over two lines).
 *
 * Deterministic by construction: one fixed clock and time zone, only the fonts of
 * tests/support/fonts.conf (DejaVu, from Debian's fonts-dejavu-core), animations and the caret off.
 * `npm run golden` (UPDATE_GOLDEN=1) rewrites the goldens; review them before committing. On a
 * mismatch the test writes the actual image and a diff into .tmp/golden-pane/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium';
import { CDN, openInExcel, openTab, pasteSkrTable, serveBuildAtAddinBase, startPaneServer, workbook, type HostOptions, type PaneServer } from '../support/pane-browser';

if (!hasChromium && process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}.`);
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
if (hasChromium && !existsSync(DEJAVU)) throw new Error(`The screenshot goldens are drawn with DejaVu Sans (${DEJAVU}): apt-get install -y fonts-dejavu-core (.ci/run does).`);
const describeInBrowser = hasChromium ? describe : describe.skip;

const ROOT = resolve(__dirname, '..', '..');
const GOLDEN = join(ROOT, 'tests', 'golden', 'pane');
const OUT = join(ROOT, '.tmp', 'golden-pane');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const WIDTHS = [270, 320, 350] as const;
const HEIGHT = 640;
/**
 * Tolerance: a pixel differs when pixelmatch's colour distance is over 0.1 (its default; anti-aliased
 * edges are not counted), and an image may differ in at most 0.1 % of its pixels (about 200 of
 * 320 × 640): room for a glyph's edge drawn differently by another build of the same Chromium, far
 * below what a moved element costs (a 2 px shift of the pane's content changes several per cent).
 */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;
/** The day the screens are photographed on (deadlines count days from it), in Sweden's time. */
const NOW = new Date('2024-03-12T10:00:00+01:00');
const SEED = readFileSync(resolve(ROOT, '..', 'shared', 'seeds', '000_6d1cf6cedc0d2a94.txt'), 'utf8');

type Theme = 'light' | 'dark';
/** `Office.context.officeTheme` as desktop Excel reports its white and its dark grey theme. */
const OFFICE_THEME: Record<Theme, NonNullable<HostOptions['officeTheme']>> = {
  light: { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000', controlBackgroundColor: '#FFFFFF', controlForegroundColor: '#262626' },
  dark: { bodyBackgroundColor: '#292929', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#1F1F1F', controlForegroundColor: '#FFFFFF' },
};

jest.setTimeout(240_000);

let browser: Browser;
let server: PaneServer;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(OUT, { recursive: true });
  mkdirSync(GOLDEN, { recursive: true });
  server = await startPaneServer();
  browser = await launchChromium({ forGoldens: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const context = (theme: Theme) => ({ viewport: { width: WIDTHS[0], height: HEIGHT }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', colorScheme: theme, reducedMotion: 'reduce' as const });
const fixClock = (page: Page) => page.clock.setFixedTime(NOW);
const open = (theme: Theme, host: HostOptions = {}) => openInExcel(browser, server.base, { officeTheme: OFFICE_THEME[theme], ...host }, context(theme), fixClock);

/** Goes to a screen as a user does, by its tab on the row or through "Mer". */
async function goTo(page: Page, screen: string): Promise<void> {
  await openTab(page, screen);
  await idle(page);
}

const idle = (page: Page) => page.waitForFunction(() => !document.querySelector('.progress'));

/** After a resize: fonts loaded, the ResizeObserver's layout done, two frames drawn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  });
}

/** What is wrong with the layout now, as sentences (empty when nothing is). Runs in the page. */
function layoutProblems(mainAction: string | null): string[] {
  const problems: string[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const hiddenAway = (el: Element) => el.closest('.visually-hidden, [hidden]') !== null;
  if (document.documentElement.scrollWidth > vw) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${vw}`);
  for (const el of document.querySelectorAll('body *')) {
    if (hiddenAway(el)) continue;
    const style = getComputedStyle(el);
    const scrolls = (v: string) => v === 'auto' || v === 'scroll';
    if (el.tagName !== 'TEXTAREA' && ((scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1)))
      problems.push(`a scroll box inside the pane: ${name(el)}`);
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 0.5) problems.push(`cut at the pane's right edge (${Math.round(r.right)} > ${vw}): ${name(el)}`);
    // Inside the screen, nothing wider than its column (the main action's bar reaches the edges on purpose).
    const screen = document.querySelector('main')?.getBoundingClientRect();
    if (screen && r.width > 0 && el.closest('main') && !el.classList.contains('main-action') && r.right > screen.right + 0.5 && r.right <= vw + 0.5)
      problems.push(`wider than the screen's column (${Math.round(r.right)} > ${Math.round(screen.right)}): ${name(el)}`);
  }
  if (mainAction) {
    const b = document.querySelector(mainAction);
    const r = b?.getBoundingClientRect();
    const hit = r && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!b || !r) problems.push(`no main action ${mainAction}`);
    else if (r.top < 0 || r.bottom > vh || !hit || !b.contains(hit)) problems.push(`the main action ${mainAction} is not in view without scrolling (${Math.round(r.top)}–${Math.round(r.bottom)} of ${vh} px)`);
  }
  // An amount, as the pane writes them (groups of three, a decimal comma), on one line wherever it is.
  const amount = /(?<!\d)[−-]?\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|(?<!\d)[−-]?\d+,\d+/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || hiddenAway(parent) || parent.closest('textarea, select, script, style')) continue;
    for (const m of (n.textContent ?? '').matchAll(amount)) {
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const lines = new Set([...range.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.bottom)));
      if (lines.size > 1) problems.push(`the amount "${m[0]}" breaks over ${lines.size} lines in ${name(parent)}`);
    }
  }
  for (const el of document.querySelectorAll('.num')) {
    if (!hiddenAway(el) && getComputedStyle(el).whiteSpace !== 'nowrap') problems.push(`an amount cell that may wrap: ${name(el)}`);
  }
  return problems;
}

interface Findings {
  readonly layout: string[];
  readonly images: string[];
}

/** Compares a screenshot with its golden (or writes the golden under UPDATE_GOLDEN=1); a sentence when they differ. */
function compare(name: string, png: Buffer): string | null {
  const file = join(GOLDEN, `${name}.png`);
  if (UPDATE) {
    writeFileSync(file, png);
    return null;
  }
  const actual = join(OUT, `${name}.actual.png`);
  if (!existsSync(file)) {
    writeFileSync(actual, png);
    return `${name}: no golden ${relative(ROOT, file)} (npm run golden writes it; the screenshot is ${relative(ROOT, actual)})`;
  }
  const want = PNG.sync.read(readFileSync(file));
  const got = PNG.sync.read(png);
  if (want.width !== got.width || want.height !== got.height) {
    writeFileSync(actual, png);
    return `${name}: ${got.width}×${got.height} px, the golden is ${want.width}×${want.height} (${relative(ROOT, actual)})`;
  }
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: PIXEL_THRESHOLD });
  if (differing <= MAX_DIFF_RATIO * want.width * want.height) return null;
  writeFileSync(actual, png);
  const diffFile = join(OUT, `${name}.diff.png`);
  writeFileSync(diffFile, PNG.sync.write(diff));
  return `${name}: ${differing} pixels differ (at most ${Math.floor(MAX_DIFF_RATIO * want.width * want.height)}); actual ${relative(ROOT, actual)}, diff ${relative(ROOT, diffFile)}`;
}

/** Everything found, also as a file to read when the list is long. */
function report(found: Findings): void {
  const name = expect.getState().currentTestName ?? 'screens';
  writeFileSync(join(OUT, `${name.replace(/[^\w]+/g, '-')}.txt`), [...found.layout, ...found.images].join('\n'));
}

const shoot = (page: Page, width: number) => page.screenshot({ animations: 'disabled', caret: 'hide', clip: { x: 0, y: 0, width, height: HEIGHT } });

/**
 * The screen as it is now, at each width: its layout checked and (unless `photo` is false, to keep
 * the set of goldens small) its screenshot compared.
 */
async function capture(page: Page, found: Findings, theme: Theme, screen: string, mainAction: string | null, photo = true): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    const name = `${screen}-${width}-${theme}`;
    found.layout.push(...(await page.evaluate(layoutProblems, mainAction)).map((p) => `${name}: ${p}`));
    const problem = photo ? compare(name, await shoot(page, width)) : null;
    if (problem) found.images.push(problem);
  }
}

describeInBrowser.each(['light', 'dark'] as const)('every screen of the pane at 270, 320 and 350 px, %s', (theme) => {
  it('the workflows, from the agreement to a new agreement imported', async () => {
    const found: Findings = { layout: [], images: [] };
    const page = await open(theme);
    await capture(page, found, theme, 'agreement', null);

    await goTo(page, 'distribute');
    await page.selectOption('#line', 'vardforlopp-befolkning');
    await idle(page);
    await capture(page, found, theme, 'distribute', '#do-distribute');
    await page.click('#do-distribute');
    await page.waitForSelector('.notice.success');
    await capture(page, found, theme, 'distribute-done', '#do-distribute');
    await page.click('#do-distribute');
    await page.waitForSelector('.question');
    await capture(page, found, theme, 'distribute-question', '#pending-new');
    await page.click('#pending-cancel');

    await workbook(page, (wb) => wb.sheets.find((s) => s.name === 'Fördelning')!.cells.set('E7', { input: 1, numberFormat: '#,##0' }));
    await goTo(page, 'check');
    await page.click('#do-check');
    await page.waitForSelector('#screen-check .issues');
    await capture(page, found, theme, 'check', '#do-check');

    await goTo(page, 'deadlines');
    await page.waitForSelector('.deadlines li');
    await capture(page, found, theme, 'deadlines', '#do-ics');

    await goTo(page, 'forms');
    await page.waitForSelector('#form-recipient');
    await page.selectOption('#form-recipient', '13');
    await capture(page, found, theme, 'forms', '#do-requisition');

    await pasteSkrTable(page);
    await goTo(page, 'review');
    await page.waitForSelector('#do-review-table');
    await page.click('#do-review-table');
    await page.waitForSelector('#table-review');
    await idle(page);
    await capture(page, found, theme, 'review', '#do-review-table');

    await goTo(page, 'settings');
    await page.waitForSelector('#profile-save');
    await capture(page, found, theme, 'settings', '#profile-save');

    await page.click('#new-agreement');
    await page.waitForSelector('#import-text');
    // Its layout only: the photographed import is the review below.
    await capture(page, found, theme, 'import', '#import-read', false);
    await page.fill('#import-text', SEED);
    await page.click('#import-read');
    await page.waitForSelector('.import-review');
    await idle(page);
    await capture(page, found, theme, 'import-review', '#import-confirm');
    await page.context().close();
    report(found);
    expect(found.layout).toEqual([]);
    expect(found.images).toEqual([]);
  });

  it('the settings reset at start, and the page outside Excel', async () => {
    const found: Findings = { layout: [], images: [] };
    const reset = await open(theme, { settings: { 'bidragskollen.settings': { version: 1, data: { method: 'gissa' } } } });
    await reset.waitForSelector('.notice.info');
    await capture(reset, found, theme, 'settings-reset', null);
    await reset.context().close();

    // Outside Excel there is no Office theme: the page follows the system's.
    const outside = await (await browser.newContext(context(theme))).newPage();
    await serveBuildAtAddinBase(outside);
    await outside.route(CDN, (route) => route.abort());
    await outside.goto(`${server.base}/taskpane.html`);
    await outside.waitForSelector('.outside-excel');
    await capture(outside, found, theme, 'outside', null);
    await outside.context().close();
    report(found);
    expect(found.layout).toEqual([]);
    expect(found.images).toEqual([]);
  });
});

describeInBrowser('the screenshot comparison', () => {
  it('passes a re-render of the same screen and fails a 2 px change of padding', async () => {
    const page = await open('light');
    const width = 320;
    await page.setViewportSize({ width, height: HEIGHT });
    await settle(page);
    // Drawn again from the state (another screen and back), focus left where the first load had it.
    await goTo(page, 'distribute');
    await goTo(page, 'agreement');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle(page);
    const golden = PNG.sync.read(readFileSync(join(GOLDEN, `agreement-${width}-light.png`)));
    const differing = async () => {
      const got = PNG.sync.read(await shoot(page, width));
      return pixelmatch(golden.data, got.data, null, width, HEIGHT, { threshold: PIXEL_THRESHOLD });
    };
    const limit = MAX_DIFF_RATIO * width * HEIGHT;
    expect(await differing()).toBeLessThanOrEqual(limit);
    await page.addStyleTag({ content: '#app { padding-left: 14px; }' });
    await settle(page);
    expect(await differing()).toBeGreaterThan(10 * limit);
    await page.context().close();
  });
});
