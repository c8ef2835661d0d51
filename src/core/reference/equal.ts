import { Dec } from '../money';
import { MUNICIPALITIES } from './municipalities';
import { REGIONS } from './regions';
import type { WeightTable } from './population';
import { SAMVERKANSREGIONER } from './samverkansregioner';

export type EqualGroup = 'regioner' | 'samverkansregioner' | 'kommuner';

const GROUPS: Readonly<Record<EqualGroup, { description: string; rows: () => { id: string; name: string }[] }>> = {
  regioner: {
    description: 'Lika belopp till var och en av de 21 regionerna',
    rows: () => REGIONS.map((r) => ({ id: r.code, name: r.name })),
  },
  samverkansregioner: {
    description: 'Lika belopp till var och en av de sex samverkansregionerna',
    rows: () => SAMVERKANSREGIONER.map((s) => ({ id: s.id, name: s.name })),
  },
  kommuner: {
    description: 'Lika belopp till var och en av de 290 kommunerna',
    rows: () => MUNICIPALITIES.map((m) => ({ id: m.code, name: m.name })),
  },
};

/** Names users type for a group; "regions" too, since the CLI is used in English as well. */
const ALIASES: Readonly<Record<string, EqualGroup>> = {
  regioner: 'regioner',
  regions: 'regioner',
  samverkansregioner: 'samverkansregioner',
  kommuner: 'kommuner',
  municipalities: 'kommuner',
};

export function parseEqualGroup(input: string): EqualGroup | undefined {
  const key = input.trim().toLowerCase();
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

/** The same amount to each member of the group: every weight is 1. */
export function equalWeightTable(group: EqualGroup): WeightTable {
  const g = GROUPS[group];
  return {
    id: group,
    kind: 'equal',
    description: g.description,
    source: 'Bidragskollen',
    ...(group === 'samverkansregioner' ? {} : { level: group }),
    rows: g.rows().map((r) => ({ ...r, weight: new Dec(1) })),
  };
}
