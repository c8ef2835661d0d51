import type { Agreement } from '../agreements';
import { checkFrame, checkFunders, checkRecipientTotals, checkShares, checkStatements, checkTree } from './amounts';
import { checkConstraints } from './constraints';
import { checkDeadlines } from './deadlines';
import type { CheckIssue } from './types';

export type { CheckIssue, Severity, Subject } from './types';
export { CHECK_MESSAGES, CHECK_CODES, type CheckCode } from './messages';
export { checkDistribution, type DistributionRowInput, type DistributionCheckOptions } from './distribution';
export { checkParts } from './parts';
export { issueCell, type CellAt, type TableCells } from './cells';
export { issuesToJson, summarizeIssues, type CheckIssueJson } from './serialize';

/** Every check a controller makes on an agreement, in a fixed order: amounts, shares, constraints, deadlines. */
export function checkAgreement(a: Agreement): CheckIssue[] {
  return [
    ...checkTree(a),
    ...checkStatements(a),
    ...checkShares(a),
    ...checkFunders(a),
    ...checkRecipientTotals(a),
    ...checkFrame(a),
    ...checkConstraints(a),
    ...checkDeadlines(a),
  ];
}

export const hasErrors = (issues: readonly CheckIssue[]): boolean => issues.some((i) => i.severity === 'error');
export { recipientLabel } from './subjects';
