import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_JSON, listAgreements, parseAgreement } from '../../src/core/agreements';
import { importAgreementText } from '../../src/core/import';
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

describe('imported draft → sheet → the same draft', () => {
  it('the seed, imported from its text', () => {
    const text = readFileSync(join(__dirname, '../../../shared/seeds/000_6d1cf6cedc0d2a94.txt'), 'utf8');
    const imported = importAgreementText(text, { document: '000_6d1cf6cedc0d2a94.txt' });
    if (!imported.ok) throw new Error(imported.issues.map((i) => issueText(i)).join('\n'));
    const draft = JSON.parse(JSON.stringify(imported.value.agreement)) as unknown;
    const parsed = parseAgreement(draft);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => issueText(i)).join('\n'));
    const sheet = agreementSheet(parsed.value, 'sv', STAMP);
    const back = readAgreementSheet(sheetValues(sheet), { sheetName: sheet.sheetName });
    if (!back.ok) throw new Error(back.issues.map((i) => issueText(i)).join('\n'));
    expect(back.value).toStrictEqual(draft);
  });
});
