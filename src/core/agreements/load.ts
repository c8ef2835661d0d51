import { z } from 'zod';
import { parseJsonText } from '../json';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { AGREEMENT_MESSAGES as M, type AgreementIssueCode } from './messages';
import { formatPath } from './location';
import { agreementSchema, SCHEMA_TOKENS } from './schema';
import type { Agreement } from './types';

const TOKENS = new Set<string>(Object.values(SCHEMA_TOKENS));
const sv = z.locales.sv().localeError;
const en = z.locales.en().localeError;

/** Validates parsed JSON as an agreement. Every problem comes back with its path in the file. */
export function parseAgreement(data: unknown): Result<Agreement> {
  const result = agreementSchema.safeParse(data, { error: sv });
  if (result.success) return ok(result.data);
  const english = agreementSchema.safeParse(data, { error: en });
  const enIssues = english.success ? [] : english.error.issues;
  return fail(...result.error.issues.map((issue, i) => toIssue(issue, enIssues[i])));
}

/** Reads the text of an agreement file: JSON syntax first, then the schema. */
export function parseAgreementJson(text: string): Result<Agreement> {
  const json = parseJsonText(text);
  if (!json.ok) return fail(makeIssue('INVALID_JSON', M.INVALID_JSON, { syntax: json.error }));
  return parseAgreement(json.value);
}

/** The JSON text of an agreement, amounts back as decimal strings: load(save(a)) equals a. */
export function serializeAgreement(agreement: Agreement): string {
  return JSON.stringify(z.encode(agreementSchema, agreement), null, 2) + '\n';
}

function toIssue(issue: z.core.$ZodIssue, english: z.core.$ZodIssue | undefined): Issue {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const at = formatPath(path);
  const [token, id = ''] = issue.message.split(/:(.*)/s) as [string, string?];
  if (TOKENS.has(issue.message)) return makeIssue(issue.message, M[issue.message as AgreementIssueCode] as typeof M.FORMAT_AMOUNT, { at }, path);
  if (token === 'DUPLICATE_ID' || token === 'UNKNOWN_AREA' || token === 'UNKNOWN_LINE' || token === 'PERIOD_REVERSED')
    return makeIssue(token, M[token], { at, id }, path);
  return {
    code: 'SCHEMA',
    message: M.SCHEMA.sv({ at, detail: issue.message }),
    messageEn: M.SCHEMA.en({ at, detail: english?.message ?? issue.message }),
    path,
  };
}
