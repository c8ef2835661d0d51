import { issueText, makeIssue, severityOf, type Catalogue, type IssueOf } from './result';

const CATALOGUE = {
  GREETING: { sv: (p: { name: string }) => `Hej ${p.name}.`, en: (p: { name: string }) => `Hello ${p.name}.` },
  MISSING: { severity: 'warning', excel: '#N/A', sv: () => 'Saknas.', en: () => 'Missing.' },
} as const satisfies Catalogue;

describe('issues', () => {
  it('are data until shown: a code, language-neutral parameters, a path', () => {
    const issue = makeIssue(CATALOGUE, 'GREETING', { name: 'Anna' }, ['a', 0]);
    expect(issue).toMatchObject({ code: 'GREETING', params: { name: 'Anna' }, path: ['a', 0] });
    expect(JSON.parse(JSON.stringify(issue))).toEqual({ code: 'GREETING', params: { name: 'Anna' }, path: ['a', 0], spec: {} });
    expect(issueText(issue)).toBe('Hej Anna.');
    expect(issueText(issue, 'en')).toBe('Hello Anna.');
  });

  it('take severity and the Excel error from the code, an error unless declared', () => {
    expect(severityOf(makeIssue(CATALOGUE, 'GREETING', { name: 'x' }))).toBe('error');
    const missing = makeIssue(CATALOGUE, 'MISSING', {});
    expect(severityOf(missing)).toBe('warning');
    expect(missing.spec.excel).toBe('#N/A');
    expect(missing).not.toHaveProperty('path');
  });

  it('narrow by code to their parameters', () => {
    const issue: IssueOf<typeof CATALOGUE> = makeIssue(CATALOGUE, 'GREETING', { name: 'Bo' });
    const name = issue.code === 'GREETING' ? issue.params.name : '';
    expect(name).toBe('Bo');
  });
});
