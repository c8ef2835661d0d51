import type { Distribution } from '../../core/distribution';
import { formatAmount } from '../../core/money';
import { groupByCounty, POPULATION_TABLES, type PopulationLevel } from '../../core/reference';
import type { Pane } from '../app/pane';
import { municipalTable, populationTable, type AppState } from '../app/state';
import { cancelFetch, chooseTable, fetchFromScb, setScbUrl } from '../app/workflows/population';
import { h } from './dom';

/** The section's words, beside its view (the pane's shared texts stay in i18n.ts). */
const W = {
  counties: ['Län (regioner)', 'Counties (regions)'],
  municipalities: ['Kommuner', 'Municipalities'],
  stored: ['sparad i arbetsboken', 'stored in the workbook'],
  fetchTitle: ['Hämta från SCB …', 'Fetch from SCB …'],
  kind: ['Datum', 'Date'],
  year: ['År', 'Year'],
  month: ['Månad', 'Month'],
  level: ['Nivå', 'Level'],
  scbUrl: ['SCB:s adress (för en spegel eller proxy i din organisation)', 'SCB’s address (for a mirror or proxy in your organisation)'],
  fetch: ['Hämta', 'Fetch'],
  cancel: ['Avbryt', 'Cancel'],
  kind31dec: ['31 december', '31 December'],
  kind1nov: ['1 november', '1 November'],
  kindMonth: ['månadsslut', 'month end'],
  perCounty: ['Per län', 'Per county'],
  other: ['Övriga', 'Other'],
} as const satisfies Record<string, readonly [string, string]>;
type WKey = keyof typeof W;

const tr = (s: AppState) => (k: WKey) => W[k][s.lang === 'sv' ? 0 : 1];

function tableSelect(p: Pane, s: AppState, level: PopulationLevel): HTMLElement {
  const w = tr(s);
  const current = level === 'kommuner' ? municipalTable(s) : populationTable(s);
  const builtIn = POPULATION_TABLES.filter((t) => t.level === level).map((t) => ({ value: `builtin:${t.id}`, label: t.description, id: t.id }));
  const stored = (s.storedTables ?? []).filter((t) => t.level === level).map((t) => ({ value: `sheet:${t.sheet}`, label: `${t.sheet} (${w('stored')})`, id: t.weights.id }));
  const id = `population-${level}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, w(level === 'kommuner' ? 'municipalities' : 'counties')),
    h(
      'select',
      { id, onchange: (e: Event) => void chooseTable(p, level, (e.target as HTMLSelectElement).value) },
      [...builtIn, ...stored].map((o) => h('option', { value: o.value, selected: o.id === current.id }, o.label)),
    ),
  );
}

/** Inställningar › Befolkningsunderlag: the tables per level and "Hämta från SCB…". */
export function populationSettings(p: Pane, s: AppState): HTMLElement {
  const w = tr(s);
  const year = new Date().getFullYear() - 1;
  const fetching = s.fetching !== undefined;
  const form = h(
    'form',
    {
      id: 'scb-fetch',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement);
        const kind = String(data.get('kind')) as '31dec' | '1nov' | 'month';
        void fetchFromScb(p, { kind, year: Number(data.get('year')), month: Number(data.get('month')), level: String(data.get('level')) === 'kommuner' ? 'kommuner' : 'regioner' });
      },
    },
    h('h3', {}, w('fetchTitle')),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'scb-kind' }, w('kind')),
        h('select', { id: 'scb-kind', name: 'kind' }, h('option', { value: '31dec' }, w('kind31dec')), h('option', { value: '1nov' }, w('kind1nov')), h('option', { value: 'month' }, w('kindMonth'))),
      ),
      h('div', { class: 'field' }, h('label', { for: 'scb-year' }, w('year')), h('input', { id: 'scb-year', name: 'year', type: 'number', min: 1968, max: year + 1, value: year })),
      h('div', { class: 'field' }, h('label', { for: 'scb-month' }, w('month')), h('input', { id: 'scb-month', name: 'month', type: 'number', min: 1, max: 12, value: 12 })),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'scb-level' }, w('level')),
        h('select', { id: 'scb-level', name: 'level' }, h('option', { value: 'regioner' }, w('counties')), h('option', { value: 'kommuner' }, w('municipalities'))),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'scb-url' }, w('scbUrl')),
      h('input', { id: 'scb-url', type: 'url', value: s.settings.scbUrl ?? '', placeholder: 'https://statistikdatabasen.scb.se/api/v2', onchange: (e: Event) => void setScbUrl(p, (e.target as HTMLInputElement).value) }),
    ),
    fetching ? h('p', { class: 'progress', role: 'status', 'aria-live': 'polite', id: 'scb-progress' }, s.fetching?.step ?? '') : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'scb-fetch-button', disabled: fetching }, w('fetch')),
      fetching ? h('button', { type: 'button', id: 'scb-cancel', onclick: () => cancelFetch() }, w('cancel')) : null,
    ),
  );
  return h('div', { class: 'population-tables' }, tableSelect(p, s, 'regioner'), tableSelect(p, s, 'kommuner'), form);
}

/** The municipal table chooser, for the Fördela screen when the line goes to the municipalities. */
export const municipalChoice = (p: Pane, s: AppState): HTMLElement => tableSelect(p, s, 'kommuner');

/** 290 municipal shares grouped per county, each county with its sum; the rows foot to the total below. */
export function countyGroups(d: Distribution, s: AppState): HTMLElement[] {
  const w = tr(s);
  return groupByCounty(d.rows).flatMap((g) => {
    const sum = g.rows.reduce((a, r) => a.plus(r.amount), d.total.minus(d.total));
    return [
      h('tr', { class: 'group' }, h('th', { scope: 'rowgroup' }, g.county?.name ?? w('other')), h('th', { class: 'num' }, formatAmount(sum.toFixed()))),
      ...g.rows.map((r) => h('tr', {}, h('td', {}, r.name), h('td', { class: 'num' }, formatAmount(r.amount.toFixed())))),
    ];
  });
}
