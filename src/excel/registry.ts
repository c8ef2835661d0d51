import { MARKER_CELL, parseCell } from '../core/sheetplan';

/**
 * Which sheets the add-in made. Each generated sheet gets a workbook-scoped name `bk_ark_<token>`
 * pointing at its marker cell, with the plan id (and table name) as the name's comment. Excel keeps
 * the reference right when the sheet is renamed, turns it into #REF! when the sheet is deleted, and
 * does not carry it to a copy: a copied sheet is the user's. One load of the workbook's names tells
 * which sheet is whose, so a write needs no extra round trip to read marker cells.
 */
export const REGISTRY_PREFIX = 'bk_ark_';

export interface RegistryEntry {
  /** The defined name itself. */
  readonly name: string;
  readonly sheet: string;
  readonly planId: string;
  readonly table?: string;
}

export interface NameItem {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
}

export const registryComment = (planId: string, table?: string): string => (table ? `${planId} ${table}` : planId);

/** The entries among a workbook's names; names whose sheet is gone or that point elsewhere are skipped. */
export function readRegistry(names: readonly NameItem[]): RegistryEntry[] {
  const out: RegistryEntry[] = [];
  for (const n of names) {
    if (!n.name.toLowerCase().startsWith(REGISTRY_PREFIX)) continue;
    const sheet = sheetOfFormula(n.formula);
    if (sheet === undefined) continue;
    const [planId, table] = n.comment.trim().split(/\s+/) as [string, string?];
    if (!planId) continue;
    out.push({ name: n.name, sheet, planId, ...(table ? { table } : {}) });
  }
  return out;
}

/** "='Fördelning (2)'!$AZ$1" → "Fördelning (2)"; anything but a reference to the marker cell → undefined. */
export function sheetOfFormula(formula: string): string | undefined {
  const f = formula.replace(/^=/, '');
  const bang = f.lastIndexOf('!');
  if (bang < 0) return undefined;
  const ref = f.slice(bang + 1);
  let cell: { col: number; row: number };
  try {
    cell = parseCell(ref);
  } catch {
    return undefined;
  }
  const marker = parseCell(MARKER_CELL);
  if (cell.col !== marker.col || cell.row !== marker.row) return undefined;
  const s = f.slice(0, bang);
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** A fresh registry name: unique enough not to meet another, and a valid Excel name. */
export function newRegistryName(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const token = Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
    const name = `${REGISTRY_PREFIX}${token}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
