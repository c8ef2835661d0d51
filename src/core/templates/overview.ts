import { DISTRIBUTION_KEY_LABELS, walkLines, type Agreement, type Line } from '../agreements';
import { recipientLabel, type CheckIssue } from '../checks';
import type { DeadlineView } from '../deadlines';
import { issueText, type Lang } from '../result';
import { EMPTY, FORMAT, SheetBuilder, amount, date, formula, namePrefix, number, sheetId, text, translator, type Sheet, type Tr } from '../sheet';
import type { GenerationInfo } from './grant';

export interface OverviewInput {
  readonly agreement: Agreement;
  readonly checks: readonly CheckIssue[];
  readonly deadlines: readonly DeadlineView[];
  /** YYYY-MM-DD the deadline statuses refer to. */
  readonly today: string;
}

/**
 * An agreement on one sheet: its areas and lines with recipients and amounts, the areas' sum
 * against the stated total as live formulas, what the checks found, and the deadlines with status.
 */
export function overviewTemplate(x: OverviewInput, lang: Lang, info: GenerationInfo): Sheet {
  const t = translator(lang);
  const a = x.agreement;
  const b = new SheetBuilder(6);
  b.banner(text(lang === 'en' && a.titleEn ? a.titleEn : a.title), 'title', 30);
  b.banner(text(`${t('Id', 'Id')}: ${a.id}. ${t('Källa', 'Source')}: ${a.document}`), 'note');
  b.skip();

  const header = b.row;
  [t('Område / rad', 'Area / line'), t('Mottagare', 'Recipient'), t('Nyckel', 'Key'), t('Finansieras av', 'Funded by'), t('Anslagspost', 'Appropriation'), t('Belopp, kr', 'Amount, SEK')].forEach(
    (h, i) => b.put(`${'ABCDEF'[i]}${header}`, text(h), 'tableHeader'),
  );
  b.rowHeights[header] = 30;
  b.row++;
  const areaRows: number[] = [];
  for (const v of walkLines(a)) {
    if (v.depth === 0) areaRows.push(b.row);
    const indent = '    '.repeat(v.depth);
    b.put(`A${b.row}`, text(indent + v.line.title), v.depth === 0 ? 'total' : 'generated');
    b.put(`B${b.row}`, text(lineRecipient(v.line, lang)), 'generated');
    // Excel and LibreOffice do not grow a row for wrapped text written by a program; printed, a long
    // area name would be cut. The row is made as tall as its longest wrapped cell.
    const height = wrappedHeight([
      [indent + v.line.title, COLUMNS[0]],
      [lineRecipient(v.line, lang), COLUMNS[1]],
    ]);
    if (height > LINE_POINTS) b.rowHeights[b.row] = height;
    b.put(`C${b.row}`, text(v.line.key ? DISTRIBUTION_KEY_LABELS[v.line.key][lang] : ''), 'generated');
    b.put(`D${b.row}`, text(v.funder === 'state' ? t('staten', 'the state') : v.funder === 'regions' ? t('regionerna', 'the regions') : ''), 'generated');
    const ap = v.line.appropriation;
    b.put(`E${b.row}`, ap?.anslagspost ? text(`${ap.anslag} ap. ${ap.anslagspost}`) : EMPTY, 'generated');
    b.put(`F${b.row}`, v.line.amount ? amount(v.line.amount) : text(t('ej angivet', 'not stated')), v.depth === 0 ? 'total' : 'generated', { numFmt: FORMAT.kronor });
    b.row++;
  }
  b.skip();
  const sumAreas = b.amountField(t('Summa områden', 'Sum of the areas'), formula(areaRows.length ? areaRows.map((r) => `F${r}`).join('+') : '0'), 'total', FORMAT.kronor, { anchor: 'areas' });
  const stated = b.amountField(t('Totalt enligt överenskommelsen', 'Total according to the agreement'), a.total.amount ? amount(a.total.amount) : EMPTY, 'generated', FORMAT.kronor);
  if (a.stateShare.amount) b.amountField(t('varav statens andel', 'of which the state’s share'), amount(a.stateShare.amount), 'generated', FORMAT.kronor);
  if (a.regionsShare.amount) b.amountField(t('varav regionernas andel', 'of which the regions’ share'), amount(a.regionsShare.amount), 'generated', FORMAT.kronor);
  const diff = b.amountField(t('Differens (områden − totalt)', 'Difference (areas − total)'), formula(`${sumAreas}-${stated}`), 'total', FORMAT.kronor);
  b.banner(formula(`IF(${diff}=0,"${t('Områdena summerar till totalen.', 'The areas add up to the total.')}","${t('Områdena summerar inte till totalen.', 'The areas do not add up to the total.')}")`), 'check');
  b.skip();

  b.banner(text(t('Kontroller', 'Checks')), 'heading');
  if (x.checks.length === 0) b.banner(text(t('Kontrollerna hittade inget att anmärka på.', 'The checks found nothing to remark on.')), 'text');
  for (const c of x.checks) {
    b.put(`A${b.row}`, text(severityLabel(c.severity, t)), 'generated');
    b.put(`B${b.row}`, text(issueText(c, lang)), 'generated', { merge: `B${b.row}:F${b.row}` });
    b.rowHeights[b.row] = 45;
    b.row++;
  }
  b.skip();

  b.banner(text(`${t('Tidsfrister, status', 'Deadlines, status on')} ${x.today}`), 'heading');
  const dh = b.row;
  [t('Datum', 'Date'), t('Vad', 'What'), t('Status', 'Status'), t('Dagar kvar', 'Days left'), t('Sista arbetsdag', 'Last working day'), t('Vem', 'Who')].forEach((h, i) =>
    b.put(`${'ABCDEF'[i]}${dh}`, text(h), 'tableHeader'),
  );
  b.row++;
  for (const d of x.deadlines) {
    b.put(`A${b.row}`, d.precision === 'day' ? date(d.date) : text(d.date.slice(0, 7)), 'generated', { numFmt: FORMAT.date });
    b.put(`B${b.row}`, text(lang === 'sv' ? d.title : d.titleEn), 'generated');
    b.put(`C${b.row}`, text(statusLabel(d.status, t)), 'generated');
    b.put(`D${b.row}`, number(d.daysLeft), 'generated', { numFmt: FORMAT.count });
    b.put(`E${b.row}`, date(d.lastWorkingDay), 'generated', { numFmt: FORMAT.date });
    b.put(`F${b.row}`, text(d.by ?? ''), 'generated');
    b.rowHeights[b.row] = 30;
    b.row++;
  }
  b.skip();
  b.banner(text(`Bidragskollen ${info.productVersion}, ${info.generatedAt}`), 'audit');

  return {
    id: sheetId('overview', a.id),
    sheetName: t('Översikt', 'Overview'),
    namePrefix: namePrefix('overview', a.id),
    columns: [...COLUMNS],
    cells: b.cells,
    rowHeights: b.rowHeights,
    print: { paper: 'A4', orientation: 'landscape', area: `A1:F${b.row - 1}`, repeatRows: `${header}:${header}` },
    protect: true,
  };
}

const COLUMNS = [52, 22, 16, 14, 14, 16] as const;

/** One line of 11-point text, in points, with the cell's padding. */
const LINE_POINTS = 15;

/**
 * The height, in points, that shows every wrapped line of the given texts in columns of the given
 * widths (in characters). Words wrap whole, so a line holds up to the width; a word longer than the
 * width takes lines of its own. Bold and wide letters are allowed for by a tenth of margin.
 */
export function wrappedHeight(cells: readonly (readonly [string, number])[]): number {
  let lines = 1;
  for (const [value, width] of cells) {
    const room = Math.max(1, Math.floor(width * 0.9));
    let count = 1;
    // An indent takes room on the first line as letters do.
    let used = value.length - value.trimStart().length;
    for (const word of value.trim().split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= room) used = need;
      else if (used === 0) {
        count += Math.ceil(word.length / room) - 1;
        used = word.length % room || room;
      } else {
        count++;
        used = Math.min(word.length, room);
        count += Math.ceil(word.length / room) - 1;
      }
    }
    lines = Math.max(lines, count);
  }
  return lines * LINE_POINTS;
}


/** A line's own recipient as the checks name it ("Region Uppsala via SKR"). */
const lineRecipient = (line: Line, lang: Lang): string => (line.recipient ? recipientLabel(line.recipient)[lang] : '');

const severityLabel = (s: CheckIssue['severity'], t: Tr) => (s === 'error' ? t('Fel', 'Error') : s === 'warning' ? t('Varning', 'Warning') : t('Info', 'Info'));
const statusLabel = (s: DeadlineView['status'], t: Tr) => (s === 'passed' ? t('passerad', 'passed') : s === 'due-soon' ? t('snart', 'due soon') : t('kommande', 'upcoming'));
