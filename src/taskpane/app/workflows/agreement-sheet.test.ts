import { getAgreement, parseAgreement, serializeAgreement, type Agreement, type AgreementJson } from '../../../core/agreements';
import { excelSerial } from '../../../core/calendar';
import { parseCell, type Sheet } from '../../../core/sheet';
import { agreementSheet } from '../../../core/templates';
import { AGREEMENTS_KIND } from '../../../core/settings';
import { officePort } from '../../../excel/office';
import { excelRunner, FakeWorkbook } from '../../../../tests/support/fake-excel';
import { FakePort } from '../../../../tests/support/fake-port';
import { testPane } from '../../../../tests/support/pane';
import { changesBetween, fromA1, readSheet } from '../chunks/agreement-sheet';
import { saveAgreements } from '../preferences';
import { chooseAgreement, readCorrections, showSheetIssue, writeAgreementSheet } from './agreement-sheet';
import { start } from './settings';
import { resolvePending } from './write';

const CATALOG = 'sammanhallen-vard-2023';
const INFO = { productVersion: '0.1.0', generatedAt: '2023-11-15T10:00:00+01:00' };
const builtIn = (): Agreement => {
  const r = getAgreement(CATALOG);
  if (!r.ok) throw new Error('no catalog entry');
  return r.value;
};
/** A workbook's own agreement: the built-in one under another id and title, as an import would save it. */
const own = (): Agreement => ({ ...builtIn(), id: 'min-overenskommelse', title: 'Min överenskommelse' });
const stored = (port: FakePort): AgreementJson[] => (port.settings.get(AGREEMENTS_KIND.key) as { data: AgreementJson[] }).data;

/** The row of a line on the agreement sheet (its id in column B under a level in A) and the column of a heading in it. */
function lineCell(plan: Sheet, lineId: string, column: string): string {
  const at = new Map(plan.cells.map((c) => [c.ref, c.value]));
  const idCell = plan.cells.find((c) => c.ref.startsWith('B') && c.value.t === 'text' && c.value.v === lineId && at.get(`A${parseCell(c.ref).row}`)?.t === 'number');
  if (!idCell) throw new Error(`no row for ${lineId}`);
  return `${column}${parseCell(idCell.ref).row}`;
}
/** The row of a deadline (its id in column A, its kind in B). */
function deadlineCell(plan: Sheet, id: string, column: string): string {
  const c = plan.cells.find((x) => x.ref.startsWith('A') && x.value.t === 'text' && x.value.v === id && plan.cells.some((y) => y.ref === `C${parseCell(x.ref).row}` && y.value.t === 'date'));
  if (!c) throw new Error(`no deadline ${id}`);
  return `${column}${parseCell(c.ref).row}`;
}

/** A workbook with its own agreement saved under the settings and written as the agreement sheet. */
async function workbookWithSheet(): Promise<{ port: FakePort; plan: Sheet; sheet: string }> {
  const port = new FakePort();
  await saveAgreements(port, [own()]);
  const plan = agreementSheet(own(), 'sv', INFO);
  const w = await port.writeSheet(plan);
  if (!w.ok) throw new Error('not written');
  return { port, plan, sheet: w.value.sheetName };
}

describe('the pane reads the agreement sheet back', () => {
  it('at start: a sheet as written reads as the saved agreement, and nothing is said or saved', async () => {
    const { port, sheet } = await workbookWithSheet();
    const before = JSON.stringify(port.settings.get(AGREEMENTS_KIND.key));
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.agreementSheets).toEqual([{ agreementId: 'min-overenskommelse', sheet }]);
    expect(pane.state.sheetProblems).toEqual([]);
    expect(pane.state.notices).toEqual([]);
    expect(JSON.stringify(port.settings.get(AGREEMENTS_KIND.key))).toBe(before);
    expect(port.calls.filter((c) => c === 'readUsedRange')).toHaveLength(1);
  });

  it('at start: a corrected amount and date on the sheet are used, the saved JSON follows, the picker shows it', async () => {
    const { port, plan, sheet } = await workbookWithSheet();
    port.typed.set(`${sheet}!${lineCell(plan, 'lakemedelsinformation', 'E')}`, 5_500_000);
    port.typed.set(`${sheet}!${deadlineCell(plan, 'rekvisition', 'C')}`, excelSerial('2023-12-15'));
    const { pane } = testPane({ port });
    await start(pane);
    const used = pane.state.agreements.find((a) => a.id === 'min-overenskommelse');
    expect(used?.areas.find((l) => l.id === 'lakemedelsinformation')?.amount?.toFixed()).toBe('5500000');
    expect(used?.deadlines.find((d) => d.id === 'rekvisition')?.date).toBe('2023-12-15');
    const json = stored(port)[0];
    expect(json?.areas.find((l) => l.id === 'lakemedelsinformation')?.amount).toBe('5500000');
    expect(pane.state.notices).toEqual([{ kind: 'success', text: `Rättelserna från bladet ${sheet} används: 1 belopp och 1 datum har ändrats. Den sparade överenskommelsen i arbetsboken är uppdaterad.` }]);
    // Choosing it in the picker shows the sheet's version.
    await chooseAgreement(pane, 'min-overenskommelse');
    expect(pane.state.agreement?.areas.find((l) => l.id === 'lakemedelsinformation')?.amount?.toFixed()).toBe('5500000');
  });

  it('a typed-over amount: the problem at its cell, "Visa cellen" selects it, the saved JSON stays in use and the sheet untouched', async () => {
    const { port, plan, sheet } = await workbookWithSheet();
    const cell = lineCell(plan, 'lakemedelsinformation', 'E');
    port.typed.set(`${sheet}!${cell}`, '5 000 000 kr ungefär');
    const before = JSON.stringify(port.settings.get(AGREEMENTS_KIND.key));
    port.calls.length = 0;
    const { pane } = testPane({ port });
    await start(pane);
    // One look at the sheets, one read of the agreement sheet, nothing written.
    expect(port.calls).toEqual(['readSettings', 'inventory', 'readUsedRange']);
    const [problem] = pane.state.sheetProblems;
    expect(problem?.issues.map((i) => [i.issue.code, i.where])).toEqual([['AMOUNT', { sheet, address: cell }]]);
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(new RegExp(`^Bladet ${sheet} kunde inte läsas \\(1 problem\\), så den sparade överenskommelsen ”Min överenskommelse” används\\. Inget på bladet har ändrats\\.`)) }]);
    expect(pane.state.agreements.find((a) => a.id === 'min-overenskommelse')?.areas.find((l) => l.id === 'lakemedelsinformation')?.amount?.toFixed()).toBe('5000000');
    expect(JSON.stringify(port.settings.get(AGREEMENTS_KIND.key))).toBe(before);
    await showSheetIssue(pane, problem!.issues[0]!);
    expect(port.selected).toEqual({ sheet, address: cell });
    // Fixed on the sheet and read again: the problem is gone and the agreement is the same as saved.
    port.typed.delete(`${sheet}!${cell}`);
    await readCorrections(pane, 'min-overenskommelse');
    expect(pane.state.sheetProblems).toEqual([]);
    expect(pane.state.notices[0]?.text).toMatch(/stämmer med den sparade överenskommelsen/);
  });

  it('says the problem in English when the pane speaks English', async () => {
    const { port, plan, sheet } = await workbookWithSheet();
    port.typed.set(`${sheet}!${lineCell(plan, 'lakemedelsinformation', 'E')}`, 'fem miljoner?');
    const { pane } = testPane({ port, displayLanguage: 'en-GB' });
    await start(pane);
    expect(pane.state.notices[0]?.text).toMatch(/^The sheet .* could not be read \(1 problem\), so the saved agreement/);
  });

  it('a sheet of an agreement the workbook has not saved (written by the CLI): saved and listed', async () => {
    const port = new FakePort();
    await port.writeSheet(agreementSheet(own(), 'en', INFO));
    const { pane } = testPane({ port });
    await start(pane);
    expect(stored(port).map((a) => a.id)).toEqual(['min-overenskommelse']);
    expect(pane.state.agreements.at(-1)?.id).toBe('min-overenskommelse');
    expect(pane.state.notices).toEqual([{ kind: 'success', text: 'Överenskommelsen ”Min överenskommelse” på bladet Agreement är sparad i arbetsboken och finns i listan.' }]);
  });

  it('a deleted sheet: the saved agreement is used, silently at start and with a note when asked', async () => {
    const { port } = await workbookWithSheet();
    port.sheets = port.sheets.filter((s) => !s.planId);
    const { pane } = testPane({ port });
    await start(pane);
    expect([pane.state.agreementSheets, pane.state.sheetProblems, pane.state.notices]).toEqual([[], [], []]);
    expect(pane.state.agreements.some((a) => a.id === 'min-overenskommelse')).toBe(true);
    await readCorrections(pane, 'min-overenskommelse');
    expect(pane.state.notices).toEqual([{ kind: 'info', text: expect.stringMatching(/^Överenskommelsen har inget blad i arbetsboken/) }]);
  });

  it('a built-in agreement written as a sheet and corrected there becomes the workbook’s copy under the same id', async () => {
    const { pane, port } = testPane();
    await start(pane);
    expect(pane.state.agreement?.id).toBe(CATALOG);
    await writeAgreementSheet(pane);
    const written = port.sheets.at(-1)!;
    expect(written.planId).toBe(`agreement:${CATALOG}`);
    expect(pane.state.agreementSheets).toEqual([{ agreementId: CATALOG, sheet: written.name }]);
    await readCorrections(pane);
    expect(pane.state.notices[0]?.text).toMatch(/stämmer med den sparade/);
    expect(port.settings.has(AGREEMENTS_KIND.key)).toBe(false);
    port.typed.set(`${written.name}!${lineCell(written.plan!, 'strama-utvecklingsinsatser', 'E')}`, '2 600 000');
    await readCorrections(pane);
    expect(stored(port).map((a) => a.id)).toEqual([CATALOG]);
    expect(pane.state.saved.map((a) => a.id)).toEqual([CATALOG]);
    // One entry in the picker, the corrected one, and it is the agreement in use.
    expect(pane.state.agreements.filter((a) => a.id === CATALOG)).toHaveLength(1);
    expect(pane.state.agreement?.areas[0]?.lines?.[0]?.amount?.toFixed()).toBe('2600000');
    // The next time the workbook is opened the corrected copy is there before the sheet is read.
    const again = testPane({ port });
    await start(again.pane);
    expect(again.pane.state.agreement?.areas[0]?.lines?.[0]?.amount?.toFixed()).toBe('2600000');
    expect(again.pane.state.notices).toEqual([]);
  });

  it('shows an error, not an unhandled rejection, when the reader cannot be loaded, and keeps the saved agreement', async () => {
    const { port } = await workbookWithSheet();
    const { pane } = testPane({ port, lazy: { agreementSheet: () => Promise.reject(new Error('offline')) } });
    await start(pane);
    expect(pane.state.busy).toBeUndefined();
    expect(pane.state.notices).toEqual([{ kind: 'error', text: expect.stringMatching(/^En del av tillägget kunde inte laddas/) }]);
    expect(pane.state.agreements.some((a) => a.id === 'min-overenskommelse')).toBe(true);
  });
});

describe('the agreement sheet through the Office.js port over the strict fake Excel', () => {
  async function written(): Promise<{ wb: FakeWorkbook; port: ReturnType<typeof officePort>; plan: Sheet; sheet: string }> {
    const wb = new FakeWorkbook();
    const port = officePort(excelRunner(wb));
    await saveAgreements(port, [own()]);
    const plan = agreementSheet(own(), 'sv', INFO);
    const w = await port.writeSheet(plan);
    if (!w.ok) throw new Error('not written');
    return { wb, port, plan, sheet: w.value.sheetName };
  }

  it('reads a sheet back in one sync, whatever its size, values as Excel gives them', async () => {
    const { wb, port, sheet } = await written();
    const before = { runs: wb.runs, syncs: wb.syncs };
    const read = await port.readUsedRange(sheet);
    expect({ runs: wb.runs - before.runs, syncs: wb.syncs - before.syncs }).toEqual({ runs: 1, syncs: 1 });
    // From A1 to the marker column; dates as serial numbers, empty cells as "".
    expect(read.address).toMatch(/^A1:AZ\d+$/);
    expect(read.values.flat()).toContain(excelSerial('2023-12-01'));
    expect(read.values.flat()).toContain('');
    // Ten times the rows: still one sync.
    const big = wb.sheet(sheet)!;
    for (let r = 1; r <= 2000; r++) big.cells.set(`A${1000 + r}`, { input: 'x', numberFormat: 'General' });
    const mid = wb.syncs;
    expect((await port.readUsedRange(sheet)).values.length).toBeGreaterThan(2000);
    expect(wb.syncs - mid).toBe(1);
    // A blank sheet: the null object, no values.
    expect(await port.readUsedRange('Blad1')).toEqual({ sheet: 'Blad1', address: 'A1', values: [] });
  });

  it('finds a renamed sheet by its identity and names the typed-over cell by the new name; the sheet is left as typed', async () => {
    const { wb, port, plan, sheet } = await written();
    wb.sheet(sheet)!.name = 'Rättad';
    const cell = lineCell(plan, 'lakemedelsinformation', 'E');
    wb.sheet('Rättad')!.cells.set(cell, { input: '5,000,000.00.00', numberFormat: 'General' });
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.agreementSheets).toEqual([{ agreementId: 'min-overenskommelse', sheet: 'Rättad' }]);
    expect(pane.state.sheetProblems[0]?.issues.map((i) => [i.issue.code, i.where])).toEqual([['AMOUNT', { sheet: 'Rättad', address: cell }]]);
    expect(wb.sheet('Rättad')!.cells.get(cell)?.input).toBe('5,000,000.00.00');
    await showSheetIssue(pane, pane.state.sheetProblems[0]!.issues[0]!);
    expect(wb.selection).toEqual({ sheet: 'Rättad', address: cell });
    expect(wb.active?.name).toBe('Rättad');
  });

  it('takes a date typed over a date cell (a serial, as Excel stores it) and a whole number typed as a number', async () => {
    const { wb, port, plan, sheet } = await written();
    const ws = wb.sheet(sheet)!;
    ws.cells.set(deadlineCell(plan, 'rekvisition', 'C'), { input: excelSerial('2023-12-15'), numberFormat: 'yyyy-mm-dd' });
    ws.cells.set(lineCell(plan, 'vardforlopp-skr', 'E'), { input: 17_600_000, numberFormat: '#,##0' });
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.sheetProblems).toEqual([]);
    const a = pane.state.agreements.find((x) => x.id === 'min-overenskommelse');
    expect(a?.deadlines.find((d) => d.id === 'rekvisition')?.date).toBe('2023-12-15');
    expect(pane.state.notices[0]?.text).toContain('1 belopp och 1 datum har ändrats');
  });
});

describe('the reader chunk', () => {
  it('reads a used range that does not start at A1 (the title rows cleared) with its cells where they are', async () => {
    const plan = agreementSheet(own(), 'sv', INFO);
    const port = new FakePort();
    await port.writeSheet(plan);
    const cell = lineCell(plan, 'lakemedelsinformation', 'E');
    port.typed.set(`${plan.sheetName}!${cell}`, 'x');
    const read = await port.readUsedRange(plan.sheetName);
    const rows = read.values.length;
    expect(read.address).toBe(`A1:AZ${rows}`);
    const from3 = readSheet({ ...read, address: `A3:AZ${rows}`, values: read.values.slice(2) });
    const whole = readSheet(read);
    const where = (r: ReturnType<typeof readSheet>) => (r.ok ? [] : r.issues.map((i) => i.where));
    expect(where(whole)).toEqual([{ sheet: plan.sheetName, address: cell }]);
    expect(where(from3)).toEqual(where(whole));
    port.typed.delete(`${plan.sheetName}!${cell}`);
    const clean = await port.readUsedRange(plan.sheetName);
    const ok = readSheet({ ...clean, address: `A3:AZ${rows}`, values: clean.values.slice(2) });
    expect(ok.ok && changesBetween(own(), ok.value)).toEqual({ same: true, added: false, amounts: 0, dates: 0 });
    // A used range that starts right of column A is padded back to A1, not shifted left.
    expect(fromA1({ sheet: 'X', address: 'C3:D4', values: [[1, 2], [3, 4]] })).toEqual([[], [], [null, null, 1, 2], [null, null, 3, 4]]);
  });

  it('counts changed amounts and dates by what they belong to, not by position', () => {
    const a = own();
    const json = JSON.parse(serializeAgreement(a)) as AgreementJson;
    const moved = { ...json, areas: [...json.areas].reverse(), total: { ...json.total, amount: '1' } };
    const b = parseAgreement(moved);
    if (!b.ok) throw new Error('invalid');
    expect(changesBetween(a, b.value)).toEqual({ same: false, added: false, amounts: 1, dates: 0 });
    expect(changesBetween(a, a)).toEqual({ same: true, added: false, amounts: 0, dates: 0 });
    expect(changesBetween(undefined, a)).toEqual({ same: false, added: true, amounts: 0, dates: 0 });
  });
});

describe('which sheet, and which version, the pane trusts', () => {
  it('a sheet shown unedited keeps a copy saved since (a new import) in use: the newer copy is not undone', async () => {
    const { port } = await workbookWithSheet();
    const first = own().areas[0]!;
    const newer: Agreement = { ...own(), areas: own().areas.map((a, i) => (i === 0 ? { ...a, title: `${first.title} (ny version)` } : a)) };
    await saveAgreements(port, [newer]);
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.agreements.find((a) => a.id === 'min-overenskommelse')?.areas[0]?.title).toBe(`${first.title} (ny version)`);
    expect(stored(port)[0]?.areas[0]?.title).toBe(`${first.title} (ny version)`);
    await chooseAgreement(pane, 'min-overenskommelse');
    await readCorrections(pane);
    expect(pane.state.notices.map((n) => n.text).join(' ')).toContain('den sparade används');
  });

  it('an edited sheet still wins over the saved copy: it holds the controller’s corrections', async () => {
    const { port, plan, sheet } = await workbookWithSheet();
    port.typed.set(`${sheet}!${lineCell(plan, 'lakemedelsinformation', 'E')}`, 5_500_000);
    const { pane } = testPane({ port });
    await start(pane);
    expect(stored(port)[0]?.areas.find((a) => a.id === 'lakemedelsinformation')?.amount).toBe('5500000');
  });

  it('after "Nytt blad" the new sheet is the one read, now and when the workbook is opened again', async () => {
    const { port } = await workbookWithSheet();
    const { pane } = testPane({ port });
    await start(pane);
    await chooseAgreement(pane, 'min-overenskommelse');
    await writeAgreementSheet(pane);
    await resolvePending(pane, 'new');
    const second = port.sheets.at(-1)!;
    expect(pane.state.agreementSheets).toEqual([{ agreementId: 'min-overenskommelse', sheet: second.name }]);
    port.typed.set(`${second.name}!${lineCell(second.plan!, 'lakemedelsinformation', 'E')}`, 4_000_000);
    await readCorrections(pane);
    expect(stored(port)[0]?.areas.find((a) => a.id === 'lakemedelsinformation')?.amount).toBe('4000000');
    const { pane: again } = testPane({ port });
    await start(again);
    expect(again.state.agreementSheets).toEqual([{ agreementId: 'min-overenskommelse', sheet: second.name }]);
  });

  it('a sheet whose Id the controller changed is found under the new id', async () => {
    const { port, plan, sheet } = await workbookWithSheet();
    const idRow = plan.cells.find((c) => c.ref.startsWith('A') && c.value.t === 'text' && c.value.v === 'Id')!.ref.slice(1);
    port.typed.set(`${sheet}!B${idRow}`, 'psykisk-halsa-2030');
    const { pane } = testPane({ port });
    await start(pane);
    expect(pane.state.agreementSheets).toEqual([{ agreementId: 'psykisk-halsa-2030', sheet }]);
    await chooseAgreement(pane, 'psykisk-halsa-2030');
    pane.set({ notices: [] });
    await readCorrections(pane);
    expect(pane.state.notices.map((n) => n.text).join(' ')).not.toContain('inget blad');
  });
});
