import type { Lang } from '../result';

/** `['areas', 2, 'lines', 0, 'amount']` → `areas[2].lines[0].amount`; the root is `(roten)` / `(root)`. */
export function formatPath(path: readonly PropertyKey[], lang: Lang = 'sv'): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  if (out !== '') return out;
  return lang === 'sv' ? '(roten)' : '(root)';
}

/** Where in a file a message points, as the start of its sentence: `areas[1].amount`, or the file's top level. */
export function placeText(path: readonly PropertyKey[], lang: Lang): string {
  if (path.length > 0) return formatPath(path, lang);
  return lang === 'sv' ? 'Överst i filen' : 'At the top of the file';
}
