export * from './types';
export {
  agreementSchema,
  lineSchema,
  RECIPIENT_TYPES,
  DISTRIBUTION_KEYS,
  DEADLINE_KINDS,
  FUNDERS,
} from './schema';
export { parseAgreement, parseAgreementJson, serializeAgreement } from './load';
export { AGREEMENT_MESSAGES, type AgreementIssueCode } from './messages';
export { formatPath } from './location';
export { listAgreements, getAgreement, CATALOG_JSON } from './catalog';
export { walkLines, leaves, findLine, inherit, NOTHING_INHERITED, type LineVisit, type TreeLine, type Inherited } from './walk';
