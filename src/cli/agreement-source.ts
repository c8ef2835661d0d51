import { resolve } from 'node:path';
import { getAgreement, parseAgreement, parseAgreementJson, type Agreement } from '../core/agreements';
import type { Lang } from '../core/result';
import { readAgreementWorkbook } from '../xlsx/agreement-reader';
import { IssueError, UsageError, type CliIo } from './io';

/**
 * `<id|file.json|file.xlsx>`: a built-in agreement by id, a file when the argument ends in .json or
 * .xlsx or names a path. An .xlsx is read through its agreement sheet; a broken sheet exits 2 with
 * the cells to fix, and the file is left as it is. Messages in `lang` (the command's --lang).
 */
export async function loadAgreementArg(arg: string, io: CliIo, lang: Lang = 'sv'): Promise<Agreement> {
  const invalid = (n: number) => (lang === 'sv' ? `${arg} är inte en giltig överenskommelse (${n} fel):` : `${arg} is not a valid agreement (${n} errors):`);
  if (!/\.(json|xlsx)$/i.test(arg) && !/[\\/]/.test(arg)) {
    const found = getAgreement(arg);
    if (!found.ok) throw new IssueError(found.issues, { lang, footer: lang === 'sv' ? 'Skriv bidragskollen agreements för att se alla.' : 'Run bidragskollen agreements to see them all.' });
    return found.value;
  }
  const path = resolve(io.cwd, arg);
  const unreadable = (e: unknown) => new UsageError(`Filen ${arg} går inte att läsa (${e instanceof Error ? e.message : String(e)}).`);
  if (/\.xlsx$/i.test(arg)) {
    if (!io.readBytes) throw new UsageError(`Filen ${arg} går inte att läsa här.`);
    let bytes: Uint8Array;
    try {
      bytes = io.readBytes(path);
    } catch (e) {
      throw unreadable(e);
    }
    const read = await readAgreementWorkbook(bytes, arg);
    if (!read.ok) throw new IssueError(read.issues, { lang, heading: invalid(read.issues.length) });
    const parsed = parseAgreement(read.value.agreement);
    if (!parsed.ok) throw new IssueError(parsed.issues, { lang, heading: invalid(parsed.issues.length) });
    return parsed.value;
  }
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    throw unreadable(e);
  }
  const parsed = parseAgreementJson(text);
  if (!parsed.ok) {
    throw new IssueError(parsed.issues, { lang, heading: invalid(parsed.issues.length) });
  }
  return parsed.value;
}

export const FORMATS = ['text', 'json'] as const;

export function checkFormat(format: string): 'text' | 'json' {
  if (format === 'text' || format === 'json') return format;
  throw new UsageError(`Okänt format ”${format}”. Välj text eller json.`);
}
