import { issueText } from '../../src/core/result';
import type { Line } from '../../src/core/agreements';
import { checkDistribution } from '../../src/core/checks';
import { Dec } from '../../src/core/money';
import { MUNICIPALITIES } from '../../src/core/reference';

const line = (amount: number): Line => ({ id: 'x', title: 'Kommunerna', amount: new Dec(amount), source: null, recipient: { type: 'municipalities' } }) as Line;
const rows = MUNICIPALITIES.map((m) => ({ recipient: m.code, amount: 1 }));

describe('a distribution table for a line to the municipalities', () => {
  it('passes with all 290 four-digit codes (or names, or codes that lost their leading zero)', () => {
    expect(checkDistribution(line(290), rows)).toEqual([]);
    expect(checkDistribution(line(290), rows.map((r, i) => (i === 0 ? { recipient: 'Upplands Väsby', amount: 1 } : i === 1 ? { recipient: '115', amount: 1 } : r)))).toEqual([]);
  });

  it('names a code that is no municipality, and the one missing from 289', () => {
    const bad = checkDistribution(line(290), [...rows.slice(1), { recipient: '0199', amount: 1 }]);
    expect(bad.map((i) => i.code)).toEqual(['DISTRIBUTION_UNKNOWN_RECIPIENT', 'DISTRIBUTION_MISSING_RECIPIENTS']);
    expect(issueText(bad[1]!)).toContain('0114');
  });
});
