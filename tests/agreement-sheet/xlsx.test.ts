import { CATALOG_JSON, listAgreements } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { agreementSheet } from '../../src/core/templates';
import { buildWorkbook } from '../../src/xlsx';
import { readAgreementWorkbook } from '../../src/xlsx/agreement-reader';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

describe('catalog → .xlsx (ExcelJS) → agreement', () => {
  it.each(listAgreements().map((a, i) => [a.id, a, CATALOG_JSON[i]] as const))('%s comes back identical', async (_id, agreement, json) => {
    const built = await buildWorkbook({ title: agreement.title, generator: 'test', sheets: [agreementSheet(agreement, 'sv', STAMP)] });
    if (!built.ok) throw new Error('not built');
    const back = await readAgreementWorkbook(built.value.buffer, 'test.xlsx');
    if (!back.ok) throw new Error(back.issues.map((i) => issueText(i)).join('\n'));
    expect(back.value.sheetName).toBe('Överenskommelse');
    expect(back.value.agreement).toStrictEqual(json);
  });
});
