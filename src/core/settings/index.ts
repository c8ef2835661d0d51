export { loadStored, envelope, backupKey, type Loaded, type StoredKind, type Envelope } from './stored';
export { settingsSchema, parseSettings, SETTINGS_KIND, PROFILE_KIND, type Settings } from './settings';
export { DEFAULT_SETTINGS, settingsPopulation } from './defaults';
export { SETTINGS_MESSAGES, type SettingsIssue } from './messages';
