import { readFileSync } from 'node:fs';
import { ADDIN_DIST } from '../support/addin-dist';

interface Asset {
  file: string;
  kind: 'startup' | 'lazy' | 'pdf';
  gzip: number;
}
interface Report {
  startup: string[];
  startupGzip: number;
  lazy: string[];
  totalGzip: number;
  assets: Asset[];
  budgets: { startupGzip: number; lazyChunkGzip: number; totalGzip: number };
  problems: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundleReport, BUDGETS, isPdfChunk } = require('../../scripts/bundle-size.js') as {
  bundleReport: (dist: string) => Report;
  BUDGETS: Report['budgets'];
  isPdfChunk: (file: string) => boolean;
};

const KB = 1024;

describe('the task pane bundle', () => {
  const report = bundleReport(ADDIN_DIST);

  it('loads the functions, then the task pane, at start-up, nothing else of ours', () => {
    expect(report.startup).toEqual(['functions.js', 'taskpane.js']);
  });

  it('has the budgets of issue 13', () => {
    expect(BUDGETS).toEqual({ startupGzip: 100 * KB, lazyChunkGzip: 60 * KB, totalGzip: 250 * KB });
    expect(isPdfChunk('pdf.1234abcd.js')).toBe(true);
    expect(isPdfChunk('pdf-worker.1234abcd.js')).toBe(true);
    expect(isPdfChunk('forms.1234abcd.js')).toBe(false);
  });

  it('keeps the start-up JavaScript (Office.js aside) within 100 KB gzip', () => {
    expect(report.startupGzip).toBeLessThanOrEqual(BUDGETS.startupGzip);
  });

  it('keeps every chunk loaded on demand within 60 KB gzip, the PDF reader aside', () => {
    const over = report.assets.filter((a) => a.kind === 'lazy' && a.gzip > BUDGETS.lazyChunkGzip).map((a) => a.file);
    expect(over).toEqual([]);
    expect(report.lazy.length).toBeGreaterThan(0);
  });

  it('keeps all shipped JavaScript within 250 KB gzip, the PDF reader aside', () => {
    const sum = report.assets.filter((a) => !isPdfChunk(a.file)).reduce((n, a) => n + a.gzip, 0);
    expect(report.totalGzip).toBe(sum);
    expect(report.totalGzip).toBeLessThanOrEqual(BUDGETS.totalGzip);
    expect(report.problems).toEqual([]);
  });

  it('emits what both entries use once: decimal.js only in functions.js', () => {
    const decimalMarker = '[DecimalError] ';
    const holding = report.assets.map((a) => a.file).filter((f) => readFileSync(`${ADDIN_DIST}/${f}`, 'utf8').includes(decimalMarker));
    expect(holding).toEqual(['functions.js']);
  });

  it('needs no zod to start: the catalog is decoded without it, settings and agreement files are validated on demand', () => {
    const holding = report.assets.map((a) => a.file).filter((f) => readFileSync(`${ADDIN_DIST}/${f}`, 'utf8').includes('"ZodError"'));
    expect(holding).toEqual([expect.stringMatching(/^zod\.[0-9a-f]{8}\.js$/)]);
  });

  it('reads the agreement sheet back in a chunk of its own, loaded on demand', () => {
    const startup = report.startup.map((f) => readFileSync(`${ADDIN_DIST}/${f}`, 'utf8')).join('\n');
    // A message of the sheet's reader and one of the text the pane says after reading.
    expect(startup).not.toContain('kolumnrubriken ska vara');
    expect(startup).not.toContain('Rättelserna från bladet');
    const holding = report.assets.map((a) => a.file).filter((f) => readFileSync(`${ADDIN_DIST}/${f}`, 'utf8').includes('kolumnrubriken ska vara'));
    expect(holding).toEqual(expect.arrayContaining([expect.stringMatching(/^agreement-sheet\.[0-9a-f]{8}\.js$/)]));
  });

  it('leaves templates to chunks loaded on demand, and date-holidays out altogether', () => {
    const startup = report.startup.map((f) => readFileSync(`${ADDIN_DIST}/${f}`, 'utf8')).join('\n');
    expect(startup).not.toContain('date-holidays');
    expect(startup).not.toContain('Rekvisition till Kammarkollegiet');
  });
});
