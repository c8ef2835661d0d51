import type { Profile } from '../../../core/profile';
import { DEFAULT_POPULATION_TABLE_ID } from '../../../core/reference';
import { issueText } from '../../../core/result';
import type { Settings } from '../../../core/settings';
import { languageOf } from '../../i18n';
import type { Pane } from '../pane';
import { loadPreferences, removeProfile as forgetProfile, saveProfile as storeProfile, saveSettings } from '../preferences';
import { weightsFromCells } from '../weights-from-cells';
import { refreshPreview } from './distribute';
import { loadStoredTables } from './population';
import { readAgreementSheetsAtStart } from './agreement-sheet';
import { useSavedAgreements } from './import';
import { reloadRange } from './population-range';

/** Settings and profile from the workbook, then the remembered population range, the stored tables and the agreement sheets. */
export async function start(pane: Pane): Promise<void> {
  const { port, now, displayLanguage } = pane.deps;
  await pane.busy(pane.t('Läser inställningar …', 'Reading settings …'), async () => {
    const prefs = await loadPreferences(port, now);
    pane.set({ settings: prefs.settings, profile: prefs.profile, profileConsent: prefs.consent, lang: languageOf(displayLanguage, prefs.settings.language) });
    useSavedAgreements(pane, prefs.agreements);
    if (prefs.issues.length > 0) pane.set({ notices: prefs.issues.map((i) => ({ kind: 'info' as const, text: issueText(i, pane.state.lang) })) });
    if (prefs.settings.population.kind === 'range') await reloadRange(pane, prefs.settings.population.sheet, prefs.settings.population.address);
    // One look at the workbook's sheets for both: the stored tables, then the agreement sheets, whose
    // corrections by a controller replace the saved copies.
    const inventory = await port.inventory();
    await loadStoredTables(pane, inventory);
    await readAgreementSheetsAtStart(pane, inventory);
  });
  refreshPreview(pane);
}

/** Applies a setting at once and saves it in the workbook; a failed save keeps it for the session. */
export async function updateSettings(pane: Pane, settings: Settings): Promise<void> {
  pane.set({ settings });
  refreshPreview(pane);
  await saveSettings(pane.deps.port, settings).catch(() =>
    pane.notify(
      'error',
      pane.t('Inställningen kunde inte sparas i arbetsboken. Den gäller tills fönstret stängs.', 'The setting could not be saved in the workbook. It applies until the pane is closed.'),
    ),
  );
}

export const setMethod = (pane: Pane, method: Settings['method']): Promise<void> => updateSettings(pane, { ...pane.state.settings, method });

export const setUnit = (pane: Pane, unitExponent: Settings['unitExponent']): Promise<void> => updateSettings(pane, { ...pane.state.settings, unitExponent });

/** The new language applies at once, also to a message that the setting could not be saved. */
export async function setLanguage(pane: Pane, language: Settings['language']): Promise<void> {
  pane.set({ lang: languageOf(pane.deps.displayLanguage, language) });
  await updateSettings(pane, { ...pane.state.settings, language });
}

export async function useBuiltinPopulation(pane: Pane): Promise<void> {
  pane.set({ rangeTable: undefined });
  await updateSettings(pane, { ...pane.state.settings, population: { kind: 'builtin', table: DEFAULT_POPULATION_TABLE_ID } });
}

/** The selected range becomes the population table (and is remembered in the workbook). */
export async function useSelectionAsPopulation(pane: Pane): Promise<void> {
  await pane.busy(pane.t('Läser markeringen …', 'Reading the selection …'), async () => {
    const read = await pane.deps.port.readSelection();
    const table = weightsFromCells(read);
    if (!table.ok) return pane.fail(table.issues);
    const before = { rangeTable: pane.state.rangeTable, settings: pane.state.settings };
    pane.set({ rangeTable: table.value, settings: { ...pane.state.settings, population: { kind: 'range', sheet: read.sheet, address: read.address } } });
    refreshPreview(pane);
    // A table the line cannot be shared by (every population zero) is refused with its reason, and
    // the earlier choice stays.
    if (pane.state.previewIssues.length > 0) {
      const issues = pane.state.previewIssues;
      pane.set(before);
      refreshPreview(pane);
      return pane.fail(issues);
    }
    await updateSettings(pane, pane.state.settings);
    pane.notify('success', pane.t(`Befolkningen läses från ${read.sheet}!${read.address}.`, `Population is read from ${read.sheet}!${read.address}.`));
  });
}

/** Asks the view to focus the first field marked invalid (or the error summary). */
export const FIRST_INVALID = 'first-invalid';

/**
 * The profile editor is loaded when Inställningar opens, to keep start-up small; the view draws it
 * once it is there.
 */
export async function loadProfileEditor(pane: Pane): Promise<void> {
  if (pane.profileEditor) return;
  await pane.busy(pane.t('Förbereder profilen …', 'Preparing the profile …'), async () => {
    pane.profileEditor = await pane.load('profileEditor');
  });
}

/** `key` is the editor field's key (`bidragsmottagare`, `ekonomichef.namn`, `diarienummer.*.utbetalning`). */
export function editProfile(pane: Pane, key: string, value: string): void {
  pane.profileDraft[key] = value;
}

/**
 * Validates the profile; its problems are shown at their fields and focus goes to the first. A valid
 * profile is used at once; it is kept in the workbook (where it travels with the file) only once the
 * user has agreed to that, which is asked the first time.
 */
export async function saveProfile(pane: Pane, p: Profile): Promise<void> {
  await pane.busy(pane.t('Sparar …', 'Saving …'), async () => {
    const { validateProfile } = await pane.load('profile');
    const r = validateProfile(p);
    if (!r.ok) {
      pane.set({ profileIssues: r.issues });
      // The view marks the fields in error; focus goes to the first of them.
      pane.focusNext = FIRST_INVALID;
      return;
    }
    for (const k of Object.keys(pane.profileDraft)) delete pane.profileDraft[k];
    pane.set({ profile: r.value.profile, profileIssues: r.value.warnings, formRecipients: undefined });
    if (pane.state.profileConsent === undefined) {
      pane.set({ profileToStore: r.value.profile });
      pane.focusNext = 'consent-yes';
      return;
    }
    if (pane.state.profileConsent) await storeProfile(pane.deps.port, r.value.profile);
    pane.notify('success', pane.state.profileConsent ? savedText(pane) : sessionText(pane));
    pane.focusNext = 'profile-save';
  });
}

const savedText = (pane: Pane) => pane.t('Profilen är sparad i arbetsboken.', 'The profile is saved in the workbook.');
const sessionText = (pane: Pane) =>
  pane.t('Profilen används tills fönstret stängs. Den sparas inte i arbetsboken.', 'The profile is used until the pane is closed. It is not saved in the workbook.');

/** The answer to "keep the profile in the workbook?", asked once; "no" keeps it for the session only. */
export async function answerProfileConsent(pane: Pane, yes: boolean): Promise<void> {
  const p = pane.state.profileToStore;
  if (!p) return;
  pane.set({ profileToStore: undefined, profileConsent: yes });
  if (!yes) {
    pane.notify('info', sessionText(pane));
    return;
  }
  await pane.busy(pane.t('Sparar …', 'Saving …'), async () => {
    await storeProfile(pane.deps.port, p, pane.deps.now());
    pane.notify('success', savedText(pane));
  });
  pane.focusNext = 'profile-save';
}

/** Removes the profile from the workbook and from the pane. */
export async function removeProfile(pane: Pane): Promise<void> {
  await pane.busy(pane.t('Tar bort profilen …', 'Removing the profile …'), async () => {
    await forgetProfile(pane.deps.port);
    for (const k of Object.keys(pane.profileDraft)) delete pane.profileDraft[k];
    pane.set({ profile: {}, profileIssues: [], profileConsent: undefined, formRecipients: undefined });
    pane.notify('success', pane.t('Profilen är borttagen ur arbetsboken.', 'The profile is removed from the workbook.'));
  });
}
