import { MARKER_CELL } from '../../src/core/sheet';
import { redovisningTemplate } from '../../src/core/templates';
import { officePort } from '../../src/excel/office';
import { excelRunner, FakeWorkbook } from '../support/fake-excel';
import { OPTIONS, grantFor } from '../templates/fixtures';

const put = (wb: FakeWorkbook, sheet: string, ref: string, input: string | number) => wb.sheet(sheet)?.cells.set(ref, { input, numberFormat: 'General' });

describe('reading for a review, through the Office.js port', () => {
  test('the selected cells are the selection intersected with the filled cells: a whole-column selection reads only its filled rows', async () => {
    const wb = new FakeWorkbook();
    put(wb, 'Blad1', 'B3', 'Stockholm');
    put(wb, 'Blad1', 'C3', 317989729);
    put(wb, 'Blad1', 'B4', 'Uppsala');
    put(wb, 'Blad1', 'E9', 'utanför');
    wb.selection = { sheet: 'Blad1', address: 'A:C' };
    const port = officePort(excelRunner(wb));
    expect(await port.readSelectedCells()).toEqual({ sheet: 'Blad1', address: 'B3:C4', values: [['Stockholm', 317989729], ['Uppsala', '']] });
    wb.selection = { sheet: 'Blad1', address: 'G1:H5' };
    expect(await port.readSelectedCells()).toEqual({ sheet: 'Blad1', address: 'G1:H5', values: [] });
  });

  test("every sheet's marker and the single-cell names that point into it, with value, number format and formula", async () => {
    const wb = new FakeWorkbook();
    const port = officePort(excelRunner(wb));
    const form = redovisningTemplate(grantFor('13'), OPTIONS);
    const written = await port.writeSheet(form);
    expect(written.ok).toBe(true);
    const read = await port.readNamedCells();
    expect(read.map((r) => r.sheet)).toEqual(['Blad1', written.ok ? written.value.sheetName : '']);
    expect(read[0]).toEqual({ sheet: 'Blad1', marker: '', cells: [] });
    const report = read[1];
    expect(String(report?.marker)).toBe(wb.sheet(report?.sheet ?? '')?.value(MARKER_CELL));
    expect(String(report?.marker)).toMatch(/^bidragskollen:v1:redovisning:/);
    expect(report?.cells.length).toBeGreaterThan(5);
    expect(report?.cells.every((c) => /^[A-Z]+\d+$/.test(c.address) && typeof c.numberFormat === 'string')).toBe(true);
    expect(report?.cells.some((c) => c.formula?.startsWith('='))).toBe(true);
  });
});
