// Loaded on demand, only when the user imports a PDF: pdf.js is large and most sessions never read one.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { PdfDocumentPort } from '../../../core/import';

// Webpack's base URL for this build; the pdf.js worker is copied beside the chunks (webpack.config.js).
declare const __webpack_public_path__: string;

export const PDF_WORKER_FILE = 'pdf.worker.min.mjs';

/** Opens the bytes with pdf.js; its worker reads the file off the pane's thread. */
export function openPdf(bytes: Uint8Array): Promise<PdfDocumentPort> {
  if (!GlobalWorkerOptions.workerSrc) GlobalWorkerOptions.workerSrc = `${__webpack_public_path__}${PDF_WORKER_FILE}`;
  return getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
}
