import fc from 'fast-check';
import { fitTabs } from './overflow';

// The tab widths the pane measures in Chromium with DejaVu Sans (the selected one bold), and "Mer".
const WIDTHS = [149, 62, 85, 79, 81, 68, 95];
const MORE = 53;

describe('fitTabs: which tabs fit on the row, as Fluent’s TabList overflow decides', () => {
  it('shows every tab when all fit, and no "Mer"', () => {
    expect(fitTabs(WIDTHS, 619, MORE, 0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps the tabs from the start while they fit beside "Mer"', () => {
    expect(fitTabs(WIDTHS, 334, MORE, 0)).toEqual([0, 1]);
    expect(fitTabs(WIDTHS, 400, MORE, 1)).toEqual([0, 1, 2]);
  });

  it('gives the selected tab the last place when it would be behind "Mer"', () => {
    expect(fitTabs(WIDTHS, 334, MORE, 6)).toEqual([0, 6]);
    expect(fitTabs(WIDTHS, 254, MORE, 3)).toEqual([3]);
  });

  it('shows the selected tab even when it alone is wider than the row', () => {
    expect(fitTabs(WIDTHS, 100, MORE, 0)).toEqual([0]);
  });

  it('with no tab selected (the import screen), keeps the first that fit', () => {
    expect(fitTabs(WIDTHS, 334, MORE, -1)).toEqual([0, 1]);
  });

  it('without layout (every width 0) shows them all', () => {
    expect(fitTabs([0, 0, 0], 0, 0, 1)).toEqual([0, 1, 2]);
  });

  it('always: the selected tab shown, order kept, the others a prefix, and the row fits unless only the selected is shown', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 100, max: 900 }),
        fc.integer({ min: 20, max: 60 }),
        fc.nat(),
        (widths, available, more, pick) => {
          const selected = pick % widths.length;
          const shown = fitTabs(widths, available, more, selected);
          expect(shown).toContain(selected);
          expect(shown).toEqual([...shown].sort((a, b) => a - b));
          const others = shown.filter((i) => i !== selected);
          expect(others).toEqual(
            widths
              .map((_, i) => i)
              .filter((i) => i !== selected)
              .slice(0, others.length),
          );
          const used = shown.reduce((a, i) => a + (widths[i] ?? 0), 0) + (shown.length < widths.length ? more : 0);
          if (shown.length > 1) expect(used).toBeLessThanOrEqual(available + 0.5);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
