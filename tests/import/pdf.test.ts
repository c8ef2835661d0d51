import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importAgreementText } from '../../src/core/import';
import { figureKeys, percent, score } from './figures';
import { hasChromium, readPdfTexts, writeEncryptedPdf, writeNoTextPdf, writeTextPdf } from './pdf-fixtures';
import { CATALOG_ENTRY, SEED, importSeed, quotedFigures, readText } from './seed-support';

/** The PDF is read in a Node child process through the same src/cli/pdf.ts the CLI uses (readPdfTexts); everything after is checked here. */
const ROOT = join(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'bk-import-pdf-'));

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

const pdfText = (file: string): string => readPdfTexts([file])[0] ?? '';

if (!hasChromium && process.env.CI === 'true') throw new Error('CI=true but Chromium is missing at /usr/bin/chromium: .ci/run should have installed it (it prints the test PDF).');
if (!hasChromium) console.warn('Chromium is not installed at /usr/bin/chromium: skipping the seed-as-PDF import test. Install it with: apt-get install -y --no-install-recommends chromium');
const withChromium = hasChromium ? describe : describe.skip;

withChromium('the seed agreement imported from a PDF printed from its text', () => {
  let text = '';
  beforeAll(async () => {
    const pdf = join(dir, 'seed.pdf');
    await writeTextPdf(readText(SEED), pdf);
    text = pdfText(pdf);
  }, 120_000);

  it('gives the same draft as the text, figure by figure against the catalog entry', () => {
    const r = importAgreementText(text, { document: 'seed.pdf' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = score(figureKeys(JSON.parse(readText(CATALOG_ENTRY))), figureKeys(r.value.agreement));
    console.log(`Import av seed 000 (PDF): recall ${percent(s.recall)} (${s.matched}/${s.expected}), precision ${percent(s.precision)} (${s.matched}/${s.found})`);
    expect(s.missing).toEqual([]);
    expect(s.extra).toEqual([]);
    expect(figureKeys(r.value.agreement)).toEqual(figureKeys(importSeed().agreement));
  });

  it('keeps the running header once, drops the page footers, and quotes verbatim', () => {
    expect(text).toContain('Sida 2 av');
    const r = importAgreementText(text);
    if (!r.ok) throw new Error('not imported');
    expect(r.value.text.flat.split('Testutskrift av en överenskommelse')).toHaveLength(2);
    expect(r.value.text.flat).not.toMatch(/Sida \d+ av \d+/);
    const bad = quotedFigures(r.value.agreement).filter((q) => !r.value.text.flat.includes(q.quote) || !q.mustContain(q.quote));
    expect(bad).toEqual([]);
  });
});

describe('bidragskollen import <file.pdf> with unreadable PDFs', () => {
  const cases: [string, (p: string) => void, RegExp][] = [
    ['a scanned PDF without a text layer', writeNoTextPdf, /inget textlager/],
    ['a password-protected PDF', writeEncryptedPdf, /lösenordsskyddad/],
    ['a broken PDF', (p) => writeFileSync(p, '%PDF-1.4\nskräp utan innehåll\n'), /går inte att läsa/],
  ];
  it.each(cases)('%s: exit 2 with a message, nothing written', (name, make, message) => {
    const pdf = join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
    make(pdf);
    const out = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    const r = node(['bin/bidragskollen.js', 'import', pdf, '--out', out]);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
