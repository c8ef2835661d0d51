import type { Catalogue } from '../core/result';
import { FAILURE_ADVICE, type ExcelFailure } from './errors';

/** What the workbook side can report, in Swedish and English, by stable code. */
export const EXCEL_MESSAGES = {
  /** `left` is the sheet a failed clean-up could not remove, so the user is told the truth about it. */
  WRITE_FAILED: {
    sv: (p: { reason: ExcelFailure; left?: string }) =>
      `Excel kunde inte skriva bladet. ${p.left ? `Ett ofullständigt blad, ${p.left}, kunde inte tas bort: ta bort det själv.` : 'Inget har ändrats i arbetsboken.'} ${FAILURE_ADVICE[p.reason].sv}`,
    en: (p: { reason: ExcelFailure; left?: string }) =>
      `Excel could not write the sheet. ${p.left ? `An incomplete sheet, ${p.left}, could not be removed: delete it yourself.` : 'Nothing in the workbook has changed.'} ${FAILURE_ADVICE[p.reason].en}`,
  },
  NOT_EXACT: {
    sv: (p: { value: string }) =>
      `Talet ${p.value} har fler siffror än en Excel-cell kan hålla exakt (15). Välj en större enhet, till exempel kronor i stället för öre, och försök igen.`,
    en: (p: { value: string }) =>
      `The number ${p.value} has more digits than an Excel cell holds exactly (15). Choose a larger unit, for example kronor instead of öre, and try again.`,
  },
} as const satisfies Catalogue;

export type ExcelIssueCode = keyof typeof EXCEL_MESSAGES;
