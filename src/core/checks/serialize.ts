import { formatPath } from '../agreements';
import type { CheckIssue } from './types';

export interface CheckIssueJson {
  code: string;
  severity: CheckIssue['severity'];
  path: string;
  message: string;
  messageEn: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
}

/** The CLI's and the golden files' shape: the path as `areas[1].lines[0]`. */
export function issuesToJson(issues: readonly CheckIssue[]): { issues: CheckIssueJson[] } {
  return {
    issues: issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      path: formatPath(i.path),
      message: i.message,
      messageEn: i.messageEn,
      expected: i.expected,
      actual: i.actual,
      difference: i.difference,
    })),
  };
}
