import { resolve } from 'node:path';
import { equalWeightTable, findPopulationTable, parseEqualGroup, parseWeightTableCsv, type WeightTable } from '../core/reference';
import { IssueError, UsageError, type CliIo } from './io';

export interface WeightOptions {
  weights?: string;
  population?: string;
  equal?: string;
}

/** One of --weights file.csv, --population YYYY-MM-DD or --equal regioner|samverkansregioner. */
export function resolveWeightTable(opts: WeightOptions, io: CliIo): WeightTable {
  const given = [opts.weights, opts.population, opts.equal].filter((x) => x !== undefined);
  if (given.length !== 1) {
    throw new UsageError(
      'Ange precis en fördelningsnyckel: --population 2023-12-31 (SCB:s befolkning per län), --weights fil.csv (egna vikter) eller --equal regioner|samverkansregioner (lika belopp).',
    );
  }
  if (opts.population !== undefined) {
    const table = findPopulationTable(opts.population);
    if (!table.ok) throw new IssueError(table.issues);
    return table.value;
  }
  if (opts.equal !== undefined) {
    const group = parseEqualGroup(opts.equal);
    if (!group) throw new UsageError(`Okänd grupp ”${opts.equal}” för --equal. Välj regioner eller samverkansregioner.`);
    return equalWeightTable(group);
  }
  const file = opts.weights as string;
  let text: string;
  try {
    text = io.readText(resolve(io.cwd, file));
  } catch {
    throw new UsageError(`Filen ${file} går inte att läsa. Kontrollera sökvägen.`);
  }
  const table = parseWeightTableCsv(text, { file });
  if (!table.ok) throw new IssueError(table.issues);
  return table.value;
}
