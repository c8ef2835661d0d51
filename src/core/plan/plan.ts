import type Decimal from 'decimal.js';
import { leaves, type DistributionKey, type LineVisit, type TreeLine } from '../agreements';
import type { DistributionRequest, Method } from '../distribution';
import type { Unit } from '../money';
import { defaultPopulation, equalWeightTable, tableRecipients, tableSource, type EqualGroup, type PopulationLevel, type WeightTable } from '../reference';

/** What the planner reads of a line, besides what the walk reads. */
export interface PlannableLine<L> extends TreeLine<L> {
  readonly id: string;
  readonly amount: Decimal | null;
}

/** The one recipient a line is paid to whole. */
export type Payee = { readonly kind: 'skr' } | { readonly kind: 'region'; readonly code: string };

/** A line paid whole to one recipient: SKR (also for regions via SKR without a key we can compute), or one region. */
export interface WholePlan<L extends PlannableLine<L>> {
  readonly kind: 'whole';
  readonly visit: LineVisit<L>;
  readonly amount: Decimal;
  readonly to: Payee;
}

/** A line shared among a group by a key we can compute. `viaSkr`: paid to SKR, which passes the shares on. */
export interface SharedPlan<L extends PlannableLine<L>> {
  readonly kind: 'shared';
  readonly visit: LineVisit<L>;
  readonly amount: Decimal;
  readonly group: EqualGroup;
  readonly key: 'population' | 'equal';
  readonly viaSkr: boolean;
}

export type LinePlan<L extends PlannableLine<L>> = WholePlan<L> | SharedPlan<L>;

/** Why a line cannot be distributed. */
export type NotPlanned =
  /** The regions fund it themselves: nothing is paid out for it. */
  | { readonly code: 'FUNDED_BY_REGIONS' }
  | { readonly code: 'NO_RECIPIENT' }
  | { readonly code: 'AMOUNT_NOT_STATED' }
  /** A named other recipient: no reference list of who gets what. */
  | { readonly code: 'RECIPIENTS_NOT_LISTED'; readonly recipient: 'other' }
  | { readonly code: 'KEY_NOT_COMPUTABLE'; readonly group: EqualGroup; readonly key: DistributionKey };

export type PlanResult<L extends PlannableLine<L>> =
  | { readonly ok: true; readonly plan: LinePlan<L> }
  | { readonly ok: false; readonly visit: LineVisit<L>; readonly reason: NotPlanned };

/** The key a group's line has when it states none: regions and municipalities by population, samverkansregioner in equal shares. */
const DEFAULT_KEY: Readonly<Record<EqualGroup, DistributionKey>> = { regioner: 'population', kommuner: 'population', samverkansregioner: 'equal' };

/** The keys the engine can compute for a group, from the reference tables and the user's population table. */
function computableKey(group: EqualGroup, key: DistributionKey): SharedPlan<never>['key'] | undefined {
  switch (key) {
    case 'population':
      // There is no population table per samverkansregion: the agreements share among them equally.
      return group === 'samverkansregioner' ? undefined : 'population';
    case 'equal':
      return 'equal';
    // A fixed amount per recipient, a performance scoring and a combination of blocks are the
    // agreement's own figures, which the agreement file does not yet carry per recipient.
    case 'fixed':
    case 'performance':
    case 'unspecified':
      return undefined;
  }
}

/** One line (a leaf, with what it inherits) to what is paid for it and to whom, or why it cannot be. */
export function planLine<L extends PlannableLine<L>>(visit: LineVisit<L>): PlanResult<L> {
  const no = (reason: NotPlanned): PlanResult<L> => ({ ok: false, visit, reason });
  const { recipient, funder } = visit.inherited;
  const amount = visit.line.amount;
  if (funder === 'regions') return no({ code: 'FUNDED_BY_REGIONS' });
  if (recipient === null) return no({ code: 'NO_RECIPIENT' });
  if (amount === null) return no({ code: 'AMOUNT_NOT_STATED' });
  const whole = (to: Payee): PlanResult<L> => ({ ok: true, plan: { kind: 'whole', visit, amount, to } });
  const shared = (group: EqualGroup, viaSkr: boolean): PlanResult<L> => {
    const stated = visit.inherited.key ?? DEFAULT_KEY[group];
    const key = computableKey(group, stated);
    if (key) return { ok: true, plan: { kind: 'shared', visit, amount, group, key, viaSkr } };
    return viaSkr ? whole({ kind: 'skr' }) : no({ code: 'KEY_NOT_COMPUTABLE', group, key: stated });
  };
  switch (recipient.type) {
    case 'skr':
      return whole({ kind: 'skr' });
    case 'region':
      return whole(recipient.viaSkr ? { kind: 'skr' } : { kind: 'region', code: recipient.code });
    case 'regions':
      return shared('regioner', false);
    case 'regions-via-skr':
      return shared('regioner', true);
    case 'samverkansregioner':
      return shared('samverkansregioner', false);
    case 'municipalities':
      return shared('kommuner', false);
    case 'other':
      return no({ code: 'RECIPIENTS_NOT_LISTED', recipient: recipient.type });
  }
}

/** Every leaf of an agreement, planned, in document order. */
export function planLines<L extends PlannableLine<L>>(agreement: { readonly areas: readonly L[] }): PlanResult<L>[] {
  return leaves(agreement).map((v) => planLine(v));
}

/** The population table per level (regions, municipalities): SCB's, a fetched or stored one, or the user's own. */
export type PopulationTables = Readonly<Partial<Record<PopulationLevel, WeightTable>>>;

/** The group a population key shares among, as a population level. */
const LEVEL_OF: Readonly<Record<EqualGroup, PopulationLevel | undefined>> = { regioner: 'regioner', kommuner: 'kommuner', samverkansregioner: undefined };

/** The table a population line of a group is shared by: the one given for its level, else that level's default. */
export function populationFor(group: EqualGroup, tables: PopulationTables): WeightTable | undefined {
  const level = LEVEL_OF[group];
  return level === undefined ? undefined : (tables[level] ?? defaultPopulation(level));
}

export interface RequestOptions {
  /** The tables for population keys, per level; a level not given uses its default. Equal shares use the reference's. */
  readonly population: PopulationTables;
  readonly method?: Method;
  readonly unit?: Unit;
}

/** A shared line as a request the engine distributes, with the table its weights come from. */
export function distributionRequest<L extends PlannableLine<L>>(plan: SharedPlan<L>, o: RequestOptions): { request: DistributionRequest; table: WeightTable } {
  const table = plan.key === 'equal' ? equalWeightTable(plan.group) : (populationFor(plan.group, o.population) as WeightTable);
  return {
    table,
    request: {
      amount: plan.amount,
      ...(o.unit ? { unit: o.unit } : {}),
      ...(o.method ? { method: o.method } : {}),
      recipients: tableRecipients(table),
      source: tableSource(table),
    },
  };
}
