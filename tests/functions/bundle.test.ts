import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ADDIN_DIST, loadBundle, loadBundleWithChunks, readDist, readMetadata } from '../support/addin-dist';
import { toExcelSerial } from '../../src/core/calendar';
import { StubError } from '../support/custom-functions';

const english = readMetadata('functions.json');

describe('the built bundle', () => {
  const associated = loadBundle();

  test('associates every id in functions.json, and nothing else', () => {
    expect([...associated.keys()].sort()).toEqual(english.functions.map((f) => f.id).sort());
  });

  test('the associated functions answer as Excel expects: a spill, a number, or a thrown CustomFunctions.Error', () => {
    const call = (id: string, ...args: unknown[]) => (associated.get(id) as (...a: unknown[]) => unknown)(...args);
    expect(call('DISTRIBUTE', 1000, [[1], [2], [3]])).toEqual([[167], [333], [500]]);
    expect(call('CHECKTOTAL', 3, [[1, 2]])).toBe(0);
    expect(() => call('DISTRIBUTE', 1000, [[1, 2], [3, 4]])).toThrow(StubError);
    const thrown = (() => {
      try {
        call('DISTRIBUTE', 1000, [[-1]]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(StubError);
    expect((thrown as StubError).code).toBe('#VALUE!');
    expect((thrown as StubError).message).toMatch(/negativ/);
  });

  test('ships no test-only engine and no Node module', () => {
    for (const file of readdirSync(ADDIN_DIST).filter((f) => f.endsWith('.js'))) {
      const code = readDist(file);
      for (const banned of ['HyperFormula', 'hyperformula', 'ExcelJS', 'exceljs', 'require("fs")', 'node:fs']) expect(code).not.toContain(banned);
    }
  });

  test('LASTWORKDAY answers at once from the functions bundle: the holiday calendar is in it, no chunk, no date-holidays', () => {
    const { associated, chunksLoaded } = loadBundleWithChunks();
    const lastWorkDay = associated.get('LASTWORKDAY') as (date: unknown) => number;
    expect(lastWorkDay('2023-06-24')).toBe(toExcelSerial('2023-06-22'));
    expect(lastWorkDay(toExcelSerial('2023-12-25'))).toBe(toExcelSerial('2023-12-22'));
    expect(() => lastWorkDay(null)).toThrow(StubError);
    expect(() => lastWorkDay(1)).toThrow(/1953-01-01/);
    expect(chunksLoaded).toEqual([]);
    for (const file of readdirSync(ADDIN_DIST).filter((f) => f.endsWith('.js'))) {
      expect(readDist(file)).not.toContain('date-holidays');
      expect(file).not.toMatch(/^holidays\./);
    }
  });

  test('AGREEMENT and DEADLINE answer at once from the functions bundle: the catalog is in it, decoded without zod, no chunk', () => {
    const { associated, chunksLoaded } = loadBundleWithChunks();
    const agreement = associated.get('AGREEMENT') as (...a: unknown[]) => unknown;
    const deadline = associated.get('DEADLINE') as (...a: unknown[]) => unknown;
    expect(agreement('sammanhallen-vard-2023')).toBe(326_000_000);
    expect(deadline('sammanhallen-vard-2023', 'requisition')).toEqual(expect.any(Number));
    expect(() => agreement('finns-inte')).toThrow(StubError);
    expect(chunksLoaded).toEqual([]);
    expect(readDist('functions.js')).not.toContain('"ZodError"');
  });

  test('stays small', () => {
    const size = (file: string) => statSync(join(ADDIN_DIST, file)).size;
    expect(size('functions.js')).toBeLessThan(300 * 1024);
    // The budgets (start-up, each chunk on demand, all JavaScript; gzip) are tests/taskpane/bundle-size.test.ts.
  });

  test('the task pane page loads Office.js, then the functions, then the task pane, in one runtime', () => {
    const html = readDist('taskpane.html');
    const office = html.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const functions = html.indexOf('functions.js');
    const taskpane = html.indexOf('taskpane.js');
    expect(office).toBeGreaterThan(-1);
    expect(functions).toBeGreaterThan(office);
    expect(taskpane).toBeGreaterThan(functions);
  });

  test('dist holds what the manifest serves', () => {
    expect(readdirSync(ADDIN_DIST).sort()).toEqual(
      expect.arrayContaining(['assets', 'functions.js', 'functions.json', 'functions.sv-SE.json', 'manifest.xml', 'taskpane.html', 'taskpane.js']),
    );
  });
});
