import ExcelJS from 'exceljs';
import { FOLLOW_UP_TITLE, followUpSheet, type FollowUp } from '../core/review';
import { renderSheet } from './render';

const TITLE = FOLLOW_UP_TITLE.sv;

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

/**
 * The follow-up workbook: one row per returned report (recipient, agreement lines, amounts,
 * repayment, status, findings) with a total row, and every finding with its file, sheet and cell.
 */
export async function followUpWorkbook(f: FollowUp, generatedAt: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bidragskollen';
  wb.title = TITLE;
  // The follow-up's layout is the core's, the same sheet the pane writes into a workbook.
  const sheet = followUpSheet(f, { generatedAt, lang: 'sv' });
  const ws = wb.addWorksheet(sheet.sheetName);
  await renderSheet(ws, sheet, { sheetNameOf: () => undefined, kept: new Map() });
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + f.reports.length, column: sheet.columns.length } };

  const fs = wb.addWorksheet('Anmärkningar', { views: [{ state: 'frozen', ySplit: 1 }] });
  fs.addRow(['Fil', 'Blad', 'Cell', 'Namn', 'Kod', 'Allvar', 'Anmärkning']).font = { bold: true };
  [28, 22, 8, 44, 30, 10, 100].forEach((w, i) => (fs.getColumn(i + 1).width = w));
  const severity = { error: 'fel', warning: 'varning', info: 'info' } as const;
  for (const x of f.findings) fs.addRow([x.location.file, x.location.sheet, x.location.cell ?? '', x.location.name ?? '', x.code, severity[x.severity], x.message]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
