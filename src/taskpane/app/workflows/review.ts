import type { Bilingual } from '../../../core/result';
import type { StatedTotal } from '../../../core/review';
import type { Sheet } from '../../../core/sheet';
import type { Pane } from '../pane';
import type { resolvePending, writePlan } from './write';

/** A cell in the workbook a finding is about: clicking it selects the cell. */
export interface CellAt {
  readonly sheet: string;
  readonly address: string;
}

/** "Granska en tabell" as the view shows it: figures formatted, sentences in both languages, every row located. */
export interface TableReviewView {
  readonly regions: number;
  readonly column: string | null;
  readonly tableTotal: string;
  /** The rows sum to every stated total. */
  readonly foots: boolean;
  readonly totals: readonly {
    readonly kind: StatedTotal['kind'];
    readonly amount: string;
    readonly foots: boolean;
    /** Stated − the rows' sum, signed. */
    readonly difference: string;
    /** The sentence of the text that states it. */
    readonly quote: string | null;
    readonly at?: CellAt;
  }[];
  /** Some method reproduces the table from the best candidate. */
  readonly fits: boolean;
  readonly method: Bilingual;
  /** Best fit first. */
  readonly candidates: readonly {
    readonly description: string;
    readonly referenceDate: string | null;
    readonly fits: boolean;
    readonly method: Bilingual | null;
    /** Null when the candidate lacks a weight for some region. */
    readonly deviatingRows: number | null;
    readonly missing: readonly string[];
    /** "Tabellen är inte gjord från …", when the candidate cannot have made it. */
    readonly verdict: Bilingual | null;
  }[];
  /** The candidate the deviations are against, when none fits. */
  readonly against: string | null;
  readonly deviations: readonly {
    readonly id: string;
    readonly name: string;
    readonly published: string;
    readonly computed: string;
    readonly difference: string;
    readonly weight: string | null;
    /** The weights that would give the published amount under the closest method. */
    readonly interval: string | null;
    readonly at?: CellAt;
  }[];
}

/** "Granska redovisningar" as the view shows it: the consolidated follow-up, every finding located. */
export interface ReportsReviewView {
  readonly reports: readonly {
    readonly sheet: string;
    readonly recipient: string;
    readonly agreementId: string | null;
    readonly agreed: string;
    readonly received: string;
    readonly costs: string;
    readonly unused: string;
    readonly toRepay: string;
    readonly repayBy: string | null;
    readonly status: Bilingual;
    readonly ok: boolean;
    readonly findings: readonly { readonly severity: 'error' | 'warning' | 'info'; readonly text: Bilingual; readonly at?: CellAt }[];
  }[];
  readonly totals: { readonly received: string; readonly costs: string; readonly unused: string; readonly toRepay: string };
  /** The follow-up as a sheet, to write. */
  readonly plan: Sheet;
}

export interface ReviewState {
  readonly reports?: ReportsReviewView;
  readonly table?: TableReviewView;
  /** The range the table was read from. */
  readonly tableRange?: CellAt;
}

/** The stated total as the user types it: kept out of the state so typing does not re-render the pane. */
const totals = new WeakMap<Pane, string>();

export function editStatedTotal(pane: Pane, text: string): void {
  totals.set(pane, text);
}

export function statedTotalDraft(pane: Pane): string {
  return totals.get(pane) ?? '';
}

/** "Granska en tabell": the selected range (amounts with names or codes, or a table pasted as text) audited against the built-in populations. */
export async function reviewTable(pane: Pane): Promise<void> {
  await pane.busy(pane.t('Granskar tabellen …', 'Reviewing the table …'), async () => {
    const read = await pane.deps.port.readSelectedCells();
    const m = await pane.load('review');
    const s = pane.state;
    const own = s.settings.population.kind === 'range' ? s.rangeTable : undefined;
    const r = m.reviewSelectedTable(read, statedTotalDraft(pane), m.candidateTables(own));
    if (!r.ok) {
      // A result of an earlier selection is not left standing beside the message about this one.
      pane.set({ audit: withoutTable(pane.state.audit) });
      return pane.fail(r.issues);
    }
    const v = r.value;
    pane.set({ audit: { ...pane.state.audit, table: v, tableRange: { sheet: read.sheet, address: read.address } } });
    pane.notify(
      v.foots && v.fits ? 'success' : 'info',
      pane.t(
        `Granskade ${v.regions} regioner i ${read.sheet}!${read.address}: ${v.foots ? 'summerar' : 'summerar inte'}, ${v.fits ? 'en metod återger tabellen' : 'ingen metod återger tabellen'}.`,
        `Reviewed ${v.regions} regions in ${read.sheet}!${read.address}: ${v.foots ? 'foots' : 'does not foot'}, ${v.fits ? 'a method reproduces the table' : 'no method reproduces the table'}.`,
      ),
    );
  });
}

/** "Granska redovisningar": every report sheet Bidragskollen made in this workbook, reviewed and consolidated. */
export async function reviewReports(pane: Pane): Promise<void> {
  await pane.busy(pane.t('Granskar redovisningarna …', 'Reviewing the reports …'), async () => {
    const reads = await pane.deps.port.readNamedCells();
    const m = await pane.load('review');
    // The deadlines come with the forms' prefill: loaded with that chunk, they stay out of the start-up bundle.
    const deadlines = (await pane.load('forms')).catalogReportDeadlines((id) => pane.state.agreements.find((a) => a.id === id));
    const r = m.reviewWorkbookReports(reads, { today: pane.deps.today(), generatedAt: pane.deps.now(), lang: pane.state.lang, deadlines });
    const { reports: _earlier, ...rest } = pane.state.audit ?? {};
    if (!r.ok) {
      pane.set({ audit: rest });
      return pane.fail(r.issues);
    }
    pane.set({ audit: { ...rest, reports: r.value } });
    const bad = r.value.reports.filter((x) => !x.ok).length;
    pane.notify(
      bad > 0 ? 'info' : 'success',
      pane.t(`Granskade ${r.value.reports.length} redovisningar, ${bad} med fel eller brister.`, `Reviewed ${r.value.reports.length} reports, ${bad} with errors or gaps.`),
    );
  });
}

/**
 * The start-up bundle's write workflow, handed to the lazily loaded screen: imported by the chunk
 * it would stop being part of the start-up module and grow it.
 */
export interface WriteActions {
  readonly writePlan: typeof writePlan;
  readonly resolvePending: typeof resolvePending;
}

/** Writes the follow-up as a sheet: a new one, or, when asked, in place of the follow-up written before. */
export async function writeFollowUp(pane: Pane, write: WriteActions): Promise<void> {
  const plan = pane.state.audit?.reports?.plan;
  if (plan) await write.writePlan(pane, plan, pane.t('uppföljningen', 'the follow-up'), undefined);
}

function withoutTable(r: ReviewState | undefined): ReviewState {
  const { table: _table, tableRange: _range, ...rest } = r ?? {};
  return rest;
}

/** Selects the cell a row or finding is about. */
export async function showCell(pane: Pane, at: CellAt): Promise<void> {
  await pane.busy(pane.t('Visar cellen …', 'Showing the cell …'), () => pane.deps.port.select(at.sheet, at.address));
}
