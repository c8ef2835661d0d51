export { readPublishedTable, readPublishedGrid, type PublishedTable, type PublishedRow, type PublishedColumn, type PublishedAmount, type TextAmount, type SourceText, type TableFormat, type ReadTableOptions, type GridCell } from './table';
export { auditTable, findColumn, columnList, evidenceRow, type AuditRequest, type TableAudit, type CandidateAudit, type StatedTotal } from './audit';
export { fitMethods, closestFit, identifyMethod, type MethodFit, type RowDeviation, type MethodIdentification } from './methods';
export { weightIntervals, type WeightInterval } from './intervals';
export { REVIEW_MESSAGES, type ReviewIssueCode } from './messages';
export { tableAuditToJson, type TableAuditJson } from './serialize';
export { reviewReport, refusedFile, REPORT_MARKER_PREFIX, type ReportCell, type ReportSheetInput, type ReportReview, type ReportFinding, type ReportStatus, type ReportContext, type Location } from './report';
export { REPORT_MESSAGES, type ReportFindingCode, type ReportSeverity } from './report-messages';
export { consolidateReports, STATUS_LABELS, type FollowUp } from './follow-up';
