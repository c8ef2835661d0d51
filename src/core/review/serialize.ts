import type { Method } from '../distribution';
import { Dec, unitString } from '../money';
import type { TableAudit } from './audit';

export interface TableAuditJson {
  foots: boolean;
  tableTotal: string;
  column: { number: number; name: string | null; unit: string };
  distributed: { amount: string; basis: 'table' | 'given' | 'rows' };
  textAmounts: { amount: string; phrase: string; line: number; quote: string; equalsColumn: number | null; equalsAllColumns: boolean }[];
  statedTotals: { kind: 'table' | 'text' | 'given'; amount: string; difference: string; foots: boolean; line: number | null; quote: string | null }[];
  /** Against the best-fitting weights. */
  methods: { method: Method; reproduces: boolean; maxDeviation: string; deviations: { id: string; name: string; published: string; computed: string; difference: string }[] }[];
  closest: Method | null;
  weights: {
    source: string;
    id: string;
    description: string;
    date: string | null;
    fits: boolean;
    closest: Method | null;
    deviations: number;
    missing: string[];
    intervals: { id: string; published: string; weight: string; min: string; max: string; minIncluded: boolean; maxIncluded: boolean; contains: boolean }[] | null;
  }[];
}

/** Interval bounds are rational; 6 decimals is far finer than one inhabitant. */
const BOUND_DECIMALS = 6;

/** The machine-readable audit: amounts as decimal strings, ids as county codes, best weights first. */
export function tableAuditToJson(a: TableAudit): TableAuditJson {
  const best = a.best;
  return {
    foots: a.foots,
    tableTotal: a.tableTotal.toFixed(),
    column: { number: a.column.index + 1, name: a.column.name, unit: unitString(a.column.unit) },
    distributed: { amount: a.distributed.amount.toFixed(), basis: a.distributed.basis },
    textAmounts: a.textAmounts.map((t) => ({
      amount: t.amount.toFixed(),
      phrase: t.phrase,
      line: t.source.line,
      quote: t.source.text,
      equalsColumn: t.equals !== null && t.equals !== 'all-columns' ? t.equals.column + 1 : null,
      equalsAllColumns: t.equals === 'all-columns',
    })),
    statedTotals: a.statedTotals.map((s) => ({
      kind: s.kind,
      amount: s.amount.toFixed(),
      difference: s.difference.toFixed(),
      foots: s.foots,
      line: s.source?.line ?? null,
      quote: s.source?.text ?? null,
    })),
    methods: (best?.methods ?? []).map((m) => ({
      method: m.method,
      reproduces: m.reproduces,
      maxDeviation: m.maxDeviation.toFixed(),
      deviations: m.deviations.map((d) => ({ id: d.id, name: d.name, published: d.published.toFixed(), computed: d.computed.toFixed(), difference: d.difference.toFixed() })),
    })),
    closest: best?.closest?.method ?? null,
    weights: a.candidates.map((c) => ({
      source: c.table.source,
      id: c.table.id,
      description: c.table.description,
      date: c.table.referenceDate ?? null,
      fits: c.fits,
      closest: c.closest?.method ?? null,
      deviations: c.deviatingRows,
      missing: [...c.missing],
      intervals:
        c.intervals?.map((i) => ({
          id: i.id,
          published: i.published.toFixed(),
          weight: i.weight.toFixed(),
          min: i.min.toDecimalPlaces(BOUND_DECIMALS, Dec.ROUND_FLOOR).toFixed(),
          max: i.max.toDecimalPlaces(BOUND_DECIMALS, Dec.ROUND_CEIL).toFixed(),
          minIncluded: i.minIncluded,
          maxIncluded: i.maxIncluded,
          contains: i.contains,
        })) ?? null,
    })),
  };
}
