import { z } from 'zod';
import { parseJsonText } from '../json';
import { schemaProblem, zodPath } from '../schema-problem';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import { checkDiarienummer, parseBankgiro, parseOrganisationsnummer, parsePlusgiro } from './identifiers';
import { PROFILE_MESSAGES as M } from './messages';

const text = z.string().trim().max(300);

const person = z
  .object({ namn: text.optional(), befattning: text.optional(), telefon: text.optional(), epost: text.optional() })
  .strict();

const diarienummer = z.object({ overenskommelse: text.optional(), utbetalning: text.optional() }).strict();

/**
 * The user's organisation, written once and reused by every template. Keys are Swedish because
 * users write this file by hand next to the forms whose fields it fills.
 */
export const profileSchema = z
  .object({
    bidragsmottagare: text.optional(),
    organisationsnummer: text.optional(),
    kontaktperson: text.optional(),
    postadress: text.optional(),
    telefon: text.optional(),
    fax: text.optional(),
    epost: text.optional(),
    bankgiro: text.optional(),
    plusgiro: text.optional(),
    betalningsreferens: text.optional(),
    /** Who signs (namnförtydligande). */
    firmatecknare: text.optional(),
    ekonomichef: person.optional(),
    /** Per agreement id: Regeringskansliets diarienummer for the agreement and the payment decision. */
    diarienummer: z.record(z.string(), diarienummer).optional(),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

export const EMPTY_PROFILE: Profile = {};

export interface ValidatedProfile {
  readonly profile: Profile;
  /** Things worth a look that do not stop a template from being written (diarienummer format). */
  readonly warnings: readonly Issue[];
}

const KNOWN = Object.keys(profileSchema.shape).join(', ');

/**
 * Validates a parsed profile: shape with zod, then the checksums a typo would break (the
 * organisationsnummer, bankgiro or plusgiro). Canonicalises those numbers. Errors block, the
 * diarienummer format only warns.
 */
export function validateProfile(input: unknown): Result<ValidatedProfile> {
  const parsed = profileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return fail(...parsed.error.issues.map(zodIssue));
  const p: Profile = { ...parsed.data };
  const issues: Issue[] = [];
  const canon = (field: 'organisationsnummer' | 'bankgiro' | 'plusgiro', parse: (s: string) => Result<string>) => {
    const value = p[field];
    if (value === undefined || value === '') return;
    const r = parse(value);
    if (r.ok) p[field] = r.value;
    else issues.push(...r.issues.map((i) => ({ ...i, path: [field] })));
  };
  canon('organisationsnummer', parseOrganisationsnummer);
  canon('bankgiro', parseBankgiro);
  canon('plusgiro', parsePlusgiro);
  if (p.bankgiro && p.plusgiro) issues.push(makeIssue(M, 'PAYMENT_ACCOUNT_BOTH', {}, ['plusgiro']));
  if (issues.length > 0) return fail(...issues);
  const warnings: Issue[] = [];
  for (const [agreement, d] of Object.entries(p.diarienummer ?? {})) {
    for (const key of ['overenskommelse', 'utbetalning'] as const) {
      const v = d[key];
      if (v) warnings.push(...checkDiarienummer(v).map((w) => ({ ...w, path: ['diarienummer', agreement, key] })));
    }
  }
  return ok({ profile: p, warnings });
}

/** Reads the JSON text of a profile file. */
export function parseProfileJson(textIn: string): Result<ValidatedProfile> {
  const json = parseJsonText(textIn);
  if (!json.ok) return fail(makeIssue(M, 'PROFILE_NOT_JSON', { syntax: json.error }));
  return validateProfile(json.value);
}

/** The payment account as the form shows it: "Bankgiro 5050-1055" or "Plusgiro 41234-6". */
export function paymentAccount(p: Profile): string | undefined {
  if (p.bankgiro) return `Bankgiro ${p.bankgiro}`;
  if (p.plusgiro) return `Plusgiro ${p.plusgiro}`;
  return undefined;
}

function zodIssue(i: z.core.$ZodIssue): Issue {
  const path = zodPath(i);
  if (i.code === 'unrecognized_keys') {
    const field = [...path, ...i.keys].join('.');
    return makeIssue(M, 'PROFILE_UNKNOWN_FIELD', { field, known: KNOWN }, [...path, ...i.keys]);
  }
  return makeIssue(M, 'PROFILE_FIELD', { path, problem: schemaProblem(i) }, path);
}
