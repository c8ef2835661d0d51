import { listAgreements } from '../../core/agreements';
import type { Method } from '../../core/distribution';
import type { Profile } from '../../core/profile';
import type { Settings } from '../../core/settings';
import { languageOf } from '../i18n';
import { Pane, type Deps } from './pane';
import { initialState, selectedLine, type AppState, type DistributableLine, type Finding, type Screen } from './state';
import { agreementState, openAgreementFile, selectAgreement, type PickedFile } from './workflows/agreement';
import { check, showFinding } from './workflows/check';
import { distribute, selectLine } from './workflows/distribute';
import { downloadIcs } from './workflows/deadlines';
import { createForm, selectFormRecipient } from './workflows/forms';
import { go } from './workflows/navigation';
import * as settings from './workflows/settings';
import { resolvePending } from './workflows/write';

export type { AppState, Finding, FormRecipient, Notice, PendingReplace, Screen } from './state';
export type { Deps, LazyParts } from './pane';

/**
 * What the view calls: one method per user action, each handed to the workflow of its screen
 * (src/taskpane/app/workflows). No DOM here; the view renders the state and forwards events.
 * Every async method resolves, never rejects: errors end as notices.
 */
export class Controller {
  private readonly pane: Pane;
  /** What the user has typed into the profile form and not yet saved: survives re-rendering. */
  readonly profileDraft: settings.ProfileDraft = {};

  constructor(deps: Deps) {
    const agreements = listAgreements();
    const first = agreements[0];
    const initial = initialState(languageOf(deps.displayLanguage), agreements);
    this.pane = new Pane(deps, first ? { ...initial, ...agreementState(first) } : initial);
  }

  get state(): AppState {
    return this.pane.state;
  }

  get selectedLine(): DistributableLine | undefined {
    return selectedLine(this.pane.state);
  }

  subscribe(listener: (s: AppState) => void): () => void {
    return this.pane.subscribe(listener);
  }

  start = (): Promise<void> => settings.start(this.pane);
  dismiss = (): void => this.pane.set({ notices: [] });
  go = (screen: Screen): Promise<void> => go(this.pane, screen);

  selectAgreement = (id: string): Promise<void> => selectAgreement(this.pane, id);
  openAgreementFile = (file: PickedFile): Promise<void> => openAgreementFile(this.pane, file);

  selectLine = (id: string): void => selectLine(this.pane, id);
  distribute = (choice?: 'replace' | 'new'): Promise<void> => distribute(this.pane, choice);
  resolvePending = (choice: 'replace' | 'new' | 'cancel'): Promise<void> => resolvePending(this.pane, choice);

  check = (): Promise<void> => check(this.pane);
  showFinding = (f: Finding): Promise<void> => showFinding(this.pane, f);

  downloadIcs = (): Promise<void> => downloadIcs(this.pane);

  selectFormRecipient = (code: string): void => selectFormRecipient(this.pane, code);
  createForm = (kind: 'rekvisition' | 'redovisning'): Promise<void> => createForm(this.pane, kind);

  setMethod = (method: Method): Promise<void> => settings.setMethod(this.pane, method);
  setUnit = (exponent: Settings['unitExponent']): Promise<void> => settings.setUnit(this.pane, exponent);
  setLanguage = (language: Settings['language']): Promise<void> => settings.setLanguage(this.pane, language);
  useBuiltinPopulation = (): Promise<void> => settings.useBuiltinPopulation(this.pane);
  useSelectionAsPopulation = (): Promise<void> => settings.useSelectionAsPopulation(this.pane);
  editProfile = (key: keyof Profile, value: string): void => void (this.profileDraft[key] = value);
  saveProfile = (p: Profile): Promise<void> => settings.saveProfile(this.pane, p, this.profileDraft);
}
