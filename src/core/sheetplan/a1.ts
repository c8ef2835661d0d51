/** A1 addresses for plans: column letters and numbers, and ranges from corners. */

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
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b = a] = bare.split(':') as [string, string?];
  const p = parseCell(a);
  const q = parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export const rangeRef = (box: Box): string =>
  box.top === box.bottom && box.left === box.right
    ? cellRef(box.left, box.top)
    : `${cellRef(box.left, box.top)}:${cellRef(box.right, box.bottom)}`;

/** A sheet name as a formula or address writes it: always quoted, quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
