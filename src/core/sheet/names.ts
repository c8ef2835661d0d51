/** Excel's limit on a sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * The preferred sheet name if nothing in `taken` has it (case-insensitively, as Excel compares),
 * else "Name (2)", "Name (3)"…, cut to fit 31 characters.
 */
export function freeName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLocaleLowerCase('sv-SE')));
  const clean = preferred.replace(/[\\/?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME) || 'Blad';
  if (!used.has(clean.toLocaleLowerCase('sv-SE'))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!used.has(name.toLocaleLowerCase('sv-SE'))) return name;
  }
}

/** A table or defined name free in the workbook (they share one namespace): "bk_x", then "bk_x_2"… */
export function freeWorkbookName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) if (!used.has(`${preferred}_${i}`.toLowerCase())) return `${preferred}_${i}`;
}

/** Letters, digits and underscores, accents dropped: a defined or table name's part. */
export const nameSafe = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]/g, '_');
