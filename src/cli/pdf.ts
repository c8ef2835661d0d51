import { readPdf } from '../core/import';
import type { Result } from '../core/result';

/**
 * A PDF's text through pdf.js (its legacy build runs in Node without a DOM). Only the opening is
 * here; pages, lines and the error messages are the core's, shared with the task pane.
 */
export async function readPdfText(bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<Result<string>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const open = () => pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  return readPdf(open, onPage);
}

export { isPdf } from '../core/import';
