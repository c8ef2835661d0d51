import type Decimal from 'decimal.js';
import { effectiveDate, isCalendarDate, type CalendarDate } from '../calendar';
import { Dec, formatAmountPlain, parseAmount, sum, ZERO } from '../money';
import { parseOrganisationsnummer } from '../profile';
import { COST_LINES, REDOVISNING } from '../templates';
import { namePrefix } from '../sheet';
import { REPORT_MESSAGES as M, type ReportFindingCode, type ReportSeverity } from './report-messages';

/** One named cell as a workbook reader found it: a formula's cached result, when it has one, as its value. */
export interface ReportCell {
  /** A1 address on the sheet. */
  readonly address: string;
  /** Text, a number, a date as YYYY-MM-DD, or null when empty (or a formula never calculated). */
  readonly value: string | number | boolean | null;
  readonly formula?: string;
}

/** A sheet of a returned workbook, as the reader at the edge hands it to the core. */
export interface ReportSheetInput {
  readonly file: string;
  readonly sheet: string;
  /** The identity marker the writer put on the sheet, or null. */
  readonly marker: string | null;
  /** The workbook's defined names that point to a single cell of this sheet. */
  readonly names: ReadonlyMap<string, ReportCell>;
}

export interface Location {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string | null;
  readonly name: string | null;
}

export interface ReportFinding {
  readonly code: ReportFindingCode;
  readonly severity: ReportSeverity;
  readonly message: string;
  readonly messageEn: string;
  readonly location: Location;
}

export type ReportStatus = 'ok' | 'remarks' | 'errors' | 'incomplete' | 'late' | 'refused';

export interface ReportReview {
  readonly file: string;
  readonly sheet: string;
  readonly agreementId: string | null;
  readonly recipientCode: string | null;
  readonly recipientName: string | null;
  /** The agreement lines the report covers, as the form names them. */
  readonly lines: readonly { readonly id: string; readonly amount: Decimal }[];
  readonly agreed: Decimal | null;
  readonly received: Decimal | null;
  readonly costs: Decimal | null;
  readonly unused: Decimal | null;
  /** What is to be paid back: the unused funds when positive. */
  readonly toRepay: Decimal | null;
  readonly repayBy: CalendarDate | null;
  readonly reportDeadline: CalendarDate | null;
  readonly signed: CalendarDate | null;
  readonly alternative: 1 | 2 | null;
  readonly status: ReportStatus;
  readonly findings: readonly ReportFinding[];
}

/** What the agreement says about one recipient's report, when the catalog knows it. */
export interface ReportContext {
  readonly today: CalendarDate;
  readonly deadlines?: (agreementId: string, recipientCode: string) => { readonly report?: string; readonly repayment?: string } | undefined;
}

export const REPORT_MARKER_PREFIX = 'bidragskollen:v1:redovisning:';

/** Fields a complete report has, by input key, with the label a user sees. */
const REQUIRED: readonly (readonly [string, string, string])[] = [
  ['bidragsmottagare', 'Bidragsmottagare', 'Grant recipient'],
  ['organisationsnummer', 'Organisationsnummer', 'Organisation number'],
  ['kontaktperson', 'Kontaktperson', 'Contact person'],
  ['postadress', 'Postadress', 'Postal address'],
  ['telefon', 'Telefon', 'Telephone'],
  ['epost', 'E-postadress', 'E-mail address'],
  ['utbetalt', 'Summa bidrag som utbetalats från Kammarkollegiet', 'Total grant paid out by Kammarkollegiet'],
  ['granskning', 'Ekonomichefens bedömning (alternativ 1 eller 2)', "The finance director's assessment (alternative 1 or 2)"],
  ['ekonomichef_namn', 'Ekonomichefens namn', "The finance director's name"],
  ['datum', 'Datum vid underskriften', 'Signature date'],
  ['namnfortydligande', 'Namnförtydligande', 'Name in block letters'],
];

/**
 * Reviews one returned ekonomisk redovisning made by our form, read through its defined names
 * (`bk_redov_<agreement>_<recipient>_<key>`) and its marker, never by position: a sheet without
 * the marker, or whose names are gone, is refused rather than guessed at.
 */
export function reviewReport(input: ReportSheetInput, ctx: ReportContext): ReportReview {
  const findings: ReportFinding[] = [];
  const where = (key: string | null, cell?: ReportCell): Location => ({
    file: input.file,
    sheet: input.sheet,
    cell: cell?.address ?? null,
    name: key,
  });
  const add = <C extends ReportFindingCode>(code: C, params: Parameters<(typeof M)[C]['sv']>[0], location: Location) => {
    const entry = M[code] as unknown as { severity: ReportSeverity; sv: (p: typeof params) => string; en: (p: typeof params) => string };
    findings.push({ code, severity: entry.severity, ...texts(entry, params), location });
  };

  const identity = parseMarker(input.marker);
  if (!identity) {
    add('REPORT_NOT_OURS', { sheet: input.sheet }, where(null));
    return refused(input, findings, null, null);
  }
  const prefix = namePrefix(REDOVISNING.short, identity.agreementId, identity.recipientCode);
  const cellOf = (key: string) => input.names.get(`${prefix}_${key}`);
  const lineNames = [...input.names.keys()].filter((n) => n.startsWith(`${prefix}_line_`));
  const needed = ['utbetalt', 'granskning', 'avvikelser', 'datum', 'costs', 'unused', ...Array.from({ length: COST_LINES }, (_, i) => `kostnad_${i + 1}_belopp`)];
  const absent = needed.filter((k) => !cellOf(k)).map((k) => `${prefix}_${k}`);
  if (lineNames.length === 0) absent.push(`${prefix}_line_…`);
  if (absent.length > 0) {
    add('REPORT_LAYOUT_CHANGED', { sheet: input.sheet, names: absent.join(', ') }, where(null));
    return refused(input, findings, identity.agreementId, identity.recipientCode);
  }

  const textOf = (key: string): string => {
    const v = cellOf(key)?.value;
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const amountOf = (key: string, field: string, fieldEn: string): Decimal | null | undefined => {
    const cell = cellOf(key);
    const v = cell?.value;
    if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
    const parsed = typeof v === 'boolean' ? undefined : parseAmount(v);
    if (parsed?.ok) return parsed.value;
    add('REPORT_NOT_A_NUMBER', { field, fieldEn, value: String(v) }, where(`${prefix}_${key}`, cell));
    return undefined;
  };

  for (const [key, field, fieldEn] of REQUIRED) {
    if (textOf(key) === '') add('REPORT_REQUIRED_MISSING', { field, fieldEn }, where(`${prefix}_${key}`, cellOf(key)));
  }

  const lines = lineNames.map((n) => {
    const v = input.names.get(n)?.value;
    const parsed = typeof v === 'number' || typeof v === 'string' ? parseAmount(v) : undefined;
    return { id: n.slice(`${prefix}_line_`.length), amount: parsed?.ok ? parsed.value : ZERO };
  });
  const agreed = sum(lines.map((l) => l.amount));

  const received = amountOf('utbetalt', 'Summa bidrag som utbetalats', 'Total grant paid out');
  const costLines: Decimal[] = [];
  let costsReadable = true;
  for (let i = 1; i <= COST_LINES; i++) {
    const a = amountOf(`kostnad_${i}_belopp`, `Kostnadsrad ${i}`, `Cost line ${i}`);
    if (a === undefined) costsReadable = false;
    if (a === null || a === undefined) continue;
    costLines.push(a);
    if (textOf(`kostnad_${i}_text`) === '' && !a.isZero()) {
      add('REPORT_COST_WITHOUT_ITEM', { line: i, amount: formatAmountPlain(a) }, where(`${prefix}_kostnad_${i}_text`, cellOf(`kostnad_${i}_text`)));
    }
  }
  const costs = costsReadable ? sum(costLines) : null;
  compareStored('costs', costs, 'REPORT_COSTS_SUM');
  const unused = costs !== null && received ? received.minus(costs) : null;
  compareStored('unused', unused, 'REPORT_UNUSED_MISMATCH');
  if (received && !received.eq(agreed)) add('REPORT_RECEIVED_DIFFERS', gaps(agreed, received), where(`${prefix}_utbetalt`, cellOf('utbetalt')));
  if (unused && unused.isNegative()) add('REPORT_COSTS_EXCEED_GRANT', { gap: formatAmountPlain(unused.abs()) }, where(`${prefix}_unused`, cellOf('unused')));

  const orgnr = textOf('organisationsnummer');
  if (orgnr !== '' && !parseOrganisationsnummer(orgnr).ok) add('REPORT_ORGNR_INVALID', { value: orgnr }, where(`${prefix}_organisationsnummer`, cellOf('organisationsnummer')));

  const choice = textOf('granskning');
  const alternative = /^alt(?:ernativ)?\.?\s*1\b/i.test(choice) ? 1 : /^alt(?:ernativ)?\.?\s*2\b/i.test(choice) ? 2 : null;
  if (choice !== '' && alternative === null) add('REPORT_REVIEW_CHOICE', { value: choice }, where(`${prefix}_granskning`, cellOf('granskning')));
  if (alternative === 2 && textOf('avvikelser') === '') add('REPORT_DEVIATIONS_MISSING', {}, where(`${prefix}_avvikelser`, cellOf('avvikelser')));

  const dateText = textOf('datum');
  const signed = dateText === '' ? null : isCalendarDate(dateText) ? dateText : null;
  if (dateText !== '' && signed === null) add('REPORT_DATE_INVALID', { value: dateText }, where(`${prefix}_datum`, cellOf('datum')));
  const known = ctx.deadlines?.(identity.agreementId, identity.recipientCode);
  const reportDeadline = known?.report ? effectiveDate(known.report) : null;
  const repayBy = known?.repayment ? effectiveDate(known.repayment) : null;
  let late = false;
  if (reportDeadline === null) add('REPORT_DEADLINE_UNKNOWN', { agreement: identity.agreementId }, where(null));
  else if (signed !== null && signed > reportDeadline) {
    late = true;
    add('REPORT_SIGNED_AFTER_DEADLINE', { date: signed, deadline: reportDeadline }, where(`${prefix}_datum`, cellOf('datum')));
  } else if (signed === null && ctx.today > reportDeadline) {
    late = true;
    add('REPORT_LATE', { deadline: reportDeadline, today: ctx.today }, where(`${prefix}_datum`, cellOf('datum')));
  }

  const incomplete = findings.some((f) => f.code === 'REPORT_REQUIRED_MISSING');
  const status: ReportStatus = late
    ? 'late'
    : incomplete
      ? 'incomplete'
      : findings.some((f) => f.severity === 'error')
        ? 'errors'
        : findings.some((f) => f.severity === 'warning')
          ? 'remarks'
          : 'ok';
  return {
    file: input.file,
    sheet: input.sheet,
    agreementId: identity.agreementId,
    recipientCode: identity.recipientCode,
    recipientName: textOf('bidragsmottagare') || null,
    lines,
    agreed,
    received: received ?? null,
    costs,
    unused,
    toRepay: unused === null ? null : Dec.max(unused, 0),
    repayBy,
    reportDeadline,
    signed,
    alternative,
    status,
    findings,
  };

  /** A total the form computes with a formula: if it holds something else, it was overwritten. */
  function compareStored(key: 'costs' | 'unused', computed: Decimal | null, code: 'REPORT_COSTS_SUM' | 'REPORT_UNUSED_MISMATCH') {
    const cell = cellOf(key);
    const v = cell?.value;
    if (computed === null || v === null || v === undefined || typeof v === 'boolean') return;
    const stored = parseAmount(v);
    if (stored.ok && !stored.value.eq(computed)) add(code, gaps(computed, stored.value), where(`${prefix}_${key}`, cell));
  }
}

function gaps(expected: Decimal, actual: Decimal): { expected: string; actual: string; gap: string } {
  return { expected: formatAmountPlain(expected), actual: formatAmountPlain(actual), gap: formatAmountPlain(actual.minus(expected).abs()) };
}

function parseMarker(marker: string | null): { agreementId: string; recipientCode: string } | undefined {
  if (!marker?.startsWith(REPORT_MARKER_PREFIX)) return undefined;
  const [agreementId, recipientCode] = marker.slice(REPORT_MARKER_PREFIX.length).split(':');
  return agreementId && recipientCode ? { agreementId, recipientCode } : undefined;
}

function refused(input: ReportSheetInput, findings: ReportFinding[], agreementId: string | null, recipientCode: string | null): ReportReview {
  return { ...EMPTY_REVIEW, file: input.file, sheet: input.sheet, agreementId, recipientCode, findings };
}

const EMPTY_REVIEW = {
  recipientName: null,
  lines: [],
  agreed: null,
  received: null,
  costs: null,
  unused: null,
  toRepay: null,
  repayBy: null,
  reportDeadline: null,
  signed: null,
  alternative: null,
  status: 'refused',
} as const;

/** A whole file that could not be reviewed: not a workbook, or no report of ours in it. */
export function refusedFile(file: string, problem: { readonly unreadable: string } | { readonly noReports: true }): ReportReview {
  const location: Location = { file, sheet: '', cell: null, name: null };
  const finding: ReportFinding =
    'unreadable' in problem
      ? { code: 'REPORT_UNREADABLE', severity: 'error', ...texts(M.REPORT_UNREADABLE, { file, detail: problem.unreadable }), location }
      : { code: 'REPORT_NO_SHEETS', severity: 'error', ...texts(M.REPORT_NO_SHEETS, { file }), location };
  return { ...EMPTY_REVIEW, file, sheet: '', agreementId: null, recipientCode: null, findings: [finding] };
}

const texts = <P>(entry: { sv: (p: P) => string; en: (p: P) => string }, p: P) => ({ message: entry.sv(p), messageEn: entry.en(p) });
