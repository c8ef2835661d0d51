import { Dec } from '../../money';
import { fail, makeIssue, ok, type Result } from '../../result';
import type { Agreement } from '../types';
import { CATALOG_MESSAGES as M } from './messages';
import cancervard from './cancervard-2023.json';
import civiltForsvar from './civilt-forsvar-2023.json';
import forsorjningsberedskap from './forsorjningsberedskap-lakemedel-2023.json';
import godOchNaraVard from './god-och-nara-vard-2023.json';
import kvinnorsHalsa from './kvinnors-halsa-2023.json';
import lakemedelsformanerna from './lakemedelsformanerna-2023.json';
import okadTillganglighet from './okad-tillganglighet-2023.json';
import psykiskHalsa from './psykisk-halsa-2023.json';
import sammanhallenVard from './sammanhallen-vard-2023.json';
import vaccinering from './vaccinering-covid-19-2023.json';

/** The built-in agreements as stored, in the order SKR's overview page lists them. */
export const CATALOG_JSON: readonly unknown[] = [
  sammanhallenVard,
  kvinnorsHalsa,
  godOchNaraVard,
  civiltForsvar,
  forsorjningsberedskap,
  lakemedelsformanerna,
  okadTillganglighet,
  psykiskHalsa,
  cancervard,
  vaccinering,
];

let cache: readonly Agreement[] | undefined;

/**
 * The keys under which the agreement schema decodes a decimal string to Decimal (its amounts and
 * the constraints' percent); everything else it passes through unchanged.
 */
const DECIMAL_KEYS: ReadonlySet<string> = new Set(['amount', 'percent']);

/**
 * Every built-in agreement, decoded without the schema: the catalog is our own build-time data, so
 * the add-in's start-up (the pane's first screen, AGREEMENT and DEADLINE) carries no zod and spends
 * no time validating it. The check is at build time instead: tests/agreements/catalog.test.ts
 * requires every file to pass `parseAgreement` and to decode here to exactly what it returns.
 * A user's own agreement file is still read with `parseAgreementJson`, in full.
 */
export function listAgreements(): readonly Agreement[] {
  cache ??= CATALOG_JSON.map((json) => decodeTrusted(json) as Agreement);
  return cache;
}

function decodeTrusted(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeTrusted(v));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeTrusted(v, k)]));
  if (typeof value === 'string' && key !== undefined && DECIMAL_KEYS.has(key)) return new Dec(value);
  return value;
}

export function getAgreement(id: string): Result<Agreement> {
  const found = listAgreements().find((a) => a.id === id.trim());
  if (found) return ok(found);
  return fail(makeIssue(M, 'UNKNOWN_AGREEMENT', { id, known: listAgreements().map((a) => a.id).join(', ') }));
}
