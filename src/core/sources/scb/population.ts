import { fail, makeIssue, ok, type Issue, type Result } from '../../result';
import { DATE_KIND_LABELS, lastDayOfMonth, type PopulationDate, type PopulationDateKind } from '../dates';
import { SOURCE_MESSAGES as M } from '../messages';
import { regionCodeLevel, type PopulationLevel, type PopulationRow } from '../population-table';
import type { ScbSelection } from './api';
import { jsonStatCells, type JsonStatDataset, type JsonStatDimension } from './jsonstat';

/** What to ask one table for, built from its metadata alone. */
export interface PopulationQuery {
  readonly tableId: string;
  readonly regionDimension: string;
  readonly timeDimension: string;
  readonly periodCode: string;
  readonly regionCodes: readonly string[];
  /** Every other selected variable (contents, totals of non-eliminable ones). */
  readonly fixed: readonly ScbSelection[];
  readonly notes: readonly string[];
}

function findDimension(ds: JsonStatDataset, role: readonly string[], ids: readonly string[], label: RegExp): JsonStatDimension | undefined {
  const byRole = role.map((r) => ds.dimensions[r]).find((d) => d !== undefined);
  return byRole ?? ids.map((i) => ds.dimensions[i]).find((d) => d !== undefined) ?? Object.values(ds.dimensions).find((d) => label.test(d.label));
}

export function regionDimension(ds: JsonStatDataset): JsonStatDimension | undefined {
  return findDimension(ds, ds.role.geo, ['Region'], /^region$/i);
}

export function timeDimension(ds: JsonStatDataset): JsonStatDimension | undefined {
  return findDimension(ds, ds.role.time, ['Tid'], /^(år|månad|tid)$/i);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The period code of a date in a table: `2024` in an annual table, `2025M12` in a monthly one. */
export function periodCodeFor(date: PopulationDate, codes: readonly string[]): string | undefined {
  const monthly = `${date.year}M${pad2(date.month)}`;
  if (date.kind !== '1nov' && codes.includes(monthly)) return monthly;
  if (date.kind !== 'month' && codes.includes(String(date.year))) return String(date.year);
  return undefined;
}

/** The dates a table's periods stand for, for a message: `2024-12-31`, `2025-03-31`. */
export function periodDates(codes: readonly string[], kind: PopulationDateKind): string[] {
  const out: string[] = [];
  for (const c of codes) {
    const m = /^(\d{4})M(\d{2})$/.exec(c);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (kind === '31dec' && mo !== 12) continue;
      if (kind !== '1nov') out.push(`${y}-${pad2(mo)}-${pad2(lastDayOfMonth(y, mo))}`);
    } else if (/^\d{4}$/.test(c) && kind !== 'month') out.push(kind === '1nov' ? `${c}-11-01` : `${c}-12-31`);
  }
  return out.sort();
}

/** At most a dozen dates listed; a longer run is given as its first and last. */
export function describeDates(dates: readonly string[]): string {
  if (dates.length === 0) return 'inga datum av det slaget';
  if (dates.length <= 12) return dates.join(', ');
  return `${dates[0]} … ${dates[dates.length - 1]} (${dates.length} datum)`;
}

function collectNotes(ds: JsonStatDataset, picks: readonly (readonly [string, readonly string[]])[]): string[] {
  const notes = [...ds.notes];
  for (const [dim, codes] of picks) {
    const d = ds.dimensions[dim];
    if (!d) continue;
    notes.push(...d.notes);
    for (const c of codes) notes.push(...(d.categoryNotes[c] ?? []));
  }
  return [...new Set(notes.map((n) => n.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim()).filter((n) => n !== ''))];
}

/**
 * Plans the query for one date and level from a table's metadata: the regions of that level,
 * the period, the contents that is population, and a total for every variable that cannot be
 * left out. Variables that can be left out are (SCB then sums them).
 */
export function planPopulationQuery(meta: JsonStatDataset, tableId: string, date: PopulationDate, level: PopulationLevel): Result<PopulationQuery> {
  const found = meta.ids.join(', ');
  const region = regionDimension(meta);
  if (!region) return fail(makeIssue('SCB_MISSING_DIMENSION', M.SCB_MISSING_DIMENSION, { tableId, dimension: 'Region', found }));
  const time = timeDimension(meta);
  if (!time) return fail(makeIssue('SCB_MISSING_DIMENSION', M.SCB_MISSING_DIMENSION, { tableId, dimension: 'Tid', found }));
  const periodCode = periodCodeFor(date, time.codes);
  if (!periodCode) {
    return fail(
      makeIssue('SCB_UNKNOWN_PERIOD', M.SCB_UNKNOWN_PERIOD, {
        date: `${date.date} (${DATE_KIND_LABELS[date.kind].sv})`,
        tableId,
        available: describeDates(periodDates(time.codes, date.kind)),
      }),
    );
  }
  const regionCodes = region.codes.filter((c) => regionCodeLevel(c) === level);
  if (regionCodes.length === 0) return fail(makeIssue('SCB_NO_REGIONS', M.SCB_NO_REGIONS, { tableId, level }));
  const fixed: ScbSelection[] = [];
  const issues: Issue[] = [];
  for (const id of meta.ids) {
    if (id === region.id || id === time.id) continue;
    const d = meta.dimensions[id] as JsonStatDimension;
    const isContents = meta.role.metric.includes(id) || id === 'ContentsCode';
    if (isContents) {
      const code = d.codes.length === 1 ? d.codes[0] : d.codes.find((c) => /^folkmängd/i.test(d.labels[c] ?? '')) ?? d.codes[0];
      if (code !== undefined) fixed.push({ variableCode: id, valueCodes: [code] });
      continue;
    }
    if (d.elimination !== false) continue;
    const total = d.eliminationValueCode ?? d.codes.find((c) => /^tot/i.test(c) || /^totalt/i.test(d.labels[c] ?? ''));
    if (total === undefined) issues.push(makeIssue('SCB_NO_TOTAL', M.SCB_NO_TOTAL, { tableId, dimension: d.label }));
    else fixed.push({ variableCode: id, valueCodes: [total] });
  }
  if (issues.length > 0) return fail(...issues);
  const notes = collectNotes(meta, [
    [region.id, []],
    [time.id, [periodCode]],
    ...fixed.map((f) => [f.variableCode, f.valueCodes] as const),
  ]);
  return ok({ tableId, regionDimension: region.id, timeDimension: time.id, periodCode, regionCodes, fixed, notes });
}

/** Region codes in chunks, so that no call asks for more cells than SCB allows (maxDataCells). */
export function splitRegions(codes: readonly string[], cellsPerRegion: number, maxDataCells: number): string[][] {
  const per = Math.max(1, Math.floor(maxDataCells / Math.max(1, cellsPerRegion)));
  const out: string[][] = [];
  for (let i = 0; i < codes.length; i += per) out.push(codes.slice(i, i + per));
  return out;
}

export function querySelection(q: PopulationQuery, regions: readonly string[]): ScbSelection[] {
  return [{ variableCode: q.regionDimension, valueCodes: regions }, ...q.fixed, { variableCode: q.timeDimension, valueCodes: [q.periodCode] }];
}

export interface ReadPopulation {
  readonly rows: PopulationRow[];
  readonly notes: string[];
}

/**
 * One population figure per region of the level, from a json-stat2 answer: cells of the period,
 * every other variable reduced to one value (`fixed` picks it where the answer has several).
 * A missing value is an error naming the regions and SCB's symbol, never a zero.
 */
export function readPopulation(
  ds: JsonStatDataset,
  options: { tableId: string; level: PopulationLevel; periodCode: string; fixed?: Readonly<Record<string, string>> },
): Result<ReadPopulation> {
  const found = ds.ids.join(', ');
  const region = regionDimension(ds);
  if (!region) return fail(makeIssue('SCB_MISSING_DIMENSION', M.SCB_MISSING_DIMENSION, { tableId: options.tableId, dimension: 'Region', found }));
  const time = timeDimension(ds);
  if (!time) return fail(makeIssue('SCB_MISSING_DIMENSION', M.SCB_MISSING_DIMENSION, { tableId: options.tableId, dimension: 'Tid', found }));
  const fixed = options.fixed ?? {};
  for (const [k, id] of ds.ids.entries()) {
    if (id === region.id || id === time.id || fixed[id] !== undefined) continue;
    const size = ds.sizes[k] as number;
    if (size > 1) return fail(makeIssue('SCB_AMBIGUOUS_CELLS', M.SCB_AMBIGUOUS_CELLS, { dimension: ds.dimensions[id]?.label ?? id, count: size }));
  }
  const rows: PopulationRow[] = [];
  const missing: { code: string; status: string }[] = [];
  const seen = new Set<string>();
  for (const cell of jsonStatCells(ds)) {
    if (cell.coords[time.id] !== options.periodCode) continue;
    if (Object.entries(fixed).some(([dim, code]) => cell.coords[dim] !== code)) continue;
    const code = cell.coords[region.id] as string;
    if (regionCodeLevel(code) !== options.level || seen.has(code)) continue;
    seen.add(code);
    if (cell.value === null || !Number.isInteger(cell.value)) missing.push({ code, status: cell.status ?? '' });
    else rows.push({ code, name: region.labels[code] ?? code, population: cell.value });
  }
  if (missing.length > 0) {
    return fail(
      makeIssue('VALUE_MISSING', M.VALUE_MISSING, {
        service: 'SCB',
        codes: missing.map((m) => `${m.code} ${region.labels[m.code] ?? ''}`.trim()).join(', '),
        status: [...new Set(missing.map((m) => m.status).filter((s) => s !== ''))].join(' '),
      }),
    );
  }
  const notes = collectNotes(ds, [
    [region.id, rows.map((r) => r.code)],
    [time.id, [options.periodCode]],
  ]);
  return ok({ rows, notes });
}
