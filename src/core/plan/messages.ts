import { DISTRIBUTION_KEY_LABELS } from '../agreements';
import { findRegion, type EqualGroup } from '../reference';
import { makeIssue, type Bilingual, type Catalogue, type Issue, type IssuePath, type IssueSpec, type Severity } from '../result';
import type { NotPlanned, Payee } from './plan';

const m = <P>(sv: (p: P) => string, en: (p: P) => string, severity?: Severity): IssueSpec<P> => ({ sv, en, ...(severity ? { severity } : {}) });

const GROUP: Readonly<Record<EqualGroup, Bilingual>> = {
  regioner: { sv: 'regionerna', en: 'the regions' },
  kommuner: { sv: 'kommunerna', en: 'the municipalities' },
  samverkansregioner: { sv: 'samverkansregionerna', en: 'the healthcare cooperation regions' },
};

/** Why a line is not distributed, said to the user: what the agreement states and what can be done. */
export const PLAN_MESSAGES = {
  PAID_WHOLE: m<{ line: Bilingual; to: string }>(
    (p) => `${p.line.sv} betalas i sin helhet till ${p.to}.`,
    (p) => `${p.line.en} is paid whole to ${p.to}.`,
    'info',
  ),
  FUNDED_BY_REGIONS: m<{ line: Bilingual }>(
    (p) => `${p.line.sv} finansieras av regionerna själva; inget betalas ut för den.`,
    (p) => `${p.line.en} is funded by the regions themselves; nothing is paid out for it.`,
    'info',
  ),
  NO_RECIPIENT: m<{ line: Bilingual }>(
    (p) => `${p.line.sv} har ingen angiven mottagare. Ange mottagaren i överenskommelsebladet för att kunna fördela den.`,
    (p) => `${p.line.en} has no stated recipient. Enter the recipient in the agreement sheet to distribute it.`,
    'warning',
  ),
  AMOUNT_NOT_STATED: m<{ line: Bilingual }>(
    (p) => `${p.line.sv} har inget angivet belopp (ej angivet). Ange beloppet i överenskommelsebladet för att kunna fördela den.`,
    (p) => `${p.line.en} has no stated amount (not stated). Enter the amount in the agreement sheet to distribute it.`,
    'warning',
  ),
  RECIPIENTS_NOT_LISTED: m<{ line: Bilingual }>(
    (p) => `${p.line.sv} går till en namngiven mottagare som inte finns i någon referenslista; den betalas ut som överenskommelsen anger.`,
    (p) => `${p.line.en} goes to a named recipient that is in no reference list; it is paid as the agreement states.`,
    'info',
  ),
  KEY_NOT_COMPUTABLE: m<{ line: Bilingual; group: Bilingual; key: Bilingual }>(
    (p) => `${p.line.sv} fördelas mellan ${p.group.sv} (nyckel: ${p.key.sv}), vilket inte kan räknas fram ur befolkningen; beloppen per mottagare står i överenskommelsen.`,
    (p) => `${p.line.en} is shared among ${p.group.en} (key: ${p.key.en}), which cannot be computed from the population; the amounts per recipient are in the agreement.`,
    'info',
  ),
} satisfies Catalogue;

/** A line the planner did not distribute, as an issue that says why. `line` names it ("raden ”…”"). */
export function notPlannedIssue(line: Bilingual, reason: NotPlanned, path: IssuePath = []): Issue {
  switch (reason.code) {
    case 'FUNDED_BY_REGIONS':
    case 'NO_RECIPIENT':
    case 'AMOUNT_NOT_STATED':
    case 'RECIPIENTS_NOT_LISTED':
      return makeIssue(PLAN_MESSAGES, reason.code, { line }, path);
    case 'KEY_NOT_COMPUTABLE':
      return makeIssue(PLAN_MESSAGES, 'KEY_NOT_COMPUTABLE', { line, group: GROUP[reason.group], key: DISTRIBUTION_KEY_LABELS[reason.key] }, path);
  }
}

/** A line paid whole to one recipient (SKR, or a region by its name), said as the other reasons are. */
export function paidWholeIssue(line: Bilingual, to: Payee, path: IssuePath = []): Issue {
  return makeIssue(PLAN_MESSAGES, 'PAID_WHOLE', { line, to: payeeName(to) }, path);
}

/** SKR, or the region's name. */
export const payeeName = (to: Payee): string => (to.kind === 'skr' ? 'SKR' : (findRegion(to.code)?.name ?? to.code));

/** The group a shared line goes to, in words. */
export const groupLabel = (g: EqualGroup): Bilingual => GROUP[g];
