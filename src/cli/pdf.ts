import { documentText, hasTextLayer, IMPORT_MESSAGES as M, type PdfTextItem } from '../core/import';
import { fail, makeIssue, ok, type Result } from '../core/result';

/**
 * A PDF's text through pdf.js (its legacy build runs in Node without a DOM). Only the call and the
 * mapping of its text items live here; lines, pages and everything after are the core's.
 */
export async function readPdfText(bytes: Uint8Array): Promise<Result<string>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') return fail(makeIssue('ENCRYPTED_PDF', M.ENCRYPTED_PDF, {}));
    return fail(makeIssue('UNREADABLE_PDF', M.UNREADABLE_PDF, { detail: e instanceof Error ? e.message : String(e) }));
  }
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({ str: item.str, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width, height: item.height });
      }
      pages.push(items);
      page.cleanup();
    }
    if (!hasTextLayer(pages)) return fail(makeIssue('NO_TEXT_LAYER', M.NO_TEXT_LAYER, {}));
    return ok(documentText(pages));
  } finally {
    await doc.destroy();
  }
}

/** Whether the bytes are a PDF (by its header, not by the file name). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}
