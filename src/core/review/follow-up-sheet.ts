import { amount, cellRef, columnLetters, date, EMPTY, FORMAT, SheetBuilder, text, translator, type CellValue, type Sheet } from '../sheet';
import type { Lang } from '../result';
import { STATUS_LABELS, type FollowUp } from './follow-up';

export const FOLLOW_UP_TITLE = { sv: 'Uppföljning av ekonomiska redovisningar', en: 'Follow-up of financial reports' } as const;

/**
 * The follow-up as a sheet of the sheet model: one row per returned report (where it came from,
 * agreement, recipient, lines, amounts, repayment, status, and every finding with its cell), a
 * total row over the reviewed ones. The pane writes it into the workbook; the .xlsx writer beside
 * its sheet of findings.
 */
export function followUpSheet(f: FollowUp, o: { readonly generatedAt: string; readonly lang: Lang }): Sheet {
  const t = translator(o.lang);
  const headers = [
    t('Fil', 'File'),
    t('Blad', 'Sheet'),
    t('Överenskommelse', 'Agreement'),
    t('Mottagare', 'Recipient'),
    t('Rader i överenskommelsen', 'Agreement lines'),
    t('Belopp enligt överenskommelsen', 'Amount by the agreement'),
    t('Erhållet', 'Received'),
    t('Kostnader', 'Costs'),
    t('Ej förbrukat', 'Unused'),
    t('Att återbetala', 'To repay'),
    t('Senast', 'By'),
    t('Status', 'Status'),
    t('Anmärkningar', 'Findings'),
  ];
  const b = new SheetBuilder(headers.length);
  b.put('A1', text(FOLLOW_UP_TITLE[o.lang]), 'title');
  b.put('A2', text(t(`Skapad av Bidragskollen ${o.generatedAt}. ${f.reports.length} redovisningar.`, `Made by Bidragskollen ${o.generatedAt}. ${f.reports.length} reports.`)), 'note');
  const headerRow = 3;
  headers.forEach((h, i) => b.put(cellRef(i + 1, headerRow), text(h), 'tableHeader'));
  b.row = headerRow + 1;
  const money = (d: { toFixed(): string } | null): CellValue => (d === null ? EMPTY : amount(d));
  for (const r of f.reports) {
    const cells: CellValue[] = [
      text(r.file),
      text(r.sheet),
      r.agreementId ? text(r.agreementId) : EMPTY,
      text([r.recipientCode, r.recipientName].filter(Boolean).join(' ')),
      text(r.lines.map((l) => l.id).join(', ')),
      money(r.agreed),
      money(r.received),
      money(r.costs),
      money(r.unused),
      money(r.toRepay),
      r.repayBy ? date(r.repayBy) : EMPTY,
      text(STATUS_LABELS[r.status][o.lang]),
      text(r.findings.map((x) => `${x.location.cell ? `${x.location.cell}: ` : ''}${o.lang === 'sv' ? x.message : x.messageEn}`).join('\n')),
    ];
    cells.forEach((v, i) => b.put(cellRef(i + 1, b.row), v, 'generated', i >= 5 && i <= 9 ? { numFmt: FORMAT.kronor } : i === 10 ? { numFmt: FORMAT.date } : {}));
    b.row++;
  }
  const tt = f.totals;
  b.put(cellRef(1, b.row), text(t('Summa (granskade)', 'Total (reviewed)')), 'total');
  [tt.agreed, tt.received, tt.costs, tt.unused, tt.toRepay].forEach((d, i) => b.put(cellRef(6 + i, b.row), amount(d), 'total', { numFmt: FORMAT.kronor }));
  const last = b.row;
  return {
    id: 'uppfoljning:redovisningar',
    sheetName: t('Uppföljning', 'Follow-up'),
    namePrefix: 'bk_uppf',
    columns: [28, 22, 28, 30, 36, 18, 16, 16, 16, 16, 12, 14, 80],
    cells: b.cells,
    print: { paper: 'A4', orientation: 'landscape', area: `A1:${columnLetters(headers.length)}${last}`, repeatRows: `${headerRow}:${headerRow}` },
    protect: false,
    freezeRows: headerRow,
  };
}
