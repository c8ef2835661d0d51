import { getAgreement, walkLines } from '../../src/core/agreements';
import { Dec, sum } from '../../src/core/money';
import { agreementSheet } from '../../src/core/templates';
import { build } from '../xlsx/helpers';
import { evaluateWorkbook } from '../xlsx/hyperformula';
import { columnArea } from './sections';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

/** The check column sums each group's parts with a live formula, evaluated by HyperFormula as the file has it. */
describe('agreement sheet check column in HyperFormula', () => {
  const a = getAgreement('sammanhallen-vard-2023');
  if (!a.ok) throw new Error();
  const sheet = agreementSheet(a.value, 'sv', STAMP);
  const rowOf = (id: string) => sheet.cells.find((c) => c.ref.startsWith('B') && c.value.t === 'text' && c.value.v === id && sheet.cells.some((d) => d.ref === `F${c.ref.slice(1)}`))?.ref.slice(1) as string;
  const groups = walkLines(a.value).filter((v) => v.line.lines && v.line.lines.length > 0);

  it('every group row shows the sum of its parts (an amount not stated counts as nothing)', async () => {
    const ev = await evaluateWorkbook(await build([sheet]));
    expect(ev.errors()).toEqual([]);
    expect(groups.length).toBeGreaterThan(3);
    for (const g of groups) {
      const expected = sum((g.line.lines ?? []).map((l) => l.amount ?? new Dec(0)));
      expect([g.line.id, ev.value(sheet.sheetName, `F${rowOf(g.line.id)}`)]).toEqual([g.line.id, expected.toNumber()]);
    }
    expect(ev.value(sheet.sheetName, `F${rowOf('kvalitetsregister')}`)).toBe(168000000);
  });

  it('follows a corrected amount', async () => {
    const ev = await evaluateWorkbook(await build([sheet]), (wb) => {
      wb.getWorksheet(sheet.sheetName)!.getCell(`E${rowOf('kvalitetsregister-statens-insats')}`).value = 70000000;
    });
    expect(ev.value(sheet.sheetName, `F${rowOf('kvalitetsregister')}`)).toBe(170000000);
  });

  it('counts a line typed into a spare row', async () => {
    const spare = columnArea(sheet, 'Områden och rader', 'Id').bottom;
    const ev = await evaluateWorkbook(await build([sheet]), (wb) => {
      const ws = wb.getWorksheet(sheet.sheetName)!;
      ws.getCell(`B${spare}`).value = 'kvalitetsregister-ny';
      ws.getCell(`C${spare}`).value = 'kvalitetsregister';
      ws.getCell(`E${spare}`).value = 5000000;
    });
    expect(ev.value(sheet.sheetName, `F${rowOf('kvalitetsregister')}`)).toBe(173000000);
  });
});
