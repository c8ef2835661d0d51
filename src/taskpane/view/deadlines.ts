// Loaded on demand with the deadlines (the Tidsfrister screen's view stays out of the start-up bundle).
import { weekday } from '../../core/calendar';
import type { Pane } from '../app/pane';
import type { AppState } from '../app/state';
import { downloadIcs, showIcsText, writeDeadlinesSheet } from '../app/workflows/deadlines';
import type { T } from '../i18n';
import { h } from './dom';
import { addDeadlineForm, noDeadlines } from './import';
import { pendingQuestion } from './parts';

export function deadlinesScreen(p: Pane, s: AppState, t: T): HTMLElement {
  const views = s.deadlines;
  if (!views) return h('section', {}, h('p', { class: 'muted' }, t('working')));
  // No deadlines stated: say so and offer to add one (saved into the workbook's copy of the agreement).
  if (views.length === 0) return noDeadlines(p, s);
  return h(
    'section',
    {},
    h('p', { class: 'muted' }, t('deadlinesIntro')),
    // The actions before the list, so they are in view without scrolling however many deadlines there are.
    pendingQuestion(p, s, t) ??
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', id: 'do-ics', class: 'primary', disabled: !!s.busy, onclick: () => void downloadIcs(p) }, t('downloadIcs')),
        h('button', { type: 'button', id: 'do-deadlines-sheet', disabled: !!s.busy, onclick: () => void writeDeadlinesSheet(p) }, t('deadlinesSheet')),
        h('button', { type: 'button', id: 'do-ics-text', class: 'link', onclick: () => void showIcsText(p) }, t('showIcs')),
      ),
    s.icsText === undefined ? null : icsBox(s.icsText, t),
    h(
      'ul',
      { class: 'deadlines' },
      views.map((v) => {
        const status = v.status === 'passed' ? t('passed') : v.status === 'due-soon' ? t('dueSoon') : t('upcoming');
        const left = v.daysLeft >= 0 ? `${v.daysLeft} ${t('daysLeft')}` : `${-v.daysLeft} ${t('daysAgo')}`;
        return h(
          'li',
          { class: v.status },
          h('div', { class: 'when' }, h('span', { class: 'date' }, v.precision === 'month' ? v.date.slice(0, 7) : v.date), h('span', { class: `badge ${v.status}` }, status)),
          h('div', {}, s.lang === 'sv' ? v.title : v.titleEn),
          h('div', { class: 'muted' }, left),
          v.nonWorkingDay && v.precision === 'day'
            ? h(
                'div',
                { class: 'warn' },
                s.lang === 'sv'
                  ? `${v.date} är ${v.holiday ?? (weekday(v.date) === 6 ? 'en lördag' : 'en söndag')}: sista arbetsdag före är ${v.lastWorkingDay}.`
                  : `${v.date} is ${v.holiday ?? (weekday(v.date) === 6 ? 'a Saturday' : 'a Sunday')}: the last working day before it is ${v.lastWorkingDay}.`,
              )
            : null,
        );
      }),
    ),
    addDeadlineForm(p, s),
  );
}

/** The .ics text to copy, for a webview where the download does nothing. */
function icsBox(text: string, t: T): HTMLElement {
  const area = h('textarea', { id: 'ics-text', readonly: true, rows: 8, 'aria-label': t('showIcs'), spellcheck: 'false' }) as HTMLTextAreaElement;
  area.value = text;
  const copy = async () => {
    area.select();
    // The Clipboard API may be refused in an Office webview; the selected text can then be copied with Ctrl+C.
    await navigator.clipboard?.writeText(text).catch(() => undefined);
  };
  return h('div', { class: 'card' }, h('p', { class: 'muted' }, t('icsHowTo')), area, h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => void copy() }, t('copy'))));
}

