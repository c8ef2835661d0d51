/**
 * Import benchmark: the seed agreement (about 1 250 lines) read from its text, and from a PDF printed
 * from it (pdf.js text extraction plus the same import). Prints the median time of each and checks
 * targets; a missed target sets exit code 1. Run with `npm run bench`.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importAgreementText } from '../src/core/import';
import { readPdfText } from '../src/cli/pdf';
import { CHROMIUM, writeTextPdf } from '../tests/import/pdf-fixtures';
import { issueText } from '../src/core/result';

const SEED = join(__dirname, '../../shared/seeds/000_6d1cf6cedc0d2a94.txt');

async function median(fn: () => unknown, runs: number): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const text = readFileSync(SEED, 'utf8');
  const fromText = () => {
    const r = importAgreementText(text);
    if (!r.ok) throw new Error(issueText(r.issues[0]!));
    return r;
  };
  const textMs = await median(fromText, 30);
  console.log(`Import av seed 000 från text (${text.length} tecken): median ${textMs.toFixed(1)} ms`);
  const targets: [string, boolean][] = [[`text: under 250 ms (${textMs.toFixed(1)} ms)`, textMs < 250]];

  if (existsSync(CHROMIUM)) {
    const pdf = join(mkdtempSync(join(tmpdir(), 'bk-bench-')), 'seed.pdf');
    await writeTextPdf(text, pdf);
    const bytes = readFileSync(pdf);
    const extractMs = await median(async () => {
      const t = await readPdfText(bytes);
      if (!t.ok) throw new Error(issueText(t.issues[0]!));
    }, 5);
    const pdfMs = await median(async () => {
      const t = await readPdfText(bytes);
      if (!t.ok) throw new Error(issueText(t.issues[0]!));
      if (!importAgreementText(t.value).ok) throw new Error('import failed');
    }, 5);
    console.log(`Import av seed 000 från PDF (${(bytes.length / 1024).toFixed(0)} kB): median ${pdfMs.toFixed(0)} ms, varav textutdrag med pdf.js ${extractMs.toFixed(0)} ms`);
    targets.push([`PDF: under 3 000 ms (${pdfMs.toFixed(0)} ms)`, pdfMs < 3000]);
  } else console.log(`Chromium saknas (${CHROMIUM}): PDF-delen hoppas över.`);

  for (const [label, met] of targets) console.log(`  ${met ? 'met    ' : 'MISSED '} ${label}`);
  if (targets.some(([, met]) => !met)) process.exitCode = 1;
}

void main();
