import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { PROFILE_MESSAGES as M } from './messages';

/**
 * Mod-10 (Luhn) over a string of digits, the check used by organisationsnummer, bankgiro and
 * plusgiro alike: the last digit makes the weighted sum a multiple of ten.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const SEPARATORS = /[\s\u00a0\-–]/g;

/**
 * An organisationsnummer, written as users write it (`232100-0016`, `2321000016`, with the century
 * `16` prefix). Returns the canonical `NNNNNN-NNNN`.
 */
export function parseOrganisationsnummer(input: string): Result<string> {
  const raw = input.trim();
  let digits = raw.replace(SEPARATORS, '');
  if (digits.length === 12 && digits.startsWith('16')) digits = digits.slice(2);
  if (!/^\d{10}$/.test(digits)) return fail(makeIssue(M, 'ORGNR_FORMAT', { value: raw }));
  if (!luhnValid(digits)) return fail(makeIssue(M, 'ORGNR_CHECKSUM', { value: raw }));
  return ok(`${digits.slice(0, 6)}-${digits.slice(6)}`);
}

/** A bankgiro number: seven or eight digits, mod-10 check digit. Canonical `NNN-NNNN` / `NNNN-NNNN`. */
export function parseBankgiro(input: string): Result<string> {
  const raw = input.trim();
  const digits = raw.replace(SEPARATORS, '');
  if (!/^\d{7,8}$/.test(digits)) return fail(makeIssue(M, 'BANKGIRO_FORMAT', { value: raw }));
  if (!luhnValid(digits)) return fail(makeIssue(M, 'BANKGIRO_CHECKSUM', { value: raw }));
  return ok(`${digits.slice(0, -4)}-${digits.slice(-4)}`);
}

/** A plusgiro number: two to eight digits, the last a mod-10 check digit. Canonical `NNNNNN-N`. */
export function parsePlusgiro(input: string): Result<string> {
  const raw = input.trim();
  const digits = raw.replace(SEPARATORS, '');
  if (!/^\d{2,8}$/.test(digits)) return fail(makeIssue(M, 'PLUSGIRO_FORMAT', { value: raw }));
  if (!luhnValid(digits)) return fail(makeIssue(M, 'PLUSGIRO_CHECKSUM', { value: raw }));
  return ok(`${digits.slice(0, -1)}-${digits.slice(-1)}`);
}

/**
 * Regeringskansliets diarienummer: a department letter or two, the year, a slash and a serial
 * (`S2023/01234`, older ones with a unit suffix `S2019/01234/FS`). Real numbers vary, so this only
 * warns: the returned issues are warnings, never a reason to refuse.
 */
export function checkDiarienummer(input: string): Issue[] {
  const value = input.trim();
  if (value === '') return [];
  return /^[A-ZÅÄÖ]{1,3}\s?(19|20)\d{2}\s?\/\s?\d{1,6}(\/[A-ZÅÄÖ]{1,6})?$/i.test(value)
    ? []
    : [makeIssue(M, 'DIARIENUMMER_FORMAT', { value })];
}
