import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Plain CommonJS helper shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest } = require('../../scripts/addin-build') as { rewriteManifest: (xml: string, baseUrl: string) => string };

/**
 * The manifest validated against Microsoft's XML schemas (../shared/office-schemas/patched, see its
 * SOURCES.md for what was patched and why) with libxml2's xmllint: the source manifest, the one the
 * build writes for a production address, and broken copies that must fail (the negative controls).
 */
const ROOT = resolve(__dirname, '..', '..');
const SCHEMA = resolve(ROOT, '..', 'shared', 'office-schemas', 'patched', 'OfficeAppManifestV1_1.xsd');
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && process.env.CI === 'true') throw new Error('xmllint is required under CI (apt-get install libxml2-utils).');
if (!hasXmllint) console.warn('xmllint is not installed: the manifest schema tests are skipped (apt-get install libxml2-utils).');
const maybe = hasXmllint ? test : test.skip;

function validate(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bk-manifest-'));
  const file = join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('manifest.xml against the Office add-in XML schemas', () => {
  maybe('the source manifest validates', () => {
    const r = validate(source);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  maybe('the manifest the build writes for a production address validates', () => {
    expect(validate(rewriteManifest(source, 'https://bidragskollen.example.se/addin')).ok).toBe(true);
  });

  maybe.each([
    ['an unknown element', source.replace('<Permissions>', '<Colour>blue</Colour><Permissions>')],
    ['no <Id>', source.replace(/<Id>[^<]*<\/Id>/, '')],
    ['an invalid <Version>', source.replace(/<Version>[^<]*<\/Version>/, '<Version>one</Version>')],
    ['a Runtime without resid', source.replace('<Runtime resid="Taskpane.Url"', '<Runtime')],
    ['an unknown permission', source.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>')],
  ])('negative control: %s fails', (_label, xml) => {
    expect(xml).not.toBe(source);
    expect(validate(xml).ok).toBe(false);
  });
});
