import type Decimal from 'decimal.js';
import { Dec } from '../money';
import { matchRegionName } from '../reference';
import { node } from './areas';
import { slug, walkNodes, type DraftNode, type IdPool } from './model';
import type { TableRow } from './tables';

/** A table listing amounts per region ("Fördelning per region", often an appendix): its region rows and stated sum. */
export interface RegionTable {
  readonly rows: readonly { readonly row: TableRow; readonly code: string; readonly name: string }[];
  /** The table's "Summa"/"Totalt" row, when it has one. */
  readonly stated: TableRow | undefined;
  readonly sum: Decimal;
}

const SUM_LABEL = /^(summa|totalt?|sammanlagt|samtliga regioner|riket)\b/i;

/** The table is one of regions when every row but its sum names a region, and there are several. */
export function regionTable(rows: readonly TableRow[]): RegionTable | undefined {
  if (rows.length < 5) return undefined;
  const stated = rows.find((r) => r.kind === 'total' || SUM_LABEL.test(r.label));
  const named: { row: TableRow; code: string; name: string }[] = [];
  for (const row of rows) {
    if (row === stated) continue;
    // Columns between the name and the amount (a share, a population) are not part of the name.
    const region = matchRegionName(row.label.replace(/(\s+\d[\d\s]*(?:,\d+)?\s*%?)+$/, ''));
    if (!region) return undefined;
    named.push({ row, code: region.code, name: region.name });
  }
  if (named.length < 5 || new Set(named.map((n) => n.code)).size !== named.length) return undefined;
  return { rows: named, stated, sum: named.reduce((a, n) => a.plus(n.row.amount.value), new Dec(0)) };
}

/**
 * Hangs a region table's rows under the line whose amount is the table's stated sum (or, without a
 * sum row, the rows' sum): each region's fixed amount with the row as its quote. When the rows do
 * not add up to the stated sum the line keeps them all, and the checks report the difference.
 * Returns false when no line has that amount (the table is then left out, not guessed at).
 */
export function attachRegionTable(areas: Iterable<DraftNode>, table: RegionTable, where: string, ids: IdPool): boolean {
  const whole = table.stated?.amount.value ?? table.sum;
  let target: DraftNode | undefined;
  walkNodes([...areas], (n) => {
    if (n.lines.length === 0 && n.amount?.eq(whole) && (!target || (n.recipient?.type === 'regions' && target.recipient?.type !== 'regions'))) target = n;
  });
  if (!target) return false;
  const parent = target;
  if (table.stated) parent.also.push({ amount: table.stated.amount.value, source: { where, quote: table.stated.quote } });
  for (const { row, code, name } of table.rows) {
    const line = node(ids.take(`${parent.id}-${slug(name.replace(/^Region\s+/, ''), 3)}`), name, row.amount.value, { where, quote: row.quote });
    line.recipient = { type: 'region', code };
    line.key = 'fixed';
    line.fromTable = true;
    parent.lines.push(line);
  }
  return true;
}
