import packageJson from '../../package.json';
import { localDate } from '../core/calendar';
import { officePort } from '../excel/office';
import { openPane } from './app/workflows/agreement';
import { start } from './app/workflows/settings';
import { translate } from './i18n';
import { h } from './view/dom';
import { render } from './view/render';

/** How long to wait for Office before saying the page runs inside Excel. */
const OFFICE_TIMEOUT_MS = 4000;

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

function startInExcel(): void {
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
      review: () => import(/* webpackChunkName: "review" */ './app/chunks/review'),
    },
  });
  const el = root();
  pane.subscribe((s) => render(el, pane, s));
  render(el, pane, pane.state);
  void start(pane);
}

function boot(): void {
  if (typeof Office === 'undefined') return outsideExcel();
  let settled = false;
  const timer = setTimeout(() => !settled && outsideExcel(), OFFICE_TIMEOUT_MS);
  Office.onReady((info) => {
    settled = true;
    clearTimeout(timer);
    if (info.host === Office.HostType.Excel) startInExcel();
    else outsideExcel();
  }).catch(() => outsideExcel());
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
