/** A1 addresses and sheet-qualified references: the only place that converts or quotes them. */

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > 16384) throw new RangeError(`column out of range: ${col}`);
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellRef = (col: number, row: number): string => `${columnLetters(col)}${row}`;

export function parseCell(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new RangeError(`not an A1 cell reference: ${ref}`);
  return { col: columnNumber(m[1] as string), row: Number(m[2]) };
}

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B3:D9", "B3" or "Blad 1!B3:D9" (the sheet is dropped). */
export function parseRange(range: string): Box {
  const [, bare] = splitAddress(range);
  const [a, b = a] = bare.split(':') as [string, string?];
  const p = parseCell(a);
  const q = parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export const rangeRef = (box: Box): string =>
  box.top === box.bottom && box.left === box.right ? cellRef(box.left, box.top) : `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}`;

/** Every cell of a range, row by row. */
export function cellsOf(range: string): { col: number; row: number }[] {
  const b = parseRange(range);
  const out: { col: number; row: number }[] = [];
  for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) out.push({ col, row });
  return out;
}

/** A sheet name as a formula or a defined name writes it: always quoted, quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** `'Blad 1'!$A$1` for a name's reference. */
export const absoluteRef = (sheet: string, ref: string): string => `${quoteSheet(sheet)}!${ref.replace(/([A-Z]+)(\d+)/gi, '$$$1$$$2')}`;

/** "='Blad 1'!$A$1:$B$2" or "Blad1!A1" → ["Blad 1", "A1:B2"]; no sheet → ["", address]. */
export function splitAddress(address: string): [string, string] {
  const f = address.replace(/^=/, '');
  const bang = f.lastIndexOf('!');
  if (bang < 0) return ['', f.replace(/\$/g, '')];
  const s = f.slice(0, bang);
  return [s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s, f.slice(bang + 1).replace(/\$/g, '')];
}

/** Replaces `{{sheet-id}}` in a formula with the quoted name of the sheet that id became. */
export function resolveSheetRefs(formula: string, sheetNameOf: (sheetId: string) => string | undefined): string {
  return formula.replace(/\{\{([^}]+)\}\}/g, (_, id: string) => {
    const name = sheetNameOf(id);
    if (name === undefined) throw new Error(`formula refers to a sheet that is not in the workbook: ${id}`);
    return quoteSheet(name);
  });
}
