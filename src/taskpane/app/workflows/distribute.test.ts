import { testPane } from '../../../../tests/support/pane';
import { distribute, selectLine } from './distribute';
import { setMethod, setUnit, start, useSelectionAsPopulation } from './settings';
import { resolvePending } from './write';

describe('the Fördela workflow', () => {
  it('offers the lines the planner shares and previews the chosen one', async () => {
    const { pane } = testPane();
    await start(pane);
    expect(pane.state.agreement?.id).toBe('sammanhallen-vard-2023');
    expect(pane.state.lines.map((l) => [l.visit.line.id, l.group, l.key])).toEqual([
      ['vardforlopp-samverkansregionerna', 'samverkansregioner', 'equal'],
      ['vardforlopp-befolkning', 'regioner', 'population'],
    ]);
    expect(pane.state.preview?.rows).toHaveLength(6);
    expect(pane.state.preview?.total.toFixed()).toBe('60000000');
    selectLine(pane, 'vardforlopp-befolkning');
    expect(pane.state.preview?.rows).toHaveLength(21);
    expect(pane.state.preview?.total.toFixed()).toBe('62500000');
    expect(pane.state.preview?.source).toMatchObject({ kind: 'population', referenceDate: '2023-12-31' });
  });

  it('recomputes the preview when the method or unit changes, and remembers them in the workbook', async () => {
    const { pane, port } = testPane();
    await start(pane);
    selectLine(pane, 'vardforlopp-befolkning');
    await setUnit(pane, 3);
    expect(pane.state.preview?.rows.every((r) => r.amount.mod(1000).isZero())).toBe(true);
    await setMethod(pane, 'adjust-largest');
    expect(pane.state.preview?.method).toBe('adjust-largest');
    expect(port.settings.get('bidragskollen.settings')).toMatchObject({ data: { method: 'adjust-largest', unitExponent: 3 } });
  });

  it('writes the sheet, then asks before replacing it, and does what the answer says', async () => {
    const { pane, port } = testPane();
    await start(pane);
    selectLine(pane, 'vardforlopp-befolkning');
    await distribute(pane);
    expect(pane.state.notices).toEqual([{ kind: 'success', text: 'Skrev bladet Fördelning (A1:H26).' }]);
    expect(port.sheets.map((s) => [s.name, s.planId])).toEqual([
      ['Blad1', undefined],
      ['Fördelning', 'distribution:sammanhallen-vard-2023:vardforlopp-befolkning'],
    ]);

    await distribute(pane);
    expect(pane.state.pending?.sheet).toBe('Fördelning');
    expect(port.sheets).toHaveLength(2);
    await resolvePending(pane, 'cancel');
    expect(pane.state.pending).toBeUndefined();
    expect(port.sheets).toHaveLength(2);

    await distribute(pane);
    await resolvePending(pane, 'new');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1', 'Fördelning', 'Fördelning (2)']);
    expect(pane.state.notices[0]?.text).toContain('Namnet Fördelning var upptaget');

    await distribute(pane);
    await resolvePending(pane, 'replace');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1', 'Fördelning', 'Fördelning (2)']);
    expect(pane.state.notices[0]?.text).toMatch(/^Bladet Fördelning är ersatt/);
  });

  it('turns a failed write into a sentence, leaves the pane usable and never rejects', async () => {
    const { pane, port } = testPane();
    await start(pane);
    port.failing.add('writeSheet');
    await expect(distribute(pane)).resolves.toBeUndefined();
    expect(pane.state.busy).toBeUndefined();
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^Excel svarade inte som väntat\. Inget har skrivits\./) }]);
    expect(pane.state.notices[0]?.text).not.toContain('busy');
  });

  it('says what to do by the error code: leave the cell being edited, select one range', async () => {
    const { pane, port } = testPane();
    await start(pane);
    port.failing.add('writeSheet');
    port.failCode = 'InvalidOperationInCellEditMode';
    await distribute(pane);
    expect(pane.state.notices[0]?.text).toMatch(/En cell redigeras i Excel\. Tryck Enter eller Esc/);
    expect(pane.state.notices[0]?.text).not.toContain('InvalidOperation');
    port.failing.add('readSelection');
    port.failCode = 'InvalidSelection';
    await useSelectionAsPopulation(pane);
    expect(pane.state.notices[0]?.text).toMatch(/Markera ett enda sammanhängande område/);
  });
});
