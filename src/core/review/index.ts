export { readTableText, readTableGrid, type PublishedTable, type PublishedRow, type PublishedColumn, type PublishedAmount, type TextAmount, type SourceText, type TableFormat, type ReadTableOptions, type GridCell } from './table';
export { auditTable, findColumn, columnList, evidenceRow, type AuditRequest, type TableAudit, type CandidateAudit, type StatedTotal } from './audit';
export { fitMethods, closestFit, identifyMethod, type MethodFit, type RowDeviation, type MethodIdentification } from './methods';
export { weightIntervals, type WeightInterval } from './intervals';
export { REVIEW_MESSAGES, type ReviewIssueCode } from './messages';
export { tableAuditToJson, type TableAuditJson } from './serialize';
