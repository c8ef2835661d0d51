import { walkLines, type Agreement, type Line } from '../../core/agreements';
import type { CheckIssue } from '../../core/checks';
import { weekday } from '../../core/calendar';
import { METHOD_LABELS, METHODS, type Method } from '../../core/distribution';
import { formatAmount, unitLabel } from '../../core/money';
import type { Profile } from '../../core/profile';
import type { Settings } from '../../core/settings';
import { issueText } from '../../core/result';
import type { Pane } from '../app/pane';
import { selectedLine, type AppState, type Screen } from '../app/state';
import { openAgreementFile, selectAgreement } from '../app/workflows/agreement';
import { check, showFinding } from '../app/workflows/check';
import { downloadIcs } from '../app/workflows/deadlines';
import { distribute, selectLine } from '../app/workflows/distribute';
import { createForm, selectFormRecipient } from '../app/workflows/forms';
import { go } from '../app/workflows/navigation';
import { editProfile, saveProfile, setLanguage, setMethod, setUnit, useBuiltinPopulation, useSelectionAsPopulation } from '../app/workflows/settings';
import { resolvePending, writePlan } from '../app/workflows/write';
import { translate, type T } from '../i18n';
import { h } from './dom';

const kr = (v: { toFixed(): string } | null): string => (v === null ? '–' : `${formatAmount(v.toFixed())} kr`);

/** Renders the whole pane from the state; every event goes to the workflow of its screen. */
export function render(root: HTMLElement, p: Pane, s: AppState): void {
  const t = translate(s.lang);
  const active = document.activeElement?.id;
  document.documentElement.lang = s.lang;
  const parts: (HTMLElement | null)[] = [
    h('header', { class: 'top' }, h('h1', {}, t('appTitle')), agreementPicker(p, s, t)),
    tabs(p, s, t),
    s.busy ? h('div', { class: 'progress', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), s.busy) : null,
    ...s.notices.map((n) =>
      h('div', { class: `notice ${n.kind}`, role: n.kind === 'error' ? 'alert' : 'status' }, h('p', {}, n.text), h('button', { class: 'link', type: 'button', onclick: () => p.dismiss() }, t('close'))),
    ),
    h('main', { id: `screen-${s.screen}` }, screen(p, s, t)),
  ];
  root.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
  if (active) document.getElementById(active)?.focus();
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
      { id: 'agreement', onchange: (e: Event) => void selectAgreement(p, (e.target as HTMLSelectElement).value) },
      s.agreements.map((a) => h('option', { value: a.id, selected: a.id === s.agreement?.id }, title(a, s.lang))),
    ),
    file,
    h('label', { for: 'agreement-file', class: 'link file-link' }, t('openFile')),
  );
}

const title = (a: Agreement, lang: 'sv' | 'en') => (lang === 'en' && a.titleEn ? a.titleEn : a.title);

function tabs(p: Pane, s: AppState, t: T): HTMLElement {
  const items: [Screen, Parameters<T>[0]][] = [
    ['agreement', 'tabAgreement'],
    ['distribute', 'tabDistribute'],
    ['check', 'tabCheck'],
    ['deadlines', 'tabDeadlines'],
    ['forms', 'tabForms'],
    ['review', 'tabReview'],
    ['settings', 'tabSettings'],
  ];
  return h(
    'nav',
    { class: 'tabs', 'aria-label': t('appTitle') },
    items.map(([id, key]) =>
      h('button', { type: 'button', id: `tab-${id}`, class: id === s.screen ? 'tab active' : 'tab', 'aria-current': id === s.screen ? 'page' : undefined, onclick: () => void go(p, id) }, t(key)),
    ),
  );
}

function screen(p: Pane, s: AppState, t: T): HTMLElement {
  switch (s.screen) {
    case 'agreement':
      return agreementScreen(s, t);
    case 'distribute':
      return distributeScreen(p, s, t);
    case 'check':
      return checkScreen(p, s, t);
    case 'deadlines':
      return deadlinesScreen(p, s, t);
    case 'forms':
      return formsScreen(p, s, t);
    case 'review':
      return p.loaded('review')?.reviewScreen(p, s, { writePlan, resolvePending }) ?? h('section', {}, h('p', { class: 'muted' }, t('working')));
    case 'settings':
      return settingsScreen(p, s, t);
  }
}

function recipientText(l: Line, lang: 'sv' | 'en'): string {
  const r = l.recipient;
  if (!r) return '';
  const sv: Record<string, string> = {
    skr: 'SKR',
    'regions-via-skr': 'Regionerna via SKR',
    regions: 'Regionerna',
    municipalities: 'Kommunerna',
    samverkansregioner: 'Samverkansregionerna',
    region: 'Region',
    other: 'Annan',
  };
  const en: Record<string, string> = { ...sv, 'regions-via-skr': 'Regions via SKR', regions: 'The regions', municipalities: 'The municipalities', samverkansregioner: 'Samverkansregioner', other: 'Other' };
  const base = (lang === 'sv' ? sv : en)[r.type] ?? r.type;
  return r.type === 'region' ? `${base} ${r.code}` : r.type === 'other' ? r.name : base;
}

function agreementScreen(s: AppState, t: T): HTMLElement {
  const a = s.agreement;
  if (!a) return h('p', {}, '–');
  // Each line's own recipient: the inherited one would repeat the area's on every line below it.
  const rows = walkLines(a).map(({ line: l, depth }) =>
    h(
      'tr',
      { class: depth === 0 ? 'area' : '' },
      h('td', { style: `padding-left:${0.4 + depth * 0.9}rem` }, s.lang === 'en' && l.titleEn ? l.titleEn : l.title),
      h('td', {}, recipientText(l, s.lang)),
      h('td', { class: 'num' }, l.amount === null ? t('notStated') : formatAmount(l.amount.toFixed())),
    ),
  );
  return h(
    'section',
    {},
    h('h2', {}, title(a, s.lang)),
    h('p', { class: 'lead' }, `${t('total')}: `, h('strong', {}, a.total.amount === null ? t('notStated') : kr(a.total.amount))),
    h('h3', {}, t('areasAndLines')),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': t('areasAndLines') }, h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, t('areasAndLines')), h('th', {}, t('recipient')), h('th', { class: 'num' }, `${t('amount')}, kr`))), h('tbody', {}, rows))),
    h('h3', {}, t('checkResults')),
    issueList(s.agreementIssues, s, t),
  );
}

function issueList(issues: readonly CheckIssue[], s: AppState, t: T): HTMLElement {
  if (issues.length === 0) return h('p', { class: 'ok' }, t('noIssues'));
  return h('ul', { class: 'issues' }, issues.map((i) => h('li', { class: i.severity }, badge(i.severity, s.lang), h('span', {}, issueText(i, s.lang)))));
}

function badge(severity: CheckIssue['severity'], lang: 'sv' | 'en'): HTMLElement {
  const text = { error: ['Fel', 'Error'], warning: ['Varning', 'Warning'], info: ['Info', 'Info'] }[severity][lang === 'sv' ? 0 : 1] as string;
  return h('span', { class: `badge ${severity}` }, text);
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function distributeScreen(p: Pane, s: AppState, t: T): HTMLElement {
  if (s.lines.length === 0) return h('section', {}, h('p', {}, t('noDistributableLines')));
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
    l && l.key === 'population' ? populationChoice(p, s, t) : null,
    d
      ? h(
          'div',
          { class: 'card' },
          h('h3', {}, t('preview')),
          h('p', { class: 'muted' }, d.source?.description ?? ''),
          h(
            'div',
            { class: 'scroll short', tabindex: 0, role: 'region', 'aria-label': t('preview') },
            h(
              'table',
              {},
              h('thead', {}, h('tr', {}, h('th', {}, t('recipient')), h('th', { class: 'num' }, t('amount')))),
              h(
                'tbody',
                {},
                d.rows.map((r) => h('tr', {}, h('td', {}, r.name), h('td', { class: 'num' }, formatAmount(r.amount.toFixed())))),
                h('tr', { class: 'total' }, h('td', {}, t('total')), h('td', { class: 'num' }, formatAmount(d.total.toFixed()))),
              ),
            ),
          ),
        )
      : null,
    s.pending
      ? h(
          'div',
          { class: 'card question', role: 'alertdialog', 'aria-labelledby': 'pending-q' },
          h('p', { id: 'pending-q' }, `${t('replaceQuestion')} `, h('strong', {}, s.pending.sheet)),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'primary', onclick: () => void resolvePending(p, 'new') }, t('newSheet')),
            h('button', { type: 'button', onclick: () => void resolvePending(p, 'replace') }, t('replace')),
            h('button', { type: 'button', class: 'link', onclick: () => void resolvePending(p, 'cancel') }, t('cancel')),
          ),
        )
      : h('div', { class: 'actions' }, h('button', { type: 'button', id: 'do-distribute', class: 'primary', disabled: !!s.busy || !d, onclick: () => void distribute(p) }, t('distribute'))),
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
            { class: 'issues' },
            s.findings.map((f) =>
              h(
                'li',
                { class: f.issue.severity },
                badge(f.issue.severity, s.lang),
                h('span', {}, f.table ? h('strong', {}, `${f.table}: `) : null, issueText(f.issue, s.lang)),
                f.where ? h('button', { type: 'button', class: 'link', onclick: () => void showFinding(p, f) }, `${t('showCell')} ${f.where.address}`) : null,
              ),
            ),
          ),
  );
}

function deadlinesScreen(p: Pane, s: AppState, t: T): HTMLElement {
  const views = s.deadlines;
  if (!views) return h('section', {}, h('p', { class: 'muted' }, t('working')));
  return h(
    'section',
    {},
    h('p', { class: 'muted' }, t('deadlinesIntro')),
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
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => void downloadIcs(p) }, t('downloadIcs'))),
  );
}

function formsScreen(p: Pane, s: AppState, t: T): HTMLElement {
  const list = s.formRecipients;
  return h(
    'section',
    {},
    h('p', { class: 'muted' }, t('formsIntro')),
    list === undefined
      ? h('p', { class: 'muted' }, t('working'))
      : h(
          'div',
          {},
          field(
            'form-recipient',
            t('recipient'),
            h(
              'select',
              { onchange: (e: Event) => selectFormRecipient(p, (e.target as HTMLSelectElement).value) },
              list.map((r) => h('option', { value: r.code, selected: r.code === s.formRecipient }, r.code === 'skr' ? r.name : `${r.code} ${r.name}`)),
            ),
          ),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'primary', disabled: !!s.busy || list.length === 0, onclick: () => void createForm(p, 'rekvisition') }, t('createRequisition')),
            h('button', { type: 'button', disabled: !!s.busy || list.length === 0, onclick: () => void createForm(p, 'redovisning') }, t('createReport')),
          ),
        ),
  );
}

const PROFILE_FIELDS: [keyof Profile, string, string, string][] = [
  ['bidragsmottagare', 'Bidragsmottagare (organisation)', 'Grant recipient (organisation)', 'organization'],
  ['organisationsnummer', 'Organisationsnummer', 'Organisation number', 'off'],
  ['kontaktperson', 'Kontaktperson', 'Contact person', 'name'],
  ['postadress', 'Postadress', 'Postal address', 'street-address'],
  ['telefon', 'Telefon', 'Phone', 'tel'],
  ['epost', 'E-post', 'E-mail', 'email'],
  ['bankgiro', 'Bankgiro', 'Bankgiro', 'off'],
];

function settingsScreen(p: Pane, s: AppState, t: T): HTMLElement {
  const form = h(
    'form',
    {
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const profile: Record<string, string> = { ...(s.profile as Record<string, string>) };
        for (const [key] of PROFILE_FIELDS) {
          const v = String(data.get(key) ?? '').trim();
          if (v) profile[key] = v;
          else delete profile[key];
        }
        void saveProfile(p, profile as Profile);
      },
    },
    h('h2', {}, t('profile')),
    PROFILE_FIELDS.map(([key, sv, en, auto]) =>
      field(
        `profile-${key}`,
        s.lang === 'sv' ? sv : en,
        h('input', { name: key, value: p.profileDraft[key] ?? (s.profile[key] as string | undefined) ?? '', autocomplete: auto, oninput: (e: Event) => editProfile(p, key, (e.target as HTMLInputElement).value) }),
      ),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('save'))),
  );
  return h(
    'section',
    {},
    form,
    h('h2', {}, t('population')),
    populationChoice(p, s, t),
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
