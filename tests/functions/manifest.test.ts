import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ADDIN_DIST, readDist } from '../support/addin-dist';

// Plain CommonJS helpers shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE_URL, resolveBaseUrl, rewriteManifest } = require('../../scripts/addin-build') as {
  DEV_BASE_URL: string;
  resolveBaseUrl: (value?: string) => string;
  rewriteManifest: (xml: string, baseUrl: string) => string;
};

/** One element of the manifest: its name, attributes and path from the root. */
interface Element {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string | undefined;
  readonly path: string;
}

function elements(xml: string): Element[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: false, parseTagValue: false }).parse(xml) as unknown;
  const out: Element[] = [];
  const walk = (node: unknown, name: string, path: string) => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, name, path));
    if (typeof node !== 'object' || node === null) {
      out.push({ name, attrs: {}, text: String(node), path });
      return;
    }
    const attrs: Record<string, string> = {};
    let text: string | undefined;
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@')) attrs[k.slice(1)] = String(v);
      else if (k === '#text') text = String(v);
    }
    out.push({ name, attrs, text, path });
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@') && k !== '#text' && k !== '?xml') walk(v, k, `${path}/${k}`);
  };
  walk(tree, '', '');
  return out;
}

const source = readFileSync(resolve(__dirname, '..', '..', 'manifest.xml'), 'utf8');
const built = readDist('manifest.xml');
const all = elements(built);
const named = (name: string) => all.filter((e) => e.name === name);
const one = (name: string) => {
  const found = named(name);
  expect(found).toHaveLength(1);
  return found[0] as Element;
};
const resources = new Map(all.filter((e) => e.path.includes('/Resources/') && e.attrs.id).map((e) => [e.attrs.id as string, e]));
const urlOf = (resid: string) => resources.get(resid)?.attrs.DefaultValue;
const overrides = (resid: string) => all.filter((e) => e.name === 'bt:Override' && e.path.includes('/Resources/') && isChildOf(e, resid));

/** fast-xml-parser nests an Override inside its resource; find it by the resource's position in document order. */
function isChildOf(override: Element, resid: string): boolean {
  const index = all.indexOf(override);
  for (let i = index - 1; i >= 0; i--) {
    const e = all[i] as Element;
    if (e.attrs.id !== undefined && e.path.includes('/Resources/') && e.name !== 'bt:Override') return e.attrs.id === resid;
  }
  return false;
}

describe('manifest.xml', () => {
  test('the build writes the source manifest unchanged for the development server', () => {
    expect(built).toBe(source);
  });

  test('an XML add-in manifest for Excel with ReadWriteDocument and the shared runtime', () => {
    expect(one('Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one('Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one('Permissions').text).toBe('ReadWriteDocument');
    expect(named('Host').map((h) => h.attrs.Name ?? h.attrs['xsi:type'])).toEqual(['Workbook', 'Workbook']);
    expect(named('Set').map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([
      ['ExcelApi', '1.7'],
      ['SharedRuntime', '1.1'],
    ]);
    expect(named('TaskpaneId')).toEqual([]);
  });

  test('the runtime, the functions page and the function file are one resource, the task pane', () => {
    const runtime = one('Runtime');
    expect(runtime.attrs.lifetime).toBe('long');
    const page = all.find((e) => e.path.endsWith('/Page/SourceLocation'));
    const functionFile = one('FunctionFile');
    const showTaskpane = all.find((e) => e.path.endsWith('/Action/SourceLocation'));
    for (const e of [page, functionFile, showTaskpane]) expect(e?.attrs.resid).toBe(runtime.attrs.resid);
    expect(urlOf(runtime.attrs.resid as string)).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(all.find((e) => e.path.endsWith('/DefaultSettings/SourceLocation'))?.attrs.DefaultValue).toBe(`${DEV_BASE_URL}/taskpane.html`);
  });

  test('every resid names a resource, and every resource is used', () => {
    const used = new Set(all.flatMap((e) => (e.attrs.resid ? [e.attrs.resid] : [])));
    for (const resid of used) expect(resources.has(resid)).toBe(true);
    for (const id of resources.keys()) expect(used.has(id)).toBe(true);
  });

  test('the functions: script, metadata with a Swedish override, namespace BIDRAG in every language', () => {
    const resid = (suffix: string) => all.find((e) => e.path.endsWith(suffix))?.attrs.resid as string;
    expect(urlOf(resid('/Script/SourceLocation'))).toBe(`${DEV_BASE_URL}/functions.js`);
    const metadata = resid('/Metadata/SourceLocation');
    expect(urlOf(metadata)).toBe(`${DEV_BASE_URL}/functions.json`);
    expect(overrides(metadata).map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([['sv-SE', `${DEV_BASE_URL}/functions.sv-SE.json`]]);
    const namespace = one('Namespace').attrs.resid as string;
    expect(resources.get(namespace)?.attrs.DefaultValue).toBe('BIDRAG');
    expect(overrides(namespace)).toEqual([]);
  });

  test('display name, description, group, button and texts in Swedish through overrides', () => {
    for (const name of ['DisplayName', 'Description']) {
      const top = all.find((e) => e.name === name && e.path === `/OfficeApp/${name}`);
      expect(top?.attrs.DefaultValue).toBeTruthy();
      expect(all.some((e) => e.path === `/OfficeApp/${name}/Override` && e.attrs.Locale === 'sv-SE' && e.attrs.Value)).toBe(true);
    }
    const strings = all.filter((e) => /\/bt:(ShortStrings|LongStrings)\/bt:String$/.test(e.path));
    expect(strings.length).toBeGreaterThanOrEqual(6);
    for (const s of strings) {
      if (s.attrs.id === one('Namespace').attrs.resid) continue;
      expect(overrides(s.attrs.id as string).map((o) => o.attrs.Locale)).toEqual(['sv-SE']);
    }
  });

  test('every URL is under one base, and the build serves every file it names', () => {
    const urls = all.flatMap((e) => [e.attrs.DefaultValue, e.attrs.Value].filter((v): v is string => v !== undefined && /^https?:/.test(v)));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
      const file = url.slice(DEV_BASE_URL.length + 1);
      expect(existsSync(join(ADDIN_DIST, file))).toBe(true);
    }
  });

  test('icons are PNGs of the sizes the manifest says', () => {
    const pngSize = (url: string) => {
      const png = readFileSync(join(ADDIN_DIST, url.slice(DEV_BASE_URL.length + 1)));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    for (const image of named('bt:Image').filter((e) => e.attrs.DefaultValue)) {
      const size = Number(/(\d+)x\1/.exec(image.attrs.id as string)?.[1]);
      expect(pngSize(image.attrs.DefaultValue as string)).toEqual([size, size]);
    }
    expect(pngSize(one('IconUrl').attrs.DefaultValue as string)).toEqual([32, 32]);
    expect(pngSize(one('HighResolutionIconUrl').attrs.DefaultValue as string)).toEqual([64, 64]);
  });
});

describe('the production address, set in one place', () => {
  test('ADDIN_BASE_URL moves every URL and nothing else', () => {
    const base = resolveBaseUrl('https://bidragskollen.example.se/addin/');
    expect(base).toBe('https://bidragskollen.example.se/addin');
    const production = rewriteManifest(source, base);
    expect(production).not.toContain('localhost');
    expect(production.split(base).length).toBe(source.split(DEV_BASE_URL).length);
    expect(elements(production).length).toBe(all.length);
  });

  test('no address means the development server; anything but https is refused', () => {
    expect(resolveBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(resolveBaseUrl('')).toBe(DEV_BASE_URL);
    for (const bad of ['http://example.se', 'example.se', 'https://a b', 'https://x"/><evil']) expect(() => resolveBaseUrl(bad)).toThrow(/ADDIN_BASE_URL/);
  });
});
