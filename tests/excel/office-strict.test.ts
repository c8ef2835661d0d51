import { issueText } from '../../src/core/result';
import { distribute } from '../../src/core/distribution';
import { SCB_COUNTY_2023_12_31, tableRecipients, tableSource } from '../../src/core/reference';
import { distributionSheet } from '../../src/core/templates';
import { officePort } from '../../src/excel/office';
import { excelFailure } from '../../src/excel/errors';
import { excelRunner, FakeWorkbook } from '../support/fake-excel';

const stamp = { productVersion: '0.1.0', generatedAt: '2024-01-15T10:00:00+01:00' };

function plan(n = 21) {
  const recipients = n === 21 ? tableRecipients(SCB_COUNTY_2023_12_31) : Array.from({ length: n }, (_, i) => ({ id: String(1000 + i), name: `Mottagare ${i + 1}`, weight: 1000 + i }));
  const d = distribute({ amount: '62500000', recipients, source: tableSource(SCB_COUNTY_2023_12_31) });
  if (!d.ok) throw new Error('distribution');
  return distributionSheet({ agreement: { id: 'avtal-2023', title: 'Avtal 2023' }, line: { id: 'rad-1', title: 'Rad ett' }, distribution: d.value, lang: 'sv', stamp });
}

// The fake Excel is as strict as the real one where the port's behaviour depends on it.
describe('the Office.js port against a strict Excel', () => {
  it('syncs once per band when a write passes the request limit, and still writes every row', async () => {
    const wb = new FakeWorkbook();
    const r = await officePort(excelRunner(wb), { maxRequestBytes: 20_000 }).writeSheet(plan(2000));
    expect(r.ok).toBe(true);
    const bands = wb.log.filter((op) => op === 'range.formulas').length - 2; // the audit cell and the totals row
    expect(bands).toBeGreaterThan(3);
    expect(wb.syncs).toBe(1 + bands);
    expect(wb.calculationSuspensions).toBe(bands);
    expect(wb.sheet('Fördelning')!.value('B2004')).toBe('Mottagare 2000');
  });

  it('removes a half-written banded sheet when a later band fails', async () => {
    const wb = new FakeWorkbook();
    let formulas = 0;
    wb.failWhen = (op) => op === 'range.formulas' && ++formulas === 4;
    const r = await officePort(excelRunner(wb), { maxRequestBytes: 20_000 }).writeSheet(plan(2000));
    expect(r.ok).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1']);
  });

  it('adds the table on the new sheet even when another sheet is active', async () => {
    const wb = new FakeWorkbook(['Blad1', 'Annat']);
    wb.active = wb.sheet('Annat');
    await officePort(excelRunner(wb)).writeSheet(plan());
    expect(wb.tables[0]?.sheet.name).toBe('Fördelning');
  });

  it('reads a whole-column selection as the part that holds data', async () => {
    const wb = new FakeWorkbook();
    const s = wb.sheet('Blad1')!;
    s.cells.set('B2', { input: 'Kod', numberFormat: 'General' });
    s.cells.set('C3', { input: 5, numberFormat: 'General' });
    wb.selection = { sheet: 'Blad1', address: 'A:C' };
    expect(await officePort(excelRunner(wb)).readSelection()).toEqual({ sheet: 'Blad1', address: 'B2:C3', values: [['Kod', ''], ['', 5]] });
    wb.selection = { sheet: 'Blad1', address: '2:2' };
    expect(await officePort(excelRunner(wb)).readSelection()).toEqual({ sheet: 'Blad1', address: 'B2:C2', values: [['Kod', '']] });
  });

  it('reads a selection outside the data as empty, and refuses several areas with InvalidSelection', async () => {
    const wb = new FakeWorkbook();
    wb.selection = { sheet: 'Blad1', address: 'A1:B2' };
    expect((await officePort(excelRunner(wb)).readSelection()).values).toEqual([]);
    wb.selection = { sheet: 'Blad1', address: 'A1:A3,C1:C3' };
    const e = await officePort(excelRunner(wb)).readSelection().catch((x: unknown) => x);
    expect(excelFailure(e)).toBe('selection');
  });

  it('deletes a removed setting instead of storing null', async () => {
    const wb = new FakeWorkbook();
    const port = officePort(excelRunner(wb));
    await port.writeSettings({ a: { x: 1 }, b: 2 });
    await port.writeSettings({ a: null });
    expect([...wb.settings.keys()]).toEqual(['b']);
    expect(wb.log).toContain('setting.delete');
  });

  it('says which sheet is left when the workbook stays unwritable, and never shows Excel’s message', async () => {
    const wb = new FakeWorkbook();
    wb.failWhen = (op) => op === 'range.merge' || op === 'worksheet.delete';
    wb.failCode = 'InvalidOperationInCellEditMode';
    const r = await officePort(excelRunner(wb)).writeSheet(plan());
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : issueText(r.issues[0]!);
    expect(text).toMatch(/Ett ofullständigt blad, Fördelning, kunde inte tas bort/);
    expect(text).toMatch(/En cell redigeras/);
    expect(text).not.toMatch(/fake failure/);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Blad1', 'Fördelning']);
  });

  it('says the structure is protected when sheets cannot be added', async () => {
    const wb = new FakeWorkbook();
    wb.structureProtected = true;
    const r = await officePort(excelRunner(wb)).writeSheet(plan());
    expect(r.ok ? '' : issueText(r.issues[0]!)).toMatch(/^Excel kunde inte skriva bladet\. Inget har ändrats i arbetsboken\. Arbetsboken eller dess struktur är skyddad/);
    expect(wb.sheets).toHaveLength(1);
  });

  it('counts a VeryHidden sheet’s name as taken', async () => {
    const wb = new FakeWorkbook(['Blad1', 'FÖRDELNING']);
    wb.sheet('FÖRDELNING')!.visibility = 'VeryHidden';
    const r = await officePort(excelRunner(wb)).writeSheet(plan());
    expect(r.ok && r.value.sheetName).toBe('Fördelning (2)');
  });

  it('treats names case-insensitively, as Excel does', async () => {
    const wb = new FakeWorkbook();
    wb.names.push({ name: 'BK_FORDELNING_RAD_1', sheet: wb.sheet('Blad1')!, ref: 'A1', comment: '' });
    const r = await officePort(excelRunner(wb)).writeSheet(plan());
    expect(r.ok && r.value.tableName).toBe('bk_fordelning_rad_1_2');
  });
});
