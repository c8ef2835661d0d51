import { sheetId } from '../sheet';

// The agreement sheet's identity in the workbook's registry, on its own: the task pane's start-up
// code finds agreement sheets by it without taking the sheet's layout, writer or reader along.

const KIND = 'agreement';
export const agreementSheetId = (agreementId: string): string => sheetId(KIND, agreementId);
/** How every agreement sheet's id starts (`sheetId` joins its parts with ":"). */
export const AGREEMENT_SHEET_KIND = `${KIND}:`;

/** The agreement an agreement sheet's id names, or undefined for any other sheet. */
export const agreementOfSheet = (id: string): string | undefined => (id.startsWith(AGREEMENT_SHEET_KIND) && id.length > AGREEMENT_SHEET_KIND.length ? id.slice(AGREEMENT_SHEET_KIND.length) : undefined);
