import { readFileSync } from 'node:fs';
import { ADDIN_DIST } from '../support/addin-dist';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundleReport, BUDGET_GZIP_BYTES } = require('../../scripts/bundle-size.js') as {
  bundleReport: (dist: string) => { startup: string[]; startupGzip: number; assets: { file: string; gzip: number }[] };
  BUDGET_GZIP_BYTES: number;
};

describe('the task pane bundle', () => {
  const report = bundleReport(ADDIN_DIST);

  it('loads the functions and the task pane at start-up, nothing else of ours', () => {
    expect(report.startup).toEqual(['functions.js', 'taskpane.js']);
  });

  it('keeps the start-up JavaScript under 150 KB gzip', () => {
    expect(report.startupGzip).toBeLessThan(BUDGET_GZIP_BYTES);
  });

  it('leaves templates to chunks loaded on demand, and date-holidays out altogether', () => {
    const startup = report.startup.map((f) => readFileSync(`${ADDIN_DIST}/${f}`, 'utf8')).join('\n');
    expect(startup).not.toContain('date-holidays');
    expect(startup).not.toContain('Rekvisition till Kammarkollegiet');
    expect(report.assets.length).toBeGreaterThan(2);
  });
});
