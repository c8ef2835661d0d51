type Severity = 'error' | 'warning' | 'info';
type Entry<P> = { readonly severity: Severity; readonly sv: (p: P) => string; readonly en: (p: P) => string };

interface Amounts {
  readonly expected: string;
  readonly actual: string;
  readonly gap: string;
}
interface Field {
  readonly field: string;
  readonly fieldEn: string;
}

/**
 * Every finding the review of a returned ekonomisk redovisning can give, Swedish first, keyed by
 * stable code. As in the checks, the severity belongs to the code.
 */
export const REPORT_MESSAGES = {
  REPORT_NOT_OURS: {
    severity: 'error',
    sv: (p: { sheet: string }) =>
      `Bladet ”${p.sheet}” är ingen ekonomisk redovisning från Bidragskollen (märket saknas). Det granskas inte, så att inget läses fel. Be mottagaren fylla i redovisningen som Bidragskollen skapade.`,
    en: (p: { sheet: string }) =>
      `The sheet "${p.sheet}" is not a financial report made by Bidragskollen (its marker is missing). It is not reviewed, so nothing is misread. Ask the recipient to fill in the report Bidragskollen made.`,
  },
  REPORT_LAYOUT_CHANGED: {
    severity: 'error',
    sv: (p: { sheet: string; names: string }) =>
      `Bladet ”${p.sheet}” har Bidragskollens märke men saknar de namngivna cellerna ${p.names}. Layouten har ändrats, så redovisningen granskas inte. Skapa mallen på nytt (det ifyllda behålls) och skicka den igen.`,
    en: (p: { sheet: string; names: string }) =>
      `The sheet "${p.sheet}" has Bidragskollen's marker but lacks the named cells ${p.names}. Its layout has changed, so the report is not reviewed. Create the template again (what was typed is kept) and send it again.`,
  },
  REPORT_NO_SHEETS: {
    severity: 'error',
    sv: (p: { file: string }) => `${p.file} innehåller ingen ekonomisk redovisning från Bidragskollen.`,
    en: (p: { file: string }) => `${p.file} contains no financial report made by Bidragskollen.`,
  },
  REPORT_UNREADABLE: {
    severity: 'error',
    sv: (p: { file: string; detail: string }) => `${p.file} går inte att öppna som Excel-arbetsbok (${p.detail}). Kontrollera att filen är en hel .xlsx-fil.`,
    en: (p: { file: string; detail: string }) => `${p.file} cannot be opened as an Excel workbook (${p.detail}). Check that it is a complete .xlsx file.`,
  },
  REPORT_REQUIRED_MISSING: {
    severity: 'error',
    sv: (p: Field) => `${p.field} är inte ifyllt.`,
    en: (p: Field) => `${p.fieldEn} is not filled in.`,
  },
  REPORT_NOT_A_NUMBER: {
    severity: 'error',
    sv: (p: Field & { value: string }) => `${p.field} (”${p.value}”) är inte ett belopp.`,
    en: (p: Field & { value: string }) => `${p.fieldEn} ("${p.value}") is not an amount.`,
  },
  REPORT_COST_WITHOUT_ITEM: {
    severity: 'warning',
    sv: (p: { line: number; amount: string }) => `Kostnadsrad ${p.line} har beloppet ${p.amount} kr men ingen kostnadspost.`,
    en: (p: { line: number; amount: string }) => `Cost line ${p.line} has the amount ${p.amount} kr but no cost item.`,
  },
  REPORT_COSTS_SUM: {
    severity: 'error',
    sv: (p: Amounts) => `Summa kostnader är ${p.actual} kr, men kostnadsraderna summerar till ${p.expected} kr (skillnad ${p.gap} kr).`,
    en: (p: Amounts) => `Total costs are ${p.actual} kr, but the cost lines add up to ${p.expected} kr (a difference of ${p.gap} kr).`,
  },
  REPORT_UNUSED_MISMATCH: {
    severity: 'error',
    sv: (p: Amounts) => `Medel som inte har förbrukats är ${p.actual} kr, men erhållet bidrag minus kostnader är ${p.expected} kr (skillnad ${p.gap} kr).`,
    en: (p: Amounts) => `Unused funds are ${p.actual} kr, but the grant received minus costs is ${p.expected} kr (a difference of ${p.gap} kr).`,
  },
  REPORT_RECEIVED_DIFFERS: {
    severity: 'warning',
    sv: (p: Amounts) => `Utbetalt bidrag ${p.actual} kr skiljer sig från beloppet enligt överenskommelsen, ${p.expected} kr (skillnad ${p.gap} kr).`,
    en: (p: Amounts) => `The grant paid out, ${p.actual} kr, differs from the amount by the agreement, ${p.expected} kr (a difference of ${p.gap} kr).`,
  },
  REPORT_COSTS_EXCEED_GRANT: {
    severity: 'warning',
    sv: (p: { gap: string }) => `Kostnaderna är ${p.gap} kr större än bidraget.`,
    en: (p: { gap: string }) => `The costs exceed the grant by ${p.gap} kr.`,
  },
  REPORT_ORGNR_INVALID: {
    severity: 'error',
    sv: (p: { value: string }) => `Organisationsnumret ”${p.value}” är inte giltigt (fel format eller kontrollsiffra).`,
    en: (p: { value: string }) => `The organisation number "${p.value}" is not valid (wrong format or check digit).`,
  },
  REPORT_REVIEW_CHOICE: {
    severity: 'error',
    sv: (p: { value: string }) => `Ekonomichefens bedömning ”${p.value}” är varken alternativ 1 eller 2.`,
    en: (p: { value: string }) => `The finance director's assessment "${p.value}" is neither alternative 1 nor 2.`,
  },
  REPORT_DEVIATIONS_MISSING: {
    severity: 'error',
    sv: (_p: Record<string, never>) => 'Ekonomichefen har valt alternativ 2 (redovisningen är inte korrekt) men inte beskrivit avvikelserna och åtgärderna.',
    en: (_p: Record<string, never>) => 'The finance director chose alternative 2 (the account is not correct) but did not describe the deviations and measures.',
  },
  REPORT_DATE_INVALID: {
    severity: 'error',
    sv: (p: { value: string }) => `Datumet vid underskriften (”${p.value}”) är inte ett datum. Skriv ÅÅÅÅ-MM-DD.`,
    en: (p: { value: string }) => `The signature date ("${p.value}") is not a date. Write YYYY-MM-DD.`,
  },
  REPORT_SIGNED_AFTER_DEADLINE: {
    severity: 'error',
    sv: (p: { date: string; deadline: string }) => `Redovisningen är undertecknad ${p.date}, efter sista dag ${p.deadline}.`,
    en: (p: { date: string; deadline: string }) => `The report is signed on ${p.date}, after the deadline of ${p.deadline}.`,
  },
  REPORT_LATE: {
    severity: 'error',
    sv: (p: { deadline: string; today: string }) => `Sista dag för redovisningen var ${p.deadline} och den är inte undertecknad (i dag ${p.today}).`,
    en: (p: { deadline: string; today: string }) => `The report was due on ${p.deadline} and is not signed (today is ${p.today}).`,
  },
  REPORT_DEADLINE_UNKNOWN: {
    severity: 'info',
    sv: (p: { agreement: string }) => `Sista dag för redovisningen är inte känd för ${p.agreement} (ej angivet), så den prövas inte.`,
    en: (p: { agreement: string }) => `The report deadline of ${p.agreement} is not known (not stated), so it is not tested.`,
  },
} as const satisfies Record<string, Entry<never>>;

export type ReportFindingCode = keyof typeof REPORT_MESSAGES;
export type ReportSeverity = Severity;
