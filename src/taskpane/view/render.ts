import { listAgreements, walkLines, type Agreement, type Line } from '../../core/agreements';
import { recipientLabel, type CheckIssue } from '../../core/checks';
import { METHOD_LABELS, METHODS, type Method } from '../../core/distribution';
import { formatAmount, unitLabel } from '../../core/money';
import type { Settings } from '../../core/settings';
import { issueText } from '../../core/result';
import type { Pane } from '../app/pane';
import { selectedLine, type AppState } from '../app/state';
import { openAgreementFile } from '../app/workflows/agreement';
import { chooseAgreement } from '../app/workflows/agreement-sheet';
import { agreementSheetPart } from './agreement-sheet';
import { check, nextStep, showFinding } from '../app/workflows/check';
import { distribute, selectLine } from '../app/workflows/distribute';
import { FIRST_INVALID, setLanguage, setMethod, setUnit, useBuiltinPopulation, useSelectionAsPopulation } from '../app/workflows/settings';
import { resolvePending, writePlan } from '../app/workflows/write';
import { translate, type T } from '../i18n';
import { h } from './dom';
import { countyGroups, municipalChoice, populationSettings } from './population';
import { importAdvice, importScreen, newAgreementLink } from './import';
import { notDistributed } from './not-distributed';
import { badge, empty, field, pendingQuestion } from './parts';
import { fitNav, menuIsOpen, tabs } from './tabs';

const kr = (v: { toFixed(): string } | null): string => (v === null ? '–' : `${formatAmount(v.toFixed())} kr`);

/** Renders the whole pane from the state; every event goes to the workflow of its screen. */
export function render(root: HTMLElement, p: Pane, s: AppState): void {
  const t = translate(s.lang);
  const active = document.activeElement?.id;
  const menuOpen = menuIsOpen();
  document.documentElement.lang = s.lang;
  const parts: (HTMLElement | null)[] = [
    // Office already shows the add-in's name above the pane: the h1 is for screen readers only.
    h('header', { class: 'top' }, h('h1', { class: 'visually-hidden' }, t('appTitle')), agreementPicker(p, s, t)),
    tabs(p, s, t),
    s.busy ? h('div', { class: 'progress', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), s.busy) : null,
    ...s.notices.map((n, i) =>
      h(
        'div',
        { class: `notice ${n.kind}`, id: i === 0 ? 'result' : undefined, tabindex: -1, role: n.kind === 'error' ? 'alert' : 'status' },
        h('p', {}, n.text),
        h('button', { class: 'link', type: 'button', onclick: () => p.dismiss() }, t('close')),
      ),
    ),
    h('main', { id: `screen-${s.screen}`, role: 'tabpanel', 'aria-labelledby': `tab-${s.screen}` }, screen(p, s, t)),
  ];
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  fitNav(root.querySelector<HTMLElement>('nav.tabs'), menuOpen);
  // Focus goes where the action asked (its result, a field in error), else stays on the control it was on.
  const asked = s.busy ? undefined : p.focusNext;
  const wanted = asked
    ? (asked === FIRST_INVALID ? document.querySelector<HTMLElement>('[aria-invalid="true"]') : document.getElementById(asked)) ?? document.getElementById('result')
    : null;
  if (asked) p.focusNext = undefined;
  if (wanted) wanted.focus();
  else if (active) document.getElementById(active)?.focus();
}

function agreementPicker(p: Pane, s: AppState, t: T): HTMLElement {
  const file = h('input', {
    type: 'file',
    id: 'agreement-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (f) void openAgreementFile(p, f);
    },
  });
  return h(
    'div',
    { class: 'picker' },
    h('label', { for: 'agreement' }, t('chooseAgreement')),
    h(
      'select',
      { id: 'agreement', onchange: (e: Event) => void chooseAgreement(p, (e.target as HTMLSelectElement).value) },
      s.agreements.map((a) => h('option', { value: a.id, selected: a.id === s.agreement?.id }, pickerTitle(a, s))),
    ),
    file,
    h('label', { for: 'agreement-file', class: 'link file-link' }, t('openFile')),
    newAgreementLink(p),
  );
}

const title = (a: Agreement, lang: 'sv' | 'en') => (lang === 'en' && a.titleEn ? a.titleEn : a.title);

/**
 * A built-in agreement the workbook holds its own copy of (corrected on its agreement sheet, or a
 * deadline added) keeps its id, so the tables and forms written for it still check against it, and
 * is marked in the picker.
 */
function pickerTitle(a: Agreement, s: AppState): string {
  const changed = s.saved.some((x) => x.id === a.id) && listAgreements().some((x) => x.id === a.id);
  return changed ? `${title(a, s.lang)} ${s.lang === 'sv' ? '(ändrad i arbetsboken)' : '(changed in this workbook)'}` : title(a, s.lang);
}

function screen(p: Pane, s: AppState, t: T): HTMLElement {
  switch (s.screen) {
    case 'agreement':
      return agreementScreen(p, s, t);
    case 'distribute':
      return distributeScreen(p, s, t);
    case 'check':
      return checkScreen(p, s, t);
    case 'deadlines':
      return p.views.deadlines ? p.views.deadlines(p, s, t) : h('section', {}, h('p', { class: 'muted' }, t('working')));
    case 'forms':
      return p.views.forms ? p.views.forms(p, s, t) : h('section', {}, h('p', { class: 'muted' }, t('working')));
    case 'review':
      return p.loaded('review')?.reviewScreen(p, s, { writePlan, resolvePending }) ?? h('section', {}, h('p', { class: 'muted' }, t('working')));
    case 'settings':
      return settingsScreen(p, s, t);
    case 'import':
      return importScreen(p, s);
  }
}

/** A line's own recipient in words, as the checks name it ("Region Uppsala via SKR"). */
const recipientText = (l: Line, lang: 'sv' | 'en'): string => {
  const label = l.recipient ? recipientLabel(l.recipient)[lang] : '';
  return label.charAt(0).toUpperCase() + label.slice(1);
};

function agreementScreen(p: Pane, s: AppState, t: T): HTMLElement {
  const a = s.agreement;
  if (!a) return h('p', {}, '–');
  // Each line's own recipient: the inherited one would repeat the area's on every line below it. It is a
  // second line under the title, not a column: three columns do not fit a 270 px pane.
  const rows = walkLines(a).map(({ line: l, depth }) => {
    const recipient = recipientText(l, s.lang);
    return h(
      'tr',
      { class: depth === 0 ? 'area' : '' },
      h(
        'td',
        { style: `padding-left:${0.4 + depth * 0.9}rem` },
        s.lang === 'en' && l.titleEn ? l.titleEn : l.title,
        recipient ? h('span', { class: 'recipient' }, h('span', { class: 'visually-hidden' }, `${t('recipient')}: `), recipient) : null,
      ),
      h('td', { class: 'num' }, l.amount === null ? t('notStated') : formatAmount(l.amount.toFixed())),
    );
  });
  return h(
    'section',
    {},
    h('h2', {}, title(a, s.lang)),
    h('p', { class: 'lead' }, `${t('total')}: `, h('strong', {}, a.total.amount === null ? t('notStated') : kr(a.total.amount))),
    agreementSheetPart(p, s, t),
    h('h3', {}, t('areasAndLines')),
    h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, `${t('areasAndLines')} (${t('recipient').toLowerCase()})`), h('th', { class: 'num' }, `${t('amount')}, kr`))), h('tbody', {}, rows))),
    h('h3', {}, t('checkResults')),
    issueList(s.agreementIssues, s, t),
  );
}

function issueList(issues: readonly CheckIssue[], s: AppState, t: T): HTMLElement {
  if (issues.length === 0) return h('p', { class: 'ok' }, t('noIssues'));
  return h('ul', { class: 'issues' }, issues.map((i) => h('li', { class: i.severity }, badge(i.severity, s.lang), h('span', {}, issueText(i, s.lang)))));
}

function distributeScreen(p: Pane, s: AppState, t: T): HTMLElement {
  if (s.lines.length === 0) return h('section', {}, empty(t('noDistributableLines'), t('importHint')), notDistributed(s), importAdvice(p));
  const l = selectedLine(s);
  const d = s.preview;
  const unitOptions: Settings['unitExponent'][] = [0, -2, 3];
  return h(
    'section',
    {},
    field(
      'line',
      t('line'),
      h(
        'select',
        { onchange: (e: Event) => selectLine(p, (e.target as HTMLSelectElement).value) },
        s.lines.map((x) => h('option', { value: x.visit.line.id, selected: x.visit.line.id === s.lineId }, `${x.visit.line.title} (${kr(x.amount)})`)),
      ),
    ),
    h(
      'div',
      { class: 'row' },
      field(
        'method',
        t('method'),
        h(
          'select',
          { onchange: (e: Event) => void setMethod(p, (e.target as HTMLSelectElement).value as Method) },
          METHODS.map((m) => h('option', { value: m, selected: m === s.settings.method }, METHOD_LABELS[m][s.lang])),
        ),
      ),
      field(
        'unit',
        t('unit'),
        h(
          'select',
          { onchange: (e: Event) => void setUnit(p, Number((e.target as HTMLSelectElement).value) as Settings['unitExponent']) },
          unitOptions.map((u) => h('option', { value: u, selected: u === s.settings.unitExponent }, unitLabel({ exponent: u }, s.lang))),
        ),
      ),
    ),
    l && l.key === 'population' ? (l.group === 'kommuner' ? municipalChoice(p, s) : populationChoice(p, s, t)) : null,
    !d && s.previewIssues.length > 0
      ? h('div', { class: 'notice error', role: 'alert', id: 'preview-issues' }, h('p', {}, s.previewIssues.map((i) => issueText(i, s.lang)).join(' ')))
      : null,
    d
      ? h(
          'div',
          { class: 'card' },
          h('h3', {}, t('preview')),
          h('p', { class: 'muted' }, d.source?.description ?? ''),
          h(
            'div',
            { class: 'scroll' },
            h(
              'table',
              {},
              h('thead', {}, h('tr', {}, h('th', {}, t('recipient')), h('th', { class: 'num' }, t('amount')))),
              h(
                'tbody',
                {},
                l?.group === 'kommuner' ? countyGroups(d, s) : d.rows.map((r) => h('tr', {}, h('td', {}, r.name), h('td', { class: 'num' }, formatAmount(r.amount.toFixed())))),
                h('tr', { class: 'total' }, h('td', {}, t('total')), h('td', { class: 'num' }, formatAmount(d.total.toFixed()))),
              ),
            ),
          ),
        )
      : null,
    pendingQuestion(p, s, t) ??
      h(
        'div',
        { class: 'actions main-action' },
        h('button', { type: 'button', id: 'do-distribute', class: 'primary', disabled: !!s.busy || !d, 'aria-describedby': !d && s.previewIssues.length > 0 ? 'preview-issues' : undefined, onclick: () => void distribute(p) }, t('distribute')),
      ),
    notDistributed(s),
  );
}

function populationChoice(p: Pane, s: AppState, t: T): HTMLElement {
  const range = s.settings.population.kind === 'range';
  return h(
    'fieldset',
    {},
    h('legend', {}, t('population')),
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'pop', checked: !range, onchange: () => void useBuiltinPopulation(p) }),
      t('populationBuiltin'),
    ),
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'pop', checked: range, onchange: () => void useSelectionAsPopulation(p) }),
      range && s.settings.population.kind === 'range' ? `${t('populationRange')}: ${s.settings.population.sheet}!${s.settings.population.address}` : t('populationRange'),
    ),
    h('button', { type: 'button', class: 'link', onclick: () => void useSelectionAsPopulation(p) }, t('useSelection')),
  );
}

function checkScreen(p: Pane, s: AppState, t: T): HTMLElement {
  return h(
    'section',
    {},
    h('p', { class: 'muted' }, t('checkIntro')),
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'do-check', class: 'primary', disabled: !!s.busy, onclick: () => void check(p) }, t('runChecks'))),
    s.findings === undefined
      ? null
      : s.findings.length === 0
        ? h('p', { class: 'ok' }, t('noIssues'))
        : h(
            'ul',
            { class: 'issues', id: 'check-summary', tabindex: -1, 'aria-label': t('checkResults') },
            s.findings.map((f) =>
              h(
                'li',
                { class: f.issue.severity },
                badge(f.issue.severity, s.lang),
                h('span', {}, f.table ? h('strong', {}, `${f.table}: `) : null, issueText(f.issue, s.lang), ' ', h('span', { class: 'next' }, nextStep(f, s.lang))),
                f.where ? h('button', { type: 'button', class: 'link', onclick: () => void showFinding(p, f) }, `${t('showCell')} ${f.where.address}`) : null,
              ),
            ),
          ),
  );
}

function settingsScreen(p: Pane, s: AppState, t: T): HTMLElement {
  return h(
    'section',
    {},
    p.profileEditor ? p.profileEditor.profileSection(p, s) : h('p', { class: 'muted' }, t('working')),
    h('h2', {}, t('population')),
    populationChoice(p, s, t),
    populationSettings(p, s),
    field(
      'language',
      t('language'),
      h(
        'select',
        { onchange: (e: Event) => void setLanguage(p, (e.target as HTMLSelectElement).value as Settings['language']) },
        (['auto', 'sv', 'en'] as const).map((l) => h('option', { value: l, selected: l === s.settings.language }, l === 'auto' ? t('languageAuto') : l === 'sv' ? 'Svenska' : 'English')),
      ),
    ),
  );
}
