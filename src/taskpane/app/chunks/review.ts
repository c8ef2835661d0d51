// Loaded on demand: the table reader, the audit and the report review are not needed until "Granska".
import type Decimal from 'decimal.js';
import { METHOD_LABELS } from '../../../core/distribution';
import { formatAmountPlain, parseAmount } from '../../../core/money';
import { POPULATION_TABLES, type WeightTable } from '../../../core/reference';
import { fail, makeIssue, ok, type Bilingual, type Lang, type Result } from '../../../core/result';
import {
  auditTable,
  consolidateReports,
  followUpSheet,
  REPORT_MARKER_PREFIX,
  REPORT_MESSAGES,
  reviewReport,
  STATUS_LABELS,
  type ReportCell,
  type ReportContext,
  notMadeFromText,
  readPublishedGrid,
  readPublishedTable,
  REVIEW_MESSAGES,
  weightRangeText,
  type SourceText,
  type StatedTotal,
  type TableAudit,
} from '../../../core/review';
import { fromExcelSerial } from '../../../core/calendar';
import { cellRef, parseRange } from '../../../core/sheet';
import type { CellRead, NamedCellsRead, RangeRead } from '../../../excel/port';
import type { CellAt, ReportsReviewView, TableReviewView } from '../workflows/review';

// The screen comes with its chunk: render.ts draws it once `pane.loaded('review')` has it.
export { reviewScreen } from '../../view/review';

const kr = (d: Decimal) => `${formatAmountPlain(d)} kr`;
const signed = (d: Decimal) => (d.isZero() ? '0' : `${d.isPositive() ? '+' : ''}${formatAmountPlain(d)}`);
const both = (sv: string, en: string): Bilingual => ({ sv, en });

/** The candidates the pane tries: every built-in county population, and the user's own range table when there is one. */
export function candidateTables(own: WeightTable | undefined): WeightTable[] {
  const builtIn = POPULATION_TABLES.filter((t) => t.kind === 'population' && (t.level ?? 'regioner') === 'regioner');
  return own && !builtIn.includes(own) ? [...builtIn, own] : builtIn;
}

/**
 * "Granska en tabell" over the cells the user selected: a table pasted as text (one cell a line in
 * one column, as a web page or a PDF pastes) is read as text, so the header over several lines and
 * the sentences around it count; a table in columns is read as a grid. Every row and total keeps
 * the cell it came from.
 */
export function reviewSelectedTable(read: RangeRead, totalText: string, candidates: readonly WeightTable[]): Result<TableReviewView> {
  const given = totalText.trim();
  const total = given === '' ? undefined : parseAmount(given);
  if (total && !total.ok) return fail(makeIssue(REVIEW_MESSAGES, 'AUDIT_TOTAL_NOT_NUMBER', { text: given }));
  if (read.values.length === 0) return fail(makeIssue(REVIEW_MESSAGES, 'TABLE_EMPTY', {}));
  const oneColumn = read.values.every((row) => row.length <= 1);
  const table = oneColumn
    ? readPublishedTable(read.values.map((row) => (row[0] === null || row[0] === undefined ? '' : String(row[0]))).join('\n'), { format: 'text' })
    : readPublishedGrid(read.values);
  if (!table.ok) return table;
  const audit = auditTable({ table: table.value, candidates, ...(total?.ok ? { givenTotals: [total.value] } : {}) });
  if (!audit.ok) return audit;
  return ok(view(audit.value, locator(read, oneColumn)));
}

/** The cell a figure was read from: its line (and column, for a grid) counted from the selection's top left. */
function locator(read: RangeRead, oneColumn: boolean): (s: SourceText | null) => CellAt | undefined {
  const box = parseRange(read.address);
  return (s) => (s ? { sheet: read.sheet, address: cellRef(box.left + (oneColumn ? 0 : (s.column ?? 1) - 1), box.top + s.line - 1) } : undefined);
}

function view(a: TableAudit, at: (s: SourceText | null) => CellAt | undefined): TableReviewView {
  const best = a.best;
  const reproducing = best?.methods.filter((m) => m.reproduces).map((m) => m.method) ?? [];
  const closest = best?.closest ?? null;
  const method: Bilingual =
    best && reproducing.length > 0
      ? both(
          `Tabellen återges exakt av ${reproducing.map((m) => METHOD_LABELS[m].sv).join(', ')} med ${best.table.description}.`,
          `The table is reproduced exactly by ${reproducing.map((m) => METHOD_LABELS[m].en).join(', ')} from ${best.table.description}.`,
        )
      : best && closest
        ? both(
            `Ingen metod återger tabellen. Närmast: ${METHOD_LABELS[closest.method].sv} med ${best.table.description}, ${closest.deviations.length} av ${a.rows.length} rader avviker${closest.maxDeviation.lte(1) ? ' med högst 1 kr: vikterna stämmer men avrundningen är en annan' : ''}.`,
            `No method reproduces the table. Closest: ${METHOD_LABELS[closest.method].en} from ${best.table.description}, ${closest.deviations.length} of ${a.rows.length} rows deviate${closest.maxDeviation.lte(1) ? ' by at most 1 kr: the weights are right but the rounding differs' : ''}.`,
          )
        : both('Ingen av vikttabellerna har en vikt för varje region i tabellen.', 'None of the weight tables has a weight for every region in the table.');
  const intervals = new Map((best?.intervals ?? []).map((i) => [i.id, i]));
  const sources = new Map(a.rows.map((r) => [r.id, r.source]));
  return {
    regions: a.rows.length,
    column: a.column.name,
    tableTotal: kr(a.tableTotal),
    foots: a.foots,
    totals: a.statedTotals.map((s: StatedTotal) => {
      const where = at(s.source);
      return {
        kind: s.kind,
        amount: kr(s.amount),
        foots: s.foots,
        difference: signed(s.difference),
        quote: s.kind === 'text' && s.source ? s.source.text : null,
        ...(where ? { at: where } : {}),
      };
    }),
    fits: best?.fits ?? false,
    method,
    candidates: a.candidates.map((c) => {
      const sv = notMadeFromText(c, 'sv');
      const en = notMadeFromText(c, 'en');
      return {
        description: c.table.description,
        referenceDate: c.table.referenceDate ?? null,
        fits: c.fits,
        method: c.closest ? METHOD_LABELS[c.closest.method] : null,
        deviatingRows: c.missing.length > 0 ? null : c.deviatingRows,
        missing: c.missing,
        verdict: sv && en ? both(sv, en) : null,
      };
    }),
    against: best && !best.fits && closest ? best.table.description : null,
    deviations: (best?.fits ? [] : (closest?.deviations ?? [])).map((d) => {
      const i = intervals.get(d.id);
      const where = at(sources.get(d.id) ?? null);
      return {
        id: d.id,
        name: d.name,
        published: formatAmountPlain(d.published),
        computed: formatAmountPlain(d.computed),
        difference: signed(d.difference),
        weight: i ? formatAmountPlain(i.weight) : null,
        interval: i ? weightRangeText(i) : null,
        ...(where ? { at: where } : {}),
      };
    }),
  };
}

/** How the pane names the workbook in the follow-up's file column and in messages. */
const THIS_WORKBOOK = { sv: 'Arbetsboken', en: 'This workbook' } as const;

/** A date cell (a serial with a date format) as YYYY-MM-DD, as the .xlsx reader gives it; other values as they are. */
function reportValue(value: CellRead, numberFormat: string): ReportCell['value'] {
  const isDate = /[dy]/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && !/[#0]/.test(numberFormat);
  return typeof value === 'number' && isDate ? (fromExcelSerial(value) ?? value) : value === '' ? null : value;
}

/**
 * "Granska redovisningar" over the sheets the port read: every sheet marked as one of our reports is
 * reviewed as the CLI reviews a returned file (other sheets are the user's or other forms), and the
 * reviews are consolidated into the follow-up with its sheet.
 */
export function reviewWorkbookReports(reads: readonly NamedCellsRead[], o: { readonly today: string; readonly generatedAt: string; readonly lang: Lang; readonly deadlines?: ReportContext['deadlines'] }): Result<ReportsReviewView> {
  const file = THIS_WORKBOOK[o.lang];
  const ours = reads.filter((r) => typeof r.marker === 'string' && r.marker.startsWith(REPORT_MARKER_PREFIX));
  if (ours.length === 0) return fail(makeIssue(REPORT_MESSAGES, 'REPORT_NO_SHEETS', { file }));
  const ctx = { today: o.today, ...(o.deadlines ? { deadlines: o.deadlines } : {}) };
  const reviews = ours.map((r) =>
    reviewReport(
      {
        file,
        sheet: r.sheet,
        marker: r.marker as string,
        names: new Map(r.cells.map((c) => [c.name, { address: c.address, value: reportValue(c.value, c.numberFormat), ...(c.formula ? { formula: c.formula } : {}) }])),
      },
      ctx,
    ),
  );
  const f = consolidateReports(reviews);
  const money = (d: Decimal | null) => (d === null ? '–' : formatAmountPlain(d));
  return ok({
    reports: f.reports.map((r) => ({
      sheet: r.sheet,
      recipient: [r.recipientCode, r.recipientName].filter(Boolean).join(' '),
      agreementId: r.agreementId,
      agreed: money(r.agreed),
      received: money(r.received),
      costs: money(r.costs),
      unused: money(r.unused),
      toRepay: money(r.toRepay),
      repayBy: r.repayBy,
      status: STATUS_LABELS[r.status],
      ok: r.status === 'ok' || r.status === 'remarks',
      findings: r.findings.map((x) => ({
        severity: x.severity,
        text: both(x.message, x.messageEn),
        ...(x.location.cell && x.location.sheet ? { at: { sheet: x.location.sheet, address: x.location.cell } } : {}),
      })),
    })),
    totals: { received: money(f.totals.received), costs: money(f.totals.costs), unused: money(f.totals.unused), toRepay: money(f.totals.toRepay) },
    plan: followUpSheet(f, { generatedAt: o.generatedAt, lang: o.lang }),
  });
}
