import { SCB_COUNTY_2023_12_31 } from '../../../core/reference';
import { FakePort } from '../../../../tests/support/fake-port';
import { testPane } from '../../../../tests/support/pane';
import { profileSchema } from '../../../core/profile';
import { fieldKey, PROFILE_FIELDS, profileWith } from '../profile-form';
import { distribute, selectLine } from './distribute';
import { answerProfileConsent, editProfile, removeProfile, saveProfile, setLanguage, start, useBuiltinPopulation, useSelectionAsPopulation } from './settings';

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
    // The error is shown at its field, where the user is, and focus goes there.
    expect(pane.state.profileIssues.map((i) => [i.code, i.path])).toEqual([['ORGNR_CHECKSUM', ['organisationsnummer']]]);
    expect(pane.focusNext).toBe('first-invalid');
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
    expect(pane.profileDraft).toEqual({ bidragsmottagare: 'Region Halland' });
    await saveProfile(pane, { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0016' });
    expect(pane.state.profileIssues).toEqual([]);
    // Personal data goes into the workbook only once the user has agreed, asked once.
    expect(pane.state.profileToStore).toBeDefined();
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
    await answerProfileConsent(pane, true);
    expect(port.settings.get('bidragskollen.profile')).toEqual({ version: 1, data: { bidragsmottagare: 'Region Halland', organisationsnummer: '232100-0016' } });
    expect(port.settings.get('bidragskollen.consent')).toEqual({ profile: true, at: '2023-11-15T10:00:00+01:00' });
    expect(pane.profileDraft).toEqual({});
    await saveProfile(pane, { bidragsmottagare: 'Region Hallands län' });
    expect(pane.state.profileToStore).toBeUndefined();
    expect(port.settings.get('bidragskollen.profile')).toMatchObject({ data: { bidragsmottagare: 'Region Hallands län' } });
    await removeProfile(pane);
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
    expect(port.settings.has('bidragskollen.consent')).toBe(false);
    expect(pane.state.profile).toEqual({});
  });

  it('keeps the profile for the session only when the user says no, and does not ask again', async () => {
    const { pane, port } = testPane();
    await start(pane);
    await saveProfile(pane, { kontaktperson: 'Anna Andersson' });
    await answerProfileConsent(pane, false);
    expect(pane.state.profile).toEqual({ kontaktperson: 'Anna Andersson' });
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
    await saveProfile(pane, { kontaktperson: 'Anna Berg' });
    expect(pane.state.profileToStore).toBeUndefined();
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
    expect(pane.state.notices[0]?.text).toMatch(/sparas inte i arbetsboken/);
  });

  it('edits every field the forms need, diarienummer per agreement included', () => {
    const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [fieldKey(f), f.path.at(-1) === 'epost' ? 'a@b.se' : `v ${fieldKey(f)}`]));
    const p = profileWith({ diarienummer: { annat: { overenskommelse: 'S2022/1' } } }, values, 'avtal');
    expect(Object.keys(p).sort()).toEqual(Object.keys(profileSchema.shape).sort());
    expect(p.diarienummer).toEqual({ annat: { overenskommelse: 'S2022/1' }, avtal: { overenskommelse: 'v diarienummer.*.overenskommelse', utbetalning: 'v diarienummer.*.utbetalning' } });
    const cleared = profileWith(p, { 'ekonomichef.namn': '', 'ekonomichef.befattning': '', 'ekonomichef.telefon': ' ', 'ekonomichef.epost': '', 'diarienummer.*.overenskommelse': '', 'diarienummer.*.utbetalning': '' }, 'avtal');
    expect(cleared.ekonomichef).toBeUndefined();
    expect(cleared.diarienummer).toEqual({ annat: { overenskommelse: 'S2022/1' } });
  });

  it('refuses a population table of zeros with the reason, and keeps the earlier choice', async () => {
    const { pane, port } = testPane();
    await start(pane);
    selectLine(pane, 'vardforlopp-befolkning');
    port.selection = { sheet: 'Blad1', address: 'A1:C22', values: pasted.map((r, i) => (i === 0 ? r : r.map((x, j) => (j === 2 ? 0 : x)))) };
    await useSelectionAsPopulation(pane);
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^Alla vikter är noll/) }]);
    expect(pane.state.settings.population.kind).toBe('builtin');
    expect(pane.state.preview).toBeDefined();
    expect(port.settings.get('bidragskollen.settings')).toBeUndefined();
  });

  it('reads the population range again before distributing, so a changed cell is not used stale', async () => {
    const { pane, port } = testPane();
    await start(pane);
    selectLine(pane, 'vardforlopp-befolkning');
    port.selection = { sheet: 'Blad1', address: 'A1:C22', values: pasted };
    await useSelectionAsPopulation(pane);
    const first = pane.state.preview!.rows[0]!.amount;
    const changed = pasted.map((r, i) => (i === 1 ? r.map((x, j) => (j === 2 ? 1 : x)) : r));
    port.ranges.set('Blad1!A1:C22', { sheet: 'Blad1', address: 'A1:C22', values: changed });
    await distribute(pane);
    expect(pane.state.preview!.rows[0]!.amount.lt(first)).toBe(true);
    const written = port.sheets.at(-1)!.plan!;
    expect(JSON.stringify(written)).toContain('Blad1!A1:C22');
    // Cells that no longer read as a table stop the write, with the reason.
    port.ranges.set('Blad1!A1:C22', { sheet: 'Blad1', address: 'A1:C22', values: [['x']] });
    const sheets = port.sheets.length;
    await distribute(pane);
    expect(port.sheets).toHaveLength(sheets);
    expect(pane.state.notices[0]?.kind).toBe('error');
  });


  it('keeps a setting for the session when the workbook will not save it', async () => {
    const { pane, port } = testPane();
    port.failing.add('writeSettings');
    await setLanguage(pane, 'en');
    expect(pane.state.lang).toBe('en');
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringContaining('applies until the pane is closed') }]);
  });
});
