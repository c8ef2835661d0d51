import type { Issue, Result } from '../result';
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
  /** "Inställningarna", "Profilen": the subject of the message. */
  readonly what: string;
  readonly whatEn: string;
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
  const texts = { what: kind.what, whatEn: kind.whatEn.toLowerCase(), backup: backup.key };
  if (!isEnvelope(raw)) {
    return { value: kind.defaults, backup, issue: issue('STORED_INVALID', M.STORED_INVALID, { ...texts, detail: 'okänt format' }, 'unknown format', kind.key) };
  }
  if (raw.version !== kind.version) {
    return { value: kind.defaults, backup, issue: issue('STORED_OUTDATED', M.STORED_OUTDATED, { ...texts, version: String(raw.version) }, undefined, kind.key) };
  }
  const parsed = kind.parse(raw.data);
  if (parsed.ok) return { value: parsed.value };
  const first = parsed.issues[0];
  return {
    value: kind.defaults,
    backup,
    issue: issue('STORED_INVALID', M.STORED_INVALID, { ...texts, detail: first?.message ?? 'ogiltigt' }, first?.messageEn ?? 'invalid', kind.key),
  };
}

function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Envelope).version === 'number' && 'data' in x;
}

type Texts = { what: string; whatEn: string; backup: string; detail?: string; version?: string };

function issue(
  code: keyof typeof M,
  entry: { sv: (p: never) => string; en: (p: never) => string },
  p: Texts,
  detailEn: string | undefined,
  key: string,
): Issue {
  const sv = entry.sv as (p: Texts) => string;
  const en = entry.en as (p: Texts) => string;
  return { code, message: sv(p), messageEn: en({ ...p, ...(detailEn ? { detail: detailEn } : {}) }), path: [key] };
}
