import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { declaredSets, officeApiUses, undeclared, compareVersions, type ApiUse } from './office-api-sets';

const ROOT = resolve(__dirname, '..', '..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** Sets the code tests with `Office.context.requirements.isSetSupported` before it uses them. */
const CHECKED_AT_RUNTIME = new Set<string>();

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, dir, f));
}

const ADDIN = [...sources('src/excel'), ...sources('src/taskpane'), ...sources('src/functions')];

function highest(uses: readonly ApiUse[]): Map<string, ApiUse> {
  const top = new Map<string, ApiUse>();
  for (const u of uses) {
    const t = top.get(u.set);
    if (!t || compareVersions(u.version, t.version) > 0) top.set(u.set, u);
  }
  return top;
}

describe('Office.js requirement sets', () => {
  const uses = officeApiUses(ADDIN);

  test('every Office.js member the add-in uses is in a set the manifest declares, at that version', () => {
    const top = highest(uses);
    // The table a reviewer reads when a newer API comes in.
    console.log([...top.values()].map((u) => `${u.set} ${u.version}: ${u.member} (${u.where})`).join('\n'));
    expect(uses.length).toBeGreaterThan(10);
    expect(undeclared(uses, declaredSets(manifest), CHECKED_AT_RUNTIME)).toEqual([]);
  });

  test('negative control: a newer Excel API in the code is caught', () => {
    const probe = join(ROOT, 'src', 'excel', '__probe__.ts');
    const extra = {
      [probe]: `export async function probe(): Promise<void> {
        await Excel.run(async (context) => {
          const merged = context.workbook.worksheets.getActiveWorksheet().getRange('A1').getMergedAreasOrNullObject();
          merged.load('address');
          await context.sync();
        });
      }`,
    };
    const caught = undeclared(officeApiUses([probe], extra), declaredSets(manifest), CHECKED_AT_RUNTIME);
    expect(caught.map((u) => `${u.set} ${u.version}`)).toContain('ExcelApi 1.13');
    expect(caught.some((u) => u.member.endsWith('getMergedAreasOrNullObject'))).toBe(true);
  });

  test('declaredSets reads the manifest, with DefaultMinVersion for a Set without its own', () => {
    const xml = '<Requirements><Sets DefaultMinVersion="1.3"><Set Name="ExcelApi"/><Set Name="SharedRuntime" MinVersion="1.1"/></Sets></Requirements>';
    expect([...declaredSets(xml)]).toEqual([['ExcelApi', '1.3'], ['SharedRuntime', '1.1']]);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
  });
});
