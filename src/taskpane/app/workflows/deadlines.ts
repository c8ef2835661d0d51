import type { Pane } from '../pane';

/** "Tidsfrister": the agreement's deadlines with status; the holiday calendar loads on first use. */
export async function loadDeadlines(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  if (!a) return;
  await pane.busy(pane.t('Läser helgdagar …', 'Loading holidays …'), async () => {
    const m = await pane.load('deadlines');
    pane.set({ deadlines: m.deadlineViews(a, pane.deps.today()) });
  });
}

export async function downloadIcs(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  const views = pane.state.deadlines;
  if (!a || !views) return;
  await pane.busy(pane.t('Skapar kalenderfilen …', 'Making the calendar file …'), async () => {
    const m = await pane.load('deadlines');
    pane.deps.download(`${a.id}-tidsfrister.ics`, m.icsText(a, views, pane.deps.today()), 'text/calendar');
  });
}
