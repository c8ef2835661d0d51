/** A1 addresses: column letters and numbers, the only place that converts between them. */

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > 16384) throw new RangeError(`column out of range: ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(col: number, row: number): string {
  return `${columnLetters(col)}${row}`;
}

export function parseA1(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) throw new RangeError(`not an A1 reference: ${ref}`);
  return { col: columnNumber(m[1] as string), row: Number(m[2]) };
}

/** A sheet name as a formula writes it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Replaces `{{template-id}}` in a formula with the quoted name of the sheet that template became. */
export function resolveSheetRefs(formula: string, sheetNameOf: (templateId: string) => string | undefined): string {
  return formula.replace(/\{\{([^}]+)\}\}/g, (_, id: string) => {
    const name = sheetNameOf(id);
    if (name === undefined) throw new Error(`formula refers to a template sheet that is not in the workbook: ${id}`);
    return quoteSheetName(name);
  });
}
