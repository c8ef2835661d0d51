import { absoluteRef, parseCell, splitAddress } from './a1';
import { nameSafe } from './names';
import type { Sheet } from './types';

/**
 * How a workbook says which sheets Bidragskollen generated, the same for the .xlsx writer and the
 * task pane: a workbook-scoped defined name `bk_ark_<sheet id, encoded>` that refers to the sheet's
 * marker cell. Excel keeps the reference right when the sheet is renamed, turns it into #REF! when
 * the sheet is deleted, and does not carry a workbook name to a copy (a copied sheet is the
 * user's). Both writers read it from the names alone, so the pane needs no extra round trip and a
 * file survives ExcelJS, which keeps plain range names but not their comments. The marker cell holds
 * `bidragskollen:v1:<id>` for people and for telling a half-written sheet of ours from a user's.
 */
export const MARKER_CELL = 'AZ1';
export const AUDIT_CELL = 'AZ2';
export const MARKER_PREFIX = 'bidragskollen:v1:';
export const REGISTRY_PREFIX = 'bk_ark_';

export const markerValue = (id: string): string => MARKER_PREFIX + id;

/** The sheet id a marker value names, or undefined for anything Bidragskollen did not write. */
export function markerId(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith(MARKER_PREFIX) ? value.slice(MARKER_PREFIX.length) : undefined;
}

/** `rekvisition:sammanhallen-vard-2023:13`: what a sheet holds. */
export function sheetId(kind: string, agreementId: string, part = ''): string {
  return [kind, agreementId, part].filter(Boolean).join(':');
}

/** Defined names: letters, digits and underscores, never mistakable for a cell address. */
export function namePrefix(short: string, agreementId: string, part = ''): string {
  return nameSafe(['bk', short, agreementId, part].filter(Boolean).join('_').toLowerCase());
}

/** The name of an input cell (by its key) or an anchored cell: the one derivation both writers use. */
export const cellName = (sheet: Pick<Sheet, 'namePrefix'>, keyOrAnchor: string): string => `${sheet.namePrefix}_${nameSafe(keyOrAnchor)}`;

/** Every defined name the sheet's cells get, with the cell it refers to. */
export function definedNames(sheet: Sheet): { name: string; ref: string; input?: string }[] {
  const out: { name: string; ref: string; input?: string }[] = [];
  for (const c of sheet.cells) {
    if (c.input) out.push({ name: cellName(sheet, c.input.key), ref: c.ref, input: c.input.key });
    if (c.anchor) out.push({ name: cellName(sheet, c.anchor), ref: c.ref });
  }
  return out;
}

// A sheet id in a name: letters and digits stay, anything else becomes _XX (or _uXXXX), so the name
// is valid in Excel and the id reads back exactly. A second sheet with the same id gets "__2".
const encodeId = (id: string): string =>
  id
    .split('') // UTF-16 code units, so characters outside the BMP come back whole
    .map((ch) => {
      if (/[A-Za-z0-9]/.test(ch)) return ch;
      const code = ch.charCodeAt(0);
      return code < 0x100 ? `_${code.toString(16).toUpperCase().padStart(2, '0')}` : `_u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    })
    .join('');

const decodeId = (s: string): string | undefined => {
  if (!/^(?:[A-Za-z0-9]|_[0-9A-Fa-f]{2}|_u[0-9A-Fa-f]{4})+$/.test(s)) return undefined;
  return s.replace(/_u([0-9A-Fa-f]{4})|_([0-9A-Fa-f]{2})/g, (_, u?: string, b?: string) => String.fromCharCode(parseInt((u ?? b) as string, 16)));
};

/** The registry name for a sheet id, unique among `taken` (names and tables, compared as Excel does). */
export function registryName(id: string, taken: Iterable<string> = []): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = REGISTRY_PREFIX + encodeId(id);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}__${i}`.toLowerCase())) return `${base}__${i}`;
}

/** A registry name refers here, on the sheet it registers. */
export const registryRef = (sheetName: string): string => absoluteRef(sheetName, MARKER_CELL);

export interface RegistryEntry {
  /** The defined name itself. */
  readonly name: string;
  readonly sheet: string;
  readonly id: string;
}

/**
 * The generated sheets among a workbook's names (`formula` as Office.js gives it, "='Blad'!$AZ$1",
 * or as a file stores it). Names whose sheet is gone, that point elsewhere or that do not decode
 * are skipped.
 */
export function readRegistry(names: readonly { readonly name: string; readonly formula: string }[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  const marker = parseCell(MARKER_CELL);
  for (const n of names) {
    if (!n.name.toLowerCase().startsWith(REGISTRY_PREFIX)) continue;
    const id = decodeId(n.name.slice(REGISTRY_PREFIX.length).replace(/__\d+$/, ''));
    const [sheet, ref] = splitAddress(n.formula);
    if (!id || !sheet) continue;
    let cell: { col: number; row: number };
    try {
      cell = parseCell(ref);
    } catch {
      continue;
    }
    if (cell.col !== marker.col || cell.row !== marker.row) continue;
    out.push({ name: n.name, sheet, id });
  }
  return out;
}
