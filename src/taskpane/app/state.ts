import type { Agreement, Line } from '../../core/agreements';
import type { CheckIssue } from '../../core/checks';
import type { DeadlineView } from '../../core/deadlines';
import type { Distribution } from '../../core/distribution';
import type { SharedPlan } from '../../core/plan';
import type { Profile } from '../../core/profile';
import type { WeightTable } from '../../core/reference';
import type { Lang } from '../../core/result';
import { DEFAULT_SETTINGS, settingsPopulation, type Settings } from '../../core/settings';
import type { Sheet } from '../../core/sheet';
import type { ReviewState } from './workflows/review';

export type Screen = 'agreement' | 'distribute' | 'check' | 'deadlines' | 'forms' | 'review' | 'settings';

export interface Notice {
  readonly kind: 'error' | 'success' | 'info';
  readonly text: string;
}

/** A finding with, when it is about a cell of a table in the workbook, where that cell is. */
export interface Finding {
  readonly issue: CheckIssue;
  readonly where?: { readonly sheet: string; readonly address: string };
  /** The table it came from, or undefined for the agreement itself. */
  readonly table?: string;
}

export interface PendingReplace {
  readonly sheet: string;
  readonly plan: Sheet;
  readonly label: string;
}

export interface FormRecipient {
  readonly code: string;
  readonly name: string;
}

/** A line the pane can distribute: shared among the regions or samverkansregioner by a key it computes. */
export type DistributableLine = SharedPlan<Line>;

export interface AppState {
  readonly lang: Lang;
  readonly screen: Screen;
  readonly agreements: readonly Agreement[];
  readonly agreement: Agreement | undefined;
  readonly agreementIssues: readonly CheckIssue[];
  readonly lines: readonly DistributableLine[];
  readonly lineId: string | undefined;
  readonly preview: Distribution | undefined;
  readonly settings: Settings;
  readonly profile: Profile;
  readonly rangeTable: WeightTable | undefined;
  readonly findings: readonly Finding[] | undefined;
  readonly deadlines: readonly DeadlineView[] | undefined;
  readonly formRecipients: readonly FormRecipient[] | undefined;
  readonly formRecipient: string | undefined;
  readonly busy: string | undefined;
  readonly notices: readonly Notice[];
  readonly pending: PendingReplace | undefined;
  /** "Granska": the last table and report review. */
  readonly review: ReviewState | undefined;
}

export function initialState(lang: Lang, agreements: readonly Agreement[]): AppState {
  return {
    lang,
    screen: 'agreement',
    agreements,
    agreement: undefined,
    agreementIssues: [],
    lines: [],
    lineId: undefined,
    preview: undefined,
    settings: DEFAULT_SETTINGS,
    profile: {},
    rangeTable: undefined,
    findings: undefined,
    deadlines: undefined,
    formRecipients: undefined,
    formRecipient: undefined,
    busy: undefined,
    notices: [],
    pending: undefined,
    review: undefined,
  };
}

/** The population table in use: the remembered range once it is read, else SCB's. */
export function populationTable(s: AppState): WeightTable {
  return s.settings.population.kind === 'range' && s.rangeTable ? s.rangeTable : settingsPopulation(s.settings);
}

export function selectedLine(s: AppState): DistributableLine | undefined {
  return s.lines.find((l) => l.visit.line.id === s.lineId);
}
