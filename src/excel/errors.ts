/**
 * What an Office.js failure means for the user, decided by the error's `code` and never by its
 * `message`: "The error message is not intended for use by end users; use the error code and
 * appropriate business logic to determine the error message your add-in shows to end users."
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The codes are `OfficeExtension.ErrorCodes` and `Excel.ErrorCodes`
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes).
 */
export type ExcelFailure = 'cell-edit' | 'protected' | 'offline' | 'too-large' | 'busy' | 'changed' | 'selection' | 'unknown';

const BY_CODE: Readonly<Record<string, ExcelFailure>> = {
  InvalidOperationInCellEditMode: 'cell-edit',
  AccessDenied: 'protected',
  // Excel on the web without its service: the request never reached the workbook.
  ServiceNotAvailable: 'offline',
  RequestAborted: 'offline',
  Unauthenticated: 'offline',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  RangeExceedsLimit: 'too-large',
  OperationCellsExceedLimit: 'too-large',
  ActivityLimitReached: 'busy',
  Conflict: 'busy',
  // Someone (a co-author, a macro) changed the workbook between our two round trips.
  ItemAlreadyExists: 'changed',
  ItemNotFound: 'changed',
  InvalidSelection: 'selection',
};

export function errorCode(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export function excelFailure(e: unknown): ExcelFailure {
  const code = errorCode(e);
  return (code && BY_CODE[code]) || 'unknown';
}

/** What the user can do about each failure, in Swedish and English. */
export const FAILURE_ADVICE: Readonly<Record<ExcelFailure, { readonly sv: string; readonly en: string }>> = {
  'cell-edit': {
    sv: 'En cell redigeras i Excel. Tryck Enter eller Esc i cellen och försök igen.',
    en: 'A cell is being edited in Excel. Press Enter or Esc in the cell and try again.',
  },
  protected: {
    sv: 'Arbetsboken eller dess struktur är skyddad eller skrivskyddad. Ta bort skyddet (Granska › Skydda arbetsbok) eller spara en kopia, och försök igen.',
    en: 'The workbook or its structure is protected or read-only. Remove the protection (Review › Protect Workbook) or save a copy, then try again.',
  },
  offline: {
    sv: 'Excel nåddes inte (ingen anslutning till Excel på webben?). Kontrollera anslutningen, ladda om sidan och försök igen.',
    en: 'Excel could not be reached (no connection to Excel on the web?). Check the connection, reload the page and try again.',
  },
  'too-large': {
    sv: 'Begäran blev för stor för Excel. Välj en mindre tabell eller färre rader och försök igen.',
    en: 'The request was too large for Excel. Choose a smaller table or fewer rows and try again.',
  },
  busy: {
    sv: 'Excel är upptaget (till exempel av en annan användare i arbetsboken). Vänta en stund och försök igen.',
    en: 'Excel is busy (for example with another user in the workbook). Wait a moment and try again.',
  },
  changed: {
    sv: 'Arbetsboken ändrades under tiden (ett blad eller namn lades till eller togs bort). Försök igen.',
    en: 'The workbook changed meanwhile (a sheet or name was added or removed). Try again.',
  },
  selection: {
    sv: 'Markeringen går inte att läsa. Markera ett enda sammanhängande område och försök igen.',
    en: 'The selection cannot be read. Select one contiguous range and try again.',
  },
  unknown: {
    sv: 'Stäng eventuell cellredigering, kontrollera att arbetsboken inte är skyddad och försök igen.',
    en: 'Leave any cell you are editing, check that the workbook is not protected, and try again.',
  },
};
