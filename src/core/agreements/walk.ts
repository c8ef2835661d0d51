import type { Agreement, DistributionKey, Funder, Line, Recipient } from './types';

/**
 * The part of a line the walk reads, written structurally so a narrower line model (the templates'
 * `LineLike`) walks with the same rule as the catalog's `Line`.
 */
export interface TreeLine<L> {
  readonly recipient?: Recipient | null | undefined;
  readonly key?: DistributionKey | undefined;
  readonly funder?: Funder | null | undefined;
  readonly appropriation?: object | null | undefined;
  readonly lines?: readonly L[] | undefined;
}

/** What a line means for each inheritable field: its own value, else the nearest ancestor's; null when none states it. */
export interface Inherited<L extends TreeLine<L>> {
  readonly recipient: NonNullable<L['recipient']> | null;
  readonly key: NonNullable<L['key']> | null;
  readonly funder: NonNullable<L['funder']> | null;
  readonly appropriation: NonNullable<L['appropriation']> | null;
}

/** What an area starts from: an agreement states none of these above its areas. */
export const NOTHING_INHERITED = { recipient: null, key: null, funder: null, appropriation: null } as const;

/**
 * The one inheritance rule: a line's recipient, key, funder and appropriation are its own when it
 * states them and its parent's otherwise (a stated `null` counts as not stated).
 */
export function inherit<L extends TreeLine<L>>(parent: Inherited<L>, line: L): Inherited<L> {
  return {
    recipient: (line.recipient ?? parent.recipient) as Inherited<L>['recipient'],
    key: (line.key ?? parent.key) as Inherited<L>['key'],
    funder: (line.funder ?? parent.funder) as Inherited<L>['funder'],
    appropriation: (line.appropriation ?? parent.appropriation) as Inherited<L>['appropriation'],
  };
}

export interface LineVisit<L extends TreeLine<L> = Line> {
  readonly line: L;
  readonly path: readonly (string | number)[];
  readonly depth: number;
  /** The area (top-level line) it belongs to. */
  readonly area: L;
  /** Recipient, key, funder and appropriation by the inheritance rule. */
  readonly inherited: Inherited<L>;
  /** `inherited.funder`, kept for the checks that read it. */
  readonly funder: Funder | null;
}

/** Every area and line, depth first, in document order. */
export function walkLines<L extends TreeLine<L> = Line>(agreement: { readonly areas: readonly L[] }): LineVisit<L>[] {
  const out: LineVisit<L>[] = [];
  const visit = (line: L, path: (string | number)[], depth: number, area: L, above: Inherited<L>) => {
    const inherited = inherit(above, line);
    out.push({ line, path, depth, area, inherited, funder: inherited.funder });
    line.lines?.forEach((child, i) => visit(child, [...path, 'lines', i], depth + 1, area, inherited));
  };
  agreement.areas.forEach((area, i) => visit(area, ['areas', i], 0, area, NOTHING_INHERITED));
  return out;
}

/** Lines without parts of their own: where money finally goes. */
export function leaves<L extends TreeLine<L> = Line>(agreement: { readonly areas: readonly L[] }): LineVisit<L>[] {
  return walkLines(agreement).filter((v) => !v.line.lines || v.line.lines.length === 0);
}

export function findLine(agreement: Agreement, id: string): LineVisit | undefined {
  return walkLines(agreement).find((v) => v.line.id === id);
}
