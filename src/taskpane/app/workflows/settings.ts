import type { Profile } from '../../../core/profile';
import { DEFAULT_POPULATION_TABLE_ID } from '../../../core/reference';
import { issueText } from '../../../core/result';
import type { Settings } from '../../../core/settings';
import { languageOf } from '../../i18n';
import type { Pane } from '../pane';
import { loadPreferences, saveProfile as storeProfile, saveSettings } from '../preferences';
import { weightsFromCells } from '../weights-from-cells';
import { refreshPreview } from './distribute';
import { loadStoredTables } from './population';
import { useSavedAgreements } from './import';

/** Settings and profile from the workbook, then the remembered population range. */
export async function start(pane: Pane): Promise<void> {
  const { port, now, displayLanguage } = pane.deps;
  await pane.busy(pane.t('Läser inställningar …', 'Reading settings …'), async () => {
    const prefs = await loadPreferences(port, now);
    pane.set({ settings: prefs.settings, profile: prefs.profile, lang: languageOf(displayLanguage, prefs.settings.language) });
    useSavedAgreements(pane, prefs.agreements);
    if (prefs.issues.length > 0) pane.set({ notices: prefs.issues.map((i) => ({ kind: 'info' as const, text: issueText(i, pane.state.lang) })) });
    if (prefs.settings.population.kind === 'range') await reloadRange(pane, prefs.settings.population.sheet, prefs.settings.population.address);
    await loadStoredTables(pane);
  });
  refreshPreview(pane);
}

async function reloadRange(pane: Pane, sheet: string, address: string): Promise<void> {
  const table = weightsFromCells(await pane.deps.port.readRange(sheet, address));
  if (table.ok) pane.set({ rangeTable: table.value });
  else pane.fail(table.issues);
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
    pane.set({ rangeTable: table.value });
    await updateSettings(pane, { ...pane.state.settings, population: { kind: 'range', sheet: read.sheet, address: read.address } });
    pane.notify('success', pane.t(`Befolkningen läses från ${read.sheet}!${read.address}.`, `Population is read from ${read.sheet}!${read.address}.`));
  });
}

export function editProfile(pane: Pane, key: keyof Profile, value: string): void {
  pane.profileDraft[key] = value;
}

/** Validates and saves the profile (and forgets the draft); the profile rules load on first use. */
export async function saveProfile(pane: Pane, p: Profile): Promise<void> {
  await pane.busy(pane.t('Sparar …', 'Saving …'), async () => {
    const { validateProfile } = await pane.load('profile');
    const r = validateProfile(p);
    if (!r.ok) return pane.fail(r.issues);
    await storeProfile(pane.deps.port, r.value.profile);
    for (const k of Object.keys(pane.profileDraft)) delete pane.profileDraft[k as keyof Profile];
    pane.set({ profile: r.value.profile, formRecipients: undefined });
    pane.notify('success', pane.t('Profilen är sparad i arbetsboken.', 'The profile is saved in the workbook.'));
  });
}
