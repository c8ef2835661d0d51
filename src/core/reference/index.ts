export { REGIONS, findRegion, type Region } from './regions';
export { SAMVERKANSREGIONER, findSamverkansregion, type Samverkansregion } from './samverkansregioner';
export {
  POPULATION_TABLES,
  SCB_COUNTY_2023_12_31,
  findPopulationTable,
  tableRecipients,
  tableSource,
  type WeightRow,
  type WeightTable,
} from './population';
export { equalWeightTable, parseEqualGroup, type EqualGroup } from './equal';
export { parseWeightTableCsv, type CsvTableOptions } from './csv';
export { REFERENCE_MESSAGES, type ReferenceIssue } from './messages';
