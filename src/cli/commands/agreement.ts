import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseAgreementJson, type Agreement } from '../../core/agreements';
import { importAgreementText } from '../../core/import';
import { issueText, type Lang } from '../../core/result';
import { agreementSheet, blankAgreementSheet } from '../../core/templates';
import { writeSheetsToFile } from '../../xlsx';
import { loadAgreementArg } from '../agreement-source';
import { IssueError, UsageError, type CliIo } from '../io';
import { describeSheets, generationInfo, outputPath } from '../templates';
import { readInput } from './import';

export function registerAgreement(program: Command, io: CliIo): void {
  const agreement = program.command('agreement').alias('overenskommelse').description('Överenskommelsen som Excel-blad att rätta eller fylla i (the agreement as a sheet)');
  agreement
    .command('sheet [id|fil]')
    .alias('blad')
    .description('Skriv överenskommelsebladet: ett inbyggt id, en JSON-fil, ett .xlsx-blad eller överenskommelsens PDF eller text (importeras); med --blank ett tomt blad att fylla i')
    .requiredOption('--out <fil.xlsx>', 'arbetsboken att skriva')
    .option('--blank', 'ett tomt överenskommelseblad att skriva en ny överenskommelse i (the agreement sheet with nothing filled in)')
    .option('--force', 'skriv i en arbetsbok som redan finns (ett tidigare blad för samma överenskommelse ersätts, andra blad lämnas orörda)')
    .option('--lang <språk>', 'sv | en', 'sv')
    .action(async (arg: string | undefined, opts: { out: string; force?: boolean; lang: string; blank?: boolean }) => {
      if (opts.lang !== 'sv' && opts.lang !== 'en') throw new UsageError(`Okänt språk ”${opts.lang}”. Välj sv eller en.`);
      const lang: Lang = opts.lang;
      if (arg === undefined && !opts.blank)
        throw new UsageError('Ange överenskommelsen (ett inbyggt id, en JSON-, .xlsx-, PDF- eller textfil), eller --blank för ett tomt blad att fylla i.');
      if (arg !== undefined && opts.blank) throw new UsageError(`Ange antingen ”${arg}” eller --blank, inte båda: ett tomt blad har ingen överenskommelse att skriva.`);
      if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out ska vara en .xlsx-fil (fick ”${opts.out}”).`);
      const path = outputPath(opts.out, io);
      if (existsSync(path) && !opts.force)
        throw new UsageError(`${opts.out} finns redan. Lägg till --force för att skriva överenskommelsebladet i den (ett tidigare blad för samma överenskommelse ersätts, det du skrivit där går förlorat), eller välj ett annat filnamn.`);
      const stamp = generationInfo(io);
      const a = arg === undefined ? undefined : /\.(txt|pdf)$/i.test(arg) ? await imported(arg, io, lang) : await loadAgreementArg(arg, io, lang);
      const sheet = a ? agreementSheet(a, lang, stamp) : blankAgreementSheet(lang, stamp);
      const written = await writeSheetsToFile(path, { title: a?.title ?? sheet.sheetName, generator: 'Bidragskollen', sheets: [sheet] });
      if (!written.ok) throw new IssueError(written.issues, { lang });
      const sv = lang === 'sv';
      if (a) io.out(sv ? `Överenskommelsebladet för ${a.id} skrivet till ${opts.out}:\n` : `The agreement sheet of ${a.id} written to ${opts.out}:\n`);
      else io.out(sv ? `Ett tomt överenskommelseblad skrivet till ${opts.out}:\n` : `A blank agreement sheet written to ${opts.out}:\n`);
      io.out(describeSheets(written.value.sheets));
      if (a) io.out(sv ? `Rätta i de gula cellerna och läs sedan in filen: bidragskollen check ${opts.out}\n` : `Correct the yellow cells, then read the file back: bidragskollen check ${opts.out}\n`);
      else
        io.out(
          sv
            ? `Fyll i de gula cellerna (varje cell säger vad den tar) och läs sedan in filen: bidragskollen check ${opts.out}\n`
            : `Fill in the yellow cells (each cell says what it takes), then read the file back: bidragskollen check ${opts.out}\n`,
        );
    });
}

/** An agreement's PDF or text, imported as a draft: the sheet is where its figures are corrected. */
async function imported(arg: string, io: CliIo, lang: Lang): Promise<Agreement> {
  const text = await readInput(resolve(io.cwd, arg), arg, lang);
  const draft = importAgreementText(text, { document: basename(arg) });
  if (!draft.ok) throw new UsageError(`${arg}: ${draft.issues.map((i) => issueText(i, lang)).join('\n')}`);
  const parsed = parseAgreementJson(JSON.stringify(draft.value.agreement));
  if (!parsed.ok) throw new IssueError(parsed.issues, { lang, heading: `${arg}:` });
  return parsed.value;
}
