/**
 * Which tabs fit on the one row, as Fluent's TabList overflow decides it: when all do not fit, the
 * "Mer" button takes its width from the row, the selected tab keeps its place (it has the higher
 * priority), and the others are kept in order from the start while they fit; the rest go behind the
 * button. Widths in CSS pixels; `selected` is -1 when no tab is selected (the import screen).
 * Returns the indices of the visible tabs, in order.
 */
export function fitTabs(widths: readonly number[], available: number, moreWidth: number, selected: number): number[] {
  const all = widths.map((_, i) => i);
  // Half a pixel of slack: measured widths are fractional and the row must not wrap over rounding.
  const fits = (used: number, room: number) => used <= room + 0.5;
  if (fits(sum(widths), available)) return all;
  const room = available - moreWidth;
  const keep = new Set<number>();
  let used = selected >= 0 ? (widths[selected] ?? 0) : 0;
  if (selected >= 0) keep.add(selected);
  for (const i of all) {
    if (i === selected) continue;
    const w = widths[i] ?? 0;
    if (!fits(used + w, room)) break;
    keep.add(i);
    used += w;
  }
  return all.filter((i) => keep.has(i));
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
