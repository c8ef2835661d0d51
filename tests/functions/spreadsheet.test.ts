import { HyperFormula } from 'hyperformula';
import { loadBundle, readMetadata } from '../support/addin-dist';
import { excelRound, registerCustomFunctions } from '../support/hyperformula';

registerCustomFunctions('BIDRAG', readMetadata('functions.json'), readMetadata('functions.sv-SE.json'), loadBundle(), { blank: null });
excelRound();

test('DISTRIBUTE spills in a real spreadsheet and foots under SUM', () => {
  const hf = HyperFormula.buildFromArray(
    [
      [1000, 1],
      [null, 2],
      [null, 3],
      ['=BIDRAG.DISTRIBUTE(A1,B1:B3)', '=SUM(A4:A6)', '=ROUND(1.005,2)'],
    ],
    { licenseKey: 'gpl-v3' },
  );
  expect(hf.getSheetValues(0).slice(3).map((r) => r[0])).toEqual([167, 333, 500]);
  expect(hf.getCellValue({ sheet: 0, row: 3, col: 1 })).toBe(1000);
  expect(hf.getCellValue({ sheet: 0, row: 3, col: 2 })).toBe(1.01);
});
