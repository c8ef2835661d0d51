import { auditJson, auditRows, distributionAudit } from '../audit';
import type { Distribution } from '../distribution';
import { unitDecimals } from '../money';
import type { Lang } from '../result';
import { FORMAT, SheetBuilder, approx, cellRef, columnLetters, formula, namePrefix, nameSafe, number, sheetId, text, translator, type CellValue, type Sheet } from '../sheet';
import type { GenerationInfo } from './grant';

export interface DistributionSheetInput {
  readonly agreement: { readonly id: string; readonly title: string };
  readonly line: { readonly id: string; readonly title: string };
  readonly distribution: Distribution;
  readonly lang: Lang;
  readonly stamp: GenerationInfo;
}

type Row = Distribution['rows'][number];

/** The table's columns by what they hold, with their headings: writers write them, readers find columns by them. */
export const DISTRIBUTION_COLUMNS = {
  code: { sv: 'Kod', en: 'Code' },
  recipient: { sv: 'Mottagare', en: 'Recipient' },
  population: { sv: 'Befolkning', en: 'Population' },
  weight: { sv: 'Vikt', en: 'Weight' },
  quota: { sv: 'Exakt andel, kr', en: 'Exact quota, SEK' },
  fixed: { sv: 'Fast belopp, kr', en: 'Fixed amount, SEK' },
  amount: { sv: 'Belopp, kr', en: 'Amount, SEK' },
} as const;

export type DistributionColumn = keyof typeof DISTRIBUTION_COLUMNS;

/** The column a heading names, in either language, as a user's Excel shows it (case and spaces aside). */
export function distributionColumn(heading: unknown): DistributionColumn | undefined {
  if (typeof heading !== 'string') return undefined;
  const h = heading.trim().replace(/\s+/g, ' ').toLowerCase();
  return (Object.keys(DISTRIBUTION_COLUMNS) as DistributionColumn[]).find((k) => DISTRIBUTION_COLUMNS[k].sv.toLowerCase() === h || DISTRIBUTION_COLUMNS[k].en.toLowerCase() === h);
}

/** The table's header row. */
export const DISTRIBUTION_HEADER_ROW = 4;

export const distributionSheetId = (agreementId: string, lineId: string): string => sheetId('distribution', agreementId, lineId);

/** Excel table names: letters, digits and underscores, starting with a letter. */
export const tableNameFor = (lineId: string): string => `bk_fordelning_${nameSafe(lineId)}`.slice(0, 250);

/**
 * A distribution as an Excel table (code, recipient, weight, exact quota, fixed amount when there is
 * one, amount, with a totals row) and, beside it, the amount, the difference from it and the check
 * as live formulas, and the audit record: method, unit, tie-break, key, source and reference date.
 */
export function distributionSheet(x: DistributionSheetInput): Sheet {
  const t = translator(x.lang);
  const d = x.distribution;
  const amountFormat = unitDecimals(d.unit) > 0 ? FORMAT.ore : FORMAT.kronor;
  const hasFixed = d.rows.some((r) => !r.fixed.isZero());
  const population = d.source?.kind === 'population';
  const columns: { key: DistributionColumn; width: number; format: string; cell: (r: Row) => CellValue }[] = [
    { key: 'code', width: 10, format: FORMAT.general, cell: (r) => text(r.id) },
    { key: 'recipient', width: 32, format: FORMAT.general, cell: (r) => text(r.name) },
    { key: population ? 'population' : 'weight', width: 14, format: population ? FORMAT.count : FORMAT.weight, cell: (r) => number(r.weight) },
    { key: 'quota', width: 18, format: FORMAT.quota, cell: (r) => approx(r.quota.toSignificantDigits(15)) },
    ...(hasFixed ? [{ key: 'fixed' as const, width: 16, format: amountFormat, cell: (r: Row) => number(r.fixed) }] : []),
    { key: 'amount', width: 16, format: amountFormat, cell: (r) => number(r.amount) },
  ];
  const width = columns.length;
  const last = columnLetters(width);
  const b = new SheetBuilder(width);
  b.banner(text(`${t('Fördelning', 'Distribution')}: ${x.line.title}`), 'title', 24);
  b.banner(text(x.agreement.title), 'subtitle');
  b.skip();

  const headerRow = DISTRIBUTION_HEADER_ROW;
  columns.forEach((c, i) => b.put(cellRef(i + 1, headerRow), text(DISTRIBUTION_COLUMNS[c.key][x.lang]), 'text'));
  const first = headerRow + 1;
  d.rows.forEach((r, i) => columns.forEach((c, j) => b.put(cellRef(j + 1, first + i), c.cell(r), 'text', { numFmt: c.format })));
  const lastRow = headerRow + d.rows.length;
  const totalRow = lastRow + 1;
  const totalRef = cellRef(width, totalRow);
  columns.forEach((c, i) => {
    const at = cellRef(i + 1, totalRow);
    if (i === 0) b.put(at, text(t('Summa', 'Total')), 'text');
    else if (c.key !== 'recipient') b.put(at, formula(`SUBTOTAL(109,${columnLetters(i + 1)}${first}:${columnLetters(i + 1)}${lastRow})`), 'text', { numFmt: c.format, ...(c.key === 'amount' ? { anchor: 'total' } : {}) });
  });

  // Beside the table: the check that it foots, then the audit record.
  const side = width + 2;
  const label = columnLetters(side);
  const value = columnLetters(side + 1);
  b.put(`${label}${headerRow}`, text(t('Underlag (skapat av Bidragskollen)', 'Basis (created by Bidragskollen)')), 'heading', { merge: `${label}${headerRow}:${value}${headerRow}` });
  let row = headerRow + 1;
  const line = (l: string, v: CellValue, style: 'generated' | 'check' | 'audit', extra: { numFmt?: string; anchor?: string } = {}) => {
    b.put(`${label}${row}`, text(l), style === 'check' ? 'generated' : style);
    return b.put(`${value}${row++}`, v, style, extra);
  };
  const amountRef = line(t('Belopp att fördela, kr', 'Amount to distribute, SEK'), number(d.amount), 'generated', { numFmt: amountFormat, anchor: 'amount' });
  const diff = line(t('Differens mot summan (ska vara 0)', 'Difference from the total (must be 0)'), formula(`${totalRef}-${amountRef}`), 'generated', { numFmt: amountFormat });
  line(t('Rest vid vanlig avrundning, kr', 'Residual of plain rounding, SEK'), number(d.plainRoundingResidual), 'generated', { numFmt: amountFormat });
  const record = distributionAudit(x.agreement.id, x.line.id, d, x.stamp);
  for (const [l, v] of auditRows(record, x.lang, d.unit)) line(l, text(v), 'audit');
  // Last, so the audit rows stay where readers of earlier sheets find them.
  line(t('Kontroll', 'Check'), formula(`IF(${diff}=0,"${t('Summan stämmer.', 'The total matches.')}","${t('Summan stämmer inte.', 'The total does not match.')}")`), 'check');
  const bottom = Math.max(totalRow, row - 1);

  return {
    id: distributionSheetId(x.agreement.id, x.line.id),
    sheetName: t('Fördelning', 'Distribution'),
    namePrefix: namePrefix('fordelning', x.agreement.id, x.line.id),
    columns: [...columns.map((c) => c.width), 3, 34, 44],
    cells: b.cells,
    rowHeights: b.rowHeights,
    print: { paper: 'A4', orientation: 'landscape', area: `A1:${value}${bottom}`, repeatRows: `${headerRow}:${headerRow}` },
    protect: false,
    freezeRows: headerRow,
    table: { range: `A${headerRow}:${last}${totalRow}`, name: tableNameFor(x.line.id), totalsRow: true },
    audit: auditJson(record),
  };
}

