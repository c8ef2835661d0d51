import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Method } from '../core/distribution';
import type { Unit } from '../core/money';
import { EMPTY_PROFILE, parseProfileJson, type Profile } from '../core/profile';
import type { WeightTable } from '../core/reference';
import { issueText, type Issue, type Lang } from '../core/result';
import type { GenerationInfo } from '../core/templates';
import type { SheetReport } from '../xlsx';
import { IssueError, UsageError, type CliIo } from './io';
import { methodOption, unitOption } from './options';
import { VERSION } from './version';
import { resolveWeightTable } from './weights';

/** What the report and demo commands share: agreement, profile, key, language, stamp. */

/** Where --out points, its folder created as a user expects of an output path. */
export function outputPath(out: string, io: CliIo): string {
  const path = resolve(io.cwd, out);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch {
    throw new UsageError(`Mappen för ${out} går inte att skapa. Kontrollera sökvägen och behörigheten.`);
  }
  return path;
}

export function loadProfile(file: string | undefined, io: CliIo): Profile {
  if (file === undefined) return EMPTY_PROFILE;
  let text: string;
  try {
    text = io.readText(resolve(io.cwd, file));
  } catch {
    throw new UsageError(`Profilen ${file} går inte att läsa. Kontrollera sökvägen.`);
  }
  const p = parseProfileJson(text);
  if (!p.ok) throw new IssueError(p.issues, { heading: `Profilen ${file} har fel:` });
  warn(io, p.value.warnings);
  return p.value.profile;
}

/** --population or --weights; without either, the default built-in population table. */
export function loadWeights(opts: { population?: string; weights?: string }, io: CliIo): WeightTable {
  return resolveWeightTable(opts, io, true);
}

export function parseOptions(opts: { method?: string; unit?: string; lang?: string }): { method: Method; unit: Unit; lang: Lang } {
  const method = methodOption(opts.method ?? 'largest-remainder');
  const unit = unitOption(opts.unit ?? 'kr');
  const lang = (opts.lang ?? 'sv').toLowerCase();
  if (lang !== 'sv' && lang !== 'en') throw new UsageError(`Okänt språk ”${opts.lang}”. Välj sv eller en.`);
  return { method, unit, lang };
}

export function generationInfo(io: CliIo): GenerationInfo {
  return { productVersion: VERSION, generatedAt: io.now?.() ?? new Date().toISOString() };
}

export function warn(io: CliIo, issues: readonly Issue[]): void {
  for (const i of issues) io.err(`Varning: ${issueText(i)}\n`);
}

export function describeSheets(sheets: readonly SheetReport[]): string {
  return sheets
    .map((s) => {
      const what = s.status === 'updated' ? 'uppdaterat' : 'nytt';
      const renamed = s.preferredName ? ` (namnet ”${s.preferredName}” användes redan av ett annat blad)` : '';
      const kept = s.keptInputs.length > 0 ? `, ${s.keptInputs.length} ifyllda värden behölls` : '';
      const outside = s.keptOutside.length > 0 ? `, det du skrivit utanför mallen behölls (${s.keptOutside.join(', ')})` : '';
      const replaced = s.replacedCharacters.map(
        (r) => `    ${r.ref}: tecken som en arbetsbok inte kan lagra (${r.chars.join(', ')}) ersattes med �\n`,
      );
      return `  ${s.sheetName}: ${what}${renamed}${kept}${outside}\n${replaced.join('')}`;
    })
    .join('');
}
