export type { Grant, GrantLine, GrantBasis, GenerationInfo } from './grant';
export type { FormOptions, FormSpec } from './form-spec';
export { FORMS, FORM_KINDS, formTemplate, formKind, type FormKind } from './forms';
export { rekvisitionTemplate, REKVISITION } from './rekvisition';
export { redovisningTemplate, REDOVISNING, COST_LINES, REVIEW_OPTIONS } from './redovisning';
export { formSheetName, shortRecipientName } from './blocks';
export { batchTemplates } from './batch';
export {
  distributionSheet,
  distributionSheetId,
  distributionColumn,
  tableNameFor,
  DISTRIBUTION_COLUMNS,
  DISTRIBUTION_HEADER_ROW,
  type DistributionColumn,
  type DistributionSheetInput,
} from './distribution';
export { FORM_METHODS, prefillAll, prefillGrant, resolveRecipient, type Prefill, type PrefillOptions } from './prefill';
export type { AgreementLike, LineLike, RecipientLike, DeadlineLike, AppropriationLike } from './catalog-shape';
export { TEMPLATE_MESSAGES, type TemplateIssue } from './messages';
export { overviewTemplate, type OverviewInput } from './overview';
export {
  populationSheet,
  readPopulationSheet,
  populationSheetId,
  populationSheetName,
  isPopulationSheetId,
  POPULATION_SHEET_RANGE,
  type StoredPopulation,
} from './population-sheet';
export { agreementSheet, agreementFingerprint, blankAgreementSheet, writtenFingerprint } from './agreement-sheet';
export { readAgreementSheet, sheetValues, type CellInput, type CellGrid } from './agreement-sheet-read';
export { NOT_STATED } from './agreement-sheet-layout';
export { agreementSheetId, agreementOfSheet, AGREEMENT_SHEET_KIND } from './agreement-sheet-id';
export { AGREEMENT_SHEET_MESSAGES, type AgreementSheetIssue } from './agreement-sheet-messages';
