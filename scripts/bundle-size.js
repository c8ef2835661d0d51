// Reports the add-in's bundle sizes after a build: every script, and the JavaScript the task pane
// loads at start-up (the scripts taskpane.html names, Office.js from the CDN aside) against the
// 170 KB gzip budget. `node scripts/bundle-size.js [dist]`; tests/taskpane/bundle-size.test.ts
// fails the run when the budget is exceeded.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { URL } = require('node:url');

// 150 KB until the 290 municipalities (names, codes, two SCB tables) and the one table reader came
// into both start-up bundles, about 8 KB gzip each: the functions need them for BEFOLKNING and
// FÖRDELA, the pane for its population settings.
const BUDGET_GZIP_BYTES = 170 * 1024;

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
  const scripts = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
  const assets = scripts.map((f) => ({ file: f, bytes: fs.statSync(path.join(dist, f)).size, gzip: gzipSize(path.join(dist, f)) }));
  const startup = startupScripts(dist);
  const startupGzip = startup.reduce((sum, f) => sum + gzipSize(path.join(dist, f)), 0);
  return { assets, startup, startupGzip, budget: BUDGET_GZIP_BYTES };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (require.main === module) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const r = bundleReport(dist);
  console.log('Bundle sizes (raw / gzip):');
  for (const a of r.assets.sort((x, y) => y.gzip - x.gzip)) console.log(`  ${a.file.padEnd(28)} ${kb(a.bytes).padStart(10)} ${kb(a.gzip).padStart(10)}`);
  console.log(`Start-up JavaScript (${r.startup.join(', ')}): ${kb(r.startupGzip)} gzip of a ${kb(r.budget)} budget`);
  if (r.startupGzip > r.budget) {
    console.error('The task pane start-up JavaScript is over budget.');
    process.exitCode = 1;
  }
}

module.exports = { bundleReport, BUDGET_GZIP_BYTES };
