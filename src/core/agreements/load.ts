import { z } from 'zod';
import { parseJsonText } from '../json';
import { fail, makeIssue, ok, type Result } from '../result';
import { schemaProblem, zodPath } from '../schema-problem';
import { AGREEMENT_MESSAGES as M, type AgreementIssue } from './messages';
import { agreementSchema, FORMAT_CODES, REFERENCE_CODES } from './schema';
import type { Agreement } from './types';

/** Validates parsed JSON as an agreement, once. Every problem comes back with its path in the file. */
export function parseAgreement(data: unknown): Result<Agreement, AgreementIssue> {
  const result = agreementSchema.safeParse(data, { reportInput: true });
  if (result.success) return ok(result.data);
  return fail(...result.error.issues.map(toIssue));
}

/** Reads the text of an agreement file: JSON syntax first, then the schema. */
export function parseAgreementJson(text: string): Result<Agreement, AgreementIssue> {
  const json = parseJsonText(text);
  if (!json.ok) return fail(makeIssue(M, 'INVALID_JSON', { syntax: json.error }));
  return parseAgreement(json.value);
}

/** The JSON text of an agreement, amounts back as decimal strings: load(save(a)) equals a. */
export function serializeAgreement(agreement: Agreement): string {
  return JSON.stringify(z.encode(agreementSchema, agreement), null, 2) + '\n';
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** Our own checks carry their code in zod's `params`; everything else zod found is a SCHEMA problem. */
function toIssue(issue: z.core.$ZodIssue): AgreementIssue {
  const path = zodPath(issue);
  const params = issue.code === 'custom' ? issue.params : undefined;
  const code: unknown = params?.code;
  if (isOneOf(FORMAT_CODES, code)) return makeIssue(M, code, { path }, path);
  if (isOneOf(REFERENCE_CODES, code)) return makeIssue(M, code, { path, id: String(params?.id) }, path);
  return makeIssue(M, 'SCHEMA', { path, problem: schemaProblem(issue) }, path);
}
