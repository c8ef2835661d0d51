import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { hasChromium, writeTextPdf } from '../import/pdf-fixtures';
import { cli } from './harness';

const SEED = join(__dirname, '../../../shared/seeds/000_6d1cf6cedc0d2a94.txt');
const ROOT = join(__dirname, '../..');

/** pdf.js is an ES module Jest's CommonJS runtime cannot load: the PDF steps run the real CLI in a child process. */
function bidragskollen(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['bin/bidragskollen.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The cell in the areas table holding `column` of the line titled `title`, found by the headings as a controller would. */
function lineCell(ws: ExcelJS.Worksheet, title: string, column: string): ExcelJS.Cell {
  let header = 0;
  ws.eachRow((row, n) => {
    if (header === 0 && row.getCell(1).text === 'Nivå' && row.getCell(2).text === 'Id') header = n;
  });
  const col = (ws.getRow(header).values as unknown[]).findIndex((v) => v === column);
  const titles = (ws.getRow(header).values as unknown[]).findIndex((v) => v === 'Rubrik');
  for (let n = header + 1; n <= ws.rowCount; n++) if (ws.getRow(n).getCell(titles).text === title) return ws.getRow(n).getCell(col);
  throw new Error(`no line ${title}`);
}

/**
 * The north star on the command line (issue 9, "Done when"): this year's agreement as its PDF →
 * a checked draft with quotes → the agreement sheet, corrected by the controller → a distribution
 * and a requisition for their own region from the corrected sheet, and the deadlines as a calendar.
 */
describe('from the agreement PDF to a requisition for one region, with a correction on the way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bk-north-star-'));
  const withPdf = hasChromium || process.env.CI === 'true' ? it : it.skip;

  jest.setTimeout(180_000);

  withPdf('PDF → sheet → corrected in Excel → check, distribute, rekvisition and .ics follow the correction', async () => {
    const pdf = join(dir, 'overenskommelse.pdf');
    await writeTextPdf(readFileSync(SEED, 'utf8'), pdf);

    // 1. The draft, figure by figure with its quote, then the checks.
    const draft = bidragskollen(['import', pdf, '--out', join(dir, 'utkast.json')]);
    expect([0, 1]).toContain(draft.code);
    expect(draft.out).toContain('62 500 000');

    // 2. Straight into the agreement sheet.
    const book = join(dir, 'overenskommelse.xlsx');
    expect(bidragskollen(['agreement', 'sheet', pdf, '--out', book]).code).toBe(0);

    // 3. The controller corrects two amounts (one typed as Swedish text), keeping the parent's sum.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws0 = wb.getWorksheet('Överenskommelse') as ExcelJS.Worksheet;
    // A correction that breaks a sum is caught by the checks, at the parent line.
    const half = join(dir, 'halvrattad.xlsx');
    const before = lineCell(ws0, 'Medel till regionerna', 'Belopp, kr').value;
    lineCell(ws0, 'Medel till regionerna', 'Belopp, kr').value = 63_000_000;
    await wb.xlsx.writeFile(half);
    const broken = await cli(['check', half]);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('Medel för regionerna');
    lineCell(ws0, 'Medel till regionerna', 'Belopp, kr').value = before;
    const ws = wb.getWorksheet('Överenskommelse') as ExcelJS.Worksheet;
    // The importer names lines after their words; the controller finds them by their titles.
    expect(lineCell(ws, 'Medel till regionerna', 'Belopp, kr').value).toBe(62_500_000);
    const id = lineCell(ws, 'Medel till regionerna', 'Id').text;
    lineCell(ws, 'Medel till regionerna', 'Belopp, kr').value = 63_000_000;
    lineCell(ws, 'Medel till samverkansregionerna', 'Belopp, kr').value = '59 500 000';
    await wb.xlsx.writeFile(book);

    // 4. The corrected sheet is the agreement. The sums foot; the checks still point at the words of
    // the document that state the old figures, so the controller sees what the correction departs from.
    const check = await cli(['check', book]);
    expect(check.err).toBe('');
    expect(check.code).toBe(1);
    expect(check.out).not.toContain('Medel för regionerna');
    expect(check.out).toContain('Beloppet för raden ”Medel till regionerna” är 63 000 000 kr, men 7.2 Statens medelstilldelning för överenskommelsen, tabell anger 62 500 000 kr');
    expect(check.out.match(/^FEL /gm)).toHaveLength(2);
    const dist = await cli(['distribute', '--agreement', book, '--line', id, '--format', 'json']);
    expect(dist.code).toBe(0);
    const line = (JSON.parse(dist.out) as { lines: { amount: string; distribution: { rows: { id: string; amount: string }[] } }[] }).lines[0]!;
    expect(line.amount).toBe('63000000');
    const uppsala = line.distribution.rows.find((r) => r.id === '03')!.amount;
    expect(line.distribution.rows.reduce((s, r) => s.plus(r.amount), new Decimal(0)).toFixed()).toBe('63000000');

    // 5. Region Uppsala's requisition carries its share of the corrected amount.
    const rekv = join(dir, 'rekvisition.xlsx');
    const report = await cli(['report', 'rekvisition', '--agreement', book, '--recipient', '03', '--out', rekv]);
    expect(report.err).toBe('');
    expect(report.code).toBe(0);
    const r = new ExcelJS.Workbook();
    await r.xlsx.readFile(rekv);
    const amounts: unknown[] = [];
    r.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => amounts.push(c.value))));
    expect(amounts).toContain(Number(uppsala));

    // 6. The deadlines as a calendar file.
    const ics = join(dir, 'tidsfrister.ics');
    const deadlines = await cli(['deadlines', book, '--today', '2023-02-01', '--ics', ics]);
    expect(deadlines.code).toBe(0);
    expect(readFileSync(ics, 'utf8')).toMatch(/BEGIN:VEVENT[\s\S]*Rekvisition/);
  });
});
