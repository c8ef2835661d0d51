import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewReport } from '../../src/core/review';
import { readReportWorkbook } from '../../src/xlsx/report-reader';
import { findSoffice, recalculateWithLibreOffice } from '../xlsx/libreoffice';
import { filledReport, goodFill, grantFor } from './report-fixtures';

/**
 * A report saved by a real spreadsheet carries its formulas' results: the review reads them and
 * must agree with its own exact arithmetic (no false "costs do not sum"). LibreOffice recalculates.
 */
const soffice = findSoffice();
if (!soffice && process.env.CI === 'true') throw new Error('CI=true but LibreOffice (soffice) is not installed.');
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the review of recalculated reports.');
const withLibreOffice = soffice ? it : it.skip;

describe('reviewing a report a spreadsheet has saved', () => {
  withLibreOffice(
    'reads the recalculated totals and finds nothing wrong with a good report',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'bk-review-lo-'));
      const file = join(dir, 'skr.xlsx');
      writeFileSync(file, await filledReport('skr', goodFill('skr')));
      const [saved] = recalculateWithLibreOffice(soffice as string, [file], dir);
      const sheets = await readReportWorkbook(readFileSync(saved as string), 'skr.xlsx');
      if (!sheets.ok) throw new Error(sheets.detail);
      const sheet = sheets.value.find((s) => s.marker !== null);
      if (!sheet) throw new Error('the marker did not survive');
      const costsCell = [...sheet.names.entries()].find(([n]) => n.endsWith('_costs'))?.[1];
      const total = grantFor('skr').total.toNumber();
      expect(costsCell?.value).toBe(Math.floor(total * 0.6) + 100_000);
      const r = reviewReport(sheet, { today: '2024-03-01', deadlines: () => ({ report: '2024-03-31', repayment: '2024-03-31' }) });
      expect(r.findings.map((f) => f.code)).toEqual([]);
      expect(r.signed).toBe('2024-02-20');
      expect(r.unused?.toNumber()).toBe(total - Math.floor(total * 0.6) - 100_000);
    },
    180_000,
  );
});
