import type { Profile } from '../../core/profile';

/** One field of the profile editor: its path in the profile (`*` is the chosen agreement's id). */
export interface ProfileField {
  readonly path: readonly string[];
  readonly sv: string;
  readonly en: string;
  readonly autocomplete: string;
}

/** Every field the forms fill in from the profile, in the order the forms ask for them. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  { path: ['bidragsmottagare'], sv: 'Bidragsmottagare (organisation)', en: 'Grant recipient (organisation)', autocomplete: 'organization' },
  { path: ['organisationsnummer'], sv: 'Organisationsnummer', en: 'Organisation number', autocomplete: 'off' },
  { path: ['kontaktperson'], sv: 'Kontaktperson', en: 'Contact person', autocomplete: 'name' },
  { path: ['postadress'], sv: 'Postadress', en: 'Postal address', autocomplete: 'street-address' },
  { path: ['telefon'], sv: 'Telefon', en: 'Phone', autocomplete: 'tel' },
  { path: ['fax'], sv: 'Fax', en: 'Fax', autocomplete: 'off' },
  { path: ['epost'], sv: 'E-post', en: 'E-mail', autocomplete: 'email' },
  { path: ['bankgiro'], sv: 'Bankgiro', en: 'Bankgiro', autocomplete: 'off' },
  { path: ['plusgiro'], sv: 'Plusgiro (i stället för bankgiro)', en: 'Plusgiro (instead of bankgiro)', autocomplete: 'off' },
  { path: ['betalningsreferens'], sv: 'Önskad betalningsreferens', en: 'Payment reference', autocomplete: 'off' },
  { path: ['firmatecknare'], sv: 'Firmatecknare (namnförtydligande)', en: 'Authorised signatory (name)', autocomplete: 'name' },
  { path: ['ekonomichef', 'namn'], sv: 'Ekonomichef, namn', en: 'Chief financial officer, name', autocomplete: 'off' },
  { path: ['ekonomichef', 'befattning'], sv: 'Ekonomichef, befattning', en: 'Chief financial officer, title', autocomplete: 'organization-title' },
  { path: ['ekonomichef', 'telefon'], sv: 'Ekonomichef, telefon', en: 'Chief financial officer, phone', autocomplete: 'off' },
  { path: ['ekonomichef', 'epost'], sv: 'Ekonomichef, e-post', en: 'Chief financial officer, e-mail', autocomplete: 'off' },
  { path: ['diarienummer', '*', 'overenskommelse'], sv: 'Diarienummer för överenskommelsen', en: 'Reference number of the agreement', autocomplete: 'off' },
  { path: ['diarienummer', '*', 'utbetalning'], sv: 'Diarienummer för utbetalningsbeslutet', en: 'Reference number of the payment decision', autocomplete: 'off' },
];

/** The field's key in the draft and its element id: `ekonomichef.namn`, `diarienummer.*.utbetalning`. */
export const fieldKey = (f: ProfileField): string => f.path.join('.');

const concrete = (f: ProfileField, agreementId: string): string[] => f.path.map((p) => (p === '*' ? agreementId : p));

/** The value the profile holds for a field, for the chosen agreement. */
export function fieldValue(p: Profile, f: ProfileField, agreementId: string): string {
  let v: unknown = p;
  for (const k of concrete(f, agreementId)) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v : '';
}

/**
 * The profile with the editor's values put in: an empty field removes its value, an emptied group
 * (ekonomichef, one agreement's diarienummer) disappears, other agreements' diarienummer stay.
 */
export function profileWith(p: Profile, values: Readonly<Record<string, string>>, agreementId: string): Profile {
  const out = JSON.parse(JSON.stringify(p)) as Record<string, unknown>;
  for (const f of PROFILE_FIELDS) {
    const raw = values[fieldKey(f)];
    if (raw === undefined) continue;
    const value = raw.trim();
    const path = concrete(f, agreementId);
    const parents: Record<string, unknown>[] = [out];
    for (const k of path.slice(0, -1)) {
      const here = parents.at(-1) as Record<string, unknown>;
      if (typeof here[k] !== 'object' || here[k] === null) here[k] = {};
      parents.push(here[k] as Record<string, unknown>);
    }
    const leaf = path.at(-1) as string;
    const target = parents.at(-1) as Record<string, unknown>;
    if (value) target[leaf] = value;
    else delete target[leaf];
    // Remove groups left empty, innermost first.
    for (let i = parents.length - 1; i > 0; i--) {
      if (Object.keys(parents[i] as object).length === 0) delete (parents[i - 1] as Record<string, unknown>)[path[i - 1] as string];
    }
  }
  return out as Profile;
}

/** The field an issue's path points at (`['diarienummer', id, 'utbetalning']` → that field), if any. */
export function fieldOfPath(path: readonly (string | number)[] | undefined, agreementId: string): ProfileField | undefined {
  if (!path || path.length === 0) return undefined;
  const joined = path.join('.');
  return PROFILE_FIELDS.find((f) => concrete(f, agreementId).join('.') === joined) ?? PROFILE_FIELDS.find((f) => f.path[0] === path[0]);
}

/** Nothing the forms could use: the editor warns before a form is written. */
export const profileIsEmpty = (p: Profile): boolean => Object.keys(p).length === 0;
