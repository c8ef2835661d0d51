import { testPane } from '../../../../tests/support/pane';

/** A chunk request that fails as webpack's does when the file cannot be fetched. */
const chunkFails = () => Promise.reject(Object.assign(new Error('Loading chunk 412 failed.'), { name: 'ChunkLoadError' }));
const NOT_LOADED = /^En del av tillägget kunde inte laddas \(\w+: Loading chunk 412 failed\.\)/;

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
    const { c, downloads } = testPane();
    await c.go('deadlines');
    expect(c.state.deadlines?.length).toBeGreaterThan(0);
    await c.downloadIcs();
    expect(downloads.map((d) => [d.fileName, d.mime])).toEqual([['sammanhallen-vard-2023-tidsfrister.ics', 'text/calendar']]);
    expect(downloads[0]?.text).toContain('BEGIN:VCALENDAR');
  });

  it('loads the forms when the screen opens and writes a rekvisition for the chosen recipient', async () => {
    const { c, port } = testPane();
    await c.go('forms');
    expect(c.state.formRecipients?.map((r) => r.code)).toEqual(expect.arrayContaining(['skr', '13', 'sodra']));
    c.selectFormRecipient('13');
    await c.createForm('rekvisition');
    expect(port.sheets.at(-1)).toMatchObject({ name: 'Rekv 13 Halland', planId: 'rekvisition:sammanhallen-vard-2023:13' });
    expect(c.state.notices[0]).toMatchObject({ kind: 'success' });
  });

  it('shows an error, not an unhandled rejection, when the deadlines cannot be loaded', async () => {
    const { c } = testPane({ lazy: { deadlines: chunkFails } });
    await expect(c.go('deadlines')).resolves.toBeUndefined();
    expect(c.state).toMatchObject({ busy: undefined, deadlines: undefined, notices: [{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }] });
  });

  it('shows an error when the calendar file cannot be made because its part does not load', async () => {
    let calls = 0;
    const { c, downloads } = testPane({ lazy: { deadlines: () => (calls++ === 0 ? import('../chunks/deadlines') : chunkFails()) } });
    await c.go('deadlines');
    await expect(c.downloadIcs()).resolves.toBeUndefined();
    expect(downloads).toEqual([]);
    expect(c.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }]);
  });

  it('shows an error when the forms cannot be loaded, on the screen and on "Skapa"', async () => {
    const { c, port } = testPane({ lazy: { forms: chunkFails } });
    await c.go('forms');
    expect(c.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }]);
    const { c: later } = testPane({ lazy: { forms: chunkFails } });
    later.selectFormRecipient('13');
    await expect(later.createForm('redovisning')).resolves.toBeUndefined();
    expect(later.state).toMatchObject({ busy: undefined, notices: [{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }] });
    expect(port.calls).not.toContain('writeSheet');
  });

  it('shows an error when the profile rules cannot be loaded, and saves nothing', async () => {
    const { c, port } = testPane({ lazy: { profile: chunkFails } });
    await expect(c.saveProfile({ bidragsmottagare: 'Region Halland' })).resolves.toBeUndefined();
    expect(c.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(NOT_LOADED) }]);
    expect(port.settings.has('bidragskollen.profile')).toBe(false);
  });

  it('says so in English when the pane speaks English', async () => {
    const { c } = testPane({ displayLanguage: 'en-GB', lazy: { deadlines: chunkFails } });
    await c.go('deadlines');
    expect(c.state.notices[0]?.text).toMatch(/^A part of the add-in could not be loaded/);
  });
});
