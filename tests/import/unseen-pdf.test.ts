import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAgreementText } from '../../src/core/import';
import { figureKeys, percent, score } from './figures';
import { hasChromium, writeTextPdf } from './pdf-fixtures';
import { quotedFigures } from './seed-support';
import { BLIND, LAST, UNSEEN } from './unseen-fixtures';

/** Four of the unseen agreements printed to PDF and read back with pdf.js (in a child process, as pdf.test.ts does). */
const ROOT = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'bk-unseen-pdf-'));
const chosen = [...UNSEEN, ...BLIND, ...LAST].filter((f) => /^[BCFI] /.test(f.name));

function pdfTexts(files: readonly string[]): string[] {
  const script = `const { readPdfText } = require('./src/cli/pdf.ts'); const fs = require('node:fs');
Promise.all(${JSON.stringify(files)}.map((f) => readPdfText(fs.readFileSync(f)))).then((rs) => process.stdout.write(JSON.stringify(rs)))`;
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { ok: boolean; value: string; issues: unknown }[]).map((x) => {
    if (!x.ok) throw new Error(JSON.stringify(x.issues));
    return x.value;
  });
}

(hasChromium ? describe : describe.skip)('unseen agreements printed to PDF and read with pdf.js', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    const files = chosen.map((_, i) => join(dir, `unseen-${i}.pdf`));
    // Chromium does not break pages at form feeds: the pages run on, with its own header and footer.
    for (const [i, f] of chosen.entries()) await writeTextPdf(f.text.replace(/\f/g, '\n'), files[i] ?? '');
    texts = pdfTexts(files);
  }, 120_000);

  it.each(chosen.map((f, i) => [f.name, i] as const))('%s gives the same figures from its PDF as from its text', (name, i) => {
    const fixture = chosen[i]!;
    const r = importAgreementText(texts[i] ?? '');
    if (!r.ok) throw new Error(`${name}: ${r.issues.map((x) => x.code).join()}`);
    const s = score(fixture.expected, figureKeys(r.value.agreement));
    console.log(`Osedd överenskommelse ${name} (PDF): recall ${percent(s.recall)} (${s.matched}/${s.expected}), precision ${percent(s.precision)} (${s.matched}/${s.found})`);
    expect(s.extra).toEqual([]);
    expect([...s.missing].sort()).toEqual([...fixture.cannotReadYet].sort());
    expect(quotedFigures(r.value.agreement).filter((q) => !r.value.text.flat.includes(q.quote) || !q.mustContain(q.quote))).toEqual([]);
  });
});
