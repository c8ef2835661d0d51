import { resolve } from 'node:path';
import type { Command } from 'commander';
import { isCalendarDate, weekdayNameSv } from '../../core/calendar';
import { agreementDeadlines, deadlinesToIcs, deadlinesToJson, type DeadlineView } from '../../core/deadlines';
import { checkFormat, loadAgreementArg } from '../agreement-source';
import { UsageError, type CliIo } from '../io';
import { textTable } from '../text-table';

const STATUS_SV: Record<DeadlineView['status'], string> = { passed: 'passerad', 'due-soon': 'inom 30 dagar', upcoming: 'kommande' };

export function registerDeadlines(program: Command, io: CliIo): void {
  program
    .command('deadlines <id|fil.json|fil.xlsx>')
    .alias('tidsfrister')
    .description('Visa en överenskommelses tidsfrister med status, helgdagar och sista arbetsdag (deadlines)')
    .option('--today <ÅÅÅÅ-MM-DD>', 'dagens datum (standard: i dag, svensk tid)')
    .option('--format <format>', 'text | json', 'text')
    .option('--ics <fil.ics>', 'skriv tidsfristerna som kalenderhändelser till en .ics-fil (för Outlook)')
    .action(async (arg: string, opts: { today?: string; format: string; ics?: string }) => {
      const format = checkFormat(opts.format);
      const today = opts.today ?? io.today();
      if (!isCalendarDate(today)) throw new UsageError(`--today ska vara ett datum ÅÅÅÅ-MM-DD, till exempel 2023-11-15 (fick ”${today}”).`);
      const agreement = await loadAgreementArg(arg, io);
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
      io.out(renderText(agreement.title, today, views) + (opts.ics ? `Kalenderfil: ${opts.ics} (${views.length} händelser)\n` : ''));
    });
}

function renderText(title: string, today: string, views: readonly DeadlineView[]): string {
  if (views.length === 0) return `${title}\nDokumentet anger inga tidsfrister.\n`;
  const rows = views.map((v) => [
    v.precision === 'month' ? `${v.date.slice(0, 7)} (månad)` : v.date,
    STATUS_SV[v.status],
    String(v.daysLeft),
    v.title,
    v.recipient ?? '',
    v.nonWorkingDay && v.precision === 'day' ? `${v.holiday ?? weekdayNameSv(v.date)}: sista arbetsdag ${v.lastWorkingDay}` : '',
  ]);
  return `${title}\nI dag: ${today}\n\n` + textTable(['Datum', 'Status', 'Dagar kvar', 'Vad', 'Till', 'Anmärkning'], rows, [false, false, true, false, false, false]);
}
