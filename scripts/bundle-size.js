// Reports the add-in's bundle sizes after a build and checks them against the budgets (issue 13):
// - start-up: the JavaScript taskpane.html loads by itself (Office.js from the CDN aside);
// - every chunk loaded on demand, except the PDF reader of the agreement import (chunks whose name
//   starts with `pdf`: pdf.js is big and only loaded when a PDF is opened);
// - all shipped JavaScript together, the PDF reader aside.
// `node scripts/bundle-size.js [dist]`; tests/taskpane/bundle-size.test.ts fails the run when a
// budget is exceeded.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { URL } = require('node:url');

const KB = 1024;
const BUDGETS = { startupGzip: 100 * KB, lazyChunkGzip: 60 * KB, totalGzip: 250 * KB };

/** The PDF reader's chunks, by name: outside the lazy-chunk and total budgets. */
const isPdfChunk = (file) => /^pdf/i.test(file);

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/**
 * Our scripts the page loads by itself, in order: those it names (under the add-in's base URL or
 * relative) that are in the build folder; Office.js from Microsoft's CDN is not ours.
 */
function startupScripts(dist) {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  // The minified page may leave attribute quotes out.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^(https?:)?\/\/appsforoffice\.microsoft\.com\//.test(src))
    .map((src) => path.posix.basename(new URL(src, 'https://base.invalid/').pathname))
    .filter((file) => fs.existsSync(path.join(dist, file)));
}

function bundleReport(dist) {
  const startup = startupScripts(dist);
  const kindOf = (file) => (startup.includes(file) ? 'startup' : isPdfChunk(file) ? 'pdf' : 'lazy');
  const assets = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ file, kind: kindOf(file), bytes: fs.statSync(path.join(dist, file)).size, gzip: gzipSize(path.join(dist, file)) }))
    .sort((x, y) => y.gzip - x.gzip);
  const sum = (list) => list.reduce((n, a) => n + a.gzip, 0);
  const startupGzip = sum(assets.filter((a) => a.kind === 'startup'));
  const lazy = assets.filter((a) => a.kind === 'lazy');
  const totalGzip = sum(assets.filter((a) => a.kind !== 'pdf'));
  const problems = [
    ...(startupGzip > BUDGETS.startupGzip ? [`start-up JavaScript ${kb(startupGzip)} gzip is over ${kb(BUDGETS.startupGzip)}`] : []),
    ...lazy.filter((a) => a.gzip > BUDGETS.lazyChunkGzip).map((a) => `${a.file} ${kb(a.gzip)} gzip is over ${kb(BUDGETS.lazyChunkGzip)} for a chunk loaded on demand`),
    ...(totalGzip > BUDGETS.totalGzip ? [`all JavaScript ${kb(totalGzip)} gzip is over ${kb(BUDGETS.totalGzip)}`] : []),
  ];
  return { assets, startup, startupGzip, lazy: lazy.map((a) => a.file), totalGzip, budgets: BUDGETS, problems };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const r = bundleReport(dist);
  const label = { startup: 'start-up', lazy: 'on demand', pdf: 'on demand, PDF reader' };
  console.log('Bundle sizes (raw / gzip):');
  for (const a of r.assets) console.log(`  ${a.file.padEnd(28)} ${kb(a.bytes).padStart(10)} ${kb(a.gzip).padStart(10)}  ${label[a.kind]}`);
  console.log(`Start-up JavaScript (${r.startup.join(', ')}): ${kb(r.startupGzip)} gzip of ${kb(r.budgets.startupGzip)}`);
  const largest = r.assets.find((a) => a.kind === 'lazy');
  console.log(`Largest chunk loaded on demand (PDF reader aside): ${largest ? `${largest.file} ${kb(largest.gzip)}` : 'none'} gzip of ${kb(r.budgets.lazyChunkGzip)}`);
  console.log(`All JavaScript (PDF reader aside): ${kb(r.totalGzip)} gzip of ${kb(r.budgets.totalGzip)}`);
  for (const p of r.problems) console.error(`Over budget: ${p}`);
  if (r.problems.length > 0) process.exitCode = 1;
}

module.exports = { bundleReport, BUDGETS, isPdfChunk };
