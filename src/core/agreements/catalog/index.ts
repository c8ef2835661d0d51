import { fail, makeIssue, ok, type Result } from '../../result';
import { formatPath } from '../location';
import { agreementSchema } from '../schema';
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

/** Every built-in agreement, validated once. An invalid built-in file is a bug: the tests catch it. */
export function listAgreements(): readonly Agreement[] {
  if (!cache) {
    cache = CATALOG_JSON.map((json, i) => {
      // Our own files: a failure is a bug the tests catch. Reporting it by zod's codes keeps the
      // messages for users' files out of the custom functions' bundle, which never reads one.
      const r = agreementSchema.safeParse(json);
      if (!r.success) throw new Error(`built-in agreement #${i} is invalid: ${r.error.issues.map((x) => `${formatPath(x.path, 'en')} ${x.code}`).join('; ')}`);
      return r.data;
    });
  }
  return cache;
}

export function getAgreement(id: string): Result<Agreement> {
  const found = listAgreements().find((a) => a.id === id.trim());
  if (found) return ok(found);
  return fail(makeIssue(M, 'UNKNOWN_AGREEMENT', { id, known: listAgreements().map((a) => a.id).join(', ') }));
}
