type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/** An amount as the pane and the documents write it: groups of three, a decimal comma, perhaps "kr". */
const AMOUNT = /(?<!\d)[−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?:[ \u00a0]kr\b)?/g;
/** Elements whose content is text only (an option's label, a textarea's value). */
const TEXT_ONLY = new Set(['OPTION', 'TEXTAREA', 'TITLE', 'SCRIPT', 'STYLE']);

/**
 * Text with every amount in it kept on one line (`.amount` does not wrap): "1 367 000 000 kr" in a
 * sentence, a quote or a message never breaks mid-number, whatever spaces its source grouped it with.
 */
function text(s: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of s.matchAll(AMOUNT)) {
    if (m.index > at) out.push(s.slice(at, m.index));
    const span = document.createElement('span');
    span.className = 'amount';
    span.textContent = m[0];
    out.push(span);
    at = m.index + m[0].length;
  }
  if (at < s.length) out.push(s.slice(at));
  return out;
}

/** A tiny element builder: attributes, `on…` handlers, children. Enough for a task pane, no framework. */
export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  const plain = TEXT_ONLY.has(el.tagName);
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c !== 'string') el.append(c);
    else if (plain) el.append(document.createTextNode(c));
    else el.append(...text(c));
  }
  return el;
}
