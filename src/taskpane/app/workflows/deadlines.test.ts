import { testPane } from '../../../../tests/support/pane';
import { showIcsText, writeDeadlinesSheet } from './deadlines';
import { go } from './navigation';

describe('the Tidsfrister workflow where a download does not work', () => {
  it('shows the .ics text to copy', async () => {
    const { pane, downloads } = testPane();
    await go(pane, 'deadlines');
    await showIcsText(pane);
    expect(pane.state.icsText).toMatch(/^BEGIN:VCALENDAR/);
    expect(pane.focusNext).toBe('ics-text');
    expect(downloads).toEqual([]);
  });

  it('writes the deadlines with their status to a sheet, and asks before writing it again', async () => {
    const { pane, port } = testPane();
    await go(pane, 'deadlines');
    await writeDeadlinesSheet(pane);
    const sheet = port.sheets.at(-1)!;
    expect(sheet).toMatchObject({ name: 'Översikt', planId: 'overview:sammanhallen-vard-2023' });
    const titles = pane.state.deadlines!.map((d) => d.title);
    const texts = sheet.plan!.cells.flatMap((c) => (c.value.t === 'text' ? [c.value.v] : []));
    expect(titles.every((t) => texts.includes(t))).toBe(true);
    await writeDeadlinesSheet(pane);
    expect(pane.state.pending?.sheet).toBe('Översikt');
  });
});
