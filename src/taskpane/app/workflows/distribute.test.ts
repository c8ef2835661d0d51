import { testPane } from '../../../../tests/support/pane';

describe('the Fördela workflow', () => {
  it('offers the lines the planner shares and previews the chosen one', async () => {
    const { c } = testPane();
    await c.start();
    expect(c.state.agreement?.id).toBe('sammanhallen-vard-2023');
    expect(c.state.lines.map((l) => [l.visit.line.id, l.group, l.key])).toEqual([
      ['vardforlopp-samverkansregionerna', 'samverkansregioner', 'equal'],
      ['vardforlopp-befolkning', 'regioner', 'population'],
    ]);
    expect(c.state.preview?.rows).toHaveLength(6);
    expect(c.state.preview?.total.toFixed()).toBe('60000000');
    c.selectLine('vardforlopp-befolkning');
    expect(c.state.preview?.rows).toHaveLength(21);
    expect(c.state.preview?.total.toFixed()).toBe('62500000');
    expect(c.state.preview?.source).toMatchObject({ kind: 'population', referenceDate: '2023-12-31' });
  });

  it('recomputes the preview when the method or unit changes, and remembers them in the workbook', async () => {
    const { c, port } = testPane();
    await c.start();
    c.selectLine('vardforlopp-befolkning');
    await c.setUnit(3);
    expect(c.state.preview?.rows.every((r) => r.amount.mod(1000).isZero())).toBe(true);
    await c.setMethod('adjust-largest');
    expect(c.state.preview?.method).toBe('adjust-largest');
    expect(port.settings.get('bidragskollen.settings')).toMatchObject({ data: { method: 'adjust-largest', unitExponent: 3 } });
  });

  it('writes the sheet, then asks before replacing it, and does what the answer says', async () => {
    const { c, port } = testPane();
    await c.start();
    c.selectLine('vardforlopp-befolkning');
    await c.distribute();
    expect(c.state.notices).toEqual([{ kind: 'success', text: 'Skrev bladet Fördelning (A1:H26).' }]);
    expect(port.sheets.map((s) => [s.name, s.planId])).toEqual([
      ['Blad1', undefined],
      ['Fördelning', 'distribution:sammanhallen-vard-2023:vardforlopp-befolkning'],
    ]);

    await c.distribute();
    expect(c.state.pending?.sheet).toBe('Fördelning');
    expect(port.sheets).toHaveLength(2);
    await c.resolvePending('cancel');
    expect(c.state.pending).toBeUndefined();
    expect(port.sheets).toHaveLength(2);

    await c.distribute();
    await c.resolvePending('new');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1', 'Fördelning', 'Fördelning (2)']);
    expect(c.state.notices[0]?.text).toContain('Namnet Fördelning var upptaget');

    await c.distribute();
    await c.resolvePending('replace');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1', 'Fördelning', 'Fördelning (2)']);
    expect(c.state.notices[0]?.text).toMatch(/^Bladet Fördelning är ersatt/);
  });

  it('turns a failed write into a sentence, leaves the pane usable and never rejects', async () => {
    const { c, port } = testPane();
    await c.start();
    port.failing.add('writeSheet');
    await expect(c.distribute()).resolves.toBeUndefined();
    expect(c.state.busy).toBeUndefined();
    expect(c.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^Något gick fel i kontakten med Excel \(InvalidOperation.*Inget har skrivits/) }]);
  });
});
