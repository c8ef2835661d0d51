import type { Method } from '../distribution';
import { builtInPopulation, DEFAULT_POPULATION, DEFAULT_POPULATION_TABLE_ID, type WeightTable } from '../reference';
import type { Settings } from './settings';

/** The settings of a workbook that has none, apart from their schema so the pane's start-up needs no zod. */
export const DEFAULT_SETTINGS: Settings = {
  population: { kind: 'builtin', table: DEFAULT_POPULATION_TABLE_ID },
  method: 'largest-remainder' satisfies Method,
  unitExponent: 0,
  language: 'auto',
};

/**
 * The built-in table the settings name (`population.table`), or the default when they name a
 * range: the range's own table is read from the workbook by the pane and takes precedence there.
 * Here, not beside the schema, so the pane's start-up reads it without zod.
 */
export function settingsPopulation(settings: Settings): WeightTable {
  return settings.population.kind === 'builtin' ? (builtInPopulation(settings.population.table) ?? DEFAULT_POPULATION) : DEFAULT_POPULATION;
}
