import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAgreement, type AgreementJson } from '../../../core/agreements';
import type { PdfDocumentPort } from '../../../core/import';
import { AGREEMENTS_KIND } from '../../../core/settings';
import { FakePort } from '../../../../tests/support/fake-port';
import { testPane } from '../../../../tests/support/pane';
import { check } from './check';
import { distribute } from './distribute';
import { importHost } from './import';
import { addDeadline, confirmImport, connect, correctAmount, correctDate, importDocument, importPasted, pickStatement, unresolved } from './import-review';

connect(importHost);
import { go } from './navigation';
import { resolvePending } from './write';
import { start } from './settings';

const SEED = readFileSync(join(__dirname, '../../../../../shared/seeds/000_6d1cf6cedc0d2a94.txt'), 'utf8');
const IMPORTED = 'sammanhallen-jamlik-saker-vard-2023';
const bytesOf = (text: string) => ({ name: 'overenskommelse.txt', arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer });

/** A pdf.js document whose pages hold the given lines, as pdf.js hands out text items. */
function fakePdf(pages: string[][]): PdfDocumentPort {
  return {
    numPages: pages.length,
    getPage: async (n) => ({
      getTextContent: async () => ({ items: (pages[n - 1] ?? []).map((str, i) => ({ str, transform: [1, 0, 0, 1, 50, 800 - i * 12], width: str.length * 5, height: 10 })) }),
    }),
    destroy: async () => undefined,
  };
}
const pdfFile = { name: 'overenskommelse.pdf', arrayBuffer: async () => new TextEncoder().encode('%PDF-1.7 …').buffer as ArrayBuffer };

describe('"Ny överenskommelse" in the pane', () => {
  it('reads pasted text into a draft, area by area, every figure with its words', async () => {
    const { pane } = testPane();
    await importPasted(pane, SEED);
    const r = pane.state.review!;
    expect(r.draft.id).toBe(IMPORTED);
    const total = r.figures.find((f) => f.path.join('.') === 'total.amount')!;
    expect([total.value, total.status, total.area]).toEqual(['326 000 000 kr', 'found', null]);
    expect(total.source?.quote).toMatch(/326 miljoner kronor|326 000 000/);
    expect(new Set(r.figures.map((f) => f.area)).size).toBeGreaterThan(3);
    expect(pane.state.notices).toEqual([]);
  });

  it('confirms: the agreement is saved in the workbook settings, joins the picker and distributes', async () => {
    const { pane, port } = testPane();
    await importPasted(pane, SEED);
    await confirmImport(pane);
    expect(pane.state.review).toBeUndefined();
    expect(pane.state.agreement?.id).toBe(IMPORTED);
    expect(pane.state.agreements.map((a) => a.id)).toContain('sammanhallen-vard-2023');
    expect(pane.state.agreements.at(-1)?.id).toBe(IMPORTED);
    expect(pane.state.notices[0]).toMatchObject({ kind: 'success' });
    const stored = port.settings.get(AGREEMENTS_KIND.key) as { version: number; data: AgreementJson[] };
    expect([stored.version, stored.data.map((a) => a.id), stored.data[0]?.total.amount]).toEqual([1, [IMPORTED], '326000000']);
    // Fördela with a line of the imported agreement.
    await go(pane, 'distribute');
    expect(pane.state.lines.length).toBeGreaterThan(0);
    await distribute(pane);
    expect(port.sheets.map((s) => s.planId ?? s.name)).toContainEqual(expect.stringContaining(IMPORTED));
    // Kontrollera, Tidsfrister and Blanketter work on it too.
    await check(pane);
    expect(pane.state.findings).toBeDefined();
    await go(pane, 'deadlines');
    expect(pane.state.deadlines?.length).toBe(10);
    await go(pane, 'forms');
    expect(pane.state.formRecipients?.map((r) => r.code)).toContain('13');
  });

  it('importing the same agreement again asks on the agreement screen before replacing its sheet', async () => {
    const { pane, port } = testPane();
    await importPasted(pane, SEED);
    await confirmImport(pane);
    const sheets = port.sheets.length;
    await importPasted(pane, SEED);
    await confirmImport(pane);
    // The question stays up where it is drawn; nothing is written until it is answered.
    expect(pane.state.screen).toBe('agreement');
    expect(pane.state.pending?.label).toBe('överenskommelsebladet');
    expect(port.sheets.length).toBe(sheets);
    await resolvePending(pane, 'replace');
    expect(pane.state.pending).toBeUndefined();
    expect(port.sheets.length).toBe(sheets);
    expect(pane.state.notices[0]?.text).toMatch(/är ersatt.*sparad i arbetsboken och vald/);
  });

  it('offers the saved agreement again when the workbook is opened next time', async () => {
    const port = new FakePort();
    const first = testPane({ port });
    await importPasted(first.pane, SEED);
    await confirmImport(first.pane);
    const again = testPane({ port });
    await start(again.pane);
    expect(again.pane.state.agreements.at(-1)?.id).toBe(IMPORTED);
    expect(again.pane.state.agreement?.id).toBe('sammanhallen-vard-2023');
  });

  it('keeps an unreadable stored list aside and says so', async () => {
    const port = new FakePort();
    const raw = { version: 1, data: [{ id: 'trasig' }] };
    port.settings.set(AGREEMENTS_KIND.key, raw);
    const { pane } = testPane({ port });
    await start(pane);
    expect(port.settings.get('bidragskollen.agreements.backup')).toMatchObject({ raw });
    expect(port.settings.get(AGREEMENTS_KIND.key)).toEqual({ version: 1, data: [] });
    expect(pane.state.notices.map((n) => n.text).join(' ')).toContain('bidragskollen.agreements.backup');
  });

  it('takes a corrected amount in Swedish form, with the user as its source, and refuses one it cannot read', async () => {
    const { pane } = testPane();
    await importPasted(pane, SEED);
    await correctAmount(pane, ['areas', 0, 'amount'], '12,5 mnkr');
    const r = pane.state.review!;
    expect(r.draft.areas[0]?.amount).toBe('12500000');
    expect(r.draft.areas[0]?.source?.where).toBe('Rättat av användaren 2023-11-15');
    expect(r.corrected).toEqual(['areas.0.amount']);
    await correctAmount(pane, ['areas', 0, 'amount'], 'tolv');
    expect(pane.state.review!.draft.areas[0]?.amount).toBe('12500000');
    expect(pane.state.notices).toEqual([{ kind: 'error', text: 'Beloppet ”tolv” går inte att läsa. Skriv till exempel 1 234 567 eller 12,5 mnkr.' }]);
  });

  it('corrects a deadline date', async () => {
    const { pane } = testPane();
    await importPasted(pane, SEED);
    await correctDate(pane, ['deadlines', 0], '2026-12-01');
    expect(pane.state.review!.draft.deadlines[0]?.date).toBe('2026-12-01');
  });

  it('holds a conflicting figure until the user picks one, then saves the picked value', async () => {
    const { pane } = testPane();
    await importPasted(pane, SEED);
    const r = pane.state.review!;
    const source = { where: 'avsnitt 9', quote: 'totalt 362 miljoner kronor' };
    const draft: AgreementJson = { ...r.draft, total: { ...r.draft.total, alsoStated: [{ amount: '362000000', source }] } };
    const imp = await import('../chunks/pdf-import');
    pane.set({ review: { ...r, draft, ...imp.reviewOf(draft) } });
    expect(unresolved(pane.state.review!)).toBe(1);
    await confirmImport(pane);
    expect(pane.state.review).toBeDefined();
    expect(pane.state.notices[0]?.kind).toBe('error');
    await pickStatement(pane, ['total', 'amount'], 1);
    expect(unresolved(pane.state.review!)).toBe(0);
    expect(pane.state.review!.draft.total).toMatchObject({ amount: '362000000', source, alsoStated: [{ amount: '326000000' }] });
    await confirmImport(pane);
    expect(pane.state.agreement?.total.amount?.toFixed()).toBe('362000000');
  });

  it('reads a text file the same way as pasted text', async () => {
    const { pane } = testPane();
    await importDocument(pane, bytesOf(SEED));
    expect(pane.state.review?.draft.id).toBe(IMPORTED);
    expect(pane.state.review?.fileName).toBe('overenskommelse.txt');
  });

  it('reads a PDF page by page, showing "sida N av M"', async () => {
    const lines = SEED.split('\n');
    const half = Math.ceil(lines.length / 2);
    const { pane } = testPane({ lazy: { pdf: async () => ({ openPdf: async () => fakePdf([lines.slice(0, half), lines.slice(half)]) }) } });
    const seen: string[] = [];
    pane.subscribe((s) => s.busy && !seen.includes(s.busy) && seen.push(s.busy));
    await importDocument(pane, pdfFile);
    expect(seen).toEqual(['Läser overenskommelse.pdf …', 'Läser overenskommelse.pdf: sida 1 av 2 …', 'Läser overenskommelse.pdf: sida 2 av 2 …']);
    expect(pane.state.review?.figures.find((f) => f.path.join('.') === 'total.amount')?.value).toBe('326 000 000 kr');
  });

  it('says what to do with a scanned PDF and with a password-protected one', async () => {
    const scanned = testPane({ lazy: { pdf: async () => ({ openPdf: async () => fakePdf([[], []]) }) } });
    await importDocument(scanned.pane, pdfFile);
    expect(scanned.pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^PDF-filen har inget textlager \(den är troligen inskannad\)/) }]);
    const locked = testPane({ lazy: { pdf: async () => ({ openPdf: () => Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })) }) } });
    await importDocument(locked.pane, pdfFile);
    expect(locked.pane.state.notices).toEqual([{ kind: 'error', text: 'PDF-filen är lösenordsskyddad. Spara en kopia utan lösenord och importera den.' }]);
    expect(locked.pane.state.review).toBeUndefined();
  });

  it('says why a text is not an agreement, and keeps what was there', async () => {
    const { pane } = testPane();
    await importPasted(pane, 'Inköpslista: mjölk, bröd.');
    expect(pane.state.notices[0]?.text).toMatch(/^Texten ser inte ut som en överenskommelse/);
    expect(pane.state.review).toBeUndefined();
    expect(pane.state.agreement?.id).toBe('sammanhallen-vard-2023');
  });
});

describe('adding a deadline', () => {
  it('to an agreement with none: saved in the workbook copy and listed', async () => {
    const a = getAgreement('okad-tillganglighet-2023');
    if (!a.ok) throw new Error('catalog');
    const { pane, port } = testPane();
    const none = { ...a.value, id: 'utan-frister', deadlines: [] };
    pane.set({ agreements: [...pane.state.agreements, none] });
    const { selectAgreement } = await import('./agreement');
    await selectAgreement(pane, 'utan-frister');
    await go(pane, 'deadlines');
    expect(pane.state.deadlines).toEqual([]);
    await addDeadline(pane, { kind: 'requisition', date: '2023-12-01', title: 'Rekvisition', titleEn: 'Requisition' });
    expect(pane.state.deadlines?.map((d) => [d.date, d.title])).toEqual([['2023-12-01', 'Rekvisition']]);
    const stored = port.settings.get(AGREEMENTS_KIND.key) as { data: AgreementJson[] };
    expect(stored.data.map((x) => [x.id, x.deadlines[0]?.source.where])).toEqual([['utan-frister', 'Tillagd av användaren 2023-11-15']]);
  });

  it('refuses a date it cannot read', async () => {
    const { pane, port } = testPane();
    await addDeadline(pane, { kind: 'repayment', date: '31 mars', title: 'Återbetalning', titleEn: 'Repayment' });
    expect(pane.state.notices).toEqual([{ kind: 'error', text: 'Datumet ”31 mars” går inte att läsa. Skriv det som 2026-12-01.' }]);
    expect(port.settings.has(AGREEMENTS_KIND.key)).toBe(false);
  });
});
