import type { Pane } from '../app/pane';
import type { AppState, Screen } from '../app/state';
import { go } from '../app/workflows/navigation';
import type { T, TextKey } from '../i18n';
import { h } from './dom';
import { fitTabs } from './overflow';

const ITEMS: readonly (readonly [Screen, TextKey])[] = [
  ['agreement', 'tabAgreement'],
  ['distribute', 'tabDistribute'],
  ['check', 'tabCheck'],
  ['deadlines', 'tabDeadlines'],
  ['forms', 'tabForms'],
  ['review', 'tabReview'],
  ['settings', 'tabSettings'],
];

/**
 * The screens as Fluent's Pivot (TabList) with overflow: one row at every task-pane width (270 px on
 * Mac to 350 on the web), the tabs that fit shown and the rest behind "Mer", a menu button after the
 * last visible tab. The selected tab is always shown. Arrow keys, Home and End move between the
 * visible tabs (WAI-ARIA tabs pattern, automatic activation; only the selected tab is in the Tab
 * order); the menu follows the WAI-ARIA menu button pattern. `fitNav` decides what fits, after every
 * render and whenever the pane's width changes.
 */
export function tabs(p: Pane, s: AppState, t: T): HTMLElement {
  const choose = (id: Screen) => {
    p.focusNext = `tab-${id}`;
    void go(p, id);
  };
  const onTabKey = (e: Event) => {
    const k = (e as KeyboardEvent).key;
    const shown = [...list.querySelectorAll<HTMLElement>('[role=tab]:not([hidden])')];
    const i = shown.indexOf((e.target as HTMLElement).closest<HTMLElement>('[role=tab]') as HTMLElement);
    const n = shown.length;
    const next = k === 'ArrowRight' ? shown[(i + 1) % n] : k === 'ArrowLeft' ? shown[(i - 1 + n) % n] : k === 'Home' ? shown[0] : k === 'End' ? shown[n - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next.dataset.screen as Screen);
  };
  const list = h(
    'div',
    { class: 'tablist', role: 'tablist', 'aria-label': t('appTitle'), onkeydown: onTabKey },
    ITEMS.map(([id, key]) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${id}`,
          'data-screen': id,
          class: id === s.screen ? 'tab active' : 'tab',
          'aria-selected': id === s.screen ? 'true' : 'false',
          // Only the shown screen's panel is in the page: the selected tab names it, the others name none.
          'aria-controls': id === s.screen ? `screen-${s.screen}` : undefined,
          tabindex: id === s.screen ? 0 : -1,
          onclick: () => choose(id),
        },
        t(key),
      ),
    ),
  );
  const menu = h('div', {
    class: 'menu',
    role: 'menu',
    id: 'tab-more-menu',
    'aria-labelledby': 'tab-more',
    hidden: true,
    onclick: (e: Event) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('[role=menuitem]');
      if (!item) return;
      close(false);
      choose(item.dataset.screen as Screen);
    },
    onkeydown: (e: Event) => {
      const k = (e as KeyboardEvent).key;
      if (k === 'Escape') {
        e.preventDefault();
        close(true);
        return;
      }
      if (k === 'Tab') return close(false);
      const items = menuItems();
      const i = items.indexOf(document.activeElement as HTMLElement);
      const n = items.length;
      const next = k === 'ArrowDown' ? items[(i + 1) % n] : k === 'ArrowUp' ? items[(i - 1 + n) % n] : k === 'Home' ? items[0] : k === 'End' ? items[n - 1] : undefined;
      if (!next) return;
      e.preventDefault();
      next.focus();
    },
  });
  const menuItems = () => [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
  const open = (first: boolean) => {
    menu.hidden = false;
    more.setAttribute('aria-expanded', 'true');
    const items = menuItems();
    (first ? items[0] : items.at(-1))?.focus();
  };
  const close = (focusButton: boolean) => {
    menu.hidden = true;
    more.setAttribute('aria-expanded', 'false');
    if (focusButton) more.focus();
  };
  const more = h(
    'button',
    {
      type: 'button',
      id: 'tab-more',
      class: 'tab more',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'tab-more-menu',
      hidden: true,
      onclick: () => (menu.hidden ? open(true) : close(true)),
      onkeydown: (e: Event) => {
        const k = (e as KeyboardEvent).key;
        if (k !== 'ArrowDown' && k !== 'ArrowUp') return;
        e.preventDefault();
        open(k === 'ArrowDown');
      },
    },
    t('tabMore'),
  );
  // A click or Tab elsewhere closes the menu, as Fluent's does.
  const wrap = h(
    'div',
    { class: 'more-wrap', onfocusout: (e: Event) => !wrap.contains((e as FocusEvent).relatedTarget as Node | null) && !menu.hidden && close(false) },
    more,
    menu,
  );
  return h('nav', { class: 'tabs', 'aria-label': t('appTitle') }, list, wrap);
}

let observer: ResizeObserver | undefined;

export const menuIsOpen = (): boolean => document.querySelector('#tab-more-menu:not([hidden])') !== null;

/**
 * Lays the nav out for its width now, and again whenever that width changes (Excel's pane is
 * resizable). `keepMenuOpen`: the menu was open before this render (a notice arrived, say), so it
 * stays open and the render can put the focus back on its item.
 */
export function fitNav(nav: HTMLElement | null, keepMenuOpen = false): void {
  if (!nav) return;
  layout(nav);
  const more = nav.querySelector<HTMLElement>('#tab-more');
  const menu = nav.querySelector<HTMLElement>('#tab-more-menu');
  if (keepMenuOpen && more && menu && !more.hidden) {
    menu.hidden = false;
    more.setAttribute('aria-expanded', 'true');
  }
  if (typeof ResizeObserver === 'undefined') return;
  observer ??= new ResizeObserver((entries) => entries.forEach((e) => e.target.isConnected && layout(e.target as HTMLElement)));
  observer.disconnect();
  observer.observe(nav);
}

function layout(nav: HTMLElement): void {
  const tabs = [...nav.querySelectorAll<HTMLElement>('[role=tab]')];
  const more = nav.querySelector<HTMLElement>('#tab-more');
  const menu = nav.querySelector<HTMLElement>('#tab-more-menu');
  if (!more || !menu) return;
  for (const tab of tabs) tab.hidden = false;
  more.hidden = false;
  const widths = tabs.map((tab) => tab.getBoundingClientRect().width);
  const style = getComputedStyle(nav);
  const available = nav.clientWidth - parseFloat(style.paddingLeft || '0') - parseFloat(style.paddingRight || '0');
  const selected = tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
  const shown = new Set(fitTabs(widths, available, more.getBoundingClientRect().width, selected));
  tabs.forEach((tab, i) => (tab.hidden = !shown.has(i)));
  // With no tab selected (the import screen), the first one shown is the tablist's Tab stop.
  if (selected < 0) tabs.forEach((tab, i) => tab.setAttribute('tabindex', i === Math.min(...shown) ? '0' : '-1'));
  const hidden = tabs.filter((tab) => tab.hidden);
  more.hidden = hidden.length === 0;
  if (more.hidden && !menu.hidden) menu.hidden = true;
  // Rebuilt only when the set changes, so a resize with the menu open keeps its focus.
  const key = hidden.map((tab) => tab.dataset.screen).join(' ');
  if (menu.dataset.items === key) return;
  menu.dataset.items = key;
  menu.replaceChildren(
    ...hidden.map((tab) => h('button', { type: 'button', role: 'menuitem', tabindex: -1, 'data-screen': tab.dataset.screen ?? '', id: `menu-${tab.dataset.screen ?? ''}` }, tab.textContent ?? '')),
  );
}
