/**
 * Injected into the page before its scripts run (bundled by esbuild): a fake Excel host with the
 * batching fake object model, a stub Office global and the CustomFunctions stub. The test reads the
 * workbook back through `window.__workbook`. `window.__host` (set by an earlier init script) picks
 * the display language and preset workbook settings.
 */
import { FakeWorkbook } from '../support/fake-excel';
import { customFunctionsStub } from '../support/custom-functions';

interface HostOptions {
  displayLanguage?: string;
  settings?: Record<string, unknown>;
  sheets?: string[];
  /** Office's theme as desktop Excel reports it (`Office.context.officeTheme`); absent on the web. */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
  /** How long Office takes to become ready (a cold Excel). */
  readyAfterMs?: number;
}

const w = window as unknown as Record<string, unknown>;
const options = (w.__host ?? {}) as HostOptions;
const workbook = new FakeWorkbook(options.sheets ?? ['Blad1']);
for (const [k, v] of Object.entries(options.settings ?? {})) workbook.settings.set(k, v);
w.__workbook = workbook;
w.Excel = { run: workbook.run };
w.CustomFunctions = customFunctionsStub;
w.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: options.displayLanguage ?? 'sv-SE', officeTheme: options.officeTheme, requirements: { isSetSupported: () => true } },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    const after = options.readyAfterMs ?? 0;
    setTimeout(() => callback?.(info), after);
    return new Promise((resolve) => setTimeout(() => resolve(info), after));
  },
};
