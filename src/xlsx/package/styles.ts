import { appendInside, attr, elements, setAttr } from './opc';

/**
 * Adds the styles our sheets use to the user's styles part without removing or renumbering any of
 * theirs: number formats, fonts, fills, borders, cell formats and differential formats are appended
 * (or found again when an identical one is already there, so writing twice does not grow the file).
 * Returns the new styles part and, for each cell format index of `fresh`, its index in the result.
 */
export interface MergedStyles {
  readonly xml: string;
  readonly xf: (freshIndex: number) => number;
  readonly dxf: (freshIndex: number) => number;
  readonly changed: boolean;
}

/** The first custom number format id; lower ids are built in. */
const FIRST_CUSTOM_NUMFMT = 164;

export function mergeStyles(original: string, fresh: string): MergedStyles {
  let xml = original;
  let changed = false;
  const section = (doc: string, tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(doc);
    return m ? (m[1] ?? '') : undefined;
  };

  /** Appends the items of `freshTag` children to `tag`, reusing identical ones; returns the index map. */
  const mergeList = (tag: string, child: string, rewrite: (item: string) => string = (x) => x): number[] => {
    const theirs = elements(section(xml, tag) ?? '', child);
    const ours = elements(section(fresh, tag) ?? '', child).map(rewrite);
    const map: number[] = [];
    const added: string[] = [];
    for (const item of ours) {
      const found = theirs.indexOf(item);
      if (found >= 0) {
        map.push(found);
        continue;
      }
      const again = added.indexOf(item);
      if (again >= 0) {
        map.push(theirs.length + again);
        continue;
      }
      added.push(item);
      map.push(theirs.length + added.length - 1);
    }
    if (added.length > 0) {
      changed = true;
      if (section(xml, tag) === undefined) xml = insertSection(xml, tag);
      xml = appendInside(xml, tag, added.join(''));
      xml = xml.replace(new RegExp(`<${tag}(\\s[^>]*)?>`), (open) => setAttr(open, 'count', String(theirs.length + added.length)));
    }
    return map;
  };

  // Number formats by code: a custom id of ours becomes the user's id for the same code, or a new one.
  const theirFormats = elements(section(xml, 'numFmts') ?? '', 'numFmt');
  const usedIds = theirFormats.map((f) => Number(attr(f, 'numFmtId')));
  let nextId = Math.max(FIRST_CUSTOM_NUMFMT - 1, ...usedIds) + 1;
  const numFmt = new Map<number, number>();
  const newFormats: string[] = [];
  for (const f of elements(section(fresh, 'numFmts') ?? '', 'numFmt')) {
    const id = Number(attr(f, 'numFmtId'));
    const code = attr(f, 'formatCode');
    const same = theirFormats.find((t) => attr(t, 'formatCode') === code);
    if (same) numFmt.set(id, Number(attr(same, 'numFmtId')));
    else {
      numFmt.set(id, nextId);
      newFormats.push(setAttr(f, 'numFmtId', String(nextId)));
      nextId++;
    }
  }
  if (newFormats.length > 0) {
    changed = true;
    if (section(xml, 'numFmts') === undefined) xml = insertSection(xml, 'numFmts');
    xml = appendInside(xml, 'numFmts', newFormats.join(''));
    xml = xml.replace(/<numFmts(\s[^>]*)?>/, (open) => setAttr(open, 'count', String(theirFormats.length + newFormats.length)));
  }

  const fonts = mergeList('fonts', 'font');
  const fills = mergeList('fills', 'fill');
  const borders = mergeList('borders', 'border');
  const mapAttr = (item: string, name: string, map: readonly number[] | ReadonlyMap<number, number>) => {
    const v = attr(item, name);
    if (v === undefined) return item;
    const n = Number(v);
    const to = Array.isArray(map) ? (map as number[])[n] : (map as ReadonlyMap<number, number>).get(n);
    return setAttr(item, name, String(to ?? n));
  };
  const rewriteXf = (xf: string) => {
    let out = xf.replace(/^<xf\b[^>]*>/, (open) => {
      let o = mapAttr(open, 'numFmtId', numFmt);
      o = mapAttr(o, 'fontId', fonts);
      o = mapAttr(o, 'fillId', fills);
      o = mapAttr(o, 'borderId', borders);
      // Our cell formats derive from the Normal style, the first cell style of every workbook.
      return attr(o, 'xfId') === undefined ? o : setAttr(o, 'xfId', '0');
    });
    out = out.replace(/\s+$/, '');
    return out;
  };
  const cellXfs = mergeList('cellXfs', 'xf', rewriteXf);
  const rewriteDxf = (dxf: string) =>
    dxf.replace(/<numFmt\b[^>]*\/>/g, (f) => {
      const id = Number(attr(f, 'numFmtId'));
      return numFmt.has(id) ? setAttr(f, 'numFmtId', String(numFmt.get(id))) : f;
    });
  const dxfs = (section(fresh, 'dxfs') ?? '').includes('<dxf') ? mergeList('dxfs', 'dxf', rewriteDxf) : [];

  return {
    xml,
    changed,
    xf: (i) => cellXfs[i] ?? 0,
    dxf: (i) => dxfs[i] ?? i,
  };
}

/** The order CT_Stylesheet requires, so a section we add goes where Excel expects it. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

function insertSection(xml: string, tag: string): string {
  const later = ORDER.slice(ORDER.indexOf(tag) + 1);
  for (const next of later) {
    const at = xml.search(new RegExp(`<${next}[\\s/>]`));
    if (at >= 0) return `${xml.slice(0, at)}<${tag} count="0"></${tag}>${xml.slice(at)}`;
  }
  return xml.replace('</styleSheet>', `<${tag} count="0"></${tag}></styleSheet>`);
}
