import { basename, resolve } from 'node:path';
import { issueText } from '../core/result';
import { sidecarPath, withFetchedSource } from '../core/sources';
import {
  DEFAULT_POPULATION,
  equalWeightTable,
  findPopulationTable,
  parseEqualGroup,
  readTableBytes,
  type PopulationLevel,
  type WeightTable,
} from '../core/reference';
import { IssueError, UsageError, type CliIo } from './io';

export interface WeightOptions {
  weights?: string;
  population?: string;
  level?: string;
  equal?: string;
}

const LEVELS: Readonly<Record<string, PopulationLevel>> = {
  regioner: 'regioner',
  regions: 'regioner',
  län: 'regioner',
  lan: 'regioner',
  counties: 'regioner',
  kommuner: 'kommuner',
  municipalities: 'kommuner',
};

/** --level as every command reads it: regioner (default) or kommuner. */
export function levelOption(input: string | undefined): PopulationLevel {
  if (input === undefined) return 'regioner';
  const level = LEVELS[input.trim().toLocaleLowerCase('sv-SE')];
  if (!level) throw new UsageError(`Okänd nivå ”${input}” för --level. Välj regioner eller kommuner.`);
  return level;
}

/**
 * One of --weights file.csv, --population YYYY-MM-DD [--level kommuner] or --equal
 * regioner|samverkansregioner|kommuner. With `useDefault`, none of them means the default table.
 */
export function resolveWeightTable(opts: WeightOptions, io: CliIo, useDefault = false): WeightTable {
  const given = [opts.weights, opts.population, opts.equal].filter((x) => x !== undefined);
  if (given.length === 0 && useDefault && opts.level === undefined) return DEFAULT_POPULATION;
  if (given.length !== 1) {
    throw new UsageError(
      'Ange precis en fördelningsnyckel: --population 2024-12-31 (SCB:s befolkning; --level kommuner för kommunerna), --weights fil.csv (egna vikter) eller --equal regioner|samverkansregioner|kommuner (lika belopp).',
    );
  }
  if (opts.level !== undefined && opts.population === undefined) throw new UsageError('--level gäller bara tillsammans med --population.');
  if (opts.population !== undefined) {
    const table = findPopulationTable(opts.population, levelOption(opts.level));
    if (!table.ok) throw new IssueError(table.issues);
    return table.value;
  }
  if (opts.equal !== undefined) {
    const group = parseEqualGroup(opts.equal);
    if (!group) throw new UsageError(`Okänd grupp ”${opts.equal}” för --equal. Välj regioner, samverkansregioner eller kommuner.`);
    return equalWeightTable(group);
  }
  return readWeightsFile(opts.weights as string, io);
}

/**
 * A weight table from a CSV file the user names, in any encoding the reader knows (it says which).
 * A file `population fetch` wrote has its source beside it (`befolkning.källa.json`): then the
 * table is credited to SCB's (or Kolada's) table, date and URL, as the audit of every distribution shows.
 */
export function readWeightsFile(file: string, io: CliIo, options: { referenceDate?: string } = {}): WeightTable {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes ? io.readBytes(resolve(io.cwd, file)) : new TextEncoder().encode(io.readText(resolve(io.cwd, file)));
  } catch {
    throw new UsageError(`Filen ${file} går inte att läsa. Kontrollera sökvägen.`);
  }
  const read = readTableBytes(bytes, { where: file, ...options });
  if (!read.ok) throw new IssueError(read.issues);
  if (read.value.encoding === 'windows-1252') io.err(`bidragskollen: ${file} är inte UTF-8; läst som Windows-1252.\n`);
  return withSidecar(read.value.table, file, io);
}

function withSidecar(table: WeightTable, file: string, io: CliIo): WeightTable {
  const side = sidecarPath(file);
  let text: string;
  try {
    text = io.readText(resolve(io.cwd, side));
  } catch {
    return table;
  }
  const sourced = withFetchedSource(table, text, basename(side));
  if (sourced.ok) return sourced.value;
  for (const i of sourced.issues) io.err(`bidragskollen: ${issueText(i)}\n`);
  return table;
}
