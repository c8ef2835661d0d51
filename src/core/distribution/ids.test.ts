import fc from 'fast-check';
import { findBadIds } from './ids';

describe('findBadIds', () => {
  it('finds exactly the ids a Set would find repeated, and the empty ones', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('', ' ', '01', '1', 'a', 'å'), fc.string({ maxLength: 4 })), { maxLength: 300 }), (ids) => {
        const list = ids.map((id) => ({ id }));
        const seen = new Set<string>();
        const duplicates: number[] = [];
        const empty: number[] = [];
        ids.forEach((id, i) => {
          if (id.trim() === '') empty.push(i);
          else if (seen.has(id)) duplicates.push(i);
          else seen.add(id);
        });
        expect(findBadIds(list)).toEqual({ duplicates, empty });
      }),
      { numRuns: 1000 },
    );
  });
});
