import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, makeIssue, type Result } from '../core/result';
import type { SheetBook } from '../core/sheet';
import { XLSX_MESSAGES as M } from './messages';
import { buildWorkbook, type BuildResult } from './workbook';

/**
 * Writes `bytes` to `path` so that a reader sees the old file or the new one, never half of either:
 * a temporary file in the same directory (same file system, so the rename is atomic), flushed to
 * disk, then renamed over the target. On any failure the temporary file is removed.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Reads the file if it exists. */
function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Writes a book of sheets into `path`, merging into the workbook already there. Nothing is
 * written unless the whole new workbook was built.
 */
export async function writeSheetsToFile(
  path: string,
  book: SheetBook,
  options: { write?: (path: string, bytes: Uint8Array) => void } = {},
): Promise<Result<BuildResult & { existed: boolean }>> {
  const before = readIfExists(path);
  const built = await buildWorkbook(book, before ? { bytes: before, file: basename(path) } : undefined);
  if (!built.ok) return built;
  try {
    (options.write ?? writeFileAtomic)(path, built.value.buffer);
  } catch (e) {
    return fail(makeIssue(M, 'WRITE_FAILED', { file: path, errno: (e as NodeJS.ErrnoException | undefined)?.code }));
  }
  return { ok: true, value: { ...built.value, existed: before !== undefined } };
}
