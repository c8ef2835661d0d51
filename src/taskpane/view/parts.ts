import type { CheckIssue } from '../../core/checks';
import type { Pane } from '../app/pane';
import type { AppState } from '../app/state';
import { resolvePending } from '../app/workflows/write';
import type { T } from '../i18n';
import { h } from './dom';

/** The replace-or-new question after a second "Skapa" or "Fördela" for the same sheet. */
export function pendingQuestion(p: Pane, s: AppState, t: T): HTMLElement | null {
  if (!s.pending) return null;
  return h(
    'div',
    {
      class: 'card question',
      role: 'alertdialog',
      'aria-labelledby': 'pending-q',
      // Escape answers "Avbryt", as a dialog's close does.
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key !== 'Escape') return;
        e.preventDefault();
        void resolvePending(p, 'cancel');
      },
    },
    h('p', { id: 'pending-q' }, `${t('replaceQuestion')} `, h('strong', {}, s.pending.sheet)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'pending-new', class: 'primary', onclick: () => void resolvePending(p, 'new') }, t('newSheet')),
      h('button', { type: 'button', id: 'pending-replace', onclick: () => void resolvePending(p, 'replace') }, t('replace')),
      h('button', { type: 'button', id: 'pending-cancel', class: 'link', onclick: () => void resolvePending(p, 'cancel') }, t('cancel')),
    ),
  );
}

/** An empty state: what is missing and what the user can do about it, never a blank control. */
export const empty = (what: string, todo: string): HTMLElement => h('div', { class: 'card empty', role: 'status' }, h('p', {}, what), h('p', { class: 'muted' }, todo));

export function badge(severity: CheckIssue['severity'], lang: 'sv' | 'en'): HTMLElement {
  const text = { error: ['Fel', 'Error'], warning: ['Varning', 'Warning'], info: ['Info', 'Info'] }[severity][lang === 'sv' ? 0 : 1] as string;
  return h('span', { class: `badge ${severity}` }, text);
}

export function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

