import ExcelJS from 'exceljs';
import type Decimal from 'decimal.js';
import { STATUS_LABELS, type FollowUp } from '../core/review';
import { excelSerial } from './serial';

const AMOUNT = '#,##0';
const TITLE = 'Uppföljning av ekonomiska redovisningar';

/** Whether an existing file is a follow-up this writer made, and so may be replaced by a new one. */
export async function isFollowUpWorkbook(bytes: Uint8Array): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return false;
  }
  return wb.title === TITLE && wb.worksheets.every((ws) => ws.name === 'Uppföljning' || ws.name === 'Anmärkningar');
}
const DATE = 'yyyy-mm-dd';

/** A whole-krona amount as the double a cell holds: refuse one a cell cannot carry to the digit. */
function cellAmount(d: Decimal | null): number | null {
  if (d === null) return null;
  if (d.sd(true) > 15) throw new RangeError(`${d.toFixed()} has more digits than a spreadsheet cell keeps`);
  return d.toNumber();
}

/**
 * The follow-up workbook: one row per returned report (recipient, agreement lines, amounts,
 * repayment, status, findings) with a total row, and every finding with its file, sheet and cell.
 */
export async function followUpWorkbook(f: FollowUp, generatedAt: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bidragskollen';
  wb.title = TITLE;
  const ws = wb.addWorksheet('Uppföljning', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.getCell('A1').value = TITLE;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `Skapad av Bidragskollen ${generatedAt}. ${f.reports.length} redovisningar.`;
  const headers = [
    'Fil',
    'Blad',
    'Överenskommelse',
    'Mottagare',
    'Rader i överenskommelsen',
    'Belopp enligt överenskommelsen',
    'Erhållet',
    'Kostnader',
    'Ej förbrukat',
    'Att återbetala',
    'Senast',
    'Status',
    'Anmärkningar',
  ];
  const widths = [28, 22, 28, 30, 36, 18, 16, 16, 16, 16, 12, 14, 80];
  ws.addRow(headers).font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const r of f.reports) {
    const row = ws.addRow([
      r.file,
      r.sheet,
      r.agreementId ?? '',
      [r.recipientCode, r.recipientName].filter(Boolean).join(' '),
      r.lines.map((l) => l.id).join(', '),
      cellAmount(r.agreed),
      cellAmount(r.received),
      cellAmount(r.costs),
      cellAmount(r.unused),
      cellAmount(r.toRepay),
      r.repayBy ? excelSerial(r.repayBy) : null,
      STATUS_LABELS[r.status].sv,
      r.findings.map((x) => `${x.location.cell ? `${x.location.cell}: ` : ''}${x.message}`).join('\n'),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const t = f.totals;
  const total = ws.addRow(['Summa (granskade)', '', '', '', '', cellAmount(t.agreed), cellAmount(t.received), cellAmount(t.costs), cellAmount(t.unused), cellAmount(t.toRepay)]);
  total.font = { bold: true };
  for (const c of [6, 7, 8, 9, 10]) ws.getColumn(c).numFmt = AMOUNT;
  ws.getColumn(11).numFmt = DATE;
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + f.reports.length, column: headers.length } };

  const fs = wb.addWorksheet('Anmärkningar', { views: [{ state: 'frozen', ySplit: 1 }] });
  fs.addRow(['Fil', 'Blad', 'Cell', 'Namn', 'Kod', 'Allvar', 'Anmärkning']).font = { bold: true };
  [28, 22, 8, 44, 30, 10, 100].forEach((w, i) => (fs.getColumn(i + 1).width = w));
  const severity = { error: 'fel', warning: 'varning', info: 'info' } as const;
  for (const x of f.findings) fs.addRow([x.location.file, x.location.sheet, x.location.cell ?? '', x.location.name ?? '', x.code, severity[x.severity], x.message]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
