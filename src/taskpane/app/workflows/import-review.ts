// Loaded with the "Ny överenskommelse" screen (view/import-review.ts), never at start-up: reading a
// document into a draft, the user's corrections, saving the confirmed agreement, and adding a deadline.
import type { Agreement, AgreementJson } from '../../../core/agreements';
import type { Issue, Result } from '../../../core/result';
import type { NewDeadline } from '../chunks/pdf-import';
import type { Sheet } from '../../../core/sheet';
import type { Pane } from '../pane';
import type { ImportReview } from '../state';
import type { ImportHost } from './import';

let host: ImportHost | undefined;

/** Called once this code is loaded: the start-up workflows it uses (see `ImportHost`). */
export function connect(h: ImportHost): void {
  host = h;
}

function started(): ImportHost {
  if (!host) throw new Error('import workflows used before connect()');
  return host;
}

/** What the view hands over of a file the user picked (a DOM `File` is one). */
export interface PickedDocument {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const key = (path: readonly (string | number)[]): string => path.join('.');

/** "Ny överenskommelse" from a file: a PDF (read page by page, with progress) or a text file. */
export async function importDocument(pane: Pane, file: PickedDocument): Promise<void> {
  await pane.busy(pane.t(`Läser ${file.name} …`, `Reading ${file.name} …`), async () => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const imp = await pane.load('agreementImport');
    let text: Result<string>;
    if (imp.isPdf(bytes)) {
      const pdf = await pane.load('pdf');
      text = await imp.readPdf(
        () => pdf.openPdf(bytes),
        (done, total) => pane.set({ busy: pane.t(`Läser ${file.name}: sida ${done} av ${total} …`, `Reading ${file.name}: page ${done} of ${total} …`) }),
      );
    } else text = { ok: true, value: new TextDecoder('utf-8').decode(bytes) };
    if (!text.ok) return pane.fail(text.issues);
    review(pane, imp, text.value, file.name);
  });
}

/** "Ny överenskommelse" from text the user pasted. */
export async function importPasted(pane: Pane, text: string): Promise<void> {
  await pane.busy(pane.t('Läser texten …', 'Reading the text …'), async () => {
    review(pane, await pane.load('agreementImport'), text, pane.t('inklistrad text', 'pasted text'));
  });
}

type ImportChunk = Awaited<ReturnType<Pane['deps']['lazy']['agreementImport']>>;

function review(pane: Pane, imp: ImportChunk, text: string, fileName: string): void {
  const r = imp.importText(text, fileName);
  if (!r.ok) return pane.fail(r.issues);
  pane.set({ review: { fileName, draft: r.value.draft, notes: r.value.notes, ...r.value.review, resolved: [], corrected: [] } });
}

/** Conflicting figures the user has not yet picked a value for. */
export const unresolved = (r: ImportReview): number => r.figures.filter((f) => f.status === 'conflicting' && !r.resolved.includes(key(f.path))).length;

async function edit(pane: Pane, path: readonly (string | number)[], change: (imp: ImportChunk, draft: AgreementJson, today: string) => { draft: AgreementJson; refused?: Issue }, resolves = false): Promise<void> {
  const r = pane.state.review;
  if (!r) return;
  await pane.busy(pane.t('Uppdaterar …', 'Updating …'), async () => {
    const imp = await pane.load('agreementImport');
    const out = change(imp, r.draft, pane.deps.today());
    if (out.refused) return pane.fail([out.refused]);
    const k = key(path);
    const changed = out.draft !== r.draft;
    pane.set({
      review: {
        ...r,
        draft: out.draft,
        ...imp.reviewOf(out.draft),
        resolved: resolves && !r.resolved.includes(k) ? [...r.resolved, k] : r.resolved,
        corrected: changed && !resolves && !r.corrected.includes(k) ? [...r.corrected, k] : r.corrected,
      },
    });
  });
}

/** The user corrects an amount ("1 234 567", "12,5 mnkr"; empty = not stated). */
export const correctAmount = (pane: Pane, path: readonly (string | number)[], text: string): Promise<void> =>
  edit(pane, path, (imp, d, today) => imp.correctAmount(d, path, text, today));

export const correctDate = (pane: Pane, path: readonly (string | number)[], date: string): Promise<void> =>
  edit(pane, path, (imp, d, today) => imp.correctDate(d, path, date, today));

export const correctRecipient = (pane: Pane, path: readonly (string | number)[], type: string): Promise<void> =>
  edit(pane, path, (imp, d, today) => ({ draft: imp.correctRecipient(d, path, type as Parameters<ImportChunk['correctRecipient']>[2], today) }));

/** A conflicting figure: the user picks the statement that holds (0 = the first one read). */
export const pickStatement = (pane: Pane, path: readonly (string | number)[], choice: number): Promise<void> =>
  edit(pane, path, (imp, d) => ({ draft: imp.pickStatement(d, path, choice) }), true);

export function cancelImport(pane: Pane): void {
  pane.set({ review: undefined });
}

/** The reviewed draft, confirmed: validated, saved in the workbook, selected. */
export async function confirmImport(pane: Pane): Promise<void> {
  const r = pane.state.review;
  if (!r) return;
  if (unresolved(r) > 0)
    return pane.notify('error', pane.t('Välj vilket belopp som gäller för varje figur som anges olika i texten innan du sparar.', 'Pick the amount that holds for each figure the text states differently before saving.'));
  let saved: Agreement | undefined;
  let sheet: Sheet | undefined;
  await pane.busy(pane.t('Sparar överenskommelsen …', 'Saving the agreement …'), async () => {
    const imp = await pane.load('agreementImport');
    const a = imp.confirmDraft(r.draft);
    if (!a.ok) return pane.fail(a.issues);
    await keepAgreement(pane, a.value);
    sheet = imp.agreementSheet(a.value, pane.state.lang, { productVersion: pane.deps.version, generatedAt: pane.deps.now() });
    saved = a.value;
  });
  if (!saved) return;
  pane.set({ review: undefined });
  await started().selectAgreement(pane, saved.id);
  await started().go(pane, 'agreement');
  const done = pane.t(`Överenskommelsen ”${saved.title}” är sparad i arbetsboken och vald.`, `The agreement "${saved.titleEn ?? saved.title}" is saved in the workbook and selected.`);
  pane.notify('success', done);
  // The agreement sheet: where the controller checks every figure against its quote and corrects it.
  // Written after the move to the agreement screen, which draws the replace-or-new question when the
  // workbook already has this agreement's sheet (moving screens clears a pending question).
  if (sheet) await started().writePlan(pane, sheet, pane.t('överenskommelsebladet', 'the agreement sheet'), undefined, done);
}



/** Saves an agreement in the workbook's settings (replacing its earlier copy) and offers it in the picker. */
export async function keepAgreement(pane: Pane, a: Agreement): Promise<void> {
  const saved = [...pane.state.saved.filter((x) => x.id !== a.id), a];
  await started().saveAgreements(pane.deps.port, saved);
  started().useSavedAgreements(pane, saved);
}

/** "Lägg till tidsfrist": into the selected agreement, saved in the workbook as that agreement's copy. */
export async function addDeadline(pane: Pane, input: NewDeadline): Promise<void> {
  const a = pane.state.agreement;
  if (!a) return;
  let added: Agreement | undefined;
  await pane.busy(pane.t('Lägger till tidsfristen …', 'Adding the deadline …'), async () => {
    const imp = await pane.load('agreementImport');
    const r = imp.withDeadline(a, input, pane.deps.today());
    if (!r.ok) return pane.fail(r.issues);
    await keepAgreement(pane, r.value);
    added = r.value;
  });
  if (!added) return;
  await started().selectAgreement(pane, added.id);
  pane.notify('success', pane.t('Tidsfristen är sparad i arbetsbokens överenskommelse.', "The deadline is saved in the workbook's agreement."));
}
