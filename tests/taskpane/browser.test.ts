/**
 * The built task pane in headless Chromium (Debian's package, driven by playwright-core) with a fake
 * Excel host injected before the page's scripts and the Office.js CDN stubbed out. One browser for
 * the file, one build for the run (jest's globalSetup).
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listAgreements } from '../../src/core/agreements';
import { CHROMIUM, fakeHostScript, hasChromium, launchChromium } from '../support/chromium';
import type { FakeWorkbook } from '../support/fake-excel';
import { CDN, openInExcel as open, openTab, pasteSkrTable, serveBuildAtAddinBase, startPaneServer, workbook, type HostOptions, type PaneServer } from '../support/pane-browser';
import { writeEncryptedPdf, writeNoTextPdf, writeTextPdf } from '../import/pdf-fixtures';

// CI must run these (.ci/run installs Debian's chromium); on a developer's machine without it they
// are skipped with a message rather than failing the whole run.
if (!hasChromium && process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: .ci/run should have installed it.`);
if (!hasChromium) console.warn(`Chromium is not installed at ${CHROMIUM}: skipping the task pane browser tests. Install it with: apt-get install -y --no-install-recommends chromium`);
const describeInBrowser = hasChromium ? describe : describe.skip;
const SHOTS = resolve(__dirname, '..', '..', '.tmp', 'screenshots');

jest.setTimeout(60_000);

let browser: Browser;
let server: PaneServer;
let base: string;

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(SHOTS, { recursive: true });
  server = await startPaneServer();
  base = server.base;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openInExcel = (host: HostOptions = {}): Promise<Page> => open(browser, base, host);

async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

describeInBrowser('the task pane in Excel (fake host)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openInExcel();
  });
  afterAll(() => page.context().close());

  it('loads and lists the built-in agreements', async () => {
    const options = await page.$$eval('#agreement option', (os) => os.map((o) => o.textContent));
    expect(options).toEqual(listAgreements().map((a) => a.title));
    await expect(page.textContent('h2')).resolves.toContain('sammanhållen, jämlik och säker vård');
    expect(await page.$$eval('#screen-agreement tbody tr', (rows) => rows.length)).toBeGreaterThan(3);
    await shot(page, '1-overenskommelse');
    await expectAccessible(page);
  });

  it('"Fördela" writes the distribution table through the port in one run of two syncs', async () => {
    await openTab(page, 'distribute');
    await page.selectOption('#line', 'vardforlopp-befolkning');
    await shot(page, '2-fordela');
    // The lines not shared out here are listed with why, so none seems to be missing.
    await page.click('#not-distributed summary');
    const notShared = await page.textContent('#not-distributed');
    expect(notShared).toMatch(/^Rader som inte fördelas här \(\d+\)/);
    expect(notShared).toContain('Medel till SKR');
    expect(notShared).toContain('Raden betalas i sin helhet till SKR.');
    expect(notShared).toContain('Raden finansieras av regionerna själva');
    await expectAccessible(page);
    const before = await workbook(page, (wb) => ({ runs: wb.runs, syncs: wb.syncs }));
    await page.click('#do-distribute');
    await page.waitForSelector('.notice.success');
    const after = await workbook(page, (wb) => {
      const s = wb.sheets.find((x) => x.name === 'Fördelning');
      return {
        runs: wb.runs,
        syncs: wb.syncs,
        sheets: wb.sheets.map((x) => x.name),
        table: wb.tables[0] && { name: wb.tables[0].name, range: wb.tables[0].range, showTotals: wb.tables[0].showTotals },
        header: ['A4', 'B4', 'C4', 'D4', 'E4'].map((r) => s?.value(r)),
        first: ['A5', 'B5', 'C5'].map((r) => s?.value(r)),
        total: s?.value('E26'),
        marker: s?.value('AZ1'),
        method: s?.value('H11'),
      };
    });
    // One run to look for an earlier sheet, one to write it: 1 + 2 syncs.
    expect({ runs: after.runs - before.runs, syncs: after.syncs - before.syncs }).toEqual({ runs: 2, syncs: 3 });
    expect(after.sheets).toEqual(['Blad1', 'Fördelning']);
    expect(after.table).toEqual({ name: 'bk_fordelning_vardforlopp_befolkning', range: 'A4:E25', showTotals: true });
    expect(after.header).toEqual(['Kod', 'Mottagare', 'Befolkning', 'Exakt andel, kr', 'Belopp, kr']);
    expect(after.first).toEqual(['01', 'Region Stockholm', 2454821]);
    expect(after.total).toBe(62_500_000); // =SUBTOTAL(109,E5:E25), as the fake calculates it
    expect(after.marker).toBe('bidragskollen:v1:distribution:sammanhallen-vard-2023:vardforlopp-befolkning');
    expect(after.method).toBe('största rest (Hamilton)');
    await expect(page.textContent('.notice.success')).resolves.toContain('Skrev bladet Fördelning');
    await shot(page, '3-fordela-klart');
  });

  it('asks before replacing its own sheet', async () => {
    await page.click('#do-distribute');
    await page.waitForSelector('.question');
    await shot(page, '4-fordela-fraga');
    await expectAccessible(page);
    await page.click('.question button.primary'); // a new sheet
    await page.waitForSelector('.notice.success');
    expect(await workbook(page, (wb) => wb.sheets.map((s) => s.name))).toEqual(['Blad1', 'Fördelning', 'Fördelning (2)']);
  });

  it('"Kontrollera" finds an edited amount and selects the edited cell', async () => {
    await workbook(page, (wb) => wb.sheets.find((s) => s.name === 'Fördelning')!.cells.set('E7', { input: 1, numberFormat: '#,##0' }));
    await openTab(page, 'check');
    await page.click('#do-check');
    await page.waitForSelector('#screen-check .issues');
    const texts = await page.$$eval('#screen-check .issues li', (li) => li.map((x) => x.textContent ?? ''));
    // The edited table no longer foots to the line; its untouched twin raises nothing.
    expect(texts.filter((t) => t.startsWith('Fel'))).toEqual([expect.stringMatching(/^FelFördelning: Fördelningen summerar till 60 711 523 kr.*Rätta cellen E7.*Visa cellen E7$/)]);
    await shot(page, '5-kontrollera');
    await expectAccessible(page);
    await page.click('#screen-check .issues li.error button');
    await page.waitForFunction(() => !document.querySelector('.progress'));
    expect(await workbook(page, (wb) => wb.selection)).toEqual({ sheet: 'Fördelning', address: 'E7' });
  });

  it('shows deadlines with status and working-day warnings, and downloads an .ics file', async () => {
    await openTab(page, 'deadlines');
    await page.waitForSelector('.deadlines li');
    const items = await page.$$eval('.deadlines li', (li) => li.map((x) => x.textContent ?? ''));
    expect(items.length).toBeGreaterThan(0);
    expect(items.join(' ')).toMatch(/dagar (kvar|sedan)/);
    await shot(page, '6-tidsfrister');
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Ladda ned kalenderfil (.ics)')]);
    expect(download.suggestedFilename()).toBe('sammanhallen-vard-2023-tidsfrister.ics');
    const body = readFileSync((await download.path()) as string, 'utf8');
    expect(body).toContain('BEGIN:VCALENDAR');
  });

  it('creates a rekvisition for a chosen recipient from the template data', async () => {
    await openTab(page, 'forms');
    await page.waitForSelector('#form-recipient');
    await page.selectOption('#form-recipient', '13');
    await shot(page, '7-blanketter');
    await expectAccessible(page);
    await page.click('text=Skapa rekvisition');
    await page.waitForSelector('.notice.success');
    const sheet = await workbook(page, (wb) => {
      const s = wb.sheets[wb.sheets.length - 1]!;
      return { name: s.name, title: s.value('A1'), marker: s.value('AZ1'), protected: s.protected };
    });
    expect(sheet).toEqual({ name: 'Rekv 13 Halland', title: 'Rekvisition till Kammarkollegiet', marker: 'bidragskollen:v1:rekvisition:sammanhallen-vard-2023:13', protected: true });
  });

  it('saves the profile in the workbook, refusing a wrong organisationsnummer', async () => {
    await openTab(page, 'settings');
    await page.fill('#profile-bidragsmottagare', 'Region Halland');
    await page.fill('#profile-organisationsnummer', '232100-0010');
    await page.click('button[type=submit]');
    await page.waitForSelector('#profile-errors');
    // The field in error is marked, its message is tied to it, and focus is on it.
    expect(await page.getAttribute('#profile-organisationsnummer', 'aria-invalid')).toBe('true');
    await expect(page.textContent('#profile-organisationsnummer-msg')).resolves.toMatch(/kontrollsiffra/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('profile-organisationsnummer');
    await shot(page, '8-installningar-fel');
    await page.fill('#profile-organisationsnummer', '232100-0016');
    await page.click('button[type=submit]');
    // Personal data: asked once before it goes into the workbook.
    await page.waitForSelector('#consent-yes');
    expect(await workbook(page, (wb) => wb.settings.has('bidragskollen.profile'))).toBe(false);
    await page.click('#consent-yes');
    await page.waitForSelector('.notice.success');
    await shot(page, '9-installningar');
    await expectAccessible(page);
    const stored = await workbook(page, (wb) => wb.settings.get('bidragskollen.profile'));
    expect(stored).toEqual({ version: 1, data: { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0016' } });
  });
});

describeInBrowser('the task pane at the widths of Excel’s task pane', () => {
  /** The row as drawn: the tabs shown, those behind "Mer", whether it is one line inside the pane. */
  const row = (page: Page) =>
    page.evaluate(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('nav.tabs [role=tab]:not([hidden]), #tab-more:not([hidden])')];
      return {
        shown: shown.filter((e) => e.getAttribute('role') === 'tab').map((e) => e.dataset.screen),
        more: !(document.getElementById('tab-more') as HTMLElement).hidden,
        menu: [...document.querySelectorAll<HTMLElement>('#tab-more-menu [role=menuitem]')].map((e) => e.dataset.screen),
        oneLine: new Set(shown.map((e) => Math.round(e.getBoundingClientRect().top))).size === 1,
        inside: Math.max(...shown.map((e) => e.getBoundingClientRect().right)) <= document.documentElement.clientWidth,
        selected: document.querySelector('[role=tab][aria-selected=true]')?.id,
      };
    });
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.id);
  /** After a resize: the ResizeObserver has laid the row out again (its callbacks run before the next frame is drawn). */
  const resized = async (page: Page, width: number) => {
    await page.setViewportSize({ width, height: 700 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  };
  const ALL = ['agreement', 'distribute', 'check', 'deadlines', 'forms', 'review', 'settings'];

  it('shows every tab on one row when the pane is wide enough, with no "Mer"', async () => {
    const page = await openInExcel();
    await resized(page, 900);
    expect(await row(page)).toMatchObject({ shown: ALL, more: false, menu: [], oneLine: true, inside: true });
    await page.context().close();
  });

  it.each([270, 320, 350])('at %i px: the tabs that fit on one row, the rest behind "Mer", all by keyboard', async (width) => {
    const page = await openInExcel();
    await resized(page, width);
    const first = await row(page);
    // Every screen is either on the row or in the menu, in order, once.
    expect(first).toMatchObject({ more: true, oneLine: true, inside: true, selected: 'tab-agreement' });
    expect([...first.shown, ...first.menu].sort()).toEqual([...ALL].sort());
    expect(first.shown[0]).toBe('agreement');
    // Arrow keys, Home and End among the tabs shown (automatic activation).
    await page.focus('#tab-agreement');
    await page.keyboard.press('End');
    const last = first.shown.at(-1)!;
    await page.waitForSelector(`#screen-${last}`);
    expect(await focused(page)).toBe(`tab-${last}`);
    await page.keyboard.press('Home');
    await page.waitForSelector('#screen-agreement');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(`#screen-${last}`);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#screen-agreement');
    // The menu button: Enter opens it on its first item, the arrows move, Escape closes it and returns focus.
    await page.focus('#tab-more');
    expect(await page.getAttribute('#tab-more', 'aria-haspopup')).toBe('menu');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#tab-more-menu:not([hidden])');
    expect(await page.getAttribute('#tab-more', 'aria-expanded')).toBe('true');
    expect(await focused(page)).toBe(`menu-${first.menu[0]}`);
    if (width === 320) await expectAccessible(page);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe(`menu-${first.menu[1]}`);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(`menu-${first.menu.at(-1)}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#tab-more-menu[hidden]', { state: 'attached' });
    expect(await focused(page)).toBe('tab-more');
    expect(await page.getAttribute('#tab-more', 'aria-expanded')).toBe('false');
    // ArrowUp opens it on its last item; Enter there switches to that screen, whose tab now takes the
    // last place on the row and has the focus.
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe(`menu-${first.menu.at(-1)}`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#screen-${first.menu.at(-1)}`);
    const after = await row(page);
    expect(after).toMatchObject({ oneLine: true, inside: true, selected: `tab-${first.menu.at(-1)}` });
    expect(after.shown.at(-1)).toBe(first.menu.at(-1));
    expect(after.menu).not.toContain(first.menu.at(-1));
    expect(await focused(page)).toBe(`tab-${first.menu.at(-1)}`);
    // A click elsewhere closes the menu.
    await page.click('#tab-more');
    await page.waitForSelector('#tab-more-menu:not([hidden])');
    await page.mouse.click(5, 600);
    await page.waitForSelector('#tab-more-menu[hidden]', { state: 'attached' });
    // The pane made narrower keeps the selected tab and the row on one line.
    await resized(page, width - 40);
    expect(await row(page)).toMatchObject({ oneLine: true, inside: true, selected: `tab-${first.menu.at(-1)}` });
    await page.context().close();
  });
});

describeInBrowser('the task pane when Office is slow to start', () => {
  it('waits, and never says it only works inside Excel', async () => {
    const page = await (await browser.newContext({ viewport: { width: 320, height: 600 } })).newPage();
    await serveBuildAtAddinBase(page);
    await page.route(CDN, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* Office.js stubbed by the test */' }));
    await page.addInitScript(`window.__host = ${JSON.stringify({ readyAfterMs: 5500 })};`);
    await page.addInitScript(fakeHostScript());
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector('text=Väntar på att Excel ska starta', { timeout: 8000 });
    expect(await page.$('.outside-excel')).toBeNull();
    await page.waitForSelector('#agreement', { timeout: 8000 });
    expect(await page.$('.outside-excel')).toBeNull();
    await page.context().close();
  });
});

describeInBrowser('the task pane with stored settings', () => {
  it('resets corrupt settings to defaults, says so, and keeps the raw value aside', async () => {
    const page = await openInExcel({ settings: { 'bidragskollen.settings': { version: 1, data: { method: 'gissa' } } } });
    await page.waitForSelector('.notice.info');
    await expect(page.textContent('.notice.info')).resolves.toContain('bidragskollen.settings.backup');
    const stored = await workbook(page, (wb) => ({ now: wb.settings.get('bidragskollen.settings'), backup: wb.settings.get('bidragskollen.settings.backup') }));
    expect(stored.now).toMatchObject({ version: 1, data: { method: 'largest-remainder' } });
    expect(stored.backup).toMatchObject({ raw: { version: 1, data: { method: 'gissa' } } });
    await shot(page, '10-installningar-aterstallda');
    await page.context().close();
  });

  it('speaks English when Office does', async () => {
    const page = await openInExcel({ displayLanguage: 'en-US' });
    await expect(page.textContent('#tab-distribute')).resolves.toBe('Distribute');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });
});

describeInBrowser('the task pane outside Excel', () => {
  it('says that it runs inside Excel and how to open it there', async () => {
    const page = await (await browser.newContext({ viewport: { width: 800, height: 600 } })).newPage();
    await serveBuildAtAddinBase(page);
    await page.route(CDN, (route) => route.abort());
    await page.goto(`${base}/taskpane.html`);
    await page.waitForSelector('.outside-excel');
    await expect(page.textContent('.outside-excel')).resolves.toMatch(/körs i Excel[\s\S]*Mina tillägg/);
    await shot(page, '11-utanfor-excel');
    await expectAccessible(page);
    await page.context().close();
  });
});

describeInBrowser('"Ny överenskommelse" in the task pane', () => {
  const SEED = readFileSync(resolve(__dirname, '../../../shared/seeds/000_6d1cf6cedc0d2a94.txt'), 'utf8');
  const IMPORTED = 'sammanhallen-jamlik-saker-vard-2023';
  const pdfDir = mkdtempSync(join(tmpdir(), 'bk-pane-pdf-'));

  it('imports pasted text, saves the confirmed agreement in the workbook and distributes a line of it', async () => {
    const page = await openInExcel();
    await page.click('#new-agreement');
    await page.waitForSelector('#import-text');
    await expectAccessible(page);
    await page.fill('#import-text', SEED);
    await page.click('#import-read');
    await page.waitForSelector('.import-review');
    await expect(page.textContent('.import-review')).resolves.toContain('326 000 000 kr');
    expect(await page.$$eval('.import-area', (a) => a.length)).toBeGreaterThan(3);
    await shot(page, '12-ny-overenskommelse');
    await expectAccessible(page);
    await page.click('#import-confirm');
    await page.waitForSelector('.notice.success');
    expect(await page.$eval('#agreement', (s) => (s as HTMLSelectElement).value)).toBe(IMPORTED);
    const stored = await workbook(page, (wb) => wb.settings.get('bidragskollen.agreements') as { version: number; data: { id: string }[] });
    expect([stored.version, stored.data.map((a) => a.id)]).toEqual([1, ['sammanhallen-jamlik-saker-vard-2023']]);
    await openTab(page, 'distribute');
    await page.click('#do-distribute');
    await page.waitForSelector('.notice.success');
    const marker = await workbook(page, (wb) => wb.sheets[wb.sheets.length - 1]!.value('AZ1'));
    expect(marker).toMatch(/^bidragskollen:v1:distribution:sammanhallen-jamlik-saker-vard-2023:/);
    await page.context().close();
  });

  it('reads a PDF of the same text page by page, giving the same draft', async () => {
    const file = join(pdfDir, 'overenskommelse.pdf');
    await writeTextPdf(SEED, file);
    const page = await openInExcel();
    await page.click('#new-agreement');
    await page.waitForSelector('#import-file');
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { __progress: string[] }).__progress = []);
      new MutationObserver(() => {
        const t = document.querySelector('.progress')?.textContent;
        if (t && !seen.includes(t)) seen.push(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles('#import-file', file);
    await page.waitForSelector('.import-review, .notice.error', { timeout: 60_000 });
    await expect(page.textContent('main')).resolves.toContain('326 000 000 kr');
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress).toContainEqual(expect.stringMatching(/^Läser overenskommelse\.pdf: sida 1 av \d+ …$/));
    await page.click('#import-confirm');
    await page.waitForSelector('.notice.success');
    expect(await page.$eval('#agreement', (s) => (s as HTMLSelectElement).value)).toBe(IMPORTED);
    await page.context().close();
  });

  it('says what to do with a scanned PDF and with a password-protected one', async () => {
    const scanned = join(pdfDir, 'skannad.pdf');
    const locked = join(pdfDir, 'last.pdf');
    writeNoTextPdf(scanned);
    writeEncryptedPdf(locked);
    const page = await openInExcel();
    await page.click('#new-agreement');
    await page.waitForSelector('#import-file');
    await page.setInputFiles('#import-file', scanned);
    await page.waitForSelector('.notice.error');
    await expect(page.textContent('.notice.error')).resolves.toMatch(/inget textlager/);
    await page.setInputFiles('#import-file', locked);
    await page.waitForFunction(() => /lösenordsskyddad/.test(document.querySelector('.notice.error')?.textContent ?? ''));
    await page.context().close();
  });
});

describeInBrowser('Granska (issue 11)', () => {
  it("SKR's 2024 table pasted into a column: it foots, the closest method, the text's total differs, the population it was not made from, rows that click to their cells", async () => {
    const page = await openInExcel();
    await pasteSkrTable(page);
    const chunks: string[] = [];
    page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
    // The screen and the audit come in their own chunk, when the tab is opened.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/review\./.test(e.name)))).toBe(false);
    await openTab(page, 'review');
    await page.waitForSelector('#do-review-table');
    expect(chunks.some((c) => /\/review\./.test(c))).toBe(true);
    await page.click('#do-review-table');
    await page.waitForSelector('#table-review');
    await expect(page.textContent('#review-foots')).resolves.toContain('Radsumma 1 367 000 000 kr (21 regioner)');
    await expect(page.textContent('#table-review li[data-kind=table]')).resolves.toContain('1 367 000 000 kr – stämmer');
    await expect(page.textContent('#table-review li[data-kind=text]')).resolves.toContain('1 357 000 000 kr – skiljer -10 000 000 kr mot tabellen');
    await expect(page.textContent('#review-method')).resolves.toMatch(/Närmast: största rest \(Hamilton\)/);
    await expect(page.textContent('#review-candidates')).resolves.toContain(
      'Tabellen är inte gjord från Folkmängd per län 31 december 2023 (SCB, BE0101N1): Region Stockholms belopp 317 989 729 kr motsvarar mellan 2 454 524,09 och 2 454 524,12 invånare, SCB har 2 454 821.',
    );
    await shot(page, '12-granska-tabell');
    await expectAccessible(page);
    await page.click('#review-deviations tbody tr:first-child button');
    await page.waitForFunction(() => !document.querySelector('.progress'));
    const selected = await workbook(page, (wb) => ({ ...wb.selection, value: wb.sheet(wb.selection.sheet)?.value(wb.selection.address) }));
    expect(selected).toEqual({ sheet: 'Blad1', address: expect.stringMatching(/^A\d+$/), value: '317 989 729' });
    await page.context().close();
  });
});

describeInBrowser('the agreement sheet in the task pane', () => {
  /** The amount cell of a line on the agreement sheet: its id in column B under a level (a number) in A. */
  const amountCell = (page: Page, sheet: string, lineId: string) =>
    page.evaluate(
      ([name, id]) => {
        const s = (window as unknown as { __workbook: FakeWorkbook }).__workbook.sheet(name as string)!;
        for (let r = 1; r < 400; r++) if (s.value(`B${r}`) === id && typeof s.value(`A${r}`) === 'number') return `E${r}`;
        return '';
      },
      [sheet, lineId],
    );

  it('writes a built-in agreement as a sheet, lists a typed-over amount at its cell, and uses the corrected sheet', async () => {
    const page = await openInExcel();
    const reads: string[] = [];
    page.on('request', (r) => reads.push(new URL(r.url()).pathname));
    await page.click('#do-agreement-sheet');
    await page.waitForSelector('.notice.success');
    const sheet = await workbook(page, (wb) => wb.sheets[wb.sheets.length - 1]!.name);
    expect(reads.some((c) => /\/agreement-sheet\./.test(c))).toBe(true);
    const cell = await amountCell(page, sheet, 'lakemedelsinformation');
    expect(cell).toMatch(/^E\d+$/);
    await page.evaluate(([name, ref]) => (window as unknown as { __workbook: FakeWorkbook }).__workbook.sheet(name as string)!.cells.set(ref as string, { input: 'fem miljoner', numberFormat: 'General' }), [sheet, cell]);
    await page.click('#read-corrections');
    await page.waitForSelector('.sheet-problems');
    await expect(page.textContent('.sheet-problems')).resolves.toContain(`${sheet}!${cell}: beloppet ”fem miljoner” går inte att läsa`);
    await expect(page.textContent('.notice.error')).resolves.toMatch(/den sparade överenskommelsen .* används\. Inget på bladet har ändrats\./);
    await expectAccessible(page);
    await page.click('.sheet-problems li button');
    await page.waitForFunction(() => !document.querySelector('.progress'));
    expect(await workbook(page, (wb) => wb.selection)).toEqual({ sheet, address: cell });
    // Corrected on the sheet: read again, used, saved, and marked in the picker.
    await page.evaluate(([name, ref]) => (window as unknown as { __workbook: FakeWorkbook }).__workbook.sheet(name as string)!.cells.set(ref as string, { input: 5_500_000, numberFormat: '#,##0' }), [sheet, cell]);
    await page.click('#read-corrections');
    await page.waitForSelector('.notice.success');
    await expect(page.textContent('.notice.success')).resolves.toContain(`Rättelserna från bladet ${sheet} används: 1 belopp har ändrats.`);
    expect(await page.$$eval('.sheet-problems', (x) => x.length)).toBe(0);
    await expect(page.textContent('#agreement option:checked')).resolves.toMatch(/\(ändrad i arbetsboken\)$/);
    const stored = await workbook(page, (wb) => (wb.settings.get('bidragskollen.agreements') as { data: { id: string }[] }).data.map((a) => a.id));
    expect(stored).toEqual(['sammanhallen-vard-2023']);
    await expect(page.textContent('#screen-agreement')).resolves.toContain('5 500 000');
    await page.context().close();
  });
});
