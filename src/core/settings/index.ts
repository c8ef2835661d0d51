export { loadStored, envelope, backupKey, type Loaded, type StoredKind, type Envelope } from './stored';
export { settingsSchema, parseSettings, SETTINGS_KIND, PROFILE_KIND, type Settings } from './settings';
export { DEFAULT_SETTINGS } from './defaults';
export { SETTINGS_MESSAGES } from './messages';
