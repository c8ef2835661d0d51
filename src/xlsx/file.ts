import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { fail, makeIssue, type Issue, type Result } from '../core/result';
import type { SheetBook } from '../core/sheet';
import { XLSX_MESSAGES as M } from './messages';
import { buildWorkbook, type BuildResult } from './workbook';

/** Temporary files of the atomic write: `.<name>.<pid>.<random>.tmp` beside the target. */
const tmpPattern = (target: string) => new RegExp(`^\\.${escapeRe(basename(target))}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes what an earlier write left behind when it was killed between creating its temporary
 * file and renaming it: a hidden copy of the user's data. Only files of our own pattern whose
 * process is gone are removed.
 */
export function removeStaleTemporaries(target: string): string[] {
  const dir = dirname(target);
  const re = tmpPattern(target);
  const removed: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const f of entries) {
    const m = re.exec(f);
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(dir, f), { force: true });
    removed.push(f);
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes `bytes` to `path` so that a reader sees the old file or the new one, never half of either:
 * a temporary file in the same directory (same file system, so the rename is atomic), readable by
 * the owner only while it holds a copy of an existing file, flushed to disk, given the old file's mode (and owner, where
 * we may), then renamed over the target. A symbolic link is written through: its target is
 * replaced and the link stays. On any failure the temporary file is removed.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = resolveLinks(path);
  const old = statIfExists(target);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // Private while it holds a copy of an existing file; a new file gets the usual mode (umask).
    fd = openSync(tmp, 'wx', old ? 0o600 : 0o666);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    if (old) {
      fchmodSync(fd, old.mode & 0o7777);
      if (process.getuid?.() === 0) fchownSync(fd, old.uid, old.gid);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The file a path names, through any symbolic links (the path itself when nothing is there yet). */
function resolveLinks(path: string): string {
  try {
    return realpathSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      // A dangling link: write where it points.
      try {
        const link = readlinkSync(path);
        return isAbsolute(link) ? link : join(dirname(path), link);
      } catch {
        return path;
      }
    }
    throw e;
  }
}

/** `read(path)`, or undefined when nothing is there; any other failure is thrown. */
function ifExists<T>(read: (path: string) => T, path: string): T | undefined {
  try {
    return read(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

const statIfExists = (path: string): Stats | undefined => ifExists((p) => statSync(p), path);
const readIfExists = (path: string): Buffer | undefined => ifExists((p) => readFileSync(p), path);

/** Why `path` cannot be written into, before anything is read or built: a folder, or a read-only file. */
export function checkWritable(path: string): Issue | undefined {
  let st: Stats | undefined;
  try {
    st = statIfExists(resolveLinks(path));
  } catch (e) {
    return makeIssue(M, 'WRITE_FAILED', { file: path, errno: (e as NodeJS.ErrnoException).code });
  }
  if (!st) return undefined;
  if (st.isDirectory()) return makeIssue(M, 'OUT_IS_FOLDER', { file: path });
  if (!st.isFile()) return makeIssue(M, 'OUT_NOT_FILE', { file: path });
  // Root may write anything; a file nobody may write is still the user's word that it is final.
  if ((st.mode & 0o222) === 0) return makeIssue(M, 'OUT_READ_ONLY', { file: path });
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return makeIssue(M, 'OUT_READ_ONLY', { file: path });
  }
  return undefined;
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
  const refused = checkWritable(path);
  if (refused) return fail(refused);
  removeStaleTemporaries(resolveLinks(path));
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
