import type { Agreement, AgreementJson, Line } from '../../core/agreements';
import type { CheckIssue } from '../../core/checks';
import type { DeadlineView } from '../../core/deadlines';
import type { Distribution } from '../../core/distribution';
import type { DraftFigure } from '../../core/import';
import type { PopulationTables, SharedPlan } from '../../core/plan';
import type { Profile } from '../../core/profile';
import { builtInPopulation, defaultPopulation, type PopulationLevel, type WeightTable } from '../../core/reference';
import type { Issue, Lang } from '../../core/result';
import { DEFAULT_SETTINGS, settingsPopulation, type Settings } from '../../core/settings';
import type { Sheet } from '../../core/sheet';
import type { ReviewState } from './workflows/review';

export type Screen = 'agreement' | 'distribute' | 'check' | 'deadlines' | 'forms' | 'review' | 'settings' | 'import';

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
  /** What to do once it is written, added to the success message. */
  readonly next?: string;
}

export interface FormRecipient {
  readonly code: string;
  readonly name: string;
}

/** A line the pane can distribute: shared among the regions or samverkansregioner by a key it computes. */
export type DistributableLine = SharedPlan<Line>;

/** An agreement sheet in the workbook, found by its identity in the registry (a renamed sheet too). */
export interface AgreementSheetRef {
  readonly agreementId: string;
  readonly sheet: string;
}

/** A problem with the cell it is in, which "Visa cellen" selects. */
export interface LocatedIssue {
  readonly issue: Issue;
  readonly where?: { readonly sheet: string; readonly address: string };
}

/** An agreement sheet that did not read: its problems, while the pane keeps the agreement it had. */
export interface SheetProblem extends AgreementSheetRef {
  readonly issues: readonly LocatedIssue[];
}

/** "Ny överenskommelse": a draft read from a document, under review before it is saved. */
export interface ImportReview {
  readonly fileName: string;
  /** The draft as the user has corrected it so far, in the agreement file format. */
  readonly draft: AgreementJson;
  /** What the reader tells about the draft, shown in the pane's language. */
  readonly notes: readonly Issue[];
  readonly figures: readonly DraftFigure[];
  readonly missing: readonly { readonly what: string; readonly whatEn: string }[];
  /** Paths (joined by ".") of conflicting figures the user has picked a statement for. */
  readonly resolved: readonly string[];
  /** Paths of figures the user corrected. */
  readonly corrected: readonly string[];
}

export interface AppState {
  readonly lang: Lang;
  readonly screen: Screen;
  readonly agreements: readonly Agreement[];
  readonly agreement: Agreement | undefined;
  readonly agreementIssues: readonly CheckIssue[];
  readonly lines: readonly DistributableLine[];
  readonly lineId: string | undefined;
  readonly preview: Distribution | undefined;
  /** Why there is no preview (all weights zero, a recipient missing): shown where the preview would be. */
  readonly previewIssues: readonly Issue[];
  readonly settings: Settings;
  readonly profile: Profile;
  /** The profile's problems after "Spara", shown at their fields. */
  readonly profileIssues: readonly Issue[];
  /**
   * Whether the user agreed to keep the profile (personal data) in the workbook: undefined until
   * asked, false for "only for now" (kept in the pane until it closes).
   */
  readonly profileConsent: boolean | undefined;
  /** A profile waiting for the consent question's answer. */
  readonly profileToStore: Profile | undefined;
  readonly rangeTable: WeightTable | undefined;
  /** Population tables fetched before and stored in the workbook as sheets, read back at start. */
  readonly storedTables?: readonly StoredTable[];
  /** A fetch from SCB under way: its progress, for the pane's progress line and Avbryt. */
  readonly fetching?: { readonly step: string };
  readonly findings: readonly Finding[] | undefined;
  readonly deadlines: readonly DeadlineView[] | undefined;
  /** The .ics text shown to copy, where a download does not work (some Office webviews). */
  readonly icsText: string | undefined;
  readonly formRecipients: readonly FormRecipient[] | undefined;
  readonly formRecipient: string | undefined;
  readonly busy: string | undefined;
  readonly notices: readonly Notice[];
  readonly pending: PendingReplace | undefined;
  /** The agreements imported or corrected in this workbook (saved under its settings). */
  readonly saved: readonly Agreement[];
  readonly review: ImportReview | undefined;
  /** "Granska": the last table and report review. */
  readonly audit: ReviewState | undefined;
  /** The agreement sheets in the workbook, as last seen. */
  readonly agreementSheets: readonly AgreementSheetRef[];
  /** Agreement sheets that did not read when last read. */
  readonly sheetProblems: readonly SheetProblem[];
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
    previewIssues: [],
    settings: DEFAULT_SETTINGS,
    profile: {},
    profileIssues: [],
    profileConsent: undefined,
    profileToStore: undefined,
    rangeTable: undefined,
    findings: undefined,
    deadlines: undefined,
    icsText: undefined,
    formRecipients: undefined,
    formRecipient: undefined,
    busy: undefined,
    notices: [],
    pending: undefined,
    saved: [],
    audit: undefined,
    review: undefined,
    agreementSheets: [],
    sheetProblems: [],
  };
}

/** A stored sheet's table: the sheet it is on, its level and the weights (credited to the fetch). */
export interface StoredTable {
  readonly sheet: string;
  readonly level: PopulationLevel;
  readonly weights: WeightTable;
}

const storedOn = (s: AppState, sheet: string): WeightTable | undefined => s.storedTables?.find((t) => t.sheet === sheet)?.weights;

/** The population table in use for the regions: the remembered range or stored sheet once it is read, else SCB's. */
export function populationTable(s: AppState): WeightTable {
  const p = s.settings.population;
  if (p.kind === 'range' && s.rangeTable) return s.rangeTable;
  if (p.kind === 'sheet') return storedOn(s, p.sheet) ?? settingsPopulation(s.settings);
  return settingsPopulation(s.settings);
}

/** The municipalities' table in use: the one the settings name (built in or a stored sheet), else the default for kommuner. */
export function municipalTable(s: AppState): WeightTable {
  const m = s.settings.municipalPopulation;
  const chosen = m === undefined ? undefined : m.kind === 'builtin' ? builtInPopulation(m.table) : storedOn(s, m.sheet);
  return chosen ?? defaultPopulation('kommuner');
}

/** The tables per level a distribution uses. */
export function populationTables(s: AppState): PopulationTables {
  return { regioner: populationTable(s), kommuner: municipalTable(s) };
}

export function selectedLine(s: AppState): DistributableLine | undefined {
  return s.lines.find((l) => l.visit.line.id === s.lineId);
}
