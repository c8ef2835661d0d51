import fc from 'fast-check';
import { inherit, leaves, NOTHING_INHERITED, walkLines, type TreeLine } from './walk';
import type { DistributionKey, Funder, Recipient } from './types';

interface TestLine extends TreeLine<TestLine> {
  readonly id: string;
  readonly recipient?: Recipient | null;
  readonly key?: DistributionKey;
  readonly funder?: Funder | null;
  readonly appropriation?: { readonly post: number } | null;
  readonly lines?: readonly TestLine[];
}

describe('inherit', () => {
  it('takes what the line states and the parent’s value for the rest', () => {
    const parent = { recipient: { type: 'regions' }, key: 'population', funder: 'state', appropriation: { post: 40 } } as const;
    expect(inherit<TestLine>(parent, { id: 'x', key: 'equal', funder: null })).toEqual({ ...parent, key: 'equal' });
    expect(inherit<TestLine>(NOTHING_INHERITED, { id: 'x', recipient: { type: 'skr' } })).toEqual({ ...NOTHING_INHERITED, recipient: { type: 'skr' } });
  });
});

const recipient = fc.constantFrom<Recipient>({ type: 'skr' }, { type: 'regions' }, { type: 'samverkansregioner' }, { type: 'region', code: '13' });
const stated = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.option(arb, { nil: null }), { nil: undefined });

/** Trees whose lines each state, leave out or null each inheritable field. */
const line: fc.Arbitrary<TestLine> = fc.letrec<{ line: TestLine }>((tie) => ({
  line: fc
    .record({
      recipient: stated(recipient),
      key: fc.option(fc.constantFrom<DistributionKey>('population', 'equal', 'fixed'), { nil: undefined }),
      funder: stated(fc.constantFrom<Funder>('state', 'regions')),
      appropriation: stated(fc.integer({ min: 1, max: 50 }).map((post) => ({ post }))),
      lines: fc.option(fc.array(tie('line'), { maxLength: 3 }), { nil: undefined, depthSize: 'small' }),
    })
    .map((l) => ({ id: '', ...l })),
})).line;

describe('walkLines', () => {
  it('gives every line the value the nearest line on its path states, or null', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (areas) => {
        for (const v of walkLines({ areas })) {
          // The path names every ancestor: ['areas', i, 'lines', j, …]; follow it from the top.
          const chain: TestLine[] = [];
          let level: readonly TestLine[] | undefined = areas;
          for (let i = 1; i < v.path.length; i += 2) {
            const line: TestLine = level![v.path[i] as number]!;
            chain.push(line);
            level = line.lines;
          }
          expect(chain[chain.length - 1]).toBe(v.line);
          expect(chain[0]).toBe(v.area);
          for (const field of ['recipient', 'key', 'funder', 'appropriation'] as const) {
            const nearest = [...chain].reverse().find((l) => l[field] !== undefined && l[field] !== null);
            expect(v.inherited[field]).toBe(nearest ? nearest[field] : null);
          }
          expect(v.funder).toBe(v.inherited.funder);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('visits every line once, depth first, and the leaves are the lines without parts', () => {
    const areas: TestLine[] = [
      { id: 'a', funder: 'state', lines: [{ id: 'a1', lines: [{ id: 'a11' }] }, { id: 'a2', lines: [] }] },
      { id: 'b' },
    ];
    expect(walkLines({ areas }).map((v) => [v.line.id, v.depth, v.area.id, v.funder])).toEqual([
      ['a', 0, 'a', 'state'],
      ['a1', 1, 'a', 'state'],
      ['a11', 2, 'a', 'state'],
      ['a2', 1, 'a', 'state'],
      ['b', 0, 'b', null],
    ]);
    expect(leaves({ areas }).map((v) => v.line.id)).toEqual(['a11', 'a2', 'b']);
  });
});
