import { z } from 'zod';
import { METHODS } from '../distribution';
import { validateProfile, type Profile } from '../profile';
import { builtInPopulation } from '../reference';
import { fail, makeIssue, ok, type Result } from '../result';
import { schemaProblem, zodPath } from '../schema-problem';
import { SETTINGS_MESSAGES as M } from './messages';
import { DEFAULT_SETTINGS } from './defaults';
import type { StoredKind } from './stored';

/**
 * Per-workbook choices: where population comes from, how to round and to which unit, and the
 * language of what the add-in writes. Saved with the workbook, so colleagues get the same numbers.
 */
export const settingsSchema = z
  .object({
    population: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('builtin'), table: z.string().refine((id) => builtInPopulation(id) !== undefined) }).strict(),
      z
        .object({
          kind: z.literal('range'),
          sheet: z.string().min(1),
          address: z.string().min(1),
          referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        })
        .strict(),
    ]),
    method: z.enum(METHODS),
    /** Power of ten of the unit: -2 öre, 0 kronor, 3 tusental kronor. */
    unitExponent: z.union([z.literal(-2), z.literal(0), z.literal(3)]),
    language: z.enum(['auto', 'sv', 'en']),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;


export function parseSettings(data: unknown): Result<Settings> {
  const r = settingsSchema.safeParse(data, { reportInput: true });
  if (r.success) return ok(r.data);
  return fail(...r.error.issues.map((i) => makeIssue(M, 'SETTINGS_FIELD', { path: zodPath(i), problem: schemaProblem(i) }, zodPath(i))));
}

export const SETTINGS_KIND: StoredKind<Settings> = {
  key: 'bidragskollen.settings',
  version: 1,
  defaults: DEFAULT_SETTINGS,
  what: { sv: 'Inställningarna', en: 'settings' },
  parse: parseSettings,
};

/** The user's organisation, validated (checksums included) by the profile module the forms use. */
export const PROFILE_KIND: StoredKind<Profile> = {
  key: 'bidragskollen.profile',
  version: 1,
  defaults: {},
  what: { sv: 'Profilen', en: 'profile' },
  parse: (data) => {
    const r = validateProfile(data);
    return r.ok ? ok(r.value.profile) : r;
  },
};
