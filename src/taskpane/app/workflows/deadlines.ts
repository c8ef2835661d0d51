import type { Sheet } from '../../../core/sheet';
import type { Pane } from '../pane';
import { writePlan } from './write';

/** "Tidsfrister": the agreement's deadlines with status; the holiday calendar loads on first use. */
export async function loadDeadlines(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  if (!a) return;
  await pane.busy(pane.t('Läser helgdagar …', 'Loading holidays …'), async () => {
    const m = await pane.load('deadlines');
    pane.views.deadlines = m.deadlinesScreen;
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

/**
 * The .ics text to copy into a calendar. A blob download does not work in every Office webview
 * (Excel on Mac, WebView2 on Windows), so the pane offers this and a sheet as well.
 */
export async function showIcsText(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  const views = pane.state.deadlines;
  if (!a || !views) return;
  await pane.busy(pane.t('Skapar kalendertexten …', 'Making the calendar text …'), async () => {
    const m = await pane.load('deadlines');
    pane.set({ icsText: m.icsText(a, views, pane.deps.today()) });
    pane.focusNext = 'ics-text';
  });
}

/** The deadlines with their status on a sheet: the agreement's overview, written as any other plan. */
export async function writeDeadlinesSheet(pane: Pane): Promise<void> {
  const s = pane.state;
  const a = s.agreement;
  const views = s.deadlines;
  if (!a || !views) return;
  let plan: Sheet | undefined;
  await pane.busy(pane.t('Förbereder bladet …', 'Preparing the sheet …'), async () => {
    const m = await pane.load('forms');
    plan = m.overviewPlan({ agreement: a, checks: s.agreementIssues, deadlines: views, today: pane.deps.today() }, s.lang, { productVersion: pane.deps.version, generatedAt: pane.deps.now() });
  });
  if (plan) await writePlan(pane, plan, pane.t('översikten', 'the overview'), undefined);
}
