import { z } from 'zod';
import { agreementSchema, parseAgreement, type Agreement } from '../agreements';
import { fail, makeIssue, ok, type Result } from '../result';
import { schemaProblem, zodPath } from '../schema-problem';
import { SETTINGS_MESSAGES as M } from './messages';
import type { Envelope, StoredKind } from './stored';

/**
 * The agreements a user imported or corrected in this workbook, as agreement JSON (amounts as
 * decimal strings), so colleagues opening the workbook get the same agreements. One invalid entry
 * makes the whole value unreadable: it is kept aside under the backup key rather than half used.
 */
export function parseStoredAgreements(data: unknown): Result<readonly Agreement[]> {
  const list = z.array(z.unknown()).safeParse(data, { reportInput: true });
  if (!list.success) return fail(...list.error.issues.map((i) => makeIssue(M, 'SETTINGS_FIELD', { path: zodPath(i), problem: schemaProblem(i) }, zodPath(i))));
  const out: Agreement[] = [];
  for (const item of list.data) {
    const r = parseAgreement(item);
    if (!r.ok) return fail(...r.issues);
    out.push(r.value);
  }
  return ok(out);
}

export const AGREEMENTS_KIND: StoredKind<readonly Agreement[]> = {
  key: 'bidragskollen.agreements',
  version: 1,
  defaults: [],
  what: { sv: 'Överenskommelserna', en: 'agreements' },
  parse: parseStoredAgreements,
};

/** What is stored for the list: each agreement encoded back to its JSON form (load(save(a)) equals a). */
export const agreementsEnvelope = (list: readonly Agreement[]): Envelope => ({
  version: AGREEMENTS_KIND.version,
  data: list.map((a) => z.encode(agreementSchema, a)),
});
