import { makeIssue, type Issue } from '../core/result';
import { XLSX_MESSAGES as M } from './messages';
import { listZip, readZipText } from './zip';

/** Parts ExcelJS reads and writes back without loss. Anything else would be silently dropped. */
const PRESERVED = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^xl\/(workbook|styles|sharedStrings|calcChain)\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/theme\/theme\d+\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/drawing\d+\.xml$/,
  /^xl\/drawings\/_rels\/drawing\d+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/printerSettings\/printerSettings\d+\.bin$/,
];

const DESCRIPTIONS: readonly [RegExp, string, string][] = [
  [/^xl\/charts\//, 'diagram', 'charts'],
  [/^xl\/pivot/, 'pivottabeller', 'pivot tables'],
  [/^xl\/vbaProject/, 'makron', 'macros'],
  [/^xl\/externalLinks\//, 'externa länkar', 'external links'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, 'utsnitt', 'slicers'],
  [/^xl\/(connections\.xml|queryTables\/)/, 'dataanslutningar', 'data connections'],
  [/^customXml\//, 'anpassade XML-delar', 'custom XML parts'],
  [/^docProps\/custom\.xml$/, 'anpassade egenskaper (t.ex. känslighetsetikett)', 'custom properties (e.g. a sensitivity label)'],
  [/^xl\/(threadedComments|persons)\//, 'trådade kommentarer', 'threaded comments'],
  [/^xl\/webextensions\//, 'tillägg i arbetsboken', 'add-ins in the workbook'],
];

/** Names ExcelJS keeps: plain ranges on one sheet, and the print area it manages itself. */
const KEPT_NAME_VALUE = /^('[^']+'|[^!'"]+)!\$[A-Z]{1,3}\$\d+(:\$[A-Z]{1,3}\$\d+)?$/;

/**
 * Whether a workbook can be opened, changed and saved by ExcelJS without losing anything a user
 * put in it. Returns what would be lost; an empty list means it is safe.
 */
export function checkRoundTrip(buf: Buffer, file: string): Issue[] {
  let entries;
  try {
    entries = listZip(buf);
  } catch {
    return [makeIssue(M, 'NOT_XLSX', { file })];
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) return [makeIssue(M, 'NOT_XLSX', { file })];
  const lost = new Map<string, string>();
  for (const e of entries) {
    if (e.name.endsWith('/') || PRESERVED.some((re) => re.test(e.name))) continue;
    const d = DESCRIPTIONS.find(([re]) => re.test(e.name));
    lost.set(d ? d[1] : e.name, d ? d[2] : e.name);
  }
  const workbook = entries.find((e) => e.name === 'xl/workbook.xml');
  if (workbook) {
    for (const n of definedNames(readZipText(buf, workbook))) {
      if (n.name === '_xlnm.Print_Area' || n.name === '_xlnm._FilterDatabase' || n.name === '_xlnm.Print_Titles') continue;
      if (n.local || !KEPT_NAME_VALUE.test(n.value.trim())) lost.set(`namnet ${n.name}`, `the name ${n.name}`);
    }
  }
  if (lost.size === 0) return [];
  return [makeIssue(M, 'UNSUPPORTED_PARTS', { file, parts: [...lost].map(([sv, en]) => ({ sv, en })) })];
}

function definedNames(xml: string): { name: string; local: boolean; value: string }[] {
  const out: { name: string; local: boolean; value: string }[] = [];
  const re = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    const attrs = m[1] ?? '';
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1] ?? '';
    out.push({ name, local: /\blocalSheetId=/.test(attrs), value: unescapeXml(m[2] ?? '') });
  }
  return out;
}

const unescapeXml = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
