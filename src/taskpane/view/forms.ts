// Loaded on demand with the forms (the Blanketter screen's view stays out of the start-up bundle).
import type { Pane } from '../app/pane';
import type { AppState } from '../app/state';
import { createForm, selectFormRecipient } from '../app/workflows/forms';
import { go } from '../app/workflows/navigation';
import type { T } from '../i18n';
import { h } from './dom';
import { importAdvice } from './import';
import { empty, field, pendingQuestion } from './parts';

export function formsScreen(p: Pane, s: AppState, t: T): HTMLElement {
  const list = s.formRecipients;
  return h(
    'section',
    {},
    h('p', { class: 'muted' }, t('formsIntro')),
    Object.keys(s.profile).length === 0
      ? h(
          'div',
          { class: 'card warning', role: 'status' },
          h('p', {}, t('profileEmpty')),
          h('button', { type: 'button', id: 'go-profile', onclick: () => void go(p, 'settings') }, t('fillProfile')),
        )
      : null,
    list === undefined
      ? h('p', { class: 'muted' }, t('working'))
      : list.length === 0
        ? h('div', {}, empty(t('noForms'), t('importHint')), importAdvice(p))
      : h(
          'div',
          {},
          field(
            'form-recipient',
            t('recipient'),
            h(
              'select',
              { onchange: (e: Event) => void selectFormRecipient(p, (e.target as HTMLSelectElement).value) },
              list.map((r) => h('option', { value: r.code, selected: r.code === s.formRecipient }, r.code === 'skr' ? r.name : `${r.code} ${r.name}`)),
            ),
          ),
          pendingQuestion(p, s, t) ??
            h(
              'div',
              { class: 'actions' },
              h('button', { type: 'button', id: 'do-requisition', class: 'primary', disabled: !!s.busy, onclick: () => void createForm(p, 'rekvisition') }, t('createRequisition')),
              h('button', { type: 'button', id: 'do-report', disabled: !!s.busy, onclick: () => void createForm(p, 'redovisning') }, t('createReport')),
            ),
        ),
  );
}

