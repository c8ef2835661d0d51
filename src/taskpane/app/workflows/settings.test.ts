import { SCB_COUNTY_2023_12_31 } from '../../../core/reference';
import { FakePort } from '../../../../tests/support/fake-port';
import { testPane } from '../../../../tests/support/pane';
import { selectLine } from './distribute';
import { editProfile, saveProfile, setLanguage, start, useBuiltinPopulation, useSelectionAsPopulation } from './settings';

/** The SCB table as a user would paste it: a header, then code, name and population. */
const pasted = [['Kod', 'Region', 'Befolkning'], ...SCB_COUNTY_2023_12_31.rows.map((r, i) => [r.id, r.name, i === 0 ? r.weight.toNumber() * 2 : r.weight.toNumber()])];

describe('the Inställningar workflow', () => {
  it('replaces corrupt settings by the defaults, says so and keeps the raw value aside', async () => {
    const port = new FakePort();
    port.settings.set('bidragskollen.settings', { version: 1, data: { method: 'gissa' } });
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.notices).toEqual([{ kind: 'info', text: expect.stringContaining('bidragskollen.settings.backup') }]);
    expect(port.settings.get('bidragskollen.settings')).toMatchObject({ data: { method: 'largest-remainder' } });
    expect(port.settings.get('bidragskollen.settings.backup')).toMatchObject({ savedAt: '2023-11-15T10:00:00+01:00', raw: { data: { method: 'gissa' } } });
  });

  it('takes the population from the selection, remembers the range and reads it again at the next start', async () => {
    const { pane, port } = testPane();
    await start(pane);
    selectLine(pane, 'vardforlopp-befolkning');
    const before = pane.state.preview!.rows[0]!.amount;
    port.selection = { sheet: 'Blad1', address: 'A1:C22', values: pasted };
    await useSelectionAsPopulation(pane);
    expect(pane.state.notices).toEqual([{ kind: 'success', text: 'Befolkningen läses från Blad1!A1:C22.' }]);
    expect(pane.state.preview!.rows[0]!.amount.gt(before)).toBe(true);
    expect(port.settings.get('bidragskollen.settings')).toMatchObject({ data: { population: { kind: 'range', sheet: 'Blad1', address: 'A1:C22' } } });

    port.ranges.set('Blad1!A1:C22', { sheet: 'Blad1', address: 'A1:C22', values: pasted });
    const { pane: again } = testPane({ port });
    await start(again);
    selectLine(again, 'vardforlopp-befolkning');
    expect(again.state.rangeTable?.id).toBe('Blad1!A1:C22');
    expect(again.state.preview!.rows[0]!.amount.eq(pane.state.preview!.rows[0]!.amount)).toBe(true);

    await useBuiltinPopulation(again);
    expect(again.state.preview!.rows[0]!.amount.eq(before)).toBe(true);
  });

  it('refuses a selection that is not a population table, saying what to select', async () => {
    const { pane, port } = testPane();
    port.selection = { sheet: 'Blad1', address: 'A1:B2', values: [['01', 5], ['03', 6]] };
    await useSelectionAsPopulation(pane);
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringContaining('alla 21 behövs') }]);
    expect(pane.state.rangeTable).toBeUndefined();
  });

  it('saves a valid profile, refuses a wrong organisationsnummer, and clears the draft once saved', async () => {
    const { pane, port } = testPane();
    editProfile(pane, 'bidragsmottagare', 'Region Halland');
    await saveProfile(pane, { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0010' });
    expect(pane.state.notices[0]?.kind).toBe('error');
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
    expect(pane.profileDraft).toEqual({ bidragsmottagare: 'Region Halland' });
    await saveProfile(pane, { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0016' });
    expect(port.settings.get('bidragskollen.profile')).toEqual({ version: 1, data: { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0016' } });
    expect(pane.profileDraft).toEqual({});
  });

  it('keeps a setting for the session when the workbook will not save it', async () => {
    const { pane, port } = testPane();
    port.failing.add('writeSettings');
    await setLanguage(pane, 'en');
    expect(pane.state.lang).toBe('en');
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringContaining('applies until the pane is closed') }]);
  });
});
