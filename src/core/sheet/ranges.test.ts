import { sheetRanges, splitBlock } from './ranges';
import type { Sheet } from './types';

const sheet: Sheet = {
  id: 'distribution:a:b',
  sheetName: 'Fördelning',
  namePrefix: 'bk_fordelning_a_b',
  columns: [10, 10],
  cells: [
    { ref: 'A1', value: { t: 'text', v: 'Titel' }, style: 'title', merge: 'A1:D1' },
    { ref: 'A3', value: { t: 'text', v: 'Kod' }, style: 'text' },
    { ref: 'B3', value: { t: 'text', v: 'Belopp' }, style: 'text' },
    { ref: 'A4', value: { t: 'text', v: '01' }, style: 'text' },
    { ref: 'B4', value: { t: 'number', v: '5' }, style: 'text', numFmt: '#,##0' },
    { ref: 'A5', value: { t: 'text', v: 'Summa' }, style: 'text' },
    { ref: 'B5', value: { t: 'formula', f: 'SUBTOTAL(109,{{other}}!B4:B4)' }, style: 'text', numFmt: '#,##0' },
    { ref: 'D4', value: { t: 'empty' }, style: 'input', input: { key: 'x', kind: 'text' } },
  ],
  print: { paper: 'A4', orientation: 'portrait', area: 'A1:D5' },
  protect: true,
  table: { range: 'A3:B5', name: 'bk_t', totalsRow: true },
};

describe('a sheet as ranges', () => {
  const r = sheetRanges(sheet, (id) => (id === 'other' ? "Annat 'blad'" : undefined));

  it('is one block from A1, with a table’s totals row written apart once the table has one', () => {
    expect(r.blocks).toHaveLength(1);
    const [block] = r.blocks;
    expect(block!.at).toBe('A1');
    expect(block!.cells).toHaveLength(5);
    expect(block!.cells[3]).toEqual([{ t: 'text', v: '01' }, { t: 'number', v: '5' }, { t: 'empty' }, { t: 'empty' }]);
    expect(block!.formats[3]).toEqual(['General', '#,##0', 'General', 'General']);
    expect(block!.cells[4]).toEqual([{ t: 'empty' }, { t: 'empty' }, { t: 'empty' }, { t: 'empty' }]);
    expect(r.totals).toEqual({ range: 'A5:B5', cells: [{ t: 'text', v: 'Summa' }, { t: 'formula', f: "SUBTOTAL(109,'Annat ''blad'''!B4:B4)" }], formats: ['General', '#,##0'] });
    expect(r.used).toBe('A1:D5');
  });

  it('lists merges, styles by range and the input cells to unlock', () => {
    expect(r.merges).toEqual(['A1:D1']);
    expect(r.styles[0]).toEqual({ range: 'A1:D1', style: 'title' });
    expect(r.unlocked).toEqual(['D4']);
    expect(r.validations).toEqual([]);
  });

  it('styles cells by as few rectangles as their rows allow', () => {
    const cell = (ref: string, style: 'text' | 'input') => ({ ref, value: { t: 'empty' as const }, style });
    const cells = [...Array.from({ length: 30 }, (_, i) => cell(`${'ABC'[i % 3]}${10 + Math.floor(i / 3)}`, 'text')), cell('A20', 'text'), cell('B20', 'input'), cell('C20', 'text')];
    expect(sheetRanges({ ...sheet, table: undefined, cells }).styles).toEqual([
      { range: 'A10:C19', style: 'text' },
      { range: 'A20', style: 'text' },
      { range: 'B20', style: 'input' },
      { range: 'C20', style: 'text' },
    ]);
  });

  it('refuses a reference to a sheet that is not there', () => {
    expect(() => sheetRanges(sheet)).toThrow(/not in the workbook: other/);
  });

  it('cuts a large block into bands that keep every row once', () => {
    const [block] = r.blocks;
    const bands = splitBlock(block!, 40);
    expect(bands.length).toBeGreaterThan(1);
    expect(bands.flatMap((b) => b.cells)).toEqual(block!.cells);
    expect(bands.map((b) => b.at)[1]).toMatch(/^A\d+$/);
  });
});

describe('validations', () => {
  const other = (id: string) => (id === 'other' ? 'Annat' : undefined);
  const withInput: Sheet = {
    ...sheet,
    cells: sheet.cells.map((c) => (c.ref === 'D4' ? { ...c, input: { key: 'x', kind: 'text', validation: { type: 'date' } } } : c)),
  };

  it('takes an input cell’s own and the range-wide ones side by side', () => {
    const r = sheetRanges({ ...withInput, validations: [{ range: 'C4:C9', validation: { type: 'amount' } }] }, other);
    expect(r.validations.map((v) => v.range)).toEqual(['D4', 'C4:C9']);
  });

  it('refuses two over one cell (Excel keeps one: the second would silently replace the first)', () => {
    expect(() => sheetRanges({ ...withInput, validations: [{ range: 'D2:D9', validation: { type: 'amount' } }] }, other)).toThrow(/D4 and D2:D9 overlap/);
    expect(() => sheetRanges({ ...sheet, validations: [{ range: 'C1:C5', validation: { type: 'amount' } }, { range: 'B5:C5', validation: { type: 'date' } }] }, other)).toThrow(/overlap/);
  });
});
