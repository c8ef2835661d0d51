import { makeIssue, type Bilingual, type Issue, type Result } from '../result';
import { SETTINGS_MESSAGES as M } from './messages';

/** What one stored value became: the value to use, and when it could not be used, why and what to keep aside. */
export interface Loaded<T> {
  readonly value: T;
  readonly issue?: Issue;
  /** The raw value that was replaced by defaults: the caller keeps it under `backupKey`. */
  readonly backup?: { readonly key: string; readonly raw: unknown };
}

export interface StoredKind<T> {
  readonly key: string;
  readonly version: number;
  readonly defaults: T;
  /** "Inställningarna" / "settings": the subject of the message. */
  readonly what: Bilingual;
  /** Validates the stored data (without the envelope). */
  readonly parse: (data: unknown) => Result<T>;
}

/** What is stored under a key: the data with the version of its format. */
export interface Envelope {
  readonly version: number;
  readonly data: unknown;
}

export const envelope = <T>(kind: StoredKind<T>, value: T): Envelope => ({ version: kind.version, data: value });
export const backupKey = (key: string): string => `${key}.backup`;

/**
 * Reads a stored value. Nothing stored gives the defaults quietly; a value that is not an envelope,
 * has another version or fails validation gives the defaults with a message, and the raw value to
 * keep aside so the user's data is never destroyed.
 */
export function loadStored<T>(kind: StoredKind<T>, raw: unknown): Loaded<T> {
  if (raw === undefined || raw === null) return { value: kind.defaults };
  const backup = { key: backupKey(kind.key), raw };
  const stored = { what: kind.what, backup: backup.key };
  const path = [kind.key];
  if (!isEnvelope(raw)) return { value: kind.defaults, backup, issue: makeIssue(M, 'STORED_INVALID', stored, path) };
  if (raw.version !== kind.version) {
    return { value: kind.defaults, backup, issue: makeIssue(M, 'STORED_OUTDATED', { ...stored, version: String(raw.version) }, path) };
  }
  const parsed = kind.parse(raw.data);
  if (parsed.ok) return { value: parsed.value };
  const cause = parsed.issues[0];
  return { value: kind.defaults, backup, issue: makeIssue(M, 'STORED_INVALID', cause ? { ...stored, cause } : stored, path) };
}

function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Envelope).version === 'number' && 'data' in x;
}
