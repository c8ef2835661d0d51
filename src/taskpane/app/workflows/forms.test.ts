import { FakePort } from '../../../../tests/support/fake-port';
import { testPane } from '../../../../tests/support/pane';
import { createForm, defaultRecipient, selectFormRecipient } from './forms';
import { go } from './navigation';
import { start } from './settings';
import { resolvePending } from './write';

describe('the Blanketter workflow', () => {
  it('asks before writing the same form again, and does what the answer says', async () => {
    const { pane, port } = testPane();
    await go(pane, 'forms');
    await selectFormRecipient(pane, '13');
    await createForm(pane, 'rekvisition');
    expect(pane.state.notices[0]?.text).toMatch(/^Skrev bladet Rekv 13 Halland .*Nästa steg: fyll i de gula cellerna/);
    await createForm(pane, 'rekvisition');
    expect(pane.state.pending?.sheet).toBe('Rekv 13 Halland');
    expect(port.sheets).toHaveLength(2);
    await resolvePending(pane, 'new');
    expect(port.sheets.map((s) => s.name)).toEqual(['Blad1', 'Rekv 13 Halland', 'Rekv 13 Halland (2)']);
    expect(pane.state.notices[0]?.text).toContain('Nästa steg');
  });

  it('chooses the user’s own region by the profile, then remembers the choice in the workbook', async () => {
    const port = new FakePort();
    port.settings.set('bidragskollen.profile', { version: 1, data: { bidragsmottagare: 'Region Halland' } });
    const { pane } = testPane({ port });
    await start(pane);
    await go(pane, 'forms');
    expect(pane.state.formRecipient).toBe('13');
    await selectFormRecipient(pane, '14');
    expect(port.settings.get('bidragskollen.formRecipient')).toBe('14');
    const { pane: again } = testPane({ port });
    await start(again);
    await go(again, 'forms');
    expect(again.state.formRecipient).toBe('14');
  });

  it('falls back to the first recipient, and ignores a remembered one the agreement does not have', () => {
    const list = [{ code: 'skr', name: 'SKR' }, { code: '13', name: 'Region Halland' }];
    expect(defaultRecipient(list, 'borta', undefined)).toBe('skr');
    expect(defaultRecipient(list, undefined, ' region halland ')).toBe('13');
    expect(defaultRecipient([], undefined, undefined)).toBeUndefined();
  });
});
