import { resolve } from 'node:path';
import type { Command } from 'commander';
import { isCalendarDate, weekdayName } from '../../core/calendar';
import type { Agreement } from '../../core/agreements';
import type { Lang } from '../../core/result';
import { agreementDeadlines, deadlinesToIcs, deadlinesToJson, type DeadlineView } from '../../core/deadlines';
import { checkFormat, loadAgreementArg } from '../agreement-source';
import { UsageError, type CliIo } from '../io';
import { textTable } from '../text-table';

const STATUS: Record<DeadlineView['status'], Record<Lang, string>> = {
  passed: { sv: 'passerad', en: 'passed' },
  'due-soon': { sv: 'inom 30 dagar', en: 'within 30 days' },
  upcoming: { sv: 'kommande', en: 'upcoming' },
};

export function registerDeadlines(program: Command, io: CliIo): void {
  program
    .command('deadlines <id|fil.json|fil.xlsx>')
    .alias('tidsfrister')
    .description('Visa en överenskommelses tidsfrister med status, helgdagar och sista arbetsdag (deadlines)')
    .option('--today <ÅÅÅÅ-MM-DD>', 'dagens datum (standard: i dag, svensk tid)')
    .option('--format <format>', 'text | json', 'text')
    .option('--ics <fil.ics>', 'skriv tidsfristerna som kalenderhändelser till en .ics-fil (för Outlook)')
    .option('--lang <språk>', 'sv | en', 'sv')
    .action(async (arg: string, opts: { today?: string; format: string; ics?: string; lang: string }) => {
      const format = checkFormat(opts.format);
      if (opts.lang !== 'sv' && opts.lang !== 'en') throw new UsageError(`Okänt språk ”${opts.lang}”. Välj sv eller en.`);
      const lang: Lang = opts.lang;
      const today = opts.today ?? io.today();
      if (!isCalendarDate(today)) throw new UsageError(`--today ska vara ett datum ÅÅÅÅ-MM-DD, till exempel 2023-11-15 (fick ”${today}”).`);
      const agreement = await loadAgreementArg(arg, io, lang);
      const views = agreementDeadlines(agreement, today);
      if (opts.ics !== undefined) {
        try {
          io.writeText(resolve(io.cwd, opts.ics), deadlinesToIcs(agreement, views, today));
        } catch (e) {
          throw new UsageError(`Det gick inte att skriva ${opts.ics} (${e instanceof Error ? e.message : String(e)}).`);
        }
      }
      if (format === 'json') {
        io.out(JSON.stringify(deadlinesToJson(views), null, 2) + '\n');
        return;
      }
      const ics = opts.ics ? (lang === 'sv' ? `Kalenderfil: ${opts.ics} (${views.length} händelser)\n` : `Calendar file: ${opts.ics} (${views.length} events)\n`) : '';
      io.out(renderText(agreement, today, views, lang) + ics);
    });
}

function renderText(a: Agreement, today: string, views: readonly DeadlineView[], lang: Lang): string {
  const sv = lang === 'sv';
  const title = sv ? a.title : (a.titleEn ?? a.title);
  if (views.length === 0) return `${title}\n${sv ? 'Dokumentet anger inga tidsfrister.' : 'The document states no deadlines.'}\n`;
  const rows = views.map((v) => [
    v.precision === 'month' ? `${v.date.slice(0, 7)} (${sv ? 'månad' : 'month'})` : v.date,
    STATUS[v.status][lang],
    String(v.daysLeft),
    sv ? v.title : v.titleEn,
    v.recipient ?? '',
    // The holiday keeps its Swedish name: it is the name of a Swedish holiday.
    v.nonWorkingDay && v.precision === 'day' ? `${v.holiday ?? weekdayName(v.date, lang)}: ${sv ? 'sista arbetsdag' : 'last working day'} ${v.lastWorkingDay}` : '',
  ]);
  const headers = sv ? ['Datum', 'Status', 'Dagar kvar', 'Vad', 'Till', 'Anmärkning'] : ['Date', 'Status', 'Days left', 'What', 'To', 'Note'];
  return `${title}\n${sv ? 'I dag' : 'Today'}: ${today}\n\n` + textTable(headers, rows, [false, false, true, false, false, false]);
}
