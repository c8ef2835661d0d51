import { issueText } from '../../src/core/result';
import { findPopulationTable } from '../../src/core/reference';
import { prefillAll, prefillGrant, type FormOptions, type Grant } from '../../src/core/templates';
import { TEST_AGREEMENT } from './agreement-fixture';

export const POPULATION = (() => {
  const t = findPopulationTable('2023-12-31');
  if (!t.ok) throw new Error('no built-in population table');
  return t.value;
})();

export const PROFILE = {
  bidragsmottagare: 'Region Halland',
  organisationsnummer: '232100-0115',
  kontaktperson: 'Anna Andersson',
  postadress: 'Box 517, 301 80 Halmstad',
  telefon: '035-13 48 00',
  epost: 'anna.andersson@example.se',
  bankgiro: '5050-1055',
  betalningsreferens: 'Sammanhållen vård 2023',
  firmatecknare: 'Bertil Berg',
  ekonomichef: { namn: 'Cecilia Ek', befattning: 'Ekonomidirektör', telefon: '035-13 48 01', epost: 'cecilia.ek@example.se' },
};

export const OPTIONS: FormOptions = { profile: PROFILE, lang: 'sv', info: { productVersion: '0.0.0-test', generatedAt: '2023-06-15T10:00:00+02:00' } };

export function grantFor(code: string): Grant {
  const r = prefillGrant(TEST_AGREEMENT, code, { weights: POPULATION });
  if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
  return r.value.grant;
}

export function allGrants(): readonly Grant[] {
  const r = prefillAll(TEST_AGREEMENT, { weights: POPULATION });
  if (!r.ok) throw new Error(r.issues.map((i) => issueText(i)).join('\n'));
  return r.value.grants;
}
