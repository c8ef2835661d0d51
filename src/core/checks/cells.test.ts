import { Dec } from '../money';
import { issueCell, type TableCells } from './cells';
import { checkDistribution } from '.';

/** A table of three rows starting at E5 with its total in E8, as a sheet would lay it out. */
const cells: TableCells = (line, row) =>
  line !== 'rad' ? undefined : row === 'total' ? { sheet: 'Fördelning', address: 'E8' } : row < 3 ? { sheet: 'Fördelning', address: `E${5 + row}` } : undefined;

describe('issueCell', () => {
  it('puts a finding on a row in that row’s cell and one on the whole table in the total', () => {
    expect(issueCell(['rows', 1, 'amount'], 'rad', cells)).toEqual({ sheet: 'Fördelning', address: 'E6' });
    expect(issueCell(['rows', 2, 'recipient'], 'rad', cells)).toEqual({ sheet: 'Fördelning', address: 'E7' });
    expect(issueCell(['total'], 'rad', cells)).toEqual({ sheet: 'Fördelning', address: 'E8' });
    expect(issueCell(['statedTotal'], 'rad', cells)).toEqual({ sheet: 'Fördelning', address: 'E8' });
    expect(issueCell(['rows'], 'rad', cells)).toEqual({ sheet: 'Fördelning', address: 'E8' });
  });

  it('falls back to the total for a row the sheet does not have, and to nothing for an unknown line', () => {
    expect(issueCell(['rows', 7, 'amount'], 'rad', cells)).toEqual({ sheet: 'Fördelning', address: 'E8' });
    expect(issueCell(['total'], 'annan', cells)).toBeUndefined();
  });

  it('places every finding checkDistribution makes', () => {
    const line = { id: 'rad', title: 'Rad', amount: new Dec(300), source: null, recipient: { type: 'samverkansregioner' as const }, key: 'equal' as const };
    const issues = checkDistribution(line, [{ recipient: 'norra', amount: 'x' }, { recipient: 'nowhere', amount: -5 }, { recipient: 'norra', amount: 100 }], { statedTotal: 1 });
    expect(issues.length).toBeGreaterThan(4);
    expect(issues.map((i) => issueCell(i.path, 'rad', cells)?.address)).not.toContain(undefined);
    expect(issues.filter((i) => i.path[0] === 'rows' && typeof i.path[1] === 'number').map((i) => issueCell(i.path, 'rad', cells)?.address)).toEqual(
      expect.arrayContaining(['E5', 'E6', 'E7']),
    );
  });
});
