import { cellInput } from '../../src/excel/cells';
import { excelSerial as xlsxSerial } from '../../src/xlsx';

// Both writers put dates in cells through the core calendar's one converter.
describe('dates as the two writers put them in cells', () => {
  it('write the same serial, and refuse an impossible date instead of rolling it into March', () => {
    expect(cellInput({ t: 'date', v: '2023-12-01' })).toBe(45261);
    expect(xlsxSerial('2023-12-01')).toBe(45261);
    for (const v of ['2023-02-30', '2023-02-29', '1900-02-28', '2023-1-1']) {
      expect(() => cellInput({ t: 'date', v })).toThrow(RangeError);
      expect(() => xlsxSerial(v)).toThrow(RangeError);
    }
  });
});
