import packageJson from '../../package.json';
import { localDate } from '../core/calendar';
import { officePort } from '../excel/office';
import { openPane } from './app/workflows/agreement';
import { start } from './app/workflows/settings';
import { translate } from './i18n';
import { h } from './view/dom';
import { render } from './view/render';

/** How long Office may take to start before the pane says it is still waiting (never "outside Excel"). */
const OFFICE_SLOW_MS = 4000;

const root = () => document.getElementById('app') as HTMLElement;

/** ISO time with the local offset, as an auditor reads it: 2024-01-15T10:00:00+01:00. */
function localIso(d: Date): string {
  const off = -d.getTimezoneOffset();
  const p = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${localDate(d)}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${off >= 0 ? '+' : '-'}${p(off / 60)}:${p(off % 60)}`;
}

function download(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = h('a', { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Without Office there is no display language to follow: Swedish first, English below. */
function outsideExcel(): void {
  const sv = translate('sv');
  const en = translate('en');
  followTheme(undefined);
  document.body.classList.add('outside');
  root().replaceChildren(
    h(
      'section',
      { class: 'outside-excel', role: 'status' },
      h('h1', {}, sv('outsideTitle')),
      h('p', {}, sv('outsideText')),
      h('p', {}, sv('outsideHow')),
      h('div', { lang: 'en', class: 'muted' }, h('h2', {}, en('outsideTitle')), h('p', {}, en('outsideText')), h('p', {}, en('outsideHow'))),
    ),
  );
}

/**
 * The pane follows Office's theme where Office tells it (`Office.context.officeTheme`, desktop Excel:
 * https://learn.microsoft.com/javascript/api/office/office.officetheme), else the system's dark mode;
 * high contrast comes through the `forced-colors` media query by itself. Outside Excel only the
 * system's dark mode is there to follow.
 */
function followTheme(theme: { bodyBackgroundColor?: string } | undefined): void {
  const bg = theme?.bodyBackgroundColor;
  const dark = bg && /^#?[0-9a-f]{6}$/i.test(bg) ? luminance(bg) < 0.4 : window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  document.documentElement.classList.toggle('dark', dark);
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

function startInExcel(): void {
  followTheme((Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme);
  const pane = openPane({
    port: officePort(),
    version: packageJson.version,
    displayLanguage: Office.context.displayLanguage,
    today: () => localDate(new Date()),
    now: () => localIso(new Date()),
    download,
    lazy: {
      deadlines: () => import(/* webpackChunkName: "deadlines" */ './app/chunks/deadlines'),
      forms: () => import(/* webpackChunkName: "forms" */ './app/chunks/forms'),
      profile: () => import(/* webpackChunkName: "profile" */ '../core/profile'),
      distributionSheet: () => import(/* webpackChunkName: "distribution-sheet" */ './app/chunks/distribution-sheet'),
      population: () => import(/* webpackChunkName: "population" */ './app/chunks/population'),
      agreementImport: () => import(/* webpackChunkName: "pdf-import" */ './app/chunks/pdf-import'),
      importView: () => import(/* webpackChunkName: "pdf-import-view" */ './view/import-review'),
      pdf: () => import(/* webpackChunkName: "pdfjs" */ './app/chunks/pdf'),
      profileEditor: () => import(/* webpackChunkName: "profile-editor" */ './view/profile'),
      review: () => import(/* webpackChunkName: "review" */ './app/chunks/review'),
      agreementSheet: () => import(/* webpackChunkName: "agreement-sheet" */ './app/chunks/agreement-sheet'),
    },
  });
  const el = root();
  pane.subscribe((s) => render(el, pane, s));
  render(el, pane, pane.state);
  void start(pane).then(() => {
    // The functions (=BIDRAG.…) need the custom functions runtime; where it is missing the pane still
    // works, and says so ("Custom functions requirement sets",
    // https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
    if (!Office.context.requirements.isSetSupported('CustomFunctionsRuntime', '1.2')) {
      const t = translate(pane.state.lang);
      pane.set({ notices: [...pane.state.notices, { kind: 'info', text: t('noCustomFunctions') }] });
    }
  });
}

/** Office is loaded but slow to start (a cold Excel, a slow network): say so, and keep waiting. */
function stillWaiting(): void {
  const sv = translate('sv');
  root().replaceChildren(h('p', { class: 'progress', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), sv('officeSlow')));
}

/**
 * Only an absent Office.js (the script did not load: a plain browser offline, a blocked CDN) or
 * `Office.onReady` naming no Excel host means the page is outside Excel. `onReady` resolves with
 * `host: null` when the page is opened in a browser ("Initialize your Office Add-in",
 * https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in), so a slow start is
 * only a wait.
 */
function boot(): void {
  if (typeof Office === 'undefined') return outsideExcel();
  let settled = false;
  const timer = setTimeout(() => !settled && stillWaiting(), OFFICE_SLOW_MS);
  Office.onReady((info) => {
    settled = true;
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel) startInExcel();
    else outsideExcel();
  }).catch(() => outsideExcel());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
