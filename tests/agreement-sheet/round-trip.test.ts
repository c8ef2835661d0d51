import { CATALOG_JSON, listAgreements } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { agreementSheet, readAgreementSheet, sheetValues } from '../../src/core/templates';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

describe('catalog → sheet → agreement', () => {
  it.each(listAgreements().map((a, i) => [a.id, a, CATALOG_JSON[i]] as const))('%s comes back identical, in both languages', (_id, agreement, json) => {
    for (const lang of ['sv', 'en'] as const) {
      const sheet = agreementSheet(agreement, lang, STAMP);
      const back = readAgreementSheet(sheetValues(sheet), { sheetName: sheet.sheetName });
      if (!back.ok) throw new Error(back.issues.map((i) => issueText(i)).join('\n'));
      expect(back.value).toStrictEqual(json);
    }
  });
});
