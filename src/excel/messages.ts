import type { Catalogue } from '../core/result';

/** What the workbook side can report, in Swedish and English, by stable code. */
export const EXCEL_MESSAGES = {
  WRITE_FAILED: {
    sv: (p: { detail: string }) =>
      `Excel kunde inte skriva bladet (${p.detail}). Inget har ändrats i arbetsboken. Kontrollera att arbetsboken inte är skrivskyddad och att ingen cell redigeras, och försök sedan igen.`,
    en: (p: { detail: string }) =>
      `Excel could not write the sheet (${p.detail}). Nothing in the workbook has changed. Check that the workbook is not protected and that no cell is being edited, then try again.`,
  },
  NOT_EXACT: {
    sv: (p: { value: string }) =>
      `Talet ${p.value} har fler siffror än en Excel-cell kan hålla exakt (15). Välj en större enhet, till exempel kronor i stället för öre, och försök igen.`,
    en: (p: { value: string }) =>
      `The number ${p.value} has more digits than an Excel cell holds exactly (15). Choose a larger unit, for example kronor instead of öre, and try again.`,
  },
} as const satisfies Catalogue;

export type ExcelIssueCode = keyof typeof EXCEL_MESSAGES;
