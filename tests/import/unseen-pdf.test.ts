import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAgreementText } from '../../src/core/import';
import { figureKeys, percent, score } from './figures';
import { hasChromium, readPdfTexts, writeTextPdf } from './pdf-fixtures';
import { quotedFigures } from './seed-support';
import { BLIND, LAST, UNSEEN } from './unseen-fixtures';

/** Four of the unseen agreements printed to PDF and read back with pdf.js, as the CLI reads a PDF. */
const dir = mkdtempSync(join(tmpdir(), 'bk-unseen-pdf-'));
const chosen = [...UNSEEN, ...BLIND, ...LAST].filter((f) => /^[BCFI] /.test(f.name));

(hasChromium ? describe : describe.skip)('unseen agreements printed to PDF and read with pdf.js', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    const files = chosen.map((_, i) => join(dir, `unseen-${i}.pdf`));
    // Chromium does not break pages at form feeds: the pages run on, with its own header and footer.
    for (const [i, f] of chosen.entries()) await writeTextPdf(f.text.replace(/\f/g, '\n'), files[i] ?? '');
    texts = readPdfTexts(files);
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
