import { unitString } from '../money';
import type { Distribution } from './types';

/** Quotas are rational; 10 decimals is far below one öre and keeps them readable. */
export const QUOTA_DECIMALS = 10;

export interface DistributionJson {
  method: string;
  unit: string;
  tieBreak: string;
  amount: string;
  total: string;
  residual: string;
  unallocated: string;
  plainRoundingResidual: string;
  population: { id: string; description: string; source: string | null; referenceDate: string | null; kind: string } | null;
  rows: { id: string; name: string; weight: string; quota: string; fixed: string; rounded: string; adjustment: string; amount: string }[];
}

/** The machine-readable form: every amount as a decimal string, so nothing passes through a float. */
export function distributionToJson(d: Distribution): DistributionJson {
  return {
    method: d.method,
    unit: unitString(d.unit),
    tieBreak: d.tieBreak,
    amount: d.amount.toFixed(),
    total: d.total.toFixed(),
    residual: d.residual.toFixed(),
    unallocated: d.unallocated.toFixed(),
    plainRoundingResidual: d.plainRoundingResidual.toFixed(),
    population: d.source
      ? { id: d.source.id, description: d.source.description, source: d.source.publisher ?? null, referenceDate: d.source.referenceDate ?? null, kind: d.source.kind }
      : null,
    rows: d.rows.map((r) => ({
      id: r.id,
      name: r.name,
      weight: r.weight.toFixed(),
      quota: r.quota.toDecimalPlaces(QUOTA_DECIMALS).toFixed(),
      fixed: r.fixed.toFixed(),
      rounded: r.rounded.toFixed(),
      adjustment: r.adjustment.toFixed(),
      amount: r.amount.toFixed(),
    })),
  };
}
