import { mergeStyles } from './styles';
import {
  REL_TYPE,
  appendInside,
  attr,
  elements,
  emptyRels,
  escapeXml,
  freePartName,
  parseRels,
  relElement,
  relativeTarget,
  relsPathOf,
  removeAttr,
  resolveTarget,
  setAttr,
  unescapeXml,
  type Relationship,
} from './opc';
import { newPart, partData, readZip, writeZip, type ZipPart } from './zip';

/**
 * Puts the sheets of a freshly written workbook (`fresh`, holding only Bidragskollen's sheets) into
 * the user's workbook (`original`), changing nothing else: every part that is not ours keeps its
 * bytes, and the shared parts (the workbook, its relationships, the content types, the styles) are
 * edited in place, so the user's sheets, names, protection, calculation settings, validations,
 * sparklines, page breaks, hyperlinks, custom properties and anything unknown come back as they were.
 *
 * `placements` says, for each fresh sheet (by its name, which is its final name), which sheet of the
 * original it replaces (that sheet's position, sheetId, visibility and relationship are kept), or
 * none, when it is added after the last sheet.
 */
export interface Placement {
  readonly sheet: string;
  readonly replaces?: string;
}

export interface TransplantResult {
  readonly bytes: Buffer;
  /** Parts of the original that were edited (shared parts) or removed (the replaced sheets' own). */
  readonly edited: readonly string[];
  readonly removed: readonly string[];
}

interface Pkg {
  readonly parts: Map<string, ZipPart>;
  /** Lower-case names, for OPC's case-insensitive part names. */
  readonly lower: Set<string>;
  text(name: string): string | undefined;
}

function open(parts: readonly ZipPart[]): Pkg {
  const map = new Map(parts.map((p) => [p.name, p]));
  const cache = new Map<string, string>();
  return {
    parts: map,
    lower: new Set(parts.map((p) => p.name.toLowerCase())),
    text(name) {
      if (cache.has(name)) return cache.get(name);
      const part = map.get(name);
      if (!part) return undefined;
      const t = partData(part).toString('utf8');
      cache.set(name, t);
      return t;
    },
  };
}

interface SheetEntry {
  readonly name: string;
  readonly raw: string;
  readonly sheetId: number;
  readonly rid: string;
  readonly part: string;
}

function workbookPartOf(pkg: Pkg): string {
  const rel = parseRels(pkg.text('_rels/.rels')).find((r) => r.type === REL_TYPE.officeDocument);
  return rel ? resolveTarget('', rel.target) : 'xl/workbook.xml';
}

function sheetsOf(workbookXml: string, wbPart: string, rels: readonly Relationship[]): SheetEntry[] {
  const sheetsXml = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? '';
  return elements(sheetsXml, 'sheet').map((raw) => {
    const rid = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(raw)?.[1] ?? '';
    const rel = rels.find((r) => r.id === rid);
    return { name: unescapeXml(attr(raw, 'name') ?? ''), raw, sheetId: Number(attr(raw, 'sheetId')), rid, part: rel ? resolveTarget(wbPart, rel.target) : '' };
  });
}

export function transplant(originalBytes: Buffer, freshBytes: Buffer, placements: readonly Placement[]): TransplantResult {
  const orig = open(readZip(originalBytes));
  const fresh = open(readZip(freshBytes));
  const out = new Map(orig.parts);
  const taken = new Set(orig.lower);
  const edited = new Set<string>();
  const removed = new Set<string>();
  const put = (name: string, text: string) => {
    out.set(name, newPart(name, text));
    taken.add(name.toLowerCase());
  };

  const wbPart = workbookPartOf(orig);
  const wbRelsPart = relsPathOf(wbPart);
  let workbook = orig.text(wbPart) ?? '';
  let wbRels = orig.text(wbRelsPart) ?? emptyRels();
  let types = orig.text('[Content_Types].xml') ?? '';
  const origSheets = sheetsOf(workbook, wbPart, parseRels(wbRels));

  const fWbPart = workbookPartOf(fresh);
  const fWorkbook = fresh.text(fWbPart) ?? '';
  const fSheets = sheetsOf(fWorkbook, fWbPart, parseRels(fresh.text(relsPathOf(fWbPart))));
  const fTypes = fresh.text('[Content_Types].xml') ?? '';
  const contentTypeOf = (part: string) => {
    const o = elements(fTypes, 'Override').find((e) => attr(e, 'PartName') === `/${part}`);
    return o ? attr(o, 'ContentType') : undefined;
  };

  // 1. Styles: ours appended to theirs.
  const stylesRel = parseRels(wbRels).find((r) => r.type === REL_TYPE.styles);
  const stylesPart = stylesRel ? resolveTarget(wbPart, stylesRel.target) : undefined;
  const fStylesRel = parseRels(fresh.text(relsPathOf(fWbPart))).find((r) => r.type === REL_TYPE.styles);
  const fStyles = fStylesRel ? fresh.text(resolveTarget(fWbPart, fStylesRel.target)) : undefined;
  if (!stylesPart || !fStyles) throw new Error('a workbook without a styles part');
  const styles = mergeStyles(orig.text(stylesPart) ?? '', fStyles);
  if (styles.changed) {
    put(stylesPart, styles.xml);
    edited.add(stylesPart);
  }

  // Shared strings of the fresh workbook, inlined into our sheets so theirs stay untouched.
  const fSstRel = parseRels(fresh.text(relsPathOf(fWbPart))).find((r) => r.type === REL_TYPE.sharedStrings);
  const fSst = fSstRel ? elements(fresh.text(resolveTarget(fWbPart, fSstRel.target)) ?? '', 'si') : [];

  // 2. The parts a replaced sheet owns alone (tables, drawings, comments…), to remove with it.
  const referrers = new Map<string, Set<string>>();
  for (const name of orig.parts.keys()) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    for (const r of parseRels(orig.text(name))) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      if (!referrers.has(target)) referrers.set(target, new Set());
      referrers.get(target)!.add(source);
    }
  }
  const ownedBy = (part: string): string[] => {
    const owned = [part];
    const stack = [part];
    while (stack.length > 0) {
      const p = stack.pop() as string;
      for (const r of parseRels(orig.text(relsPathOf(p)))) {
        if (r.external) continue;
        const t = resolveTarget(p, r.target);
        if (owned.includes(t)) continue;
        if ([...(referrers.get(t) ?? [])].every((src) => owned.includes(src))) {
          owned.push(t);
          stack.push(t);
        }
      }
    }
    return owned;
  };

  // Table ids and names are unique across a workbook: collect the ones that stay.
  const replacedParts = new Set(placements.flatMap((p) => origSheets.filter((s) => s.name === p.replaces).map((s) => s.part)));
  const removedOwned = new Set([...replacedParts].flatMap(ownedBy));
  const tableIds = new Set<number>();
  const tableNames = new Set<string>();
  for (const name of orig.parts.keys()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name) || removedOwned.has(name)) continue;
    const head = /<table\b[^>]*>/.exec(orig.text(name) ?? '')?.[0] ?? '';
    tableIds.add(Number(attr(head, 'id')));
    tableNames.add((attr(head, 'name') ?? '').toLowerCase());
    tableNames.add((attr(head, 'displayName') ?? '').toLowerCase());
  }
  for (const part of removedOwned) {
    out.delete(part);
    out.delete(relsPathOf(part));
    removed.add(part);
    types = types.replace(new RegExp(`<Override\\s[^>]*PartName="/${escapeRe(part)}"[^>]*/>`), '');
  }
  for (const r of removedOwned) taken.delete(r.toLowerCase());

  // 3. Each of our sheets: its XML with styles remapped and strings inlined, its own parts renamed.
  const finalIndex = new Map<string, number>();
  const newSheetEntries: string[] = [];
  const removedSheetIds = new Set<number>();
  let nextSheetId = Math.max(0, ...origSheets.map((s) => s.sheetId)) + 1;
  let nextRel = 1;
  const relIds = new Set(parseRels(wbRels).map((r) => r.id));
  const freeRelId = () => {
    while (relIds.has(`rIdBk${nextRel}`)) nextRel++;
    relIds.add(`rIdBk${nextRel}`);
    return `rIdBk${nextRel}`;
  };
  let appended = origSheets.length;
  for (const pl of placements) {
    const f = fSheets.find((s) => s.name === pl.sheet);
    if (!f) throw new Error(`the fresh workbook has no sheet ${pl.sheet}`);
    const old = pl.replaces === undefined ? undefined : origSheets.find((s) => s.name === pl.replaces);
    let part: string;
    if (old) {
      part = old.part;
      types = addOverride(types, part, contentTypeOf(f.part) ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
      removedSheetIds.add(old.sheetId);
      finalIndex.set(f.name, origSheets.indexOf(old));
      if (old.name !== f.name) {
        workbook = workbook.replace(old.raw, setAttr(old.raw, 'name', escapeXml(f.name)));
      }
    } else {
      part = freePartName('xl/worksheets/sheet1.xml', (n) => taken.has(n));
      const rid = freeRelId();
      wbRels = appendInside(wbRels, 'Relationships', relElement(rid, REL_TYPE.worksheet, relativeTarget(wbPart, part)));
      const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(workbook)?.[1] ?? 'r';
      newSheetEntries.push(`<sheet name="${escapeXml(f.name)}" sheetId="${nextSheetId++}" ${prefix}:id="${rid}"/>`);
      types = addOverride(types, part, contentTypeOf(f.part) ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
      finalIndex.set(f.name, appended++);
    }
    let sheetXml = fresh.text(f.part) ?? '';
    sheetXml = inlineStrings(sheetXml, fSst);
    sheetXml = remapStyles(sheetXml, styles.xf, styles.dxf);
    // Only one tab may be selected, and that is the user's.
    sheetXml = sheetXml.replace(/<sheetView\b[^>]*>/g, (v) => removeAttr(v, 'tabSelected'));

    const fRels = parseRels(fresh.text(relsPathOf(f.part)));
    let rels = emptyRels();
    for (const r of fRels) {
      if (r.external) {
        rels = appendInside(rels, 'Relationships', r.raw);
        continue;
      }
      const source = resolveTarget(f.part, r.target);
      const target = freePartName(source.replace(/\d*(\.[^./]+)$/, '1$1'), (n) => taken.has(n));
      let body = fresh.text(source) ?? '';
      if (r.type === REL_TYPE.table) body = renameTable(body, tableIds, tableNames);
      put(target, body);
      types = addOverride(types, target, contentTypeOf(source) ?? 'application/xml');
      rels = appendInside(rels, 'Relationships', relElement(r.id, r.type, relativeTarget(part, target)));
    }
    put(part, sheetXml);
    if (fRels.length > 0) put(relsPathOf(part), rels);
    removed.delete(part);
  }
  if (newSheetEntries.length > 0) workbook = appendInside(workbook, 'sheets', newSheetEntries.join(''));

  // 4. Defined names: ours on the replaced sheets go, the fresh ones come with their sheet index.
  const replacedNames = new Set(placements.map((p) => p.replaces).filter((n): n is string => n !== undefined));
  const replacedIndexes = new Set(origSheets.map((s, i) => (replacedNames.has(s.name) ? i : -1)).filter((i) => i >= 0));
  const freshNames = elements(/<definedNames>([\s\S]*?)<\/definedNames>/.exec(fWorkbook)?.[1] ?? '', 'definedName').map((raw) => {
    const local = attr(raw, 'localSheetId');
    if (local === undefined) return raw;
    const sheet = fSheets[Number(local)];
    return setAttr(raw, 'localSheetId', String(sheet ? finalIndex.get(sheet.name) : local));
  });
  const freshGlobal = new Set(freshNames.filter((n) => attr(n, 'localSheetId') === undefined).map((n) => (attr(n, 'name') ?? '').toLowerCase()));
  const freshLocal = new Set(freshNames.filter((n) => attr(n, 'localSheetId') !== undefined).map((n) => `${attr(n, 'name')}@${attr(n, 'localSheetId')}`.toLowerCase()));
  const theirNames = elements(/<definedNames>([\s\S]*?)<\/definedNames>/.exec(workbook)?.[1] ?? '', 'definedName');
  for (const raw of theirNames) {
    const name = attr(raw, 'name') ?? '';
    const local = attr(raw, 'localSheetId');
    const ours =
      (local === undefined && name.startsWith('bk_') && refsOnly(unescapeXml(raw.replace(/^<[^>]*>|<\/definedName>$/g, '')), replacedNames)) ||
      (local !== undefined && replacedIndexes.has(Number(local))) ||
      (local === undefined && freshGlobal.has(name.toLowerCase())) ||
      (local !== undefined && freshLocal.has(`${name}@${local}`.toLowerCase()));
    if (ours) workbook = workbook.replace(raw, '');
  }
  if (freshNames.length > 0) {
    if (!/<definedNames>/.test(workbook)) workbook = insertBefore(workbook, ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'], '<definedNames></definedNames>');
    workbook = appendInside(workbook, 'definedNames', freshNames.join(''));
  }
  workbook = workbook.replace(/<definedNames>\s*<\/definedNames>/, '');

  // 5. Our formulas carry no cached results: ask for a full calculation when the file is opened,
  // keeping every other calculation setting the user made (iteration, precision, manual mode).
  const calcPr = /<calcPr\b[^>]*\/?>/.exec(workbook)?.[0];
  if (calcPr) workbook = workbook.replace(calcPr, setAttr(calcPr, 'fullCalcOnLoad', '1'));
  else workbook = insertBefore(workbook, ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'], '<calcPr fullCalcOnLoad="1"/>');

  // 6. The calculation chain is a cache of formula cells by sheet: drop the replaced sheets' entries.
  const chainRel = parseRels(wbRels).find((r) => r.type === REL_TYPE.calcChain);
  if (chainRel && removedSheetIds.size > 0) {
    const chainPart = resolveTarget(wbPart, chainRel.target);
    const chain = orig.text(chainPart);
    if (chain !== undefined) {
      let current = '';
      const kept: string[] = [];
      for (const c of elements(chain, 'c')) {
        current = attr(c, 'i') ?? current;
        if (!removedSheetIds.has(Number(current))) kept.push(setAttr(c, 'i', current));
      }
      if (kept.length === 0) {
        out.delete(chainPart);
        removed.add(chainPart);
        wbRels = wbRels.replace(chainRel.raw, '');
        types = types.replace(new RegExp(`<Override\\s[^>]*PartName="/${escapeRe(chainPart)}"[^>]*/>`), '');
      } else {
        put(chainPart, chain.replace(/<calcChain\b([^>]*)>[\s\S]*<\/calcChain>/, (_m, a: string) => `<calcChain${a}>${kept.join('')}</calcChain>`));
        edited.add(chainPart);
      }
    }
  }

  const changedShared: [string, string, string | undefined][] = [
    [wbPart, workbook, orig.text(wbPart)],
    [wbRelsPart, wbRels, orig.text(wbRelsPart)],
    ['[Content_Types].xml', types, orig.text('[Content_Types].xml')],
  ];
  for (const [name, now, before] of changedShared) {
    if (now === before) continue;
    put(name, now);
    edited.add(name);
  }

  // The original order of parts first, then the new ones: a reader that streams the zip sees
  // [Content_Types].xml first, as Excel writes it.
  const order = [...orig.parts.keys()].filter((n) => out.has(n));
  for (const n of out.keys()) if (!orig.parts.has(n)) order.push(n);
  return { bytes: writeZip(order.map((n) => out.get(n) as ZipPart)), edited: [...edited], removed: [...removed].filter((r) => !out.has(r)) };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function addOverride(types: string, part: string, contentType: string): string {
  if (new RegExp(`PartName="/${escapeRe(part)}"`, 'i').test(types)) return types;
  return appendInside(types, 'Types', `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`);
}

function insertBefore(xml: string, tags: readonly string[], addition: string): string {
  for (const t of tags) {
    const at = xml.search(new RegExp(`<${t}[\\s/>]`));
    if (at >= 0) return xml.slice(0, at) + addition + xml.slice(at);
  }
  return xml.replace(/<\/workbook>\s*$/, `${addition}</workbook>`);
}

/** Whether every sheet a name's formula refers to is one of `sheets`. */
function refsOnly(formula: string, sheets: ReadonlySet<string>): boolean {
  const refs = [...formula.matchAll(/(?:'((?:[^']|'')+)'|([^\s'!,()=+*/-]+))!/g)].map((m) => (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string)));
  return refs.length > 0 && refs.every((r) => sheets.has(r));
}

/** Replaces shared-string references by inline strings holding the same text (rich runs included). */
function inlineStrings(sheet: string, sst: readonly string[]): string {
  return sheet.replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_m, a: string, b: string, idx: string) => {
    const si = sst[Number(idx)] ?? '<si><t></t></si>';
    const inner = si.replace(/^<si\b[^>]*>|<\/si>$/g, '');
    return `<c${a} t="inlineStr"${b}><is>${inner}</is></c>`;
  });
}

function remapStyles(sheet: string, xf: (i: number) => number, dxf: (i: number) => number): string {
  return sheet
    .replace(/<(c|row)\b[^>]*>/g, (tag) => {
      const s = attr(tag, 's');
      return s === undefined ? tag : setAttr(tag, 's', String(xf(Number(s))));
    })
    .replace(/<col\b[^>]*\/?>/g, (tag) => {
      const s = attr(tag, 'style');
      return s === undefined ? tag : setAttr(tag, 'style', String(xf(Number(s))));
    })
    .replace(/\sdxfId="(\d+)"/g, (_m, d: string) => ` dxfId="${dxf(Number(d))}"`);
}

/** Gives a table part a workbook-unique id and name (adding " 2", " 3"… to a taken name). */
function renameTable(xml: string, ids: Set<number>, names: Set<string>): string {
  const head = /<table\b[^>]*>/.exec(xml)?.[0];
  if (!head) return xml;
  let id = 1;
  while (ids.has(id)) id++;
  ids.add(id);
  const base = attr(head, 'displayName') ?? attr(head, 'name') ?? 'Tabell';
  let name = base;
  for (let i = 2; names.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  names.add(name.toLowerCase());
  let h = setAttr(head, 'id', String(id));
  h = setAttr(h, 'name', escapeXml(name));
  h = setAttr(h, 'displayName', escapeXml(name));
  return xml.replace(head, h);
}
