import { checkAgreement } from '../../../core/checks';
import { AGREEMENT_MESSAGES, listAgreements, type Agreement } from '../../../core/agreements';
import { makeIssue, type Issue } from '../../../core/result';
import { languageOf } from '../../i18n';
import { Pane, type Deps } from '../pane';
import { initialState, type AppState } from '../state';
import { distributableLines, refreshPreview } from './distribute';
import { refreshScreen } from './navigation';

/** The pane as it opens: the built-in agreements, the first one chosen. Settings are read by `start`. */
export function openPane(deps: Deps): Pane {
  const agreements = listAgreements();
  const first = agreements[0];
  const initial = initialState(languageOf(deps.displayLanguage), agreements);
  return new Pane(deps, first ? { ...initial, ...agreementState(first) } : initial);
}

/** What changes with the agreement: its checks and lines, and everything computed from the old one. */
export function agreementState(a: Agreement): Partial<AppState> {
  const lines = distributableLines(a);
  return {
    agreement: a,
    agreementIssues: checkAgreement(a),
    lines,
    lineId: lines[0]?.visit.line.id,
    findings: undefined,
    deadlines: undefined,
    icsText: undefined,
    formRecipients: undefined,
    formRecipient: undefined,
    pending: undefined,
  };
}

export async function selectAgreement(pane: Pane, id: string): Promise<void> {
  const a = pane.state.agreements.find((x) => x.id === id);
  if (!a) return;
  pane.set(agreementState(a));
  refreshPreview(pane);
  await refreshScreen(pane);
}

/** What the view hands over of a file the user picked (a DOM `File` is one). */
export interface PickedFile {
  readonly name: string;
  text(): Promise<string>;
}

/** An agreement file the user opened: read, validated, then added to the list and selected. */
export async function openAgreementFile(pane: Pane, file: PickedFile): Promise<void> {
  let text: string | undefined;
  await pane.busy(pane.t(`Läser ${file.name} …`, `Reading ${file.name} …`), async () => {
    text = await file.text().catch(() => {
      pane.notify('error', pane.t(`Filen ${file.name} kunde inte läsas. Välj den igen, eller kopiera den till datorn först.`, `The file ${file.name} could not be read. Choose it again, or copy it to this computer first.`));
      return undefined;
    });
  });
  if (text === undefined) return;
  // The full validation (zod) is loaded on demand; the built-in catalog does not need it.
  const { parseAgreementJson } = await import(/* webpackChunkName: "validation" */ '../../../core/agreements/load');
  const r = parseAgreementJson(text);
  if (!r.ok) {
    const first = r.issues[0] as Issue;
    return pane.fail([makeIssue(AGREEMENT_MESSAGES, 'FILE', { file: file.name, cause: first })]);
  }
  pane.set({ agreements: [...pane.state.agreements.filter((a) => a.id !== r.value.id), r.value] });
  await selectAgreement(pane, r.value.id);
  pane.notify('success', pane.t(`Öppnade ${file.name}.`, `Opened ${file.name}.`));
}
