import { issueText } from '../../src/core/result';
import fc from 'fast-check';
import { formatAmountPlain } from '../../src/core/money';
import { REGIONS } from '../../src/core/reference';
import { readPublishedGrid, readPublishedTable } from '../../src/core/review';

type Region = (typeof REGIONS)[number];
const SPELLINGS: ((r: Region) => string)[] = [
  (r) => r.name,
  (r) => r.county,
  (r) => r.name.replace(/^Region /, ''),
  (r) => r.county.toUpperCase(),
  (r) => r.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
  (r) => `${r.code} ${r.name}`,
];
const FORMATS = ['one-cell-a-line', 'tabs', 'csv', 'layout', 'markdown', 'grid'] as const;

const tableArb = fc.record({
  columns: fc.integer({ min: 1, max: 3 }),
  amounts: fc.array(fc.array(fc.integer({ min: 0, max: 3_000_000_000 }), { minLength: 3, maxLength: 3 }), { minLength: 21, maxLength: 21 }),
  spellings: fc.array(fc.integer({ min: 0, max: SPELLINGS.length - 1 }), { minLength: 21, maxLength: 21 }),
  order: fc.shuffledSubarray(REGIONS.map((_, i) => i), { minLength: 21, maxLength: 21 }),
  format: fc.constantFrom(...FORMATS),
  prose: fc.boolean(),
});

describe('reading any table the way it may be pasted', () => {
  it('gives back every region, amount and total, whatever the layout, spelling and row order', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const rows = t.order.map((i) => {
          const r = REGIONS[i] as Region;
          return { r, label: (SPELLINGS[t.spellings[i] as number] as (r: Region) => string)(r), amounts: (t.amounts[i] as number[]).slice(0, t.columns) };
        });
        const totals = Array.from({ length: t.columns }, (_, j) => rows.reduce((a, r) => a + (r.amounts[j] as number), 0));
        const headers = Array.from({ length: t.columns }, (_, j) => `Kolumn ${j + 1}`);
        const cells = [['Region', ...headers], ...rows.map((r) => [r.label, ...r.amounts.map((a) => formatAmountPlain(a))]), ['Totalt', ...totals.map((a) => formatAmountPlain(a))]];
        const prose = t.prose ? 'Fördelning av medel 2024\nUnder 2024 fördelas pengar till regionerna enligt tabellen nedan.\n' : '';
        let result;
        switch (t.format) {
          case 'grid':
            result = readPublishedGrid([['Fördelning'], [], ...cells]);
            break;
          case 'one-cell-a-line':
            result = readPublishedTable(prose + cells.flat().join('\n\n'));
            break;
          case 'tabs':
            result = readPublishedTable(prose + cells.map((c) => c.join('\t')).join('\n'));
            break;
          case 'csv':
            result = readPublishedTable(cells.map((c) => c.join(';')).join('\r\n'), { format: 'csv' });
            break;
          case 'layout':
            result = readPublishedTable(prose + cells.map((c) => c.map((x, j) => (j === 0 ? x.padEnd(36) : x.padStart(18))).join('')).join('\n'));
            break;
          case 'markdown':
            result = readPublishedTable(prose + cells.map((c) => `| ${c.join(' | ')} |`).join('\n'));
            break;
        }
        if (!result.ok) throw new Error(`${t.format}: ${result.issues.map((i) => issueText(i)).join('; ')}`);
        const v = result.value;
        expect(v.rows.map((r) => r.id)).toEqual(rows.map((r) => r.r.code));
        expect(v.rows.map((r) => r.amounts.map((a) => a.amount.toNumber()))).toEqual(rows.map((r) => r.amounts));
        expect(v.columns.map((c) => [c.name, c.total?.amount.toNumber()])).toEqual(headers.map((h, j) => [h, totals[j]]));
      }),
      { numRuns: 300 },
    );
  });
});
