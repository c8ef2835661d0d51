/** `['areas', 2, 'lines', 0, 'amount']` → `areas[2].lines[0].amount`; the root is `(roten)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(roten)' : out;
}
