import type { Command } from 'commander';
import { listAgreements } from '../../core/agreements';
import { formatKronor } from '../../core/money';
import { checkFormat } from '../agreement-source';
import type { CliIo } from '../io';
import { textTable } from '../text-table';

export function registerAgreements(program: Command, io: CliIo): void {
  program
    .command('agreements')
    .alias('overenskommelser')
    .description('Lista de inbyggda överenskommelserna med id och titel (list the built-in agreements)')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: { format: string }) => {
      const format = checkFormat(opts.format);
      const all = listAgreements();
      if (format === 'json') {
        const rows = all.map((a) => ({ id: a.id, title: a.title, year: a.year, total: a.total.amount?.toFixed() ?? null }));
        io.out(JSON.stringify({ agreements: rows }, null, 2) + '\n');
        return;
      }
      const rows = all.map((a) => [a.id, a.title, a.total.amount ? formatKronor(a.total.amount) : 'anges inte']);
      io.out(textTable(['Id', 'Titel', 'Totalt'], rows, [false, false, true]));
    });
}
