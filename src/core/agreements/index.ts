export * from './types';
export { agreementSchema, lineSchema } from './schema';
export { RECIPIENT_TYPES, DISTRIBUTION_KEYS, DISTRIBUTION_KEY_LABELS, DEADLINE_KINDS, FUNDERS } from './kinds';
export { parseAgreement, parseAgreementJson, serializeAgreement } from './load';
export { AGREEMENT_MESSAGES, type AgreementIssue, type AgreementIssueCode } from './messages';
export { formatPath } from './location';
export { listAgreements, getAgreement, CATALOG_JSON } from './catalog';
export { CATALOG_MESSAGES, type CatalogIssue } from './catalog/messages';
export { walkLines, leaves, findLine, inherit, NOTHING_INHERITED, type LineVisit, type TreeLine, type Inherited } from './walk';
