import { fail, makeIssue, ok, type Result } from '../result';
import { IMPORT_MESSAGES as M } from './messages';

/**
 * Reading a PDF's text, in the core so the CLI (pdf.js in Node) and the task pane (pdf.js as a
 * lazily loaded chunk) read a PDF the same way: the edge only opens the document with its pdf.js
 * build and passes it in through the small port below.
 */
export interface PdfTextItem {
  readonly str: string;
  /** Baseline origin in PDF units (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One page's lines, top to bottom; a wide gap between runs is kept as two spaces (a column break). */
export function pageText(items: readonly PdfTextItem[]): string {
  const runs = items.filter((i) => i.str !== '');
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    const tolerance = Math.max(1, Math.min(first?.height || 10, item.height || 10) * 0.4);
    if (line && first && Math.abs(first.y - item.y) <= tolerance) line.push(item);
    else lines.push([item]);
  }
  // A wider gap than the usual line spacing is a paragraph break: keep it as an empty line.
  const gaps = lines.slice(1).map((l, i) => (lines[i]?.[0]?.y ?? 0) - (l[0]?.y ?? 0)).filter((g) => g > 0);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  lines.forEach((l, i) => {
    const gap = i === 0 ? 0 : (lines[i - 1]?.[0]?.y ?? 0) - (l[0]?.y ?? 0);
    if (usual > 0 && gap > usual * 1.6) out.push('');
    out.push(joinRuns(l));
  });
  return out.join('\n');
}

function joinRuns(line: PdfTextItem[]): string {
  const runs = [...line].sort((a, b) => a.x - b.x);
  let out = '';
  let end: number | undefined;
  let charWidth = 5;
  for (const r of runs) {
    if (r.str.trim() === '') {
      // A run of spaces: as wide as several characters, it separates columns.
      const spaces = r.width > 0 ? Math.round(r.width / charWidth) : r.str.length;
      out = out.replace(/ +$/, '') + (spaces >= 2 ? '   ' : ' ');
      end = r.x + (r.width > 0 ? r.width : r.str.length * charWidth);
      continue;
    }
    const visible = r.str.replace(/\s+$/, '').length || 1;
    if (end !== undefined) {
      const gap = r.x - end;
      if (gap > charWidth * 2.5) out = out.replace(/ +$/, '') + '   ';
      else if (gap > charWidth * 0.25 && !/\s$/.test(out) && !/^\s/.test(r.str)) out += ' ';
    }
    out += r.str;
    if (r.width > 0) {
      charWidth = r.width / Math.max(1, r.str.length);
      end = r.x + r.width;
    } else end = r.x + visible * charWidth;
  }
  return out.replace(/\s+$/, '');
}

/** The document's text: pages separated by form feeds, so repeated headers and footers can be told apart. */
export function documentText(pages: readonly (readonly PdfTextItem[])[]): string {
  return pages.map(pageText).join('\n\f');
}

/** Whether the PDF has any text at all (a scanned document has only images). */
export function hasTextLayer(pages: readonly (readonly PdfTextItem[])[]): boolean {
  return pages.some((p) => p.some((i) => i.str.trim() !== ''));
}

/** The part of a pdf.js document the reader uses. */
export interface PdfDocumentPort {
  readonly numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }>; cleanup?(): unknown }>;
  destroy(): Promise<unknown>;
}

function textItem(item: unknown): PdfTextItem | undefined {
  if (!item || typeof item !== 'object' || !('str' in item)) return undefined;
  const i = item as { str: unknown; transform?: unknown; width?: unknown; height?: unknown };
  const t = Array.isArray(i.transform) ? (i.transform as unknown[]) : [];
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return typeof i.str === 'string' ? { str: i.str, x: num(t[4]), y: num(t[5]), width: num(i.width), height: num(i.height) } : undefined;
}

/**
 * A PDF's text, page by page (`onPage` reports progress), or why it cannot be read: a password,
 * a broken file, or no text layer at all (a scan).
 */
export async function readPdf(
  open: () => Promise<PdfDocumentPort>,
  onPage?: (done: number, total: number) => void,
): Promise<Result<string>> {
  let doc: PdfDocumentPort;
  try {
    doc = await open();
  } catch (e) {
    if (e instanceof Error && e.name === 'PasswordException') return fail(makeIssue(M, 'ENCRYPTED_PDF', {}));
    return fail(makeIssue(M, 'UNREADABLE_PDF', { detail: e instanceof Error ? e.message : String(e) }));
  }
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map(textItem).filter((i): i is PdfTextItem => i !== undefined));
      page.cleanup?.();
      onPage?.(n, doc.numPages);
    }
    if (!hasTextLayer(pages)) return fail(makeIssue(M, 'NO_TEXT_LAYER', {}));
    return ok(documentText(pages));
  } catch (e) {
    return fail(makeIssue(M, 'UNREADABLE_PDF', { detail: e instanceof Error ? e.message : String(e) }));
  } finally {
    await doc.destroy();
  }
}

/** Whether the bytes are a PDF (by its header, not by the file name). */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}
