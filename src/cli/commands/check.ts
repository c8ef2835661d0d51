import type { Command } from 'commander';
import { formatPath } from '../../core/agreements';
import { checkAgreement, hasErrors, issuesToJson, summarizeIssues, type CheckIssue } from '../../core/checks';
import { issueText, type Lang } from '../../core/result';
import { checkFormat, loadAgreementArg } from '../agreement-source';
import { CommandExit, UsageError, type CliIo } from '../io';

const LABEL: Record<CheckIssue['severity'], Record<Lang, string>> = {
  error: { sv: 'FEL', en: 'ERROR' },
  warning: { sv: 'VARNING', en: 'WARNING' },
  info: { sv: 'INFO', en: 'INFO' },
};

export function registerCheck(program: Command, io: CliIo): void {
  program
    .command('check <id|fil.json|fil.xlsx>')
    .alias('kontrollera')
    .description('Kontrollera att en överenskommelses belopp, villkor och tidsfrister går ihop (exit 1 om fel hittas)')
    .option('--format <format>', 'text | json', 'text')
    .option('--lang <språk>', 'sv | en', 'sv')
    .action(async (arg: string, opts: { format: string; lang: string }) => {
      const format = checkFormat(opts.format);
      if (opts.lang !== 'sv' && opts.lang !== 'en') throw new UsageError(`Okänt språk ”${opts.lang}”. Välj sv eller en.`);
      const agreement = await loadAgreementArg(arg, io, opts.lang);
      const issues = checkAgreement(agreement);
      io.out(format === 'json' ? JSON.stringify(issuesToJson(issues), null, 2) + '\n' : renderText(agreement.title, issues, opts.lang));
      if (hasErrors(issues)) throw new CommandExit(1);
    });
}

export function renderText(title: string, issues: readonly CheckIssue[], lang: Lang): string {
  const head = `${title}\n`;
  const body = issues.map((i) => `${LABEL[i.severity][lang]} ${i.code} (${formatPath(i.path, lang)})\n  ${issueText(i, lang)}\n`).join('');
  const summary = summarizeIssues(issues, lang);
  return `${head}${body === '' ? (lang === 'sv' ? 'Inga anmärkningar.\n' : 'No findings.\n') : body}${summary}\n`;
}
