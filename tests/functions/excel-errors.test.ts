import { AGREEMENT_MESSAGES, CATALOG_MESSAGES } from '../../src/core/agreements';
import { CHECK_MESSAGES } from '../../src/core/checks';
import { DISTRIBUTION_MESSAGES } from '../../src/core/distribution';
import { MONEY_MESSAGES } from '../../src/core/money/messages';
import { REFERENCE_MESSAGES } from '../../src/core/reference';
import { makeIssue, type Catalogue } from '../../src/core/result';
import { TEMPLATE_MESSAGES } from '../../src/core/templates';
import { METHOD_MESSAGES } from '../../src/core/review/method-messages';
import { toExcelError } from '../../src/functions/coerce';
import { FUNCTION_MESSAGES } from '../../src/functions/messages';
import { StubError } from '../support/custom-functions';

/** Every catalogue a custom function's issue can come from. */
const CATALOGUES: readonly Catalogue[] = [FUNCTION_MESSAGES, AGREEMENT_MESSAGES, CATALOG_MESSAGES, CHECK_MESSAGES, DISTRIBUTION_MESSAGES, MONEY_MESSAGES, REFERENCE_MESSAGES, TEMPLATE_MESSAGES, METHOD_MESSAGES];

describe('the Excel error of an issue', () => {
  it('is declared with its code: #N/A exactly for "looked for it and it is not there"', () => {
    const notFound = CATALOGUES.flatMap((c) => Object.entries(c).filter(([, spec]) => spec.excel === '#N/A').map(([code]) => code));
    expect(notFound.sort()).toEqual([
      'AMOUNT_NOT_STATED',
      'CODE_MISSING',
      // BIDRAG.METOD: no method reproduces the range, as the issue asks (#N/A with the deviating rows).
      'METHOD_NOT_REPRODUCED',
      'MUNICIPALITY_NOT_BUILT_IN',
      'NO_DEADLINE',
      'UNKNOWN_AGREEMENT',
      'UNKNOWN_AREA_OR_LINE',
      'UNKNOWN_CODE',
      'UNKNOWN_REFERENCE_DATE',
    ]);
  });

  it('comes from the first issue, whatever module it is from, with its message', () => {
    const unknown = makeIssue(CATALOG_MESSAGES, 'UNKNOWN_AGREEMENT', { id: 'x', known: 'a, b' });
    const negative = makeIssue(DISTRIBUTION_MESSAGES, 'NEGATIVE_WEIGHT', { id: 'r1', value: '-1' });
    const na = toExcelError([unknown, negative]) as unknown as StubError;
    expect([na.code, na.message]).toEqual(['#N/A', 'Det finns ingen inbyggd överenskommelse med id "x". Kända id: a, b. (och 1 fel till)']);
    expect((toExcelError([negative, unknown]) as unknown as StubError).code).toBe('#VALUE!');
  });
});
