import type Decimal from 'decimal.js';
import Papa from 'papaparse';
import { Dec, parseAmount, UNITS, type Unit } from '../money';
import { REGIONS, matchRegionName, suggestRegionName } from '../reference';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { REVIEW_MESSAGES as M } from './messages';

/** Where a figure came from: the line (or grid row) and column of the input, and its words as written. */
export interface SourceText {
  readonly line: number;
  readonly column?: number;
  readonly text: string;
}

export interface PublishedAmount {
  readonly amount: Decimal;
  readonly source: SourceText;
}

export interface PublishedRow {
  /** County code. */
  readonly id: string;
  /** The region's official name. */
  readonly name: string;
  /** The name as the table wrote it. */
  readonly label: SourceText;
  /** One per column, in column order. */
  readonly amounts: readonly PublishedAmount[];
}

export interface PublishedColumn {
  /** The header over the column, when the table has one ("Landsbygdssatsning kronor"). */
  readonly name: string | null;
  /** The table's own total row ("Totalt"), when it has one. */
  readonly total: PublishedAmount | null;
  /** What the column is rounded to: kronor, or tkr / mnkr when its header says so. Amounts are in kronor. */
  readonly unit: Unit;
}

/** An amount the text around the table states ("1 357 000 000 utifrån befolkningsmängd"), with its sentence. */
export interface TextAmount {
  readonly amount: Decimal;
  readonly phrase: string;
  readonly source: SourceText;
}

export interface PublishedTable {
  readonly columns: readonly PublishedColumn[];
  readonly rows: readonly PublishedRow[];
  /** Amounts of 100 000 kr or more in the text before the table. */
  readonly textAmounts: readonly TextAmount[];
}

export type TableFormat = 'auto' | 'text' | 'csv';

export interface ReadTableOptions {
  readonly format?: TableFormat;
  /** Refuse a table that lacks some of the 21 regions. Default true. */
  readonly requireAllRegions?: boolean;
}

export type GridCell = string | number | boolean | null | undefined;

/**
 * Reads a published table as it comes: text copied from a web page or a PDF (one cell a line, or
 * a row a line with cells separated by tabs or wide spaces), CSV, or any text with a header over a
 * few lines and prose around it. Region names become county codes; every amount keeps its words.
 */
export function readPublishedTable(text: string, options: ReadTableOptions = {}): Result<PublishedTable> {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return fail(makeIssue(M, 'TABLE_EMPTY', {}));
  const format = options.format ?? 'auto';
  if (format === 'csv' || (format === 'auto' && looksLikeCsv(clean))) {
    const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
    const errors = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter').slice(0, 5);
    if (errors.length > 0) {
      return fail(...errors.map((e) => makeIssue(M, 'TABLE_CSV_PARSE', { ...at((e.row ?? 0) + 1), detail: e.message })));
    }
    return readPublishedGrid(parsed.data, options);
  }
  return parseCells(textCells(clean), options);
}

/** The same, from a grid of cells: an Excel range, or CSV already split. */
export function readPublishedGrid(grid: readonly (readonly GridCell[])[], options: ReadTableOptions = {}): Result<PublishedTable> {
  const texts = grid.map((row) => row.map(cellText));
  // One width for the whole grid, so an empty cell inside the table is a missing amount, not the row's end.
  let width = 0;
  for (const row of texts) for (let c = row.length - 1; c >= width; c--) if (row[c] !== '') width = c + 1;
  const cells: Cell[] = [];
  const counts = new Map<number, number>();
  texts.forEach((row, r) => {
    let first = 0;
    while (first < width && (row[first] ?? '') === '') first++;
    if (first === width) return;
    for (let c = first; c < width; c++) {
      const t = row[c] ?? '';
      const next = row[c + 1];
      // A code column beside a name column: "01" and "Stockholm" are one label, checked against each other.
      const merged = c === first && /^\d{1,2}$/.test(t) && next !== undefined && next !== '' && kindOf(next) === 'text';
      if (merged) {
        cells.push({ text: `${t} ${next}`, line: r + 1, column: c + 1, kind: 'text' });
        c++;
      } else {
        // A county code first in a row is the row's label, not an amount.
        const code = c === first && width - first > 1 && /^\d{1,2}$/.test(t) && matchRegionName(t) !== undefined;
        cells.push({ text: t, line: r + 1, column: c + 1, kind: code ? 'text' : t === '' ? 'empty' : kindOf(t) });
      }
      const label = cells.at(-1) as Cell;
      if ((merged || c === first) && label.kind === 'text' && matchRegionName(label.text) !== undefined) {
        counts.set(width - 1 - c, (counts.get(width - 1 - c) ?? 0) + 1);
      }
    }
  });
  if (cells.length === 0) return fail(makeIssue(M, 'TABLE_EMPTY', {}));
  const columns = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return parseCells(cells, options, columns);
}

type Kind = 'amount' | 'numberish' | 'text' | 'empty';

interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column?: number;
  readonly kind: Kind;
}

const TOTAL_LABELS = new Set(['totalt', 'total', 'summa', 'totalsumma', 'totalt belopp', 'summa totalt', 'hela riket', 'riket', 'samtliga', 'alla regioner']);
const NAME_COLUMN_LABELS = new Set(['region', 'regioner', 'lan', 'landsting', 'mottagare', 'kod', 'namn', 'regionnamn', 'lansnamn', 'lanskod', 'county', 'name']);

const fold = (s: string): string =>
  s
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const SUFFIX = /\s*(kr\.?|kronor|sek|:-|tkr|mnkr|mkr|mdkr)$/i;
const GROUPED = /^[-−–+]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?$/;
const PLAIN = /^[-−–+]?\d+(?:[,.]\d+)?$/;
const DOTTED = /^[-−–+]?\d{1,3}(?:[.]\d{3})+(?:,\d+)?$/;

/** An amount only when its spaces are real thousands groups: "317 989 729 3 823 518" is two numbers glued, not one. */
function kindOf(text: string): Kind {
  const t = text.trim();
  if (t === '') return 'empty';
  const bare = t.replace(SUFFIX, '').trim();
  if ((GROUPED.test(bare) || PLAIN.test(bare) || DOTTED.test(bare)) && parseAmount(t).ok) return 'amount';
  return /\d/.test(t) && !/[a-zåäö]{3,}/i.test(bare) ? 'numberish' : 'text';
}

function cellText(v: GridCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v).trim();
}

function looksLikeCsv(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 2 && lines.filter((l) => l.includes(';')).length >= lines.length * 0.8;
}

/** Cells of copied text: one a line, or several on a line split by tabs or runs of two or more spaces. */
function textCells(text: string): Cell[] {
  const cells: Cell[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    // Tabs, runs of spaces, or the pipes of a Markdown table.
    const parts = line.replace(/^\|/, '').replace(/\|$/, '').split(/\t| {2,}|\s*\|\s*/).map((p) => p.trim()).filter((p) => p !== '' && !/^:?-{3,}:?$/.test(p));
    if (parts.length === 1) {
      // "Stockholm 364 329 400": a name and one amount on a line, as a PDF often gives them.
      const m = /^(.*[^\d\s.,:-])\s+([-−–]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?:\s*kr)?)$/.exec(line);
      const head = m ? { text: (m[1] as string).trim(), line: i + 1, kind: 'text' as const } : undefined;
      if (m && head && kindOf(m[2] as string) === 'amount' && (matchRegionName(head.text) !== undefined || isTotal(head))) {
        cells.push({ text: (m[1] as string).trim(), line: i + 1, kind: 'text' });
        cells.push({ text: m[2] as string, line: i + 1, kind: 'amount' });
        return;
      }
    }
    for (const p of parts) cells.push({ text: p, line: i + 1, kind: kindOf(p) });
  });
  return cells;
}

function at(line: number, column?: number): { at: string; atEn: string } {
  return column === undefined ? { at: `rad ${line}`, atEn: `line ${line}` } : { at: `rad ${line}, kolumn ${column}`, atEn: `row ${line}, column ${column}` };
}
const atCell = (c: Cell) => at(c.line, c.column);
const source = (c: Cell): SourceText => ({ line: c.line, ...(c.column === undefined ? {} : { column: c.column }), text: c.text });
const isTotal = (c: Cell): boolean => c.kind === 'text' && TOTAL_LABELS.has(fold(c.text));
/** "Summa Norra", "Delsumma", "Södra sjukvårdsregionen": a subtotal inside the table, skipped. */
const isSubtotal = (c: Cell): boolean => {
  if (c.kind !== 'text') return false;
  const f = fold(c.text);
  return /^(summa|totalt?|delsumma|varav) /.test(f) || f === 'delsumma' || /sjukvardsregion|samverkansregion/.test(f);
};

const amountLike = (c: Cell | undefined): boolean => c?.kind === 'amount' || c?.kind === 'numberish';

/** `columns`: how many amount columns, when the layout says (a grid); else the first row's count. */
function parseCells(cells: readonly Cell[], options: ReadTableOptions, columns?: number): Result<PublishedTable> {
  let start = cells.findIndex((c, i) => c.kind === 'text' && amountLike(cells[i + 1]) && matchRegionName(c.text) !== undefined);
  if (start < 0) return fail(makeIssue(M, 'TABLE_NOT_FOUND', {}));
  let k = 0;
  if (columns !== undefined && columns > 0) k = columns;
  else while (amountLike(cells[start + 1 + k])) k++;
  // A misspelt first row ("Stokholm") is still the table's first row, to be refused with its name.
  while (start - (k + 1) >= 0) {
    const label = cells[start - (k + 1)] as Cell;
    const amounts = cells.slice(start - k, start);
    if (label.kind !== 'text' || !amounts.every(amountLike) || suggestRegionName(label.text) === undefined) break;
    start -= k + 1;
  }

  const before = cells.slice(0, start);
  const { names, proseEnd, units } = headerNames(before, k);
  const issues: Issue[] = [];
  const rows: PublishedRow[] = [];
  const seen = new Map<string, Cell>();
  let totals: (PublishedAmount | null)[] = Array.from({ length: k }, () => null);
  let sawTotal = false;
  let p = start;
  while (p < cells.length) {
    const label = cells[p] as Cell;
    if (label.kind === 'amount' || label.kind === 'numberish') {
      const prev = rows.at(-1);
      issues.push(makeIssue(M, 'TABLE_EXTRA_AMOUNT', { ...atCell(label), label: prev?.label.text ?? '', text: label.text, columns: k }));
      p++;
      continue;
    }
    if (label.kind === 'empty') {
      p++;
      continue;
    }
    const total = isTotal(label);
    const subtotal = !total && isSubtotal(label);
    const region = total || subtotal ? undefined : matchRegionName(label.text);
    const follows = cells[p + 1]?.kind;
    if (subtotal && amountLike(cells[p + 1])) {
      p++;
      while (amountLike(cells[p])) p++;
      continue;
    }
    if (!total && region === undefined) {
      // After the total row, numbers under other words (a phone number in the footer) are not the table's.
      if (!sawTotal && (follows === 'amount' || follows === 'numberish')) {
        const suggestion = suggestRegionName(label.text);
        issues.push(makeIssue(M, 'TABLE_UNKNOWN_REGION', { ...atCell(label), label: label.text, ...(suggestion ? { suggestion: suggestion.name } : {}) }));
        p++;
        while (cells[p]?.kind === 'amount' || cells[p]?.kind === 'numberish') p++;
        continue;
      }
      break; // the text after the table
    }
    const amounts: (PublishedAmount | null)[] = [];
    let q = p + 1;
    for (let j = 0; j < k; j++) {
      const c = cells[q];
      if (c?.kind === 'amount') {
        amounts.push({ amount: inKronor(c.text, units[j] ?? UNITS.krona), source: source(c) });
        q++;
      } else if (c?.kind === 'numberish' || (c?.kind === 'text' && !total && !isTotal(c) && matchRegionName(c.text) === undefined && j === 0)) {
        issues.push(makeIssue(M, 'TABLE_AMOUNT_NOT_NUMBER', { ...atCell(c), label: label.text, text: c.text }));
        amounts.push(null);
        q++;
      } else if (c?.kind === 'empty') {
        issues.push(makeIssue(M, 'TABLE_MISSING_AMOUNT', { ...atCell(c), label: label.text, column: j + 1 }));
        amounts.push(null);
        q++;
      } else {
        if (!total) issues.push(makeIssue(M, 'TABLE_MISSING_AMOUNT', { ...atCell(label), label: label.text, column: j + 1 }));
        amounts.push(null);
      }
    }
    p = q;
    // The last total row is the table's; one met earlier was the total of a part of it.
    if (total) {
      totals = amounts;
      sawTotal = true;
      continue;
    }
    const r = region as NonNullable<typeof region>;
    const first = seen.get(r.code);
    if (first) {
      issues.push(makeIssue(M, 'TABLE_DUPLICATE_REGION', { ...atCell(label), label: label.text, name: r.name, first: atCell(first).at }));
      continue;
    }
    seen.set(r.code, label);
    if (amounts.every((a) => a !== null)) rows.push({ id: r.code, name: r.name, label: source(label), amounts: amounts as PublishedAmount[] });
  }

  if (options.requireAllRegions !== false && issues.length === 0) {
    const missing = REGIONS.filter((r) => !seen.has(r.code));
    if (missing.length > 0) {
      issues.push(makeIssue(M, 'TABLE_MISSING_REGIONS', { names: missing.map((r) => `${r.name} (${r.code})`).join(', '), count: missing.length }));
    }
  }
  if (issues.length > 0) return fail(...issues);

  // A column with öre in it was rounded to öre, whatever its header says.
  const unitOf = (j: number): Unit =>
    rows.some((r) => !(r.amounts[j] as PublishedAmount).amount.isInteger()) || (totals[j] && !totals[j].amount.isInteger()) ? UNITS.ore : (units[j] ?? UNITS.krona);
  return ok({
    columns: totals.map((t, j) => ({ name: names[j] ?? null, total: t, unit: unitOf(j) })),
    rows,
    textAmounts: before.slice(0, proseEnd).flatMap(textAmounts),
  });
}

/**
 * The header: the short cells right above the first row, back to the prose (a sentence). After the
 * name column's own label ("Region", "Län"), the cells split evenly over the amount columns:
 * "Medel i" / "kronor" / "Landsbygdssatsning" / "kronor" over two columns.
 */
function headerNames(before: readonly Cell[], k: number): { names: (string | null)[]; proseEnd: number; units: Unit[] } {
  let h = before.length;
  while (h > 0) {
    const c = before[h - 1] as Cell;
    if (c.text.length > 40 || /[.!?]$/.test(c.text)) break;
    h--;
  }
  const header = before.slice(h);
  let from = 0;
  header.forEach((c, i) => {
    if (NAME_COLUMN_LABELS.has(fold(c.text))) from = i + 1;
  });
  const parts = header.slice(from).map((c) => c.text.replace(/:$/, '').trim());
  const names: (string | null)[] =
    parts.length === 0 ? [] : k === 1 ? [parts.join(' ')] : parts.length % k !== 0 ? [] : Array.from({ length: k }, (_, j) => parts.slice((j * parts.length) / k, ((j + 1) * parts.length) / k).join(' '));
  // A unit named over one column is that column's; named only above the table, every column's.
  const whole = unitIn(header.map((c) => c.text).join(' '));
  const units = Array.from({ length: k }, (_, j) => (names[j] ? unitIn(names[j] as string) : undefined) ?? whole ?? UNITS.krona);
  return { names, proseEnd: h, units };
}

function unitIn(text: string): Unit | undefined {
  const f = fold(text);
  if (/\b(tkr|tusen kronor|tusental kronor|tsek)\b/.test(f)) return UNITS.tkr;
  if (/\b(mnkr|mkr|miljoner kronor|msek)\b/.test(f)) return UNITS.mnkr;
  return /\b(kr|kronor|sek)\b/.test(f) ? UNITS.krona : undefined;
}

/** A cell's amount in kronor: its own suffix ("364 tkr") decides, else the column's unit. */
function inKronor(text: string, unit: Unit): Decimal {
  const value = (parseAmount(text) as { ok: true; value: Decimal }).value;
  return SUFFIX.test(text.trim()) || unit.exponent === 0 ? value : value.times(new Dec(10).pow(unit.exponent));
}

const SCALE: Readonly<Record<string, number>> = { miljarder: 9, miljard: 9, mdkr: 9, miljoner: 6, miljon: 6, mnkr: 6, mkr: 6, tkr: 3 };
const PROSE_AMOUNT = /(?<![\d,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?:\s+(miljarder|miljard|miljoner|miljon|mdkr|mnkr|mkr|tkr)\b)?/gi;
const MIN_TEXT_AMOUNT = 100_000;

function textAmounts(c: Cell): TextAmount[] {
  if (c.kind !== 'text') return [];
  const found: TextAmount[] = [];
  for (const m of c.text.matchAll(PROSE_AMOUNT)) {
    const number = `${(m[1] as string).replace(/\D/g, '')}${m[2] ? `,${m[2]}` : ''}`;
    const parsed = parseAmount(number + (m[3] ? '' : ''));
    if (!parsed.ok) continue;
    const amount = m[3] ? parsed.value.times(`1e${SCALE[(m[3] as string).toLowerCase()] ?? 0}`) : parsed.value;
    if (amount.lt(MIN_TEXT_AMOUNT) || !amount.isInteger()) continue;
    found.push({ amount, phrase: (m[0] as string).trim(), source: { line: c.line, text: sentenceAround(c.text, m.index ?? 0) } });
  }
  return found;
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf('. ', index) + (text.lastIndexOf('. ', index) >= 0 ? 2 : 0));
  const end = text.indexOf('. ', index);
  return text.slice(start, end < 0 ? undefined : end + 1).trim();
}
