/**
 * The few Open Packaging Conventions an .xlsx edit needs: part paths, relationships and content
 * types, read and changed as text so that everything not touched keeps its bytes.
 */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The element as it stands in the file. */
  readonly raw: string;
}

export const REL_TYPE = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
} as const;

export function attr(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, (c) => `\\${c}`)}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(element);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** Sets (or adds) an attribute on the start tag at the beginning of `element`, leaving the rest as it was. */
export function setAttr(element: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, (c) => `\\${c}`)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(element)) return element.replace(re, `$1"${value}"`);
  return element.replace(/^<([A-Za-z_][\w.:-]*)/, `<$1 ${name}="${value}"`);
}

export function removeAttr(element: string, name: string): string {
  return element.replace(new RegExp(`\\s${name.replace(/[.:]/g, (c) => `\\${c}`)}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const unescapeXml = (s: string) =>
  s
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Elements `<tag …/>` or `<tag …>…</tag>` (not nested in themselves), in document order. */
export function elements(xml: string, tag: string): string[] {
  const t = tag.replace(/[.:]/g, (c) => `\\${c}`);
  return xml.match(new RegExp(`<${t}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${t}>)`, 'g')) ?? [];
}

/** The part that holds the relationships of `part`: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that names it. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1).split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The target of `toPart` relative to the part `fromPart`, as Excel writes it. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

export function parseRels(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return elements(xml, 'Relationship').map((raw) => ({
    id: attr(raw, 'Id') ?? '',
    type: attr(raw, 'Type') ?? '',
    target: unescapeXml(attr(raw, 'Target') ?? ''),
    external: attr(raw, 'TargetMode') === 'External',
    raw,
  }));
}

export function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

export function relElement(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
}

/** Inserts `addition` just before the closing tag of `tag`, or before `</root>` in a new `<tag>` element. */
export function appendInside(xml: string, tag: string, addition: string): string {
  const close = `</${tag}>`;
  const at = xml.lastIndexOf(close);
  if (at >= 0) return xml.slice(0, at) + addition + xml.slice(at);
  const selfClosing = new RegExp(`<${tag}(\\s[^>]*)?/>`).exec(xml);
  if (selfClosing) return xml.replace(selfClosing[0], `${selfClosing[0].slice(0, -2)}>${addition}${close}`);
  throw new Error(`no <${tag}> in the part`);
}

/** A name not yet used: `xl/tables/table7.xml` for `xl/tables/table1.xml` when 1–6 are taken. */
export function freePartName(model: string, taken: (name: string) => boolean): string {
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(model);
  const [stem, ext] = m ? [m[1] as string, m[3] as string] : [model, ''];
  for (let i = 1; ; i++) {
    const name = `${stem}${i}${ext}`;
    if (!taken(name.toLowerCase())) return name;
  }
}
