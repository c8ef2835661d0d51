import type { Agreement, Line } from '../../core/agreements';
import type { CheckIssue } from '../../core/checks';
import { weekday } from '../../core/deadlines/calendar';
import { METHOD_LABELS, METHODS, type Method } from '../../core/distribution';
import { formatAmount, unitLabel } from '../../core/money';
import type { Profile } from '../../core/profile';
import type { Settings } from '../../core/settings';
import { issueText } from '../../core/result';
import type { AppState, Controller, Screen } from '../app/controller';
import { translate, type T } from '../i18n';
import { h } from './dom';

const kr = (v: { toFixed(): string } | null): string => (v === null ? '–' : `${formatAmount(v.toFixed())} kr`);

/** Renders the whole pane from the state; every event goes to the controller. */
export function render(root: HTMLElement, c: Controller, s: AppState): void {
  const t = translate(s.lang);
  const active = document.activeElement?.id;
  document.documentElement.lang = s.lang;
  const parts: (HTMLElement | null)[] = [
    h('header', { class: 'top' }, h('h1', {}, t('appTitle')), agreementPicker(c, s, t)),
    tabs(c, s, t),
    s.busy ? h('div', { class: 'progress', role: 'status', 'aria-live': 'polite' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), s.busy) : null,
    ...s.notices.map((n) =>
      h('div', { class: `notice ${n.kind}`, role: n.kind === 'error' ? 'alert' : 'status' }, h('p', {}, n.text), h('button', { class: 'link', type: 'button', onclick: () => c.dismiss() }, t('close'))),
    ),
    h('main', { id: `screen-${s.screen}` }, screen(c, s, t)),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  if (active) document.getElementById(active)?.focus();
}

function agreementPicker(c: Controller, s: AppState, t: T): HTMLElement {
  const file = h('input', {
    type: 'file',
    id: 'agreement-file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      if (f) void f.text().then((text) => c.openAgreementFile(f.name, text));
    },
  });
  return h(
    'div',
    { class: 'picker' },
    h('label', { for: 'agreement' }, t('chooseAgreement')),
    h(
      'select',
      { id: 'agreement', onchange: (e: Event) => c.selectAgreement((e.target as HTMLSelectElement).value) },
      s.agreements.map((a) => h('option', { value: a.id, selected: a.id === s.agreement?.id }, title(a, s.lang))),
    ),
    file,
    h('label', { for: 'agreement-file', class: 'link file-link' }, t('openFile')),
  );
}

const title = (a: Agreement, lang: 'sv' | 'en') => (lang === 'en' && a.titleEn ? a.titleEn : a.title);

function tabs(c: Controller, s: AppState, t: T): HTMLElement {
  const items: [Screen, Parameters<T>[0]][] = [
    ['agreement', 'tabAgreement'],
    ['distribute', 'tabDistribute'],
    ['check', 'tabCheck'],
    ['deadlines', 'tabDeadlines'],
    ['forms', 'tabForms'],
    ['settings', 'tabSettings'],
  ];
  return h(
    'nav',
    { class: 'tabs', 'aria-label': t('appTitle') },
    items.map(([id, key]) =>
      h('button', { type: 'button', id: `tab-${id}`, class: id === s.screen ? 'tab active' : 'tab', 'aria-current': id === s.screen ? 'page' : undefined, onclick: () => c.go(id) }, t(key)),
    ),
  );
}

function screen(c: Controller, s: AppState, t: T): HTMLElement {
  switch (s.screen) {
    case 'agreement':
      return agreementScreen(s, t);
    case 'distribute':
      return distributeScreen(c, s, t);
    case 'check':
      return checkScreen(c, s, t);
    case 'deadlines':
      return deadlinesScreen(c, s, t);
    case 'forms':
      return formsScreen(c, s, t);
    case 'settings':
      return settingsScreen(c, s, t);
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
  const rows: HTMLElement[] = [];
  const walk = (l: Line, depth: number) => {
    rows.push(
      h(
        'tr',
        { class: depth === 0 ? 'area' : '' },
        h('td', { style: `padding-left:${0.4 + depth * 0.9}rem` }, s.lang === 'en' && l.titleEn ? l.titleEn : l.title),
        h('td', {}, recipientText(l, s.lang)),
        h('td', { class: 'num' }, l.amount === null ? t('notStated') : formatAmount(l.amount.toFixed())),
      ),
    );
    l.lines?.forEach((x) => walk(x, depth + 1));
  };
  a.areas.forEach((x) => walk(x, 0));
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

function distributeScreen(c: Controller, s: AppState, t: T): HTMLElement {
  if (s.lines.length === 0) return h('section', {}, h('p', {}, t('noDistributableLines')));
  const l = c.selectedLine;
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
        { onchange: (e: Event) => c.selectLine((e.target as HTMLSelectElement).value) },
        s.lines.map((x) => h('option', { value: x.line.id, selected: x.line.id === s.lineId }, `${x.line.title} (${kr(x.amount)})`)),
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
          { onchange: (e: Event) => void c.setMethod((e.target as HTMLSelectElement).value as Method) },
          METHODS.map((m) => h('option', { value: m, selected: m === s.settings.method }, METHOD_LABELS[m][s.lang])),
        ),
      ),
      field(
        'unit',
        t('unit'),
        h(
          'select',
          { onchange: (e: Event) => void c.setUnit(Number((e.target as HTMLSelectElement).value) as Settings['unitExponent']) },
          unitOptions.map((u) => h('option', { value: u, selected: u === s.settings.unitExponent }, unitLabel({ exponent: u }, s.lang))),
        ),
      ),
    ),
    l && l.key === 'population' ? populationChoice(c, s, t) : null,
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
            h('button', { type: 'button', class: 'primary', onclick: () => void c.resolvePending('new') }, t('newSheet')),
            h('button', { type: 'button', onclick: () => void c.resolvePending('replace') }, t('replace')),
            h('button', { type: 'button', class: 'link', onclick: () => void c.resolvePending('cancel') }, t('cancel')),
          ),
        )
      : h('div', { class: 'actions' }, h('button', { type: 'button', id: 'do-distribute', class: 'primary', disabled: !!s.busy || !d, onclick: () => void c.distribute() }, t('distribute'))),
  );
}

function populationChoice(c: Controller, s: AppState, t: T): HTMLElement {
  const range = s.settings.population.kind === 'range';
  return h(
    'fieldset',
    {},
    h('legend', {}, t('population')),
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'pop', checked: !range, onchange: () => void c.useBuiltinPopulation() }),
      t('populationBuiltin'),
    ),
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'pop', checked: range, onchange: () => void c.useSelectionAsPopulation() }),
      range && s.settings.population.kind === 'range' ? `${t('populationRange')}: ${s.settings.population.sheet}!${s.settings.population.address}` : t('populationRange'),
    ),
    h('button', { type: 'button', class: 'link', onclick: () => void c.useSelectionAsPopulation() }, t('useSelection')),
  );
}

function checkScreen(c: Controller, s: AppState, t: T): HTMLElement {
  return h(
    'section',
    {},
    h('p', { class: 'muted' }, t('checkIntro')),
    h('div', { class: 'actions' }, h('button', { type: 'button', id: 'do-check', class: 'primary', disabled: !!s.busy, onclick: () => void c.check() }, t('runChecks'))),
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
                f.where ? h('button', { type: 'button', class: 'link', onclick: () => void c.showFinding(f) }, `${t('showCell')} ${f.where.address}`) : null,
              ),
            ),
          ),
  );
}

function deadlinesScreen(c: Controller, s: AppState, t: T): HTMLElement {
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
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => void c.downloadIcs() }, t('downloadIcs'))),
  );
}

function formsScreen(c: Controller, s: AppState, t: T): HTMLElement {
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
              { onchange: (e: Event) => c.selectFormRecipient((e.target as HTMLSelectElement).value) },
              list.map((r) => h('option', { value: r.code, selected: r.code === s.formRecipient }, r.code === 'skr' ? r.name : `${r.code} ${r.name}`)),
            ),
          ),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'primary', disabled: !!s.busy || list.length === 0, onclick: () => void c.createForm('rekvisition') }, t('createRequisition')),
            h('button', { type: 'button', disabled: !!s.busy || list.length === 0, onclick: () => void c.createForm('redovisning') }, t('createReport')),
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

function settingsScreen(c: Controller, s: AppState, t: T): HTMLElement {
  const form = h(
    'form',
    {
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const p: Record<string, string> = { ...(s.profile as Record<string, string>) };
        for (const [key] of PROFILE_FIELDS) {
          const v = String(data.get(key) ?? '').trim();
          if (v) p[key] = v;
          else delete p[key];
        }
        void c.saveProfile(p as Profile);
      },
    },
    h('h2', {}, t('profile')),
    PROFILE_FIELDS.map(([key, sv, en, auto]) =>
      field(
        `profile-${key}`,
        s.lang === 'sv' ? sv : en,
        h('input', { name: key, value: c.profileDraft[key] ?? (s.profile[key] as string | undefined) ?? '', autocomplete: auto, oninput: (e: Event) => c.editProfile(key, (e.target as HTMLInputElement).value) }),
      ),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('save'))),
  );
  return h(
    'section',
    {},
    form,
    h('h2', {}, t('population')),
    populationChoice(c, s, t),
    field(
      'language',
      t('language'),
      h(
        'select',
        { onchange: (e: Event) => void c.setLanguage((e.target as HTMLSelectElement).value as Settings['language']) },
        (['auto', 'sv', 'en'] as const).map((l) => h('option', { value: l, selected: l === s.settings.language }, l === 'auto' ? t('languageAuto') : l === 'sv' ? 'Svenska' : 'English')),
      ),
    ),
  );
}
