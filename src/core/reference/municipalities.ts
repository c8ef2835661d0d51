import { MUNICIPALITY_ROWS } from './data/scb-population';
import { findRegion, type Region } from './regions';

/** A municipality (kommun): four-digit code whose first two digits are its county's. */
export interface Municipality {
  readonly code: string;
  readonly name: string;
  /** Two-digit county code (länskod). */
  readonly county: string;
}

export const MUNICIPALITIES: readonly Municipality[] = MUNICIPALITY_ROWS.map(([code, name]) => ({ code, name, county: code.slice(0, 2) }));

const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const BY_NAME = new Map(MUNICIPALITIES.map((m) => [m.name.toLocaleLowerCase('sv-SE'), m]));

/** Accepts "0180", "180" (a cell that lost its leading zero) or the name, "Stockholm". */
export function findMunicipality(key: string | number): Municipality | undefined {
  const text = String(key).trim();
  if (/^\d{3,4}$/.test(text)) return BY_CODE.get(text.padStart(4, '0'));
  return BY_NAME.get(text.toLocaleLowerCase('sv-SE'));
}

/** The county a municipality code belongs to: its first two digits. */
export const countyOf = (municipalityCode: string): string => municipalityCode.slice(0, 2);

/**
 * Rows grouped per county, in county-code order and, within a county, in the rows' own order: for
 * a view of 290 municipal shares per county. Rows whose code is not a municipality's go last, in a
 * group of their own (county undefined).
 */
export function groupByCounty<T extends { readonly id: string }>(rows: readonly T[]): { county: Region | undefined; code: string | undefined; rows: T[] }[] {
  const groups = new Map<string | undefined, T[]>();
  for (const r of rows) {
    const key = /^\d{4}$/.test(r.id) ? countyOf(r.id) : undefined;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([code, list]) => ({ county: code === undefined ? undefined : findRegion(code), code, rows: list }));
}
