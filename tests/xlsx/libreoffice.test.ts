import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getAgreement } from '../../src/core/agreements';
import { batchTemplates, prefillAll, redovisningTemplate } from '../../src/core/templates';
import { cli } from '../cli/harness';
import { OPTIONS, POPULATION } from '../templates/fixtures';
import { build, load, named, save } from './helpers';
import { findSoffice, recalculateWithLibreOffice } from './libreoffice';
import { unzipText } from './zip-writer';

/**
 * A second, independent engine: LibreOffice opens the written files, recalculates every formula and
 * its results are compared with the amounts the core computed exactly. Runs once per test run. In CI
 * LibreOffice must be there (.ci/run installs it); elsewhere the test is skipped with a message.
 */
const soffice = findSoffice();
if (!soffice && process.env.CI === 'true') throw new Error('CI=true but LibreOffice (soffice) is not installed: .ci/run should have installed libreoffice-calc.');
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the LibreOffice recalculation test. Install it with: apt-get install -y --no-install-recommends libreoffice-calc');
const withLibreOffice = soffice ? it : it.skip;

type Results = Map<string, ExcelJS.CellValue>;

async function formulaResults(file: string): Promise<{ wb: ExcelJS.Workbook; results: Results; errors: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const results: Results = new Map();
  const errors: string[] = [];
  // ExcelJS reads a formula's empty-text result as undefined; the file itself says t="str" with <v></v>.
  const bytes = readFileSync(file);
  const parts = unzipText(bytes);
  for (const [i, ws] of wb.worksheets.entries()) {
    const xml = parts.get(`xl/worksheets/sheet${i + 1}.xml`) ?? '';
    const emptyText = new Set([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*t="str"[^>]*>(?:(?!<\/c>).)*<v><\/v><\/c>/g)].map((m) => m[1]));
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type !== ExcelJS.ValueType.Formula) return;
        const r = c.result === undefined && emptyText.has(c.address) ? '' : c.result;
        results.set(`${ws.name}!${c.address}`, r);
        if (r === undefined || (typeof r === 'object' && r !== null && 'error' in r)) errors.push(`${ws.name}!${c.address}: ${JSON.stringify(r)} (${c.formula})`);
      }),
    );
  }
  return { wb, results, errors };
}

describe('LibreOffice recalculates the written workbooks', () => {
  withLibreOffice(
    'every formula has a value, no error, and the values equal the exact amounts',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bk-lo-'));
      const started = Date.now();

      // 1. The demo workbook, written by the CLI exactly as `npm run demo` does.
      const demo = await cli(['demo', '--out', join(dir, 'demo.xlsx')], { cwd: dir });
      expect(demo.code).toBe(0);

      // 2. The batch of requisitions for the real agreement, and a report with three typed cost lines.
      const agreement = getAgreement('sammanhallen-vard-2023');
      if (!agreement.ok) throw new Error();
      const all = prefillAll(agreement.value, { weights: POPULATION });
      if (!all.ok) throw new Error();
      const batch = batchTemplates('rekvisition', all.value.grants, OPTIONS);
      const halland = all.value.grants.find((g) => g.recipient.code === '13')!;
      const report = redovisningTemplate(halland, OPTIONS);
      const wb = await load(await build([...batch, report]));
      const costs = [312_500.5, 1_000_000, 250_000.25];
      costs.forEach((v, i) => (named(wb, `${report.namePrefix}_kostnad_${i + 1}_belopp`).value = v));
      writeFileSync(join(dir, 'batch.xlsx'), await save(wb));

      const [demoOut, batchOut] = recalculateWithLibreOffice(soffice as string, [join(dir, 'demo.xlsx'), join(dir, 'batch.xlsx')], dir);
      const converted = Date.now();

      const d = await formulaResults(demoOut as string);
      expect(d.errors).toEqual([]);
      expect(d.results.size).toBeGreaterThan(8);
      const b = await formulaResults(batchOut as string);
      expect(b.errors).toEqual([]);

      // The batch index: per line the sum over recipients equals the line, the difference is 0.
      const index = batch[0]!;
      const rowOf = (label: string) => index.cells.find((c) => c.value.t === 'text' && c.value.v === label)!.ref.slice(1);
      const lineCells = index.cells.filter((c) => c.ref.endsWith(rowOf('Enligt överenskommelsen')) && c.value.t === 'amount');
      expect(lineCells.length).toBeGreaterThan(5);
      for (const c of lineCells) {
        const col = c.ref.replace(/\d+$/, '');
        expect(b.results.get(`${index.sheetName}!${col}${rowOf('Summa mottagare')}`)).toBe(Number(c.value.t === 'amount' ? c.value.v : NaN));
        expect(b.results.get(`${index.sheetName}!${col}${rowOf('Differens')}`)).toBe(0);
      }
      const status = index.cells.find((c) => c.style === 'check')!.ref;
      expect(b.results.get(`${index.sheetName}!${status}`)).toBe('Summorna stämmer med överenskommelsen.');

      // The report: total costs and unused funds = grant − costs, to the öre.
      const ref = (anchor: string) => `${report.sheetName}!${report.cells.find((c) => c.anchor === anchor)!.ref}`;
      expect(b.results.get(ref('costs'))).toBe(1_562_500.75);
      expect(b.results.get(ref('unused'))).toBe(halland.total.minus('1562500.75').toNumber());

      // The demo: the distribution foots to 62 500 000 and the areas to 326 000 000.
      const sheetValue = (name: string, predicate: (v: ExcelJS.CellValue) => boolean) => [...d.results].filter(([k, v]) => k.startsWith(`${name}!`) && predicate(v));
      expect(sheetValue('Fördelning', (v) => v === 62_500_000).length).toBeGreaterThan(0);
      expect(sheetValue('Fördelning', (v) => v === 'Summan stämmer.').length).toBe(1);
      expect(sheetValue('Översikt', (v) => v === 326_000_000).length).toBe(1);
      expect(sheetValue('Översikt', (v) => v === 'Områdena summerar till totalen.').length).toBe(1);
      console.info(`LibreOffice: ${b.results.size + d.results.size} formulas recalculated in ${((converted - started) / 1000).toFixed(1)} s, all as expected.`);
    },
    240_000,
  );
});
