// Loaded on demand, only when the workbook has an agreement sheet or one is written: reading the
// controller's corrections back from it, what they changed, and writing an agreement as a sheet.
import { parseAgreement, serializeAgreement, type Agreement, type AgreementChanges } from '../../../core/agreements';
import { ok, type Lang } from '../../../core/result';
import { AUDIT_CELL, parseCell, parseRange, splitAddress } from '../../../core/sheet';
import { agreementFingerprint, readAgreementSheet, writtenFingerprint, type AgreementSheetIssue, type CellInput } from '../../../core/templates';
import type { LocatedIssue } from '../state';

export { agreementSheet } from '../../../core/templates';
// What a read changed: the core's rule, loaded with the reader.
export { changesBetween } from '../../../core/agreements';

/**
 * `edited`: the sheet no longer holds the agreement it was written from, so it carries the
 * controller's corrections. False for a sheet that shows, unchanged, the agreement as written: then a
 * copy saved since (a new import, an added deadline) is newer than the sheet and stays. A sheet
 * without a fingerprint (written before it was kept, or by hand) counts as edited.
 */
export type SheetRead = { readonly ok: true; readonly value: Agreement; readonly edited: boolean } | { readonly ok: false; readonly issues: readonly LocatedIssue[] };

/** The used range as the port read it (`readUsedRange`). */
export interface UsedCells {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly CellInput[])[];
}

/**
 * The sheet's agreement, or where it does not read. Only reads: a sheet that does not read is left
 * as the user typed it and the pane keeps the agreement it had.
 */
export function readSheet(used: UsedCells): SheetRead {
  const grid = fromA1(used);
  const read = readAgreementSheet(grid, { sheetName: used.sheet });
  if (!read.ok) return { ok: false, issues: read.issues.map(located) };
  // The reader has checked it by the agreement format's rules; this decodes its amounts.
  const agreement = parseAgreement(read.value);
  if (!agreement.ok) throw new Error(`the agreement sheet reader let through an agreement the format refuses: ${agreement.issues[0]?.code}`);
  const audit = parseCell(AUDIT_CELL);
  const written = writtenFingerprint(grid[audit.row - 1]?.[audit.col - 1]);
  return { ...ok(agreement.value), edited: written === undefined || written !== agreementFingerprint(serializeAgreement(agreement.value)) };
}

/**
 * The reader takes a grid from A1, as the sheet is laid out; the used range starts where the first
 * filled row and column are (A1 on a sheet as written, later when the user cleared the top rows).
 */
export function fromA1(used: UsedCells): CellInput[][] {
  if (used.values.length === 0) return [];
  const box = parseRange(used.address);
  const pad: CellInput[] = Array.from({ length: box.left - 1 }, () => null);
  return [...Array.from({ length: box.top - 1 }, () => []), ...used.values.map((row) => [...pad, ...row])];
}

function located(issue: AgreementSheetIssue): LocatedIssue {
  const cell = 'cell' in issue.params ? issue.params.cell : undefined;
  const [sheet, address] = cell === undefined ? ['', ''] : splitAddress(cell);
  return sheet ? { issue, where: { sheet, address } } : { issue };
}

// What the pane says after a read, here since it is said only once the sheet is read.
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const say = (lang: Lang, sv: string, en: string): string => (lang === 'sv' ? sv : en);

export function usedText(lang: Lang, sheet: string, a: Agreement, c: AgreementChanges): string {
  if (c.added)
    return say(
      lang,
      `Överenskommelsen ”${a.title}” på bladet ${sheet} är sparad i arbetsboken och finns i listan.`,
      `The agreement "${a.titleEn ?? a.title}" on the sheet ${sheet} is saved in the workbook and in the list.`,
    );
  const sv = [c.amounts > 0 ? count(c.amounts, 'belopp', 'belopp') : '', c.dates > 0 ? count(c.dates, 'datum', 'datum') : ''].filter(Boolean).join(' och ');
  const en = [c.amounts > 0 ? count(c.amounts, 'amount', 'amounts') : '', c.dates > 0 ? count(c.dates, 'date', 'dates') : ''].filter(Boolean).join(' and ');
  return say(
    lang,
    `Rättelserna från bladet ${sheet} används: ${sv ? `${sv} har ändrats` : 'inga belopp eller datum, men andra uppgifter har ändrats'}. Den sparade överenskommelsen i arbetsboken är uppdaterad.`,
    `The corrections from the sheet ${sheet} are used: ${en ? `${en} changed` : 'no amounts or dates, but other details changed'}. The agreement saved in the workbook is updated.`,
  );
}

export function unreadableText(lang: Lang, sheet: string, problems: number, kept: Agreement | undefined): string {
  const sv = kept ? `så den sparade överenskommelsen ”${kept.title}” används` : 'så dess överenskommelse används inte';
  const en = kept ? `so the saved agreement "${kept.titleEn ?? kept.title}" is used` : 'so its agreement is not used';
  return say(
    lang,
    `Bladet ${sheet} kunde inte läsas (${count(problems, 'problem', 'problem')}), ${sv}. Inget på bladet har ändrats. Rätta cellerna i listan under Överenskommelse och välj ”Läs in rättelser från bladet”.`,
    `The sheet ${sheet} could not be read (${count(problems, 'problem', 'problems')}), ${en}. Nothing on the sheet has been changed. Correct the cells listed under Agreement and choose "Read corrections from the sheet".`,
  );
}

export const olderText = (lang: Lang, sheet: string): string =>
  say(
    lang,
    `Bladet ${sheet} visar överenskommelsen som den var när bladet skrevs, och den som sparats i arbetsboken sedan dess är nyare: den sparade används. Välj ”Skriv som blad” för att skriva bladet på nytt.`,
    `The sheet ${sheet} shows the agreement as it was when the sheet was written, and the one saved in the workbook since is newer: the saved one is used. Choose "Write as a sheet" to write the sheet again.`,
  );

export const sameText = (lang: Lang, sheet: string): string =>
  say(lang, `Bladet ${sheet} stämmer med den sparade överenskommelsen: inget att rätta.`, `The sheet ${sheet} matches the saved agreement: nothing to correct.`);
