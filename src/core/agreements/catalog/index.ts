import { fail, issueText, makeIssue, ok, type Result } from '../../result';
import { parseAgreement } from '../load';
import { AGREEMENT_MESSAGES as M } from '../messages';
import type { Agreement } from '../types';
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

/** Every built-in agreement, validated once. An invalid built-in file is a bug: the tests catch it. */
export function listAgreements(): readonly Agreement[] {
  if (!cache) {
    cache = CATALOG_JSON.map((json, i) => {
      const r = parseAgreement(json);
      if (!r.ok) throw new Error(`built-in agreement #${i} is invalid: ${r.issues.map((x) => issueText(x, 'en')).join('; ')}`);
      return r.value;
    });
  }
  return cache;
}

export function getAgreement(id: string): Result<Agreement> {
  const found = listAgreements().find((a) => a.id === id.trim());
  if (found) return ok(found);
  return fail(makeIssue(M, 'UNKNOWN_AGREEMENT', { id, known: listAgreements().map((a) => a.id).join(', ') }));
}
