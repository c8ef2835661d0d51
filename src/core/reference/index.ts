export { REGIONS, findRegion, type Region } from './regions';
export { MUNICIPALITIES, findMunicipality, countyOf, groupByCounty, type Municipality } from './municipalities';
export { SAMVERKANSREGIONER, findSamverkansregion, type Samverkansregion } from './samverkansregioner';
export {
  BUILT_IN_POPULATION,
  CELL_KEY_FROM_YEAR,
  DEFAULT_POPULATION,
  DEFAULT_POPULATION_TABLE_ID,
  DEFAULT_POPULATION_TABLE_IDS,
  defaultPopulation,
  POPULATION_LEVELS,
  POPULATION_TABLES,
  SCB_CELL_KEY_NOTE,
  SCB_COUNTY_2023_12_31,
  SCB_NATIONAL_TOTALS,
  builtInPopulation,
  checkPopulationTable,
  findPopulationTable,
  populationWeights,
  tableRecipients,
  tableSource,
  type PopulationLevel,
  type PopulationRow,
  type PopulationSource,
  type PopulationTable,
  type TableFinding,
  type WeightRow,
  type WeightTable,
} from './population';
export { equalWeightTable, parseEqualGroup, type EqualGroup } from './equal';
export { readTableText, readTableBytes } from './table-text';
export { readTableCells, readCode, readWeight, levelCoverage, requireCompleteLevel, csvTextCell, TABLE_LIMITS, type TableCell, type TableOptions } from './table';
export { decodeText, type TextEncoding, type Decoded } from './decode';
export { REFERENCE_MESSAGES, type ReferenceIssue } from './messages';
export { matchRegionName, suggestRegionName } from './region-names';
