import type { Agreement } from '../../../core/agreements';
import { distribute as distributeAmount, type Distribution } from '../../../core/distribution';
import { distributionRequest, planLines } from '../../../core/plan';
import type { Issue } from '../../../core/result';
import type { Sheet } from '../../../core/sheet';
import type { Pane } from '../pane';
import { populationTables, selectedLine, type AppState, type DistributableLine } from '../state';
import { reloadRange } from './population-range';
import { writePlan } from './write';

/** The lines the planner shares among the regions or samverkansregioner by a key it can compute. */
export function distributableLines(a: Agreement): DistributableLine[] {
  return planLines(a).flatMap((r) => (r.ok && r.plan.kind === 'shared' ? [r.plan] : []));
}

function compute(s: AppState): { ok: true; value: Distribution } | { ok: false; issues: readonly Issue[] } | undefined {
  const l = selectedLine(s);
  if (!l) return undefined;
  const { request } = distributionRequest(l, { population: populationTables(s), method: s.settings.method, unit: { exponent: s.settings.unitExponent } });
  return distributeAmount(request);
}

/** The preview follows the line, the settings and the population table. */
export function refreshPreview(pane: Pane): void {
  const r = compute(pane.state);
  pane.set({ preview: r && r.ok ? r.value : undefined, previewIssues: r && !r.ok ? r.issues : [] });
}

export function selectLine(pane: Pane, id: string): void {
  pane.set({ lineId: id, pending: undefined });
  refreshPreview(pane);
}

/**
 * "Fördela": the chosen line's distribution as an Excel table with its audit record. When the
 * add-in already wrote a sheet for the line, asks before replacing it.
 */
export async function distribute(pane: Pane, choice?: 'replace' | 'new'): Promise<void> {
  const s = pane.state;
  if (!selectedLine(s) || !s.agreement) return;
  // The sheet's audit record names the range, so it must hold what the cells hold now.
  if (!(await rereadPopulation(pane))) return;
  return distributeNow(pane, choice);
}

/**
 * A population range is read again before it is used (opening Fördela, "Fördela"): the cells may
 * have changed since it was chosen. False when it no longer reads as a population table.
 */
export async function rereadPopulation(pane: Pane): Promise<boolean> {
  const pop = pane.state.settings.population;
  if (pop.kind !== 'range') return true;
  let fresh = false;
  await pane.busy(pane.t('Läser befolkningen igen …', 'Reading the population again …'), async () => {
    fresh = await reloadRange(pane, pop.sheet, pop.address);
  });
  if (fresh) refreshPreview(pane);
  return fresh;
}

async function distributeNow(pane: Pane, choice?: 'replace' | 'new'): Promise<void> {
  const s = pane.state;
  const l = selectedLine(s);
  const a = s.agreement;
  if (!l || !a) return;
  const d = compute(s);
  if (!d) return;
  if (!d.ok) return pane.fail(d.issues);
  const line = l.visit.line;
  let plan: Sheet | undefined;
  await pane.busy(pane.t(`Förbereder ${line.title} …`, `Preparing ${line.title} …`), async () => {
    const m = await pane.load('distributionSheet');
    plan = m.distributionSheet({
      agreement: { id: a.id, title: a.title },
      line: { id: line.id, title: line.title },
      distribution: d.value,
      lang: s.lang,
      stamp: { productVersion: pane.deps.version, generatedAt: pane.deps.now() },
    });
  });
  if (plan) await writePlan(pane, plan, line.title, choice);
}
