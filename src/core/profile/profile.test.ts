import { issueText } from '../result';
import fc from 'fast-check';
import { checkDiarienummer, luhnValid, parseBankgiro, parseOrganisationsnummer, parsePlusgiro, parseProfileJson, validateProfile } from '.';

const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }) => (r.ok ? [] : (r.issues ?? []).map((i) => i.code));

describe('identifiers', () => {
  it('accepts real organisation numbers and canonicalises them', () => {
    expect(parseOrganisationsnummer('222000-0315')).toEqual({ ok: true, value: '222000-0315' }); // SKR
    expect(parseOrganisationsnummer('2321000016')).toEqual({ ok: true, value: '232100-0016' }); // Region Stockholm
    expect(parseOrganisationsnummer('16232100-0016')).toEqual({ ok: true, value: '232100-0016' });
  });

  it('rejects a wrong check digit and a wrong length with stable codes', () => {
    expect(codes(parseOrganisationsnummer('222000-0316'))).toEqual(['ORGNR_CHECKSUM']);
    expect(codes(parseOrganisationsnummer('22200-0315'))).toEqual(['ORGNR_FORMAT']);
  });

  it('checks bankgiro and plusgiro numbers with mod 10', () => {
    expect(parseBankgiro('5050-1055')).toEqual({ ok: true, value: '5050-1055' });
    expect(parseBankgiro('991 2346')).toEqual({ ok: true, value: '991-2346' });
    expect(codes(parseBankgiro('5050-1056'))).toEqual(['BANKGIRO_CHECKSUM']);
    expect(codes(parseBankgiro('123'))).toEqual(['BANKGIRO_FORMAT']);
    expect(parsePlusgiro('4 12 34-6')).toEqual({ ok: true, value: '41234-6' });
    expect(codes(parsePlusgiro('41234-5'))).toEqual(['PLUSGIRO_CHECKSUM']);
  });

  it('a single changed digit always breaks the Luhn check', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), fc.nat(9), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const check = [...Array(10).keys()].find((c) => luhnValid(body + c)) as number;
        const valid = body + check;
        const changed = valid.slice(0, pos) + ((Number(valid[pos]) + delta) % 10) + valid.slice(pos + 1);
        expect(luhnValid(valid)).toBe(true);
        expect(luhnValid(changed)).toBe(false);
      }),
    );
  });

  it('only warns about diarienummer that do not look like Regeringskansliet’s', () => {
    expect(checkDiarienummer('S2023/01234')).toEqual([]);
    expect(checkDiarienummer('S2019/01234/FS')).toEqual([]);
    expect(checkDiarienummer('s 2023/1234')).toEqual([]);
    expect(checkDiarienummer('')).toEqual([]);
    expect(checkDiarienummer('dnr 12-2023').map((i) => i.code)).toEqual(['DIARIENUMMER_FORMAT']);
  });
});

describe('profile', () => {
  it('validates, canonicalises and warns', () => {
    const r = validateProfile({
      bidragsmottagare: 'Region Halland',
      organisationsnummer: '2321000115',
      bankgiro: '50501055',
      diarienummer: { 'sammanhallen-vard-2023': { overenskommelse: 'S2023/00463', utbetalning: 'okänt' } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.profile.bankgiro).toBe('5050-1055');
    expect(r.value.warnings.map((w) => [w.code, w.path])).toEqual([['DIARIENUMMER_FORMAT', ['diarienummer', 'sammanhallen-vard-2023', 'utbetalning']]]);
  });

  it('reports every error as data with a path', () => {
    const r = validateProfile({ organisationsnummer: '232100-0017', bankgiro: '5050-1055', plusgiro: '41234-6' });
    expect(codes(r)).toEqual(['ORGNR_CHECKSUM', 'PAYMENT_ACCOUNT_BOTH']);
    expect(codes(validateProfile({ epost: 5 }))).toEqual(['PROFILE_FIELD']);
    const unknown = validateProfile({ orgnr: '1' });
    expect(codes(unknown)).toEqual(['PROFILE_UNKNOWN_FIELD']);
    if (!unknown.ok) expect(issueText(unknown.issues[0]!)).toContain('orgnr');
    expect(codes(parseProfileJson('{'))).toEqual(['PROFILE_NOT_JSON']);
  });
});
