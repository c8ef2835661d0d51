import { parseAmount } from '../money';
import { findAmounts, type AmountMention } from './amounts';
import { looksLikeRecipientCell, recipientInProse, recipientOfCell, type GroupRecipient } from './recipients';
import { collapse } from './normalise';

/** One row of an amounts table, as PDF extraction flattened it (label, amount, recipient). */
export interface TableRow {
  /** "2", "3.1", or "" for an unnumbered row. */
  readonly number: string;
  readonly label: string;
  readonly amount: AmountMention;
  /** The recipient cell as written, and what it names (undefined when mixed or absent). */
  readonly recipientCell: string | null;
  readonly recipient: GroupRecipient | undefined;
  /** The row's words, verbatim after whitespace is collapsed. */
  readonly quote: string;
  /** Amounts stated in prose inside the row's label cell ("i) … 1 250 000 kronor (mottagare …)"). */
  readonly items: readonly TableItem[];
  readonly kind: 'row' | 'total';
}

export interface TableItem {
  readonly label: string;
  readonly amount: AmountMention;
  readonly recipient: GroupRecipient | undefined;
  readonly quote: string;
}

const HEADER = /\b(Belopp|Kronor|Tkr|Mnkr|Miljoner kronor|Tusen kronor)\b/i;
/** An amount cell at the end of a row; a footnote digit glued on ("10 000 0001") is no fourth digit of a group. */
const BARE_TAIL = /(?:^|\s)(\d{1,3}(?:[ \u00a0]\d{3})+)\d?(?:\s+([A-ZÅÄÖa-zåäö][^\d]*?))?\s*$/;
/** In a table in thousands or millions, "12,5" and "750" are amounts too. */
const SCALED_TAIL = /(?:^|\s)(\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)(?:\s+([A-ZÅÄÖa-zåäö][^\d]*?))?\s*$/;

/** The unit a table header states: "Belopp (tkr)" is thousands, "mnkr" millions; kronor otherwise. */
export function tableScale(header: string): string {
  if (/\b(mnkr|mkr|miljoner kronor|milj\.? kr)\b/i.test(header)) return '1000000';
  if (/\b(tkr|tusen kronor|tusental kronor)\b/i.test(header)) return '1000';
  return '1';
}
const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2})?)\.?\s+(.*)$/;
const LIST_ITEM = /^\s*(?:[ivx]{1,4}|[a-h])\)\s/i;

/** Lines from a header row naming "Belopp" to the end of the given range. */
export function findTables(lines: readonly string[], start: number, end: number): { header: number; end: number }[] {
  const out: { header: number; end: number }[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    if (/^[A-ZÅÄÖ]/.test(line.trim()) && HEADER.test(line) && line.length < 80 && !/\d/.test(line.replace(/\d{4}/g, '')) && !/[.;]\s*$/.test(line)) out.push({ header: i, end });
  }
  return out.map((t, k) => ({ header: t.header, end: out[k + 1]?.header ?? end }));
}

/**
 * Reads the rows of a flattened table: label lines accumulate until a line ends in a bare amount
 * (thousands groups, no "kronor"), optionally followed by a recipient cell.
 */
export function readTableRows(lines: readonly string[], start: number, end: number, scale = '1'): TableRow[] {
  const rows: TableRow[] = [];
  const tailPattern = scale === '1' ? BARE_TAIL : SCALED_TAIL;
  let pending: string[] = [];
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    const text = collapse(line);
    if (text === '') {
      if (pending.length > 0) pending.push('');
      continue;
    }
    const tail = tailPattern.exec(text);
    const nextText = nextNonEmpty(lines, i + 1, end);
    const continuesAsProse = /^(kronor|kr\b|miljoner)/i.test(nextText);
    const rest = tail?.[2]?.trim();
    const restOk = rest === undefined || rest === '' || looksLikeRecipientCell(rest);
    const amountText = tail?.[1];
    if (!tail || !amountText || continuesAsProse || !restOk || LIST_ITEM.test(text)) {
      pending.push(text);
      if (pending.filter((p) => p !== '').length > 8) pending = pending.slice(-8);
      continue;
    }
    const labelHere = text.slice(0, tail.index).trim();
    // One cell per line (text extracted without layout): a lone recipient cell follows the amount.
    let cell = rest;
    const nextAt = nextNonEmptyAt(lines, i + 1, end);
    if (!cell && labelHere === '' && nextAt >= 0 && recipientOfCell(collapse(lines[nextAt] ?? '')) !== undefined) {
      cell = collapse(lines[nextAt] ?? '');
      i = nextAt;
    }
    const labelLines = [...pending, labelHere].filter((p) => p !== '' && !COLUMN_TITLE.test(p));
    pending = [];
    const rowText = collapse(labelLines.join(' ') + ' ' + text.slice(labelHere.length) + (cell !== rest ? ` ${cell}` : ''));
    const parsed = parseAmount(amountText, { suffix: false });
    if (!parsed.ok) continue;
    const amount: AmountMention = { raw: amountText, value: parsed.value.times(scale), index: 0, withUnit: scale !== '1' };
    const amountAt = rowText.lastIndexOf(amountText);
    const mention: AmountMention = { ...amount, index: amountAt };
    const { label, items } = splitCell(labelLines);
    const numbered = NUMBERED.exec(label);
    const cleanLabel = collapse(numbered ? (numbered[2] ?? '') : label).replace(/[:\s]+$/, '');
    rows.push({
      number: numbered?.[1] ?? '',
      label: cleanLabel,
      amount: mention,
      recipientCell: cell ? cell : null,
      recipient: cell ? recipientOfCell(cell) : undefined,
      quote: rowText,
      items,
      kind: /^total/i.test(cleanLabel) && !numbered ? 'total' : 'row',
    });
  }
  return rows;
}

/** A column's title standing on a line of its own above the first row. */
const COLUMN_TITLE = /^(mottagare|insats|insatser|område|områden|ändamål|belopp(?: \([^)]*\))?|kronor)$/i;

function nextNonEmptyAt(lines: readonly string[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (collapse(lines[i] ?? '') !== '') return i;
  return -1;
}

function nextNonEmpty(lines: readonly string[], from: number, end: number): string {
  for (let i = from; i < end; i++) {
    const t = collapse(lines[i] ?? '');
    if (t !== '') return t;
  }
  return '';
}

/** A cell's own label, and the amounts its listed items state in prose. */
function splitCell(labelLines: readonly string[]): { label: string; items: TableItem[] } {
  const firstItem = labelLines.findIndex((l) => LIST_ITEM.test(l));
  if (firstItem < 0) return { label: labelLines.join(' '), items: [] };
  const head = labelLines.slice(0, firstItem).filter((l) => !/:\s*$/.test(l) || firstItem === 1);
  const label = (head[0] ?? labelLines[0] ?? '').trim();
  const body = collapse(labelLines.slice(firstItem).join(' '));
  const parts = body.split(/(?=(?:^|\s)(?:[ivx]{1,4}|[a-h])\)\s)/i).map((p) => p.trim()).filter((p) => p !== '');
  const items: TableItem[] = [];
  for (const part of parts) {
    const amount = findAmounts(part).find((a) => a.withUnit);
    if (!amount) continue;
    const after = part.slice(amount.index + amount.raw.length);
    const before = part.slice(0, amount.index);
    const itemLabel = collapse(before.replace(LIST_ITEM, '').replace(/[:\s]+$/, ''));
    items.push({ label: itemLabel, amount, recipient: recipientInProse(before, after.replace(/^\d/, '')), quote: part.replace(/[,;]?\s*(och|samt)$/i, '') });
  }
  return { label, items };
}

