import { issueText } from '../../src/core/result';
import fc from 'fast-check';
import { distribute, type Method } from '../../src/core/distribution';
import { Dec, formatAmountPlain } from '../../src/core/money';
import { REGIONS, type WeightTable } from '../../src/core/reference';
import { auditTable, readPublishedGrid, weightIntervals, type GridCell } from '../../src/core/review';

const RUNS = { numRuns: 200 };

const weightsArb = fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 21, maxLength: 21 }).filter((ws) => ws.some((w) => w > 0));
const tableOf = (id: string, ws: readonly number[]): WeightTable => ({
  id,
  kind: 'population',
  description: id,
  source: 'test',
  rows: REGIONS.map((r, i) => ({ id: r.code, name: r.name, weight: new Dec(ws[i] as number) })),
});
const spelling = fc.constantFrom<(r: (typeof REGIONS)[number]) => string>(
  (r) => r.name,
  (r) => r.county,
  (r) => r.code,
  (r) => r.name.toUpperCase(),
);
interface Case {
  weights: number[];
  others: number[][];
  amount: number;
  method: Method;
  spell: (r: (typeof REGIONS)[number]) => string;
}
const caseArb: fc.Arbitrary<Case> = fc.record({
  weights: weightsArb,
  others: fc.array(weightsArb, { maxLength: 2 }),
  amount: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 2_000_000_000 })),
  method: fc.constantFrom<Method>('largest-remainder', 'adjust-largest', 'round'),
  spell: spelling,
});

/** The engine's table written as a grid a user could paste: names, Swedish amounts, a total row. */
function publish(c: Case, change?: { row: number; delta: number }): { grid: GridCell[][]; amounts: number[] } {
  const d = distribute({ amount: c.amount, method: c.method, recipients: REGIONS.map((r, i) => ({ id: r.code, weight: c.weights[i] as number })) });
  if (!d.ok) throw new Error(d.issues[0]?.code);
  const amounts = d.value.rows.map((r) => r.amount.toNumber());
  if (change) amounts[change.row] = (amounts[change.row] as number) + change.delta;
  const grid: GridCell[][] = [['Region', 'Medel i kronor'], ...REGIONS.map((r, i) => [c.spell(r), formatAmountPlain(amounts[i] as number)]), ['Totalt', formatAmountPlain(c.amount)]];
  return { grid, amounts };
}

function audit(c: Case, grid: GridCell[][]) {
  const table = readPublishedGrid(grid);
  if (!table.ok) throw new Error(table.issues.map((i) => issueText(i)).join('\n'));
  const candidates = [...c.others.map((w, i) => tableOf(`other-${i}`, w)), tableOf('made-it', c.weights)];
  const r = auditTable({ table: table.value, candidates });
  if (!r.ok) throw new Error(r.issues[0]?.code);
  return r.value;
}

describe('auditing tables the engine made', () => {
  it('attributes every such table to the weights and method that made it', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = audit(c, publish(c).grid);
        const made = a.candidates.find((x) => x.table.id === 'made-it');
        expect(made?.fits).toBe(true);
        expect(made?.methods.find((m) => m.method === c.method)?.reproduces).toBe(true);
        expect(a.best?.fits).toBe(true);
        expect(a.distributed.basis).toBe('table');
      }),
      RUNS,
    );
  });

  it('finds one changed krona on the right row, and the total that no longer foots', () => {
    fc.assert(
      fc.property(caseArb, fc.nat({ max: 20 }), fc.constantFrom(1, -1), (c, row, delta) => {
        const { amounts } = publish(c);
        const d = (amounts[row] as number) + delta < 0 ? 1 : delta;
        const a = audit(c, publish(c, { row, delta: d }).grid);
        const made = a.candidates.find((x) => x.table.id === 'made-it');
        const deviations = made?.methods.find((m) => m.method === c.method)?.deviations ?? [];
        expect(deviations.map((x) => [x.id, x.difference.toNumber()])).toEqual([[REGIONS[row]?.code, d]]);
        const published = amounts.reduce((x, y) => x + y, 0) + d;
        expect(a.tableTotal.toNumber()).toBe(published);
        expect(a.statedTotals[0]?.difference.toNumber()).toBe(c.amount - published);
        if (c.method !== 'round') expect(a.foots).toBe(false);
      }),
      RUNS,
    );
  });

  it('never gives an interval that excludes the weight that made a row, under the method that made it', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const a = audit({ ...c, others: [] }, publish(c).grid);
        const fit = a.best?.methods.find((m) => m.method === c.method);
        if (!fit || c.amount === 0) return;
        const intervals = weightIntervals(fit, a.rows.map((r) => r.published));
        expect(intervals?.filter((i) => !i.contains).map((i) => i.id)).toEqual([]);
      }),
      RUNS,
    );
  });
});
