import { formatPath } from '../agreements';
import { issueText } from '../result';
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

/** The CLI's and the golden files' shape: the path as `areas[1].lines[0]`, the message rendered in both languages. */
export function issuesToJson(issues: readonly CheckIssue[]): { issues: CheckIssueJson[] } {
  return {
    issues: issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      path: formatPath(i.path),
      message: issueText(i, 'sv'),
      messageEn: issueText(i, 'en'),
      expected: i.expected,
      actual: i.actual,
      difference: i.difference,
    })),
  };
}

/** "0 fel, 3 varningar, 1 upplysning": the one-line count the CLI, the demo and the task pane show. */
export function summarizeIssues(issues: readonly CheckIssue[], lang: 'sv' | 'en' = 'sv'): string {
  const count = (s: CheckIssue['severity']) => issues.filter((i) => i.severity === s).length;
  const word = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return lang === 'sv'
    ? `${count('error')} fel, ${word(count('warning'), 'varning', 'varningar')}, ${word(count('info'), 'upplysning', 'upplysningar')}.`
    : `${word(count('error'), 'error', 'errors')}, ${word(count('warning'), 'warning', 'warnings')}, ${word(count('info'), 'note', 'notes')}.`;
}
