import type { Agreement } from '../../../core/agreements';
import type { Sheet } from '../../../core/sheet';
// The agreement sheet's identity only: its reader and writer stay in the lazily loaded chunk.
// eslint-disable-next-line no-restricted-imports -- one small file of the module, so the start-up bundle does not take the templates along
import { agreementOfSheet } from '../../../core/templates/agreement-sheet-id';
import type { Inventory } from '../../../excel/port';
import type { Pane } from '../pane';
import { saveAgreements } from '../preferences';
import type { AgreementSheetRef, LocatedIssue, Notice } from '../state';
import { selectAgreement } from './agreement';
import { showCell } from './check';
import { refreshPreview } from './distribute';
import { useSavedAgreements } from './import';
import { writePlan } from './write';

/**
 * The agreement sheet is where a controller corrects an agreement, so once it reads it is the truth:
 * the pane uses its agreement and updates the copy saved in the workbook's settings to match. A sheet
 * that does not read is left as it is and the saved copy stays in use, with each problem at its cell.
 * Sheets are found by their identity in the registry, so a renamed sheet is still the agreement's;
 * a deleted one is simply gone, and the saved copy is used.
 */

/** When the sheets are read: the pane opening, the user choosing an agreement, or asking. */
type Occasion = 'start' | 'choose' | 'asked';

/**
 * The agreement sheets in the workbook, each under the id it was last read as (a blank sheet filled
 * in, or a sheet whose Id the controller changed, is the agreement it now names), else its registry's.
 * For an agreement with more than one, the last in the workbook's order: "Nytt blad" adds a sheet at
 * the end, so that is the newest.
 */
export function agreementSheets(inv: Inventory, readAs: ReadonlyMap<string, string> = new Map()): AgreementSheetRef[] {
  return latestPerAgreement(
    inv.sheets.flatMap((s) => {
      const registered = s.planId === undefined ? undefined : agreementOfSheet(s.planId);
      return registered === undefined ? [] : [{ agreementId: readAs.get(s.name) ?? registered, sheet: s.name }];
    }),
  );
}

/** One sheet per agreement, the last in the workbook's order. */
function latestPerAgreement(refs: readonly AgreementSheetRef[]): AgreementSheetRef[] {
  const out: AgreementSheetRef[] = [];
  for (const r of refs) {
    const at = out.findIndex((x) => x.agreementId === r.agreementId);
    if (at >= 0) out.splice(at, 1);
    out.push(r);
  }
  return out;
}

/** Called inside `busy`: finds the agreement sheets (all, or the one of `only`), reads them and uses what reads. */
async function readSheets(pane: Pane, occasion: Occasion, only?: string, known?: Inventory): Promise<void> {
  const { port } = pane.deps;
  const readAs = new Map(pane.state.agreementSheets.map((x) => [x.sheet, x.agreementId]));
  const sheets = agreementSheets(known ?? (await port.inventory()), readAs);
  const wanted = sheets.filter((s) => only === undefined || s.agreementId === only);
  // Problems of sheets not read now stay listed, unless their sheet is gone.
  const kept = pane.state.sheetProblems.filter((p) => !wanted.some((w) => w.agreementId === p.agreementId) && sheets.some((s) => s.sheet === p.sheet));
  pane.set({ agreementSheets: sheets, sheetProblems: kept });
  if (wanted.length === 0) {
    if (occasion === 'asked') note(pane, { kind: 'info', text: goneText(pane) });
    return;
  }
  const chunk = await pane.load('agreementSheet');
  const problems = [...kept];
  const corrected: Agreement[] = [];
  const notes: Notice[] = [];
  const readIds = new Map<string, string>();
  for (const ref of wanted) {
    const r = chunk.readSheet(await port.readUsedRange(ref.sheet));
    if (!r.ok) {
      const kept = pane.state.agreements.find((a) => a.id === ref.agreementId);
      problems.push({ ...ref, issues: r.issues });
      notes.push({ kind: 'error', text: chunk.unreadableText(pane.state.lang, ref.sheet, r.issues.length, kept) });
      continue;
    }
    readIds.set(ref.sheet, r.value.id);
    // Compared with what the pane has under the sheet's own id (the controller may have changed it).
    const had = pane.state.agreements.find((a) => a.id === r.value.id);
    const changes = chunk.changesBetween(had, r.value);
    if (!r.edited && had && !changes.same) {
      // The sheet shows the agreement as it was written, unedited, and the copy saved since is
      // newer (imported again, a deadline added): the saved copy stays, the sheet is left as it is.
      if (occasion === 'asked') notes.push({ kind: 'info', text: chunk.olderText(pane.state.lang, ref.sheet) });
      continue;
    }
    if (!changes.same) {
      corrected.push(r.value);
      notes.push({ kind: 'success', text: chunk.usedText(pane.state.lang, ref.sheet, r.value, changes) });
    } else if (occasion === 'asked') notes.push({ kind: 'info', text: chunk.sameText(pane.state.lang, ref.sheet) });
  }
  if (corrected.length > 0) {
    const ids = new Set(corrected.map((a) => a.id));
    const saved = [...pane.state.saved.filter((a) => !ids.has(a.id)), ...corrected];
    await saveAgreements(port, saved);
    useSavedAgreements(pane, saved);
  }
  // Each sheet now under the id it read as.
  pane.set({ sheetProblems: problems, agreementSheets: latestPerAgreement(sheets.map((x) => ({ ...x, agreementId: readIds.get(x.sheet) ?? x.agreementId }))) });
  for (const n of notes) note(pane, n);
}

const note = (pane: Pane, n: Notice): void => pane.set({ notices: [...pane.state.notices, n] });

/** At start (inside `start`'s busy): every agreement sheet in the inventory just taken. */
export const readAgreementSheetsAtStart = (pane: Pane, inventory: Inventory): Promise<void> => readSheets(pane, 'start', undefined, inventory);

/** The picker: the agreement at once, then its sheet's corrections, if it has a sheet. */
export async function chooseAgreement(pane: Pane, id: string): Promise<void> {
  await selectAgreement(pane, id);
  const shown = pane.state.agreement;
  await pane.busy(pane.t('Läser överenskommelsebladet …', 'Reading the agreement sheet …'), () => readSheets(pane, 'choose', id));
  if (pane.state.agreement !== shown) await selectAgreement(pane, id);
}

/** "Läs in rättelser från bladet": the chosen agreement's sheet (or the one named). */
export async function readCorrections(pane: Pane, agreementId = pane.state.agreement?.id): Promise<void> {
  if (agreementId === undefined) return;
  pane.focusNext = 'result';
  await pane.busy(pane.t('Läser rättelserna från bladet …', 'Reading the corrections from the sheet …'), () => readSheets(pane, 'asked', agreementId));
  refreshPreview(pane);
}

/** "Skriv som blad": any agreement, a built-in one too, as the sheet a controller corrects it in. */
export async function writeAgreementSheet(pane: Pane): Promise<void> {
  const a = pane.state.agreement;
  if (!a) return;
  let sheet: Sheet | undefined;
  await pane.busy(pane.t('Förbereder överenskommelsebladet …', 'Preparing the agreement sheet …'), async () => {
    const chunk = await pane.load('agreementSheet');
    sheet = chunk.agreementSheet(a, pane.state.lang, { productVersion: pane.deps.version, generatedAt: pane.deps.now() });
  });
  if (!sheet) return;
  await writePlan(
    pane,
    sheet,
    pane.t('överenskommelsebladet', 'the agreement sheet'),
    undefined,
    pane.t('Rätta värdena på bladet och välj sedan ”Läs in rättelser från bladet”.', 'Correct the values on the sheet, then choose "Read corrections from the sheet".'),
  );
}

/** "Visa cellen" for a problem on the sheet: the same go-to-cell as Kontrollera's. */
export async function showSheetIssue(pane: Pane, i: LocatedIssue): Promise<void> {
  if (i.where) await showCell(pane, i.where);
}

const goneText = (pane: Pane): string =>
  pane.t(
    'Överenskommelsen har inget blad i arbetsboken (det kan ha tagits bort), så den sparade överenskommelsen används. Välj ”Skriv som blad” för att rätta den i ett blad.',
    'The agreement has no sheet in the workbook (it may have been deleted), so the saved agreement is used. Choose "Write as a sheet" to correct it in a sheet.',
  );
