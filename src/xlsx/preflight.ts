import { makeIssue, type Issue } from '../core/result';
import { XLSX_MESSAGES as M } from './messages';
import { partData, readZip, ZipError } from './package/zip';

/**
 * Whether a workbook can be written into: a readable zip package with a workbook part, every part
 * intact (CRC checked). Since the user's parts are kept as bytes (package/transplant.ts), charts,
 * pivot tables, macros, custom properties or parts we do not know are no reason to refuse any more.
 */
export function checkPackage(buf: Buffer, file: string): Issue[] {
  try {
    const parts = readZip(buf);
    if (!parts.some((p) => p.name === 'xl/workbook.xml' || p.name === '[Content_Types].xml')) return [makeIssue(M, 'NOT_XLSX', { file })];
    for (const p of parts) partData(p);
    return [];
  } catch (e) {
    if (e instanceof ZipError && e.reason === 'encrypted-office') return [makeIssue(M, 'XLSX_ENCRYPTED', { file })];
    if (e instanceof ZipError && e.reason !== 'not-zip') return [makeIssue(M, 'XLSX_CORRUPT', { file })];
    return [makeIssue(M, 'NOT_XLSX', { file })];
  }
}
