export * from './types';
export { columnLetters, columnNumber, a1, parseA1, quoteSheetName, resolveSheetRefs } from './a1';
export { FORMAT, SheetBuilder, text, amount, number, date, formula, EMPTY, translator, type Tr } from './builder';
export type { Grant, GrantLine, GrantBasis, GenerationInfo } from './grant';
export { templateId, namePrefix, formSheetName, shortRecipientName, MAX_SHEET_NAME } from './identity';
export { rekvisitionTemplate, type FormOptions } from './rekvisition';
export { redovisningTemplate, COST_LINES, REVIEW_OPTIONS } from './redovisning';
