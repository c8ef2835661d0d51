import { auditJson, auditRows, distributionAudit, type GenerationStamp } from '../audit';
import type { Distribution } from '../distribution';
import { unitDecimals } from '../money';
import type { Lang } from '../result';
import { cellRef, columnLetters } from './a1';
import { EMPTY, PlanGrid, approx, columnRange, formula, num, text } from './grid';
import { NUMBER_FORMAT, type PlanCell, type SheetPlan } from './types';

export interface DistributionPlanInput {
  readonly agreement: { readonly id: string; readonly title: string };
  readonly line: { readonly id: string; readonly title: string };
  readonly distribution: Distribution;
  readonly lang: Lang;
  readonly stamp: GenerationStamp;
}

/** Where the table starts and which column holds what: the reader of generated tables uses the same. */
export const DISTRIBUTION_LAYOUT = {
  headerRow: 4,
  codeColumn: 1,
  nameColumn: 2,
  weightColumn: 3,
  quotaColumn: 4,
} as const;

export const distributionPlanId = (agreementId: string, lineId: string): string => `distribution:${agreementId}:${lineId}`;

/** Excel table names: letters, digits and underscores, starting with a letter. */
export const tableNameFor = (lineId: string): string =>
  `bk_fordelning_${lineId.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 250);

/**
 * A distribution as an Excel table (code, recipient, weight, exact quota, amount, with a totals row)
 * and, beside it, the amount, the difference from it as a live formula, and the audit record.
 */
export function distributionPlan(x: DistributionPlanInput): SheetPlan {
  const t = (sv: string, en: string) => (x.lang === 'sv' ? sv : en);
  const d = x.distribution;
  const amountFormat = unitDecimals(d.unit) > 0 ? NUMBER_FORMAT.ore : NUMBER_FORMAT.kronor;
  const hasFixed = d.rows.some((r) => !r.fixed.isZero());
  const population = d.source?.kind === 'population';
  const columns: { head: string; width: number; format: string; cell: (r: Distribution['rows'][number]) => PlanCell }[] = [
    { head: t('Kod', 'Code'), width: 10, format: NUMBER_FORMAT.general, cell: (r) => text(r.id) },
    { head: t('Mottagare', 'Recipient'), width: 32, format: NUMBER_FORMAT.general, cell: (r) => text(r.name) },
    { head: population ? t('Befolkning', 'Population') : t('Vikt', 'Weight'), width: 14, format: population ? NUMBER_FORMAT.count : '#,##0.######', cell: (r) => num(r.weight) },
    { head: t('Exakt andel, kr', 'Exact quota, SEK'), width: 18, format: NUMBER_FORMAT.quota, cell: (r) => approx(r.quota.toSignificantDigits(15)) },
    ...(hasFixed ? [{ head: t('Fast belopp, kr', 'Fixed amount, SEK'), width: 16, format: amountFormat, cell: (r: Distribution['rows'][number]) => num(r.fixed) }] : []),
    { head: t('Belopp, kr', 'Amount, SEK'), width: 16, format: amountFormat, cell: (r) => num(r.amount) },
  ];
  const width = columns.length;
  const last = columnLetters(width);
  const g = new PlanGrid();

  g.put(1, 1, text(`${t('Fördelning', 'Distribution')}: ${x.line.title}`));
  g.merge(`A1:${last}1`, 'title');
  g.put(1, 2, text(x.agreement.title));
  g.merge(`A2:${last}2`, 'subtitle');

  const { headerRow } = DISTRIBUTION_LAYOUT;
  columns.forEach((c, i) => g.put(i + 1, headerRow, text(c.head)));
  const first = headerRow + 1;
  d.rows.forEach((r, i) => columns.forEach((c, j) => g.put(j + 1, first + i, c.cell(r), c.format)));
  const lastRow = headerRow + d.rows.length;
  const totalRow = lastRow + 1;
  const sum = (col: number) => formula(`SUBTOTAL(109,${columnRange(col, first, lastRow)})`);
  const totals: PlanCell[] = columns.map((_, i) => (i === 0 ? text(t('Summa', 'Total')) : i === 1 ? EMPTY : sum(i + 1)));
  const amountCol = width;
  const totalRef = cellRef(amountCol, totalRow);

  // Beside the table: the check that it foots, then the audit record.
  const side = width + 2;
  const sideRange = (row: number) => `${columnLetters(side)}${row}:${columnLetters(side + 1)}${row}`;
  g.put(side, headerRow, text(t('Underlag (skapat av Bidragskollen)', 'Basis (created by Bidragskollen)')));
  g.merge(sideRange(headerRow), 'heading');
  let row = headerRow + 1;
  const label = (s: string) => g.put(side, row, text(s));
  label(t('Belopp att fördela, kr', 'Amount to distribute, SEK'));
  const amountRef = g.put(side + 1, row++, num(d.amount), amountFormat);
  label(t('Differens mot summan (ska vara 0)', 'Difference from the total (must be 0)'));
  g.put(side + 1, row++, formula(`${totalRef}-${amountRef}`), amountFormat);
  label(t('Rest vid vanlig avrundning, kr', 'Residual of plain rounding, SEK'));
  g.put(side + 1, row++, num(d.plainRoundingResidual), amountFormat);
  const record = distributionAudit(x.agreement.id, x.line.id, d, x.stamp);
  const firstAudit = row;
  for (const [l, v] of auditRows(record, x.lang, d.unit)) {
    label(l);
    g.put(side + 1, row++, text(v));
  }
  g.style(`${columnLetters(side)}${headerRow + 1}:${columnLetters(side + 1)}${firstAudit - 1}`, 'generated');
  g.style(`${columnLetters(side)}${firstAudit}:${columnLetters(side + 1)}${row - 1}`, 'audit');

  return {
    id: distributionPlanId(x.agreement.id, x.line.id),
    kind: 'distribution',
    sheetName: t('Fördelning', 'Distribution'),
    blocks: g.toBlocks(),
    styles: g.styles,
    merges: g.merges,
    table: {
      range: `A${headerRow}:${last}${lastRow}`,
      name: tableNameFor(x.line.id),
      totals,
      totalsFormats: columns.map((c, i) => (i < 2 ? NUMBER_FORMAT.general : c.format)),
    },
    names: [
      { name: 'bk_summa', ref: totalRef },
      { name: 'bk_belopp', ref: amountRef },
    ],
    columns: [...columns.map((c) => c.width), 3, 34, 44],
    freezeRows: headerRow,
    auditJson: auditJson(record),
  };
}
