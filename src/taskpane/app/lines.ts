import type { Agreement, Line, Recipient } from '../../core/agreements';
import { SAMVERKANSREGIONER, REGIONS, type WeightTable } from '../../core/reference';
import { Dec } from '../../core/money';

/** A line the task pane can distribute: its stated amount shared among regions or samverkansregioner. */
export interface DistributableLine {
  readonly line: Line;
  readonly area: Line;
  readonly amount: NonNullable<Line['amount']>;
  readonly recipients: 'regions' | 'samverkansregioner';
  readonly key: 'population' | 'equal';
}

/** Leaves with a stated amount whose (inherited) recipient is many, keyed by population or equal shares. */
export function distributableLines(a: Agreement): DistributableLine[] {
  const out: DistributableLine[] = [];
  const visit = (area: Line, line: Line, recipient: Recipient | null | undefined, key: Line['key']) => {
    const r = line.recipient ?? recipient;
    const k = line.key ?? key;
    if (line.lines && line.lines.length > 0) {
      for (const sub of line.lines) visit(area, sub, r, k);
      return;
    }
    if (line.amount === null || !r || line.funder === 'regions') return;
    const many = r.type === 'regions' || r.type === 'regions-via-skr' ? 'regions' : r.type === 'samverkansregioner' ? 'samverkansregioner' : undefined;
    if (!many) return;
    const resolved = k ?? (many === 'samverkansregioner' ? 'equal' : 'population');
    if (resolved !== 'population' && resolved !== 'equal') return;
    if (many === 'samverkansregioner' && resolved !== 'equal') return;
    out.push({ line, area, amount: line.amount, recipients: many, key: resolved });
  };
  for (const area of a.areas) visit(area, area, undefined, undefined);
  return out;
}

export function equalTable(recipients: 'regions' | 'samverkansregioner'): WeightTable {
  const rows =
    recipients === 'regions' ? REGIONS.map((r) => ({ id: r.code, name: r.name })) : SAMVERKANSREGIONER.map((s) => ({ id: s.id, name: s.name }));
  return {
    id: recipients === 'regions' ? 'regioner' : 'samverkansregioner',
    kind: 'equal',
    description: recipients === 'regions' ? 'Lika belopp till var och en av de 21 regionerna' : 'Lika belopp till var och en av de sex samverkansregionerna',
    source: 'Bidragskollen',
    rows: rows.map((r) => ({ ...r, weight: new Dec(1) })),
  };
}
