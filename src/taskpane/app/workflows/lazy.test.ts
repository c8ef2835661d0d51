import { testPane } from '../../../../tests/support/pane';
import { downloadIcs } from './deadlines';
import { distribute } from './distribute';
import { createForm, selectFormRecipient } from './forms';
import { go } from './navigation';
import { saveProfile } from './settings';

/** A chunk request that fails as webpack's does when the file cannot be fetched. */
const chunkFails = () => Promise.reject(Object.assign(new Error('Loading chunk 412 failed.'), { name: 'ChunkLoadError' }));
// The chunk's own error message is for developers: the user reads what happened and what to do.
const NOT_LOADED = /^En del av tillägget kunde inte laddas\. Inget har skrivits\./;

describe('the parts loaded on demand', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  beforeAll(() => process.on('unhandledRejection', onUnhandled));
  afterAll(() => process.off('unhandledRejection', onUnhandled));
  afterEach(async () => {
    // Unhandled rejections are reported on a later turn of the event loop.
    await new Promise((r) => setImmediate(r));
    expect(unhandled).toEqual([]);
  });

  it('loads the deadlines when the screen opens and downloads the .ics file', async () => {
    const { pane, downloads } = testPane();
    await go(pane, 'deadlines');
    expect(pane.state.deadlines?.length).toBeGreaterThan(0);
    await downloadIcs(pane);
    expect(downloads.map((d) => [d.fileName, d.mime])).toEqual([['sammanhallen-vard-2023-tidsfrister.ics', 'text/calendar']]);
    expect(downloads[0]?.text).toContain('BEGIN:VCALENDAR');
  });

  it('loads the forms when the screen opens and writes a rekvisition for the chosen recipient', async () => {
    const { pane, port } = testPane();
    await go(pane, 'forms');
    expect(pane.state.formRecipients?.map((r) => r.code)).toEqual(expect.arrayContaining(['skr', '13', 'sodra']));
    await selectFormRecipient(pane, '13');
    await createForm(pane, 'rekvisition');
    expect(port.sheets.at(-1)).toMatchObject({ name: 'Rekv 13 Halland', planId: 'rekvisition:sammanhallen-vard-2023:13' });
    expect(pane.state.notices[0]).toMatchObject({ kind: 'success' });
  });

  it('shows an error, not an unhandled rejection, when the deadlines cannot be loaded', async () => {
    const { pane } = testPane({ lazy: { deadlines: chunkFails } });
    await expect(go(pane, 'deadlines')).resolves.toBeUndefined();
    expect(pane.state).toMatchObject({ busy: undefined, deadlines: undefined, notices: [{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }] });
  });

  it('shows an error when the calendar file cannot be made because its part does not load', async () => {
    let calls = 0;
    const { pane, downloads } = testPane({ lazy: { deadlines: () => (calls++ === 0 ? import('../chunks/deadlines') : chunkFails()) } });
    await go(pane, 'deadlines');
    await expect(downloadIcs(pane)).resolves.toBeUndefined();
    expect(downloads).toEqual([]);
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }]);
  });

  it('shows an error when the forms cannot be loaded, on the screen and on "Skapa"', async () => {
    const { pane, port } = testPane({ lazy: { forms: chunkFails } });
    await go(pane, 'forms');
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }]);
    const { pane: later } = testPane({ lazy: { forms: chunkFails } });
    await selectFormRecipient(later, '13');
    await expect(createForm(later, 'redovisning')).resolves.toBeUndefined();
    expect(later.state).toMatchObject({ busy: undefined, notices: [{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }] });
    expect(port.calls).not.toContain('writeSheet');
  });

  it('shows an error when the profile rules cannot be loaded, and saves nothing', async () => {
    const { pane, port } = testPane({ lazy: { profile: chunkFails } });
    await expect(saveProfile(pane, { bidragsmottagare: 'Region Halland' })).resolves.toBeUndefined();
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }]);
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
  });

  it('shows an error when the distribution sheet cannot be loaded, and writes nothing', async () => {
    const { pane, port } = testPane({ lazy: { distributionSheet: chunkFails } });
    await expect(distribute(pane)).resolves.toBeUndefined();
    expect(pane.state).toMatchObject({ busy: undefined, pending: undefined, notices: [{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }] });
    expect(port.calls).toEqual([]);
  });

  it('says so in English when the pane speaks English', async () => {
    const { pane } = testPane({ displayLanguage: 'en-GB', lazy: { deadlines: chunkFails } });
    await go(pane, 'deadlines');
    expect(pane.state.notices[0]?.text).toMatch(/^A part of the add-in could not be loaded/);
  });
});
