import { checkAgreement, hasErrors } from '../../src/core/checks';
import { parseAgreement } from '../../src/core/agreements';
import { issueText } from '../../src/core/result';
import { blankAgreementSheet, readAgreementSheet, sheetValues } from '../../src/core/templates';
import { controllerTyping, typeIntoGrid } from './controller';

const STAMP = { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00.000Z' };

describe('the blank agreement sheet', () => {
  it('read back unfilled, names every cell to fill, in Swedish and English (no agreement, no crash)', () => {
    const sv = blankAgreementSheet('sv', STAMP);
    const r = readAgreementSheet(sheetValues(sv), { sheetName: sv.sheetName });
    if (r.ok) throw new Error('an unfilled sheet read as an agreement');
    expect(r.issues.map((i) => issueText(i))).toEqual([
      'Överenskommelse!B6: Id måste fyllas i.',
      'Överenskommelse!B7: Titel måste fyllas i.',
      'Överenskommelse!B9: År måste fyllas i.',
      'Överenskommelse!B10: Dokument måste fyllas i.',
      'Överenskommelse!B17: Områdena kompletta måste fyllas i.',
      'Överenskommelse!B31: Id måste fyllas i.',
      'Överenskommelse!D31: Rubrik måste fyllas i.',
      'Överenskommelse!B32: Id måste fyllas i.',
      'Överenskommelse!C32: raden har nivå 2 och ingår alltså i ett område eller en rad ovanför. Skriv dess id i ”Ingår i”.',
      'Överenskommelse!D32: Rubrik måste fyllas i.',
    ]);
    const en = blankAgreementSheet('en', STAMP);
    const e = readAgreementSheet(sheetValues(en), { sheetName: en.sheetName });
    if (e.ok) throw new Error('an unfilled sheet read as an agreement');
    expect(e.issues.map((i) => issueText(i, 'en'))[0]).toBe('Agreement!B6: Id must be filled in.');
    expect(e.issues.map((i) => i.code)).toEqual(r.issues.map((i) => i.code));
  });

  it('filled in as a controller would, reads back as a valid agreement the checks accept', () => {
    const sheet = blankAgreementSheet('sv', STAMP);
    const r = readAgreementSheet(typeIntoGrid(sheetValues(sheet), controllerTyping(sheet)), { sheetName: sheet.sheetName });
    if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
    const a = parseAgreement(r.value);
    if (!a.ok) throw new Error(a.issues.map((i) => issueText(i)).join('\n'));
    expect(a.value.id).toBe('psykisk-halsa-2025');
    expect(r.value.period).toEqual({ start: '2025-01-01', end: '2025-12-31', source: { where: '1 Inledning', quote: 'avser perioden 1 januari–31 december 2025' } });
    expect(r.value.parties).toEqual([{ name: 'Staten', role: 'state' }]);
    expect(r.value.areas).toEqual([
      {
        id: 'stod',
        title: 'Stöd till regionerna',
        amount: '3000000',
        source: null,
        lines: [{ id: 'stod-regioner', title: 'Fördelning till regionerna', amount: '3000000', source: null, recipient: { type: 'regions' }, key: 'population', funder: 'state' }],
      },
    ]);
    expect(r.value.deadlines).toEqual([
      {
        id: 'rekvisition-2025',
        kind: 'requisition',
        date: '2025-12-01',
        title: 'Rekvisition av medel',
        titleEn: 'Requisition of funds',
        by: 'Regionerna',
        to: 'Kammarkollegiet',
        areas: ['stod'],
        source: { where: '5 Ekonomiska villkor', quote: 'senast den 1 december 2025' },
      },
    ]);
    const checks = checkAgreement(a.value);
    expect(hasErrors(checks)).toBe(false);
  });

  it('a controller who fills only the header is told what the area and its line still need', () => {
    const sheet = blankAgreementSheet('sv', STAMP);
    const header = controllerTyping(sheet).filter(([ref]) => Number(ref.slice(1)) < 20);
    const r = readAgreementSheet(typeIntoGrid(sheetValues(sheet), header), { sheetName: sheet.sheetName });
    if (r.ok) throw new Error('read although the area is empty');
    expect(r.issues.map((i) => i.code)).toEqual(['REQUIRED', 'REQUIRED', 'REQUIRED', 'PARENT_MISSING', 'REQUIRED']);
    expect(r.issues.every((i) => /^Överenskommelse![B-D]3[12]: /.test(issueText(i)))).toBe(true);
  });
});
