export { importAgreementText, checkText, MAX_IMPORT_CHARS, type ImportOptions, type ImportedAgreement } from './draft';
export { normaliseText, collapse, type NormalisedText } from './normalise';
export { findAmounts, type AmountMention } from './amounts';
export { IMPORT_MESSAGES, type ImportIssueCode } from './messages';
export { draftFigures, notStated, type DraftFigure, type FigureStatus } from './figures';
export { pageText, documentText, hasTextLayer, readPdf, isPdf, type PdfTextItem, type PdfDocumentPort } from './pdf-text';
export { readDecisionText, type DecisionDraft, type DecisionPayment, type DecisionDate } from './decision';
