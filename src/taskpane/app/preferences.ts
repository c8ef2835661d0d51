import type { Agreement } from '../../core/agreements';
import type { Profile } from '../../core/profile';
import type { Issue } from '../../core/result';
import type { Settings, StoredKind } from '../../core/settings';
import type { WorkbookPort } from '../../excel/port';

/** The user's answer to keeping the profile in the workbook: `{ profile: true, at }`; absent until asked. */
export const CONSENT_KEY = 'bidragskollen.consent';
/** The recipient last chosen on Blanketter, so the next form is for the same one. */
export const FORM_RECIPIENT_KEY = 'bidragskollen.formRecipient';

export interface Preferences {
  readonly settings: Settings;
  readonly profile: Profile;
  /** The agreements imported or corrected in this workbook. */
  readonly agreements: readonly Agreement[];
  /** True when the user agreed to keep the profile in the workbook (or a profile is already there). */
  readonly consent: boolean | undefined;
  /** Why a stored value was replaced by defaults (its raw value is kept under `<key>.backup`). */
  readonly issues: readonly Issue[];
}

/**
 * Reads settings, profile and the workbook's own agreements. A value that cannot be used is kept
 * aside under its backup key and replaced by the defaults, so the next load is clean and nothing is lost.
 */
export async function loadPreferences(port: WorkbookPort, now: () => string): Promise<Preferences> {
  const { envelope, loadStored, AGREEMENTS_KIND, PROFILE_KIND, SETTINGS_KIND } = await validation();
  const raw = await port.readSettings([SETTINGS_KIND.key, PROFILE_KIND.key, AGREEMENTS_KIND.key, CONSENT_KEY]);
  const settings = loadStored(SETTINGS_KIND, raw[SETTINGS_KIND.key]);
  const profile = loadStored(PROFILE_KIND, raw[PROFILE_KIND.key]);
  const agreements = loadStored(AGREEMENTS_KIND, raw[AGREEMENTS_KIND.key]);
  const repairs: Record<string, unknown> = {};
  const repair = <T>(kind: StoredKind<T>, loaded: { backup?: { key: string; raw: unknown } }) => {
    if (!loaded.backup) return;
    repairs[loaded.backup.key] = { savedAt: now(), raw: loaded.backup.raw };
    repairs[kind.key] = envelope(kind, kind.defaults);
  };
  repair(SETTINGS_KIND, settings);
  repair(PROFILE_KIND, profile);
  repair(AGREEMENTS_KIND, agreements);
  if (Object.keys(repairs).length > 0) await port.writeSettings(repairs);
  return {
    settings: settings.value,
    profile: profile.value,
    agreements: agreements.value,
    consent: (raw[CONSENT_KEY] as { profile?: unknown } | undefined)?.profile === true || raw[PROFILE_KIND.key] !== undefined ? true : undefined,
    issues: [settings.issue, profile.issue, agreements.issue].filter((i): i is Issue => i !== undefined),
  };
}

export async function saveSettings(port: WorkbookPort, s: Settings): Promise<void> {
  const { envelope, SETTINGS_KIND } = await validation();
  return port.writeSettings({ [SETTINGS_KIND.key]: envelope(SETTINGS_KIND, s) });
}

export async function saveProfile(port: WorkbookPort, p: Profile, consentAt?: string): Promise<void> {
  const { envelope, PROFILE_KIND } = await validation();
  return port.writeSettings({ [PROFILE_KIND.key]: envelope(PROFILE_KIND, p), ...(consentAt ? { [CONSENT_KEY]: { profile: true, at: consentAt } } : {}) });
}

/** Removes the profile and the consent from the workbook (`Setting.delete()` in the Office.js port). */
export async function removeProfile(port: WorkbookPort): Promise<void> {
  const { PROFILE_KIND } = await validation();
  return port.writeSettings({ [PROFILE_KIND.key]: null, [CONSENT_KEY]: null });
}

export async function saveAgreements(port: WorkbookPort, list: readonly Agreement[]): Promise<void> {
  const { agreementsEnvelope, AGREEMENTS_KIND } = await validation();
  return port.writeSettings({ [AGREEMENTS_KIND.key]: agreementsEnvelope(list) });
}

/**
 * The stored kinds validate with zod, which the pane's first screen does not need: loaded on demand
 * (with the agreement-file validation, one chunk), while the agreement table is already shown.
 */
const validation = () => import(/* webpackChunkName: "validation" */ '../../core/settings');
