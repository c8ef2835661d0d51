import fc from 'fast-check';
import { parseAgreement } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { agreementSheet, readAgreementSheet, sheetValues } from '../../src/core/templates';
import { agreementArb } from './arbitrary';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

describe('any valid agreement → sheet → the same agreement', () => {
  it('deep-equal JSON, in Swedish and English', () => {
    fc.assert(
      fc.property(agreementArb, fc.constantFrom('sv' as const, 'en' as const), (json, lang) => {
        const parsed = parseAgreement(json);
        if (!parsed.ok) throw new Error(`arbitrary made an invalid agreement: ${parsed.issues.map((i) => issueText(i)).join('; ')}`);
        const sheet = agreementSheet(parsed.value, lang, STAMP);
        const back = readAgreementSheet(sheetValues(sheet), { sheetName: sheet.sheetName });
        if (!back.ok) throw new Error(back.issues.map((i) => issueText(i)).join('\n'));
        expect(back.value).toStrictEqual(json);
      }),
      { numRuns: 80 },
    );
  });
});
