import { issueText } from '../../src/core/result';
import { distribute, type WeightedRecipient } from '../../src/core/distribution';
import { SCB_COUNTY_2023_12_31, tableRecipients, tableSource } from '../../src/core/reference';
import { MARKER_CELL, registryName, type Sheet } from '../../src/core/sheet';
import { cellName } from '../../src/core/sheet';
import { getAgreement } from '../../src/core/agreements';
import { agreementSheet, blankAgreementSheet, distributionSheet, redovisningTemplate } from '../../src/core/templates';
import { columnArea } from '../agreement-sheet/sections';
import { OPTIONS, grantFor } from '../templates/fixtures';
import { officePort } from '../../src/excel/office';
import { excelRunner, FakeWorkbook } from '../support/fake-excel';

const stamp = { productVersion: '0.1.0', generatedAt: '2024-01-15T10:00:00+01:00' };

function planFor(recipients: WeightedRecipient[], amount = '62500000', lineId = 'rad-1'): Sheet {
  const d = distribute({ amount, recipients, source: tableSource(SCB_COUNTY_2023_12_31) });
  if (!d.ok) throw new Error(d.issues.map((i) => issueText(i, 'en')).join());
  return distributionSheet({ agreement: { id: 'avtal-2023', title: 'Avtal 2023' }, line: { id: lineId, title: 'Rad ett' }, distribution: d.value, lang: 'sv', stamp });
}

const regions = () => planFor(tableRecipients(SCB_COUNTY_2023_12_31));
const many = (n: number) =>
  planFor(Array.from({ length: n }, (_, i) => ({ id: String(1000 + i), name: `Mottagare ${i + 1}`, weight: 1000 + ((i * 7919) % 5000) })));

describe('the Office.js writer', () => {
  const formatOps = new Map<number, number>();
  it.each([21, 290, 5000])('writes %i rows in one Excel.run and two syncs', async (n) => {
    const wb = new FakeWorkbook();
    const port = officePort(excelRunner(wb));
    const r = await port.writeSheet(n === 21 ? regions() : many(n));
    expect(r.ok).toBe(true);
    expect({ runs: wb.runs, syncs: wb.syncs, suspended: wb.calculationSuspensions }).toEqual({ runs: 1, syncs: 2, suspended: 1 });
    const sheet = wb.sheet('Fördelning');
    expect(sheet).toBeDefined();
    // One 2-D assignment for the values and one for the formats, whatever the size: the block, the
    // totals row and the audit cell.
    expect(wb.log.filter((op) => op === 'range.formulas')).toHaveLength(3);
    expect(wb.log.filter((op) => op === 'range.numberFormat')).toHaveLength(2);
    // Styles go by rectangles, so their number does not grow with the rows.
    formatOps.set(n, wb.log.filter((op) => op === 'range.format').length);
    if (n === 5000) expect(formatOps.get(5000)).toBe(formatOps.get(21));
    const table = wb.tables[0];
    expect(table).toMatchObject({ name: 'bk_fordelning_rad_1', range: `A4:E${4 + n}`, showTotals: true });
  });

  it('writes the table, totals row, formats, audit and marker', async () => {
    const wb = new FakeWorkbook();
    const r = await officePort(excelRunner(wb)).writeSheet(regions());
    if (!r.ok) throw new Error('write failed');
    expect(r.value).toMatchObject({ sheetName: 'Fördelning', tableName: 'bk_fordelning_rad_1', address: 'A1:H26' });
    const s = wb.sheet('Fördelning')!;
    expect(s.cells.get('A4')?.input).toBe('Kod');
    expect(s.cells.get('A5')?.input).toBe("'01"); // the county code stays text
    expect(s.value('A5')).toBe('01');
    expect(s.cells.get('B5')?.input).toBe('Region Stockholm');
    expect(s.cells.get('C5')).toEqual({ input: 2454821, numberFormat: '#,##0' });
    expect(s.cells.get('E5')).toEqual({ input: 14540426, numberFormat: '#,##0' });
    expect(s.cells.get('E26')?.input).toBe('=SUBTOTAL(109,E5:E25)');
    expect(s.cells.get('A26')?.input).toBe('Summa');
    expect(s.cells.get('H6')?.input).toBe('=E26-H5');
    expect(s.value(MARKER_CELL)).toBe('bidragskollen:v1:distribution:avtal-2023:rad-1');
    expect(JSON.parse(String(s.value('AZ2')))).toMatchObject({ agreementId: 'avtal-2023', lineId: 'rad-1', method: 'largest-remainder', unit: '1' });
    expect(s.hidden).toContain('AZ:AZ');
    expect(s.frozenRows).toBe(4);
    const labels = [...s.cells.entries()].filter(([ref]) => ref.startsWith('G')).map(([, c]) => c.input);
    expect(labels).toEqual(expect.arrayContaining(['Metod', 'Enhet', 'Lika rester', 'Fördelningsnyckel', 'Källa', 'Referensdatum', 'Version', 'Skapad']));
    expect(s.cells.get('H14')?.input).toBe('Folkmängd per län 31 december 2023 (SCB, BE0101N1)');
    expect(wb.active).toBe(s);
    // Workbook names, the same the .xlsx writer gives: the total, the amount, and the registry entry.
    expect(wb.names.map((n) => [n.name, n.sheet?.name, n.ref])).toEqual([
      ['bk_fordelning_avtal_2023_rad_1_total', 'Fördelning', 'E26'],
      ['bk_fordelning_avtal_2023_rad_1_amount', 'Fördelning', 'H5'],
      [registryName('distribution:avtal-2023:rad-1'), 'Fördelning', 'AZ1'],
    ]);
  });

  it('writes a form as the .xlsx writer does: input names, validations, unlocked inputs, print setup', async () => {
    const wb = new FakeWorkbook();
    const form = redovisningTemplate(grantFor('13'), OPTIONS);
    const r = await officePort(excelRunner(wb)).writeSheet(form);
    expect(r.ok && r.value.sheetName).toBe('Redov 13 Halland');
    expect({ syncs: wb.syncs }).toEqual({ syncs: 2 });
    const s = wb.sheet('Redov 13 Halland')!;
    const review = form.cells.find((c) => c.input?.key === 'granskning')!;
    expect(wb.names.find((n) => n.name === cellName(form, 'granskning'))).toMatchObject({ sheet: s, ref: review.ref });
    expect(s.validations).toContainEqual({ range: review.merge, prop: 'rule', value: { list: { inCellDropDown: true, source: 'Alt 1: Redovisningen under punkt 3 är korrekt,Alt 2: Redovisningen under punkt 3 är inte korrekt' } } });
    const cost = form.cells.find((c) => c.input?.key === 'kostnad_1_belopp')!;
    expect(s.validations).toContainEqual({ range: cost.ref, prop: 'rule', value: { decimal: { formula1: -1e15, operator: 'GreaterThanOrEqualTo' } } });
    expect(s.formats).toContainEqual({ range: cost.ref, prop: 'protection.locked', value: false });
    expect(s.protected).toBe(true);
    expect(s.pageLayout).toEqual({ orientation: 'Portrait', printArea: form.print.area });
  });

  it('writes the agreement sheet with the .xlsx writer\'s range validations: each column once, its spare rows included, a warning alert', async () => {
    const wb = new FakeWorkbook();
    const a = getAgreement('sammanhallen-vard-2023');
    if (!a.ok) throw new Error();
    const sheet = agreementSheet(a.value, 'sv', stamp);
    const r = await officePort(excelRunner(wb)).writeSheet(sheet);
    expect(r.ok).toBe(true);
    expect({ syncs: wb.syncs }).toEqual({ syncs: 2 });
    const s = wb.sheet('Överenskommelse')!;
    const rules = s.validations.filter((v) => v.prop === 'rule');
    expect(rules.map((v) => v.range)).toEqual((sheet.validations ?? []).filter((v) => v.validation).map((v) => v.range));
    const kind = columnArea(sheet, 'Tidsfrister', 'Slag');
    const range = `${kind.col}${kind.top}:${kind.col}${kind.bottom}`;
    expect(s.validations).toContainEqual({ range, prop: 'rule', value: { list: { inCellDropDown: true, source: 'Rekvisition,Återbetalning,Ekonomisk redovisning,Slutrapport,Delrapport,Avstämning' } } });
    expect(s.validations).toContainEqual({ range, prop: 'errorAlert', value: expect.objectContaining({ style: 'Warning', showAlert: true }) });
    expect(s.validations).toContainEqual({ range: 'B6', prop: 'prompt', value: expect.objectContaining({ showPrompt: true, message: expect.stringContaining('små bokstäver') }) });
    // The blank sheet goes through the same writer.
    const blank = await officePort(excelRunner(new FakeWorkbook())).writeSheet(blankAgreementSheet('en', stamp));
    expect(blank.ok && blank.value.sheetName).toBe('Agreement');
  });

  it('the fake holds Office.js to its documented dataValidation: a list over 255 characters fails the write, and the half-written sheet is removed', async () => {
    const wb = new FakeWorkbook();
    const long = { ...regions(), validations: [{ range: 'J1:J3', validation: { type: 'list' as const, options: Array.from({ length: 40 }, (_, i) => `Val nummer ${i + 1}`) } }] };
    const r = await officePort(excelRunner(wb)).writeSheet(long);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]?.code).toBe('WRITE_FAILED');
    expect(wb.sheet('Fördelning')).toBeUndefined();
    // The same sheet with a short list is written.
    const short = { ...long, validations: [{ range: 'J1:J3', validation: { type: 'list' as const, options: ['Val 1', 'Val 2'] } }] };
    expect((await officePort(excelRunner(wb)).writeSheet(short)).ok).toBe(true);
    expect(wb.sheet('Fördelning')!.validations).toContainEqual({ range: 'J1:J3', prop: 'rule', value: { list: { inCellDropDown: true, source: 'Val 1,Val 2' } } });
  });

  it('never writes text as a formula', async () => {
    const wb = new FakeWorkbook();
    const evil = ['=HYPERLINK("http://x","klicka")', '+1+1', '-2', '@SUM(A1)', " =1", "'citat", '＝1'];
    const plan = planFor(evil.map((name, i) => ({ id: `r${i}`, name, weight: 1 })), '700');
    const r = await officePort(excelRunner(wb)).writeSheet(plan);
    expect(r.ok).toBe(true);
    const s = wb.sheet('Fördelning')!;
    evil.forEach((name, i) => {
      expect(s.cells.get(`B${5 + i}`)?.input).toBe(`'${name}`);
      expect(s.value(`B${5 + i}`)).toBe(name);
    });
    // Only the plan's own formulas start with "=".
    const formulas = [...s.cells.values()].filter((c) => typeof c.input === 'string' && c.input.startsWith('='));
    expect(formulas.map((c) => c.input).sort()).toEqual(['=E12-H5', '=IF(H6=0,"Summan stämmer.","Summan stämmer inte.")', '=SUBTOTAL(109,C5:C11)', '=SUBTOTAL(109,D5:D11)', '=SUBTOTAL(109,E5:E11)']);
  });

  it("leaves the user's sheets, tables and names alone and picks new names", async () => {
    const wb = new FakeWorkbook(['Fördelning']);
    wb.sheet('Fördelning')!.cells.set('A1', { input: 'mitt', numberFormat: 'General' });
    wb.names.push({ name: 'bk_fordelning_rad_1', sheet: wb.sheet('Fördelning')!, ref: 'A1', comment: '' });
    const port = officePort(excelRunner(wb));
    const first = await port.writeSheet(regions());
    const second = await port.writeSheet(regions());
    expect(first.ok && first.value).toMatchObject({ sheetName: 'Fördelning (2)', preferredName: 'Fördelning', tableName: 'bk_fordelning_rad_1_2' });
    expect(second.ok && second.value).toMatchObject({ sheetName: 'Fördelning (3)', tableName: 'bk_fordelning_rad_1_3' });
    expect(wb.sheet('Fördelning')!.cells.size).toBe(1);
    expect(wb.sheet('Fördelning')!.value('A1')).toBe('mitt');
    const inventory = await port.inventory();
    expect(inventory.sheets).toEqual([
      { name: 'Fördelning' },
      { name: 'Fördelning (2)', planId: 'distribution:avtal-2023:rad-1' },
      { name: 'Fördelning (3)', planId: 'distribution:avtal-2023:rad-1' },
    ]);
  });

  it('replaces only its own earlier sheet, in its place, when asked', async () => {
    const wb = new FakeWorkbook(['Data']);
    const port = officePort(excelRunner(wb));
    await port.writeSheet(regions());
    wb.addSheet('Efter');
    const before = wb.syncs;
    const r = await port.writeSheet(regions(), { replace: true });
    expect(r.ok && r.value).toMatchObject({ sheetName: 'Fördelning', replaced: 'Fördelning' });
    expect(wb.syncs - before).toBe(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', 'Fördelning', 'Efter']);
    expect(wb.tables).toHaveLength(1);
    expect(wb.names).toHaveLength(3);
  });

  it('removes everything it wrote when a write fails', async () => {
    const wb = new FakeWorkbook(['Data']);
    wb.failWhen = (op) => op === 'table.showTotals';
    const r = await officePort(excelRunner(wb)).writeSheet(regions());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe('WRITE_FAILED');
      expect(issueText(r.issues[0]!)).toMatch(/Inget har ändrats i arbetsboken/);
    }
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data']);
    expect(wb.tables).toEqual([]);
    expect(wb.names).toEqual([]);
  });

  it('keeps the old sheet when a replacing write fails before the swap', async () => {
    const wb = new FakeWorkbook(['Data']);
    const port = officePort(excelRunner(wb));
    await port.writeSheet(regions());
    wb.failWhen = (op) => op === 'range.merge';
    const r = await port.writeSheet(regions(), { replace: true });
    expect(r.ok).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', 'Fördelning']);
    expect(wb.names).toHaveLength(3);
    expect(wb.sheet('Fördelning')!.value('E5')).toBe(14540426);
  });

  it('finishes the swap when a replacing write fails after the old sheet is gone', async () => {
    const wb = new FakeWorkbook(['Data']);
    const port = officePort(excelRunner(wb));
    await port.writeSheet(regions());
    let failures = 0;
    wb.failWhen = (op) => op === 'worksheet.name' && failures++ === 0;
    const r = await port.writeSheet(regions(), { replace: true });
    expect(r.ok).toBe(false);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', 'Fördelning']);
    expect(wb.sheet('Fördelning')!.value('E5')).toBe(14540426);
  });

  it('refuses a number a cell cannot hold exactly before touching the workbook', async () => {
    const wb = new FakeWorkbook();
    const plan = planFor([{ id: 'a', weight: 1 }, { id: 'b', weight: 2 }], '1234567890123456');
    const r = await officePort(excelRunner(wb)).writeSheet(plan);
    expect(!r.ok && r.issues[0]?.code).toBe('NOT_EXACT');
    expect(wb.runs).toBe(0);
  });

  it('reads back its distribution tables as the user left them, in two syncs', async () => {
    const wb = new FakeWorkbook();
    const port = officePort(excelRunner(wb));
    await port.writeSheet(regions());
    wb.sheet('Fördelning')!.cells.set('E7', { input: 1, numberFormat: '#,##0' });
    const before = wb.syncs;
    const [t] = await port.readDistributionTables();
    expect(wb.syncs - before).toBe(2);
    expect(t).toMatchObject({ sheet: 'Fördelning', table: 'bk_fordelning_rad_1', planId: 'distribution:avtal-2023:rad-1', totalAddress: 'E26' });
    expect(t!.rows).toHaveLength(21);
    expect(t!.rows[0]).toEqual({ code: '01', recipient: 'Region Stockholm', amount: 14540426, amountAddress: 'E5' });
    expect(t!.rows[2]).toMatchObject({ amount: 1, amountAddress: 'E7' });
  });

  it('finds the columns by their headings, wherever the user moved them', async () => {
    const wb = new FakeWorkbook();
    const port = officePort(excelRunner(wb));
    await port.writeSheet(regions());
    const s = wb.sheet('Fördelning')!;
    // The user swaps the weight (C) and amount (E) columns, totals row included.
    for (let row = 4; row <= 26; row++) {
      const c = s.cells.get(`C${row}`);
      const e = s.cells.get(`E${row}`);
      if (c && e) {
        s.cells.set(`C${row}`, e);
        s.cells.set(`E${row}`, c);
      }
    }
    s.cells.set('C26', { input: '=SUBTOTAL(109,C5:C25)', numberFormat: '#,##0' });
    const [t] = await port.readDistributionTables();
    expect(t!.rows[0]).toEqual({ code: '01', recipient: 'Region Stockholm', amount: 14540426, amountAddress: 'C5' });
    expect(t).toMatchObject({ total: 62500000, totalAddress: 'C26' });
  });

  it('selects a range on a sheet', async () => {
    const wb = new FakeWorkbook(['Blad1', 'Fördelning']);
    await officePort(excelRunner(wb)).select('Fördelning', 'E7');
    expect(wb.selection).toEqual({ sheet: 'Fördelning', address: 'E7' });
    expect(wb.active?.name).toBe('Fördelning');
  });

  it('reads the selection and round-trips settings', async () => {
    const wb = new FakeWorkbook();
    wb.sheet('Blad1')!.cells.set('A1', { input: "'01", numberFormat: 'General' });
    wb.sheet('Blad1')!.cells.set('B1', { input: 2454821, numberFormat: 'General' });
    wb.selection = { sheet: 'Blad1', address: 'A1:B1' };
    const port = officePort(excelRunner(wb));
    expect(await port.readSelection()).toEqual({ sheet: 'Blad1', address: 'A1:B1', values: [['01', 2454821]] });
    await port.writeSettings({ 'bidragskollen.settings': { version: 1, method: 'adjust-largest' } });
    expect(await port.readSettings(['bidragskollen.settings', 'saknas'])).toEqual({ 'bidragskollen.settings': { version: 1, method: 'adjust-largest' } });
  });
});
