import { getAgreement } from '../../src/core/agreements';
import { agreementSheet, blankAgreementSheet } from '../../src/core/templates';
import { expectGolden } from './expect-golden';

const STAMP = { productVersion: '0.0.0-golden', generatedAt: '2023-06-15T10:00:00.000Z' };

/** The agreement sheet's data, every cell in order: what both writers render and the reader reads. */
describe('agreement sheet golden file', () => {
  it('sammanhallen-vard-2023', () => {
    const a = getAgreement('sammanhallen-vard-2023');
    if (!a.ok) throw new Error();
    expectGolden('agreement-sammanhallen-vard-2023', agreementSheet(a.value, 'sv', STAMP));
  });

  it('the blank sheet, for typing an agreement from scratch', () => {
    expectGolden('agreement-blank', blankAgreementSheet('sv', STAMP));
  });
});
