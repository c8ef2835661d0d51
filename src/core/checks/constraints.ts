import type Decimal from 'decimal.js';
import { findLine, type Agreement } from '../agreements';
import { Dec, formatAmountPlain, sum } from '../money';
import { amountValues, checkIssue } from './issue';
import { areaSubject } from './subjects';
import type { CheckIssue } from './types';

/**
 * Percentage constraints ("minst 65 procent … till huvudmännen"). Evaluated where the lines allow;
 * otherwise reported as not verifiable, with what is certain and what is possible.
 */
export function checkConstraints(a: Agreement): CheckIssue[] {
  return a.constraints.flatMap((c, i): CheckIssue[] => {
    const path = ['constraints', i];
    const area = a.areas.find((x) => x.id === c.area);
    // Without an English description, the English message quotes the document's own words.
    const target = { sv: c.target.description, en: c.target.descriptionEn ?? `"${c.target.description}"` };
    const subject = areaSubject(area ?? { title: c.area });
    const amountsOf = (ids: readonly string[]) => ids.map((id) => findLine(a, id)?.line.amount ?? null);
    const definiteParts = amountsOf(c.target.lines);
    const possibleParts = amountsOf(c.target.possibleLines);
    const definite = sum(definiteParts.filter((x): x is Decimal => x !== null));
    const unknownPossible = [...definiteParts, ...possibleParts].some((x) => x === null);
    const possible = definite.plus(sum(possibleParts.filter((x): x is Decimal => x !== null)));
    const base = { subject, target, kind: c.kind, percent: formatAmountPlain(c.percent), definite: formatAmountPlain(definite), possible: unknownPossible ? '?' : formatAmountPlain(possible) };
    if (!area || area.amount === null) {
      return [checkIssue('CONSTRAINT_NOT_VERIFIABLE', { ...base, required: '?' }, path, { actual: definite.toFixed() })];
    }
    const required = area.amount.times(c.percent).div(100);
    const params = { ...base, required: formatAmountPlain(required) };
    const certainOk = definiteParts.every((x) => x !== null);
    if (c.kind === 'min-share') {
      if (certainOk && definite.gte(required)) return [];
      if (!unknownPossible && possible.lt(required)) return [checkIssue('CONSTRAINT_VIOLATED', params, path, amountValues(required, possible))];
    } else {
      if (certainOk && definite.gt(required)) return [checkIssue('CONSTRAINT_VIOLATED', params, path, amountValues(required, definite))];
      if (!unknownPossible && possible.lte(required)) return [];
    }
    return [checkIssue('CONSTRAINT_NOT_VERIFIABLE', params, path, amountValues(required, new Dec(definite)))];
  });
}
