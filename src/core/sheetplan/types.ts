/**
 * A sheet as data: rectangular blocks of cells with their number formats, the styles of ranges,
 * merges, at most one Excel table, and the marker that says the add-in made the sheet. Writers (the
 * Office.js one in src/excel) render a plan and nothing else, so the layout is tested here, without
 * Office.
 */

import { FORMAT } from '../templates/builder';
import type { CellStyle } from '../templates/types';

/** Amounts and numbers are exact decimal strings, dates calendar dates: nothing passes through a float here. */
export type PlanCell =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'number'; readonly v: string }
  /** A quota or share: shown rounded, written to the 15 significant digits a cell holds. */
  | { readonly t: 'approx'; readonly v: string }
  | { readonly t: 'date'; readonly v: string }
  /** English formula with A1 references and no leading `=`. */
  | { readonly t: 'formula'; readonly f: string }
  | { readonly t: 'empty' };

/** The same styles the report templates use, so a template renders to a plan one-to-one. */
export type PlanStyle = CellStyle;

/** Invariant (en-US) number format codes; Excel shows them with the user's separators. */
export const NUMBER_FORMAT = {
  ...FORMAT,
  general: 'General',
  tkr: FORMAT.kronor,
  percent: '0.00%',
} as const;

/** A rectangle of cells written in one assignment; `formats` has the same shape as `cells`. */
export interface PlanBlock {
  /** Top-left cell, A1. */
  readonly at: string;
  readonly cells: readonly (readonly PlanCell[])[];
  readonly formats: readonly (readonly string[])[];
}

export interface PlanRangeStyle {
  readonly range: string;
  readonly style: PlanStyle;
}

export interface PlanTable {
  /** Header row and body, A1 ("A4:E25"). The totals row, when there is one, goes right below. */
  readonly range: string;
  /** Preferred table name; a writer picks another if the workbook has it. */
  readonly name: string;
  /** The totals row's cells, one per column; the writer turns the table's totals row on for it. */
  readonly totals?: readonly PlanCell[];
  readonly totalsFormats?: readonly string[];
}

/** A sheet-scoped defined name, e.g. `bk_total` for the table's total. */
export interface PlanName {
  readonly name: string;
  readonly ref: string;
}

export interface SheetPlan {
  /** Identity of what the sheet holds (`distribution:<agreement>:<line>`): the marker says it. */
  readonly id: string;
  readonly kind: 'distribution' | 'rekvisition' | 'redovisning' | 'index' | 'overview' | 'checks';
  /** Preferred sheet name (≤ 31 characters); a writer picks another if the workbook has it. */
  readonly sheetName: string;
  readonly blocks: readonly PlanBlock[];
  readonly styles: readonly PlanRangeStyle[];
  readonly merges: readonly string[];
  readonly table?: PlanTable;
  readonly names: readonly PlanName[];
  /** Column widths in characters, from column A. */
  readonly columns: readonly number[];
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly freezeRows?: number;
  /** Lock everything but input cells (no password: it guards against slips, not people). */
  readonly protect?: boolean;
  /** Input cells to leave unlocked on a protected sheet. */
  readonly unlocked?: readonly string[];
  readonly orientation?: 'portrait' | 'landscape';
  readonly printArea?: string;
  /** The audit record as JSON, kept in a hidden cell under the marker for machines. */
  readonly auditJson?: string;
}

/** Hidden cell (beyond any print area) whose value says the add-in made the sheet. Same as the .xlsx writer's. */
export const MARKER_CELL = 'AZ1';
export const MARKER_PREFIX = 'bidragskollen:v1:';
export const AUDIT_CELL = 'AZ2';

export const markerValue = (id: string): string => MARKER_PREFIX + id;

/** The plan id a marker value names, or undefined for anything the add-in did not write. */
export function markerId(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(MARKER_PREFIX) ? value.slice(MARKER_PREFIX.length) : undefined;
}

export const MAX_SHEET_NAME = 31;
