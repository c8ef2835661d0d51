import { cellRef, parseCell, parseRange, type Sheet } from '../../src/core/sheet';

/**
 * Where a section's column stands on a written agreement sheet, found by its heading and header
 * text: the column letter and its rows from the first under the header to the last spare row.
 */
export function columnArea(sheet: Sheet, heading: string, header: string): { col: string; top: number; bottom: number } {
  const cells = sheet.cells.map((c) => ({ ...parseCell(c.ref), c }));
  const headingRow = cells.find(({ col, c }) => col === 1 && c.style === 'heading' && c.value.t === 'text' && c.value.v === heading)?.row;
  if (headingRow === undefined) throw new Error(`no section ${heading}`);
  const head = cells.find(({ row, c }) => row === headingRow + 1 && c.value.t === 'text' && c.value.v === header);
  if (!head) throw new Error(`no column ${header} under ${heading}`);
  let bottom = headingRow + 1;
  while (sheet.cells.some((c) => c.ref === cellRef(head.col, bottom + 1))) bottom++;
  return { col: head.c.ref.replace(/\d+$/, ''), top: headingRow + 2, bottom };
}

/** Whether two A1 ranges share a cell. */
export function overlaps(a: string, b: string): boolean {
  const p = parseRange(a);
  const q = parseRange(b);
  return p.left <= q.right && q.left <= p.right && p.top <= q.bottom && q.top <= p.bottom;
}
