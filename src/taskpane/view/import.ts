import type { Pane } from '../app/pane';
import type { AppState } from '../app/state';
import { importHost, openImport } from '../app/workflows/import';
import { h } from './dom';

// What the pane shows of the import at start-up: the link to "Ny överenskommelse" (whose screen loads
// on demand, ./import-review), the deadlines screen's "add one" form, and the advice when an agreement
// gives nothing to work with. Texts live beside the views that show them, Swedish first.

/** The link beside the agreement picker. */
export function newAgreementLink(p: Pane): HTMLElement {
  return h('button', { type: 'button', id: 'new-agreement', class: 'link', onclick: () => void openImport(p) }, p.t('Ny överenskommelse …', 'New agreement …'));
}

type ReviewView = Awaited<ReturnType<Pane['deps']['lazy']['importView']>>;
let view: ReviewView | undefined;
let tried = false;

/**
 * The import's views come with their chunk: the first render that needs them loads it (the pane
 * shows progress, or why it failed) and renders again; a failed load is tried again from the button.
 */
function lazyView(p: Pane, show: (v: ReviewView) => HTMLElement): HTMLElement {
  if (view) return show(view);
  if (!tried) {
    tried = true;
    // After this render: the busy state re-renders the pane, which must not happen inside a render.
    void Promise.resolve().then(() =>
      p.busy(p.t('Arbetar …', 'Working …'), async () => {
        const loaded = await p.load('importView');
        loaded.connect(importHost);
        view = loaded;
      }),
    );
  }
  if (p.state.busy || !tried) return h('span', {});
  return h('button', { type: 'button', class: 'link', onclick: () => ((tried = false), p.set({})) }, p.t('Försök igen', 'Try again'));
}

/** "Ny överenskommelse": choosing a document, then the review of its draft. */
export const importScreen = (p: Pane, s: AppState): HTMLElement => lazyView(p, (v) => v.importScreen(p, s));

/** The deadlines screen when the agreement states none: says so and offers to add one. */
export const noDeadlines = (p: Pane, s: AppState): HTMLElement => lazyView(p, (v) => v.noDeadlines(p, s));

/** Below a list of deadlines: add one more. */
export const addDeadlineForm = (p: Pane, s: AppState): HTMLElement => lazyView(p, (v) => v.addDeadlineForm(p, s, false));

/** What to do when the agreement gives the pane nothing to work with. */
export const importAdvice = (p: Pane): HTMLElement => lazyView(p, (v) => v.importAdvice(p));
