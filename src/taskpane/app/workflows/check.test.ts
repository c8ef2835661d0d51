import { getAgreement, serializeAgreement, type Line } from '../../../core/agreements';
import type { DistributionTableRead } from '../../../excel/port';
import { testPane } from '../../../../tests/support/pane';
import { openAgreementFile } from './agreement';
import { check, nextStep, showFinding } from './check';
import { selectLine } from './distribute';
import { start } from './settings';

/** The table a Fördela write of the population line puts on a sheet, as the port reads it back. */
async function writtenTable(): Promise<DistributionTableRead> {
  const { pane } = testPane();
  await start(pane);
  selectLine(pane, 'vardforlopp-befolkning');
  const rows = pane.state.preview!.rows;
  return {
    sheet: 'Fördelning',
    table: 'bk_fordelning_vardforlopp_befolkning',
    planId: 'distribution:sammanhallen-vard-2023:vardforlopp-befolkning',
    rows: rows.map((r, i) => ({ code: r.id, recipient: r.name, amount: r.amount.toNumber(), amountAddress: `E${5 + i}` })),
    total: pane.state.preview!.total.toNumber(),
    totalAddress: 'E26',
  };
}

describe('the Kontrollera workflow', () => {
  it('finds nothing in an untouched table and ignores tables of lines it does not know', async () => {
    const t = await writtenTable();
    const { pane, port } = testPane();
    port.tables = [t, { ...t, sheet: 'Annat', planId: 'distribution:okand-2023:rad' }];
    await check(pane);
    expect(pane.state.findings?.filter((f) => f.table)).toEqual([]);
    expect(pane.state.notices[0]?.text).toMatch(/i överenskommelsen och 2 fördelningstabeller\.$/);
  });

  it('puts a finding on a row in that row’s cell, a wrong total on the edited amount, one on the table in its total, and selects it', async () => {
    const t = await writtenTable();
    const rows = t.rows.map((r, i) => (i === 2 ? { ...r, amount: 1 } : i === 3 ? { ...r, code: 'XX', recipient: 'Ingen region' } : r));
    const { pane, port } = testPane();
    port.tables = [{ ...t, rows, total: rows.reduce((s, r) => s + (r.amount as number), 0) }];
    await check(pane);
    const found = pane.state.findings!.filter((f) => f.table).map((f) => [f.issue.code, f.where]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['DISTRIBUTION_UNKNOWN_RECIPIENT', { sheet: 'Fördelning', address: 'E8' }],
        // The sum is wrong because E7 was edited: "Visa cellen" goes there, not to the total.
        ['DISTRIBUTION_TOTAL_MISMATCH', { sheet: 'Fördelning', address: 'E7' }],
        ['DISTRIBUTION_MISSING_RECIPIENTS', { sheet: 'Fördelning', address: 'E26' }],
      ]),
    );
    expect(pane.state.notices[0]?.kind).toBe('error');
    const mismatch = pane.state.findings!.find((f) => f.issue.code === 'DISTRIBUTION_TOTAL_MISMATCH')!;
    await showFinding(pane, mismatch);
    expect(port.selected).toEqual({ sheet: 'Fördelning', address: 'E7' });
    expect(nextStep(mismatch, 'sv')).toBe('Rätta cellen E7 på bladet Fördelning, eller skriv bladet igen med Fördela.');
    // Errors first, then warnings.
    const severities = pane.state.findings!.map((f) => f.issue.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it('checks a table against what its line inherits: the recipients an area states for it', async () => {
    const builtin = getAgreement('sammanhallen-vard-2023');
    if (!builtin.ok) throw new Error('catalog');
    // The samverkansregioner line states neither recipient nor key; its parent states the recipient.
    const move = (l: Line): Line =>
      l.id === 'vardforlopp-regionerna'
        ? { ...l, recipient: { type: 'samverkansregioner' }, lines: l.lines?.map((x) => (x.id === 'vardforlopp-samverkansregionerna' ? { ...x, recipient: undefined, key: undefined } : x)) }
        : { ...l, ...(l.lines ? { lines: l.lines.map(move) } : {}) };
    const json = serializeAgreement({ ...builtin.value, id: 'arvd-2023', areas: builtin.value.areas.map(move) });
    const { pane, port } = testPane();
    await openAgreementFile(pane, { name: 'arvd.json', text: () => Promise.resolve(json) });
    expect(pane.state.lines.map((l) => [l.visit.line.id, l.group, l.key])).toContainEqual(['vardforlopp-samverkansregionerna', 'samverkansregioner', 'equal']);
    const rows = [{ code: 'norra', recipient: 'Norra', amount: 30_000_000, amountAddress: 'E5' }, { code: '13', recipient: 'Region Halland', amount: 30_000_000, amountAddress: 'E6' }];
    port.tables = [{ sheet: 'Fördelning', table: 't', planId: 'distribution:arvd-2023:vardforlopp-samverkansregionerna', rows, total: 60_000_000, totalAddress: 'E7' }];
    await check(pane);
    const found = pane.state.findings!.filter((f) => f.table).map((f) => [f.issue.code, f.where?.address]);
    expect(found).toEqual(expect.arrayContaining([['DISTRIBUTION_UNKNOWN_RECIPIENT', 'E6'], ['DISTRIBUTION_MISSING_RECIPIENTS', 'E7']]));
  });

  it('counts in Swedish: one finding, one table', async () => {
    const t = await writtenTable();
    const { pane, port } = testPane();
    port.tables = [{ ...t, rows: t.rows.map((r, i) => (i === 0 ? { ...r, amount: -5 } : r)) }];
    await check(pane);
    expect(pane.state.notices[0]?.text).toMatch(/ och 1 fördelningstabell\.$/);
    const { pane: none } = testPane();
    await check(none);
    expect(none.state.notices[0]?.text).toMatch(/^\d+ anmärkning(ar)?, varav 0 fel, i överenskommelsen och 0 fördelningstabeller\.$/);
  });
});
