import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium, as the task pane tests use it. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prints an HTML page to PDF with Chromium, with a header and footer on every page, as published PDFs have. */
async function printPdf(html: string, out: string, header: string, footer: string, margin: { top: string; bottom: string; left: string; right: string }): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ path: out, format: 'A4', displayHeaderFooter: true, headerTemplate: header, footerTemplate: footer, margin });
  } finally {
    await browser.close();
  }
}

/**
 * A real text PDF of `text`, printed by Chromium (LibreOffice Writer is not installed on these
 * machines; Chromium is): one line per line, a running header and a "Sida N av M" footer on every
 * page, as published PDFs have.
 */
export async function writeTextPdf(text: string, out: string): Promise<void> {
  await printPdf(
    `<!doctype html><meta charset="utf-8"><style>pre{font:8.5pt "DejaVu Sans Mono",monospace;white-space:pre;margin:0}</style><pre>${escapeHtml(text)}</pre>`,
    out,
    '<div style="font-size:8pt;width:100%;text-align:center">Testutskrift av en överenskommelse</div>',
    '<div style="font-size:8pt;width:100%;text-align:center">Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>',
    { top: '20mm', bottom: '20mm', left: '12mm', right: '12mm' },
  );
}

/**
 * A PDF typeset as published agreements are: a proportional font, justified paragraphs and real
 * tables, from the given HTML body, with a running header and page numbers.
 */
export async function writeHtmlPdf(body: string, out: string): Promise<void> {
  await printPdf(
    `<!doctype html><meta charset="utf-8"><style>body{font:10.5pt "DejaVu Serif",serif;line-height:1.35}p{text-align:justify;margin:0 0 6pt}h1{font-size:15pt}h2{font-size:12pt;margin:12pt 0 4pt}h3{font-size:10.5pt;margin:8pt 0 3pt}table{border-collapse:collapse;margin:4pt 0}td,th{padding:2pt 14pt 2pt 0;text-align:left;vertical-align:top}td.n{text-align:right}</style>${body}`,
    out,
    '<div style="font-size:8pt;width:100%;text-align:right;margin-right:20mm">Regeringskansliet</div>',
    '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span> (<span class="totalPages"></span>)</div>',
    { top: '22mm', bottom: '22mm', left: '25mm', right: '25mm' },
  );
}

/**
 * The text of each PDF as the CLI reads it (src/cli/pdf.ts). pdf.js is an ES module that Jest's
 * CommonJS runtime cannot import, so the files are read in one Node child process.
 */
export function readPdfTexts(files: readonly string[]): string[] {
  const script = `const { readPdfText } = require('./src/cli/pdf.ts'); const fs = require('node:fs');
Promise.all(${JSON.stringify(files)}.map((f) => readPdfText(fs.readFileSync(f)))).then((rs) => process.stdout.write(JSON.stringify(rs)))`;
  const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: join(__dirname, '../..'), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { ok: boolean; value: string; issues: unknown }[]).map((x) => {
    if (!x.ok) throw new Error(JSON.stringify(x.issues));
    return x.value;
  });
}

/** Assembles a PDF from its objects with a correct cross-reference table. */
function pdfFile(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A page with only a drawing on it, as a scan without text recognition has only an image. */
export function writeNoTextPdf(out: string): void {
  const content = '0.5 g 50 50 400 600 re f';
  writeFileSync(
    out,
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]),
  );
}

/** A PDF protected by a user password (standard security handler): it cannot be opened without it. */
export function writeEncryptedPdf(out: string): void {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  writeFileSync(
    out,
    pdfFile(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
        `<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(11)}> /P -44 >>`,
      ],
      `/Encrypt 4 0 R /ID [<${hex32(3).slice(0, 32)}> <${hex32(3).slice(0, 32)}>] `,
    ),
  );
}
