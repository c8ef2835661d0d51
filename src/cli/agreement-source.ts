import { resolve } from 'node:path';
import { getAgreement, parseAgreementJson, type Agreement } from '../core/agreements';
import { IssueError, UsageError, type CliIo } from './io';

/** `<id|file.json>`: a built-in agreement by id, or a file when the argument ends in .json or names a path. */
export function loadAgreementArg(arg: string, io: CliIo): Agreement {
  if (!/\.json$/i.test(arg) && !/[\\/]/.test(arg)) {
    const found = getAgreement(arg);
    if (!found.ok) throw new IssueError(found.issues, { footer: 'Skriv bidragskollen agreements för att se alla.' });
    return found.value;
  }
  let text: string;
  try {
    text = io.readText(resolve(io.cwd, arg));
  } catch (e) {
    throw new UsageError(`Filen ${arg} går inte att läsa (${e instanceof Error ? e.message : String(e)}).`);
  }
  const parsed = parseAgreementJson(text);
  if (!parsed.ok) {
    throw new IssueError(parsed.issues, { heading: `${arg} är inte en giltig överenskommelse (${parsed.issues.length} fel):` });
  }
  return parsed.value;
}

export const FORMATS = ['text', 'json'] as const;

export function checkFormat(format: string): 'text' | 'json' {
  if (format === 'text' || format === 'json') return format;
  throw new UsageError(`Okänt format ”${format}”. Välj text eller json.`);
}
