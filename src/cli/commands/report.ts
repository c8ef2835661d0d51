import type { Command } from 'commander';
import type { Sheet } from '../../core/sheet';
import { FORMS, FORM_KINDS, batchTemplates, formKind, formTemplate, prefillAll, prefillGrant } from '../../core/templates';
import { formatKronor } from '../../core/money';
import { DEFAULT_POPULATION, defaultPopulation, type WeightTable } from '../../core/reference';
import { writeSheetsToFile } from '../../xlsx';
import { IssueError, UsageError, type CliIo } from '../io';
import { loadAgreementArg } from '../agreement-source';
import { resolveWeightTable } from '../weights';
import { describeSheets, generationInfo, loadProfile, loadWeights, outputPath, parseOptions, warn } from '../templates';

interface ReportOptions {
  agreement: string;
  recipient?: string;
  all?: boolean;
  profile?: string;
  population?: string;
  weights?: string;
  municipalPopulation?: string;
  municipalWeights?: string;
  method?: string;
  unit?: string;
  lang?: string;
  out: string;
}

export function registerReport(program: Command, io: CliIo): void {
  program
    .command('report')
    .alias('rapport')
    .description('Skriv rekvisition eller ekonomisk redovisning som Excel-arbetsbok, förifylld från överenskommelsen (write a requisition or financial report workbook)')
    .argument('<mall>', FORM_KINDS.join(' eller '))
    .requiredOption('--agreement <id|fil.json|fil.xlsx>', 'överenskommelsen: ett inbyggt id som sammanhallen-vard-2023, en JSON-fil eller ett överenskommelseblad (.xlsx)')
    .option('--recipient <kod>', 'mottagaren: skr, en länskod som 13, en kommunkod som 0180 eller en samverkansregion som sodra')
    .option('--all', 'alla mottagare i en arbetsbok, ett blad var och en sammanställning')
    .option('--profile <profil.json>', 'din organisations uppgifter (kontaktuppgifter, bankgiro m.m.)')
    .option('--population <YYYY-MM-DD>', `SCB:s befolkning per län vid datumet (standard ${DEFAULT_POPULATION.referenceDate ?? ''})`)
    .option('--weights <fil.csv>', 'egen fördelningsnyckel per region')
    .option('--municipal-population <YYYY-MM-DD>', `SCB:s befolkning per kommun vid datumet, för rader till kommunerna (standard ${defaultPopulation('kommuner').referenceDate ?? ''})`)
    .option('--municipal-weights <fil.csv>', 'egen befolkningstabell per kommun (alla 290, t.ex. från population fetch --level kommuner)')
    .option('--method <metod>', 'avrundningsmetod för andelar: largest-remainder | adjust-largest', 'largest-remainder')
    .option('--unit <enhet>', 'avrundningsenhet: kr eller öre', 'kr')
    .option('--lang <språk>', 'sv eller en', 'sv')
    .requiredOption('--out <fil.xlsx>', 'arbetsboken att skriva; finns den redan uppdateras bara bladen Bidragskollen skapat')
    .action(async (kindArg: string, opts: ReportOptions) => {
      const kind = formKind(kindArg);
      if (!kind) throw new UsageError(`Okänd mall ”${kindArg}”. Välj ${FORM_KINDS.join(' eller ')}.`);
      const title = FORMS[kind].title.sv;
      if (Boolean(opts.all) === (opts.recipient !== undefined)) throw new UsageError('Ange antingen --recipient <kod> eller --all.');
      if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out ska vara en .xlsx-fil (fick ”${opts.out}”).`);
      const { method, unit, lang } = parseOptions(opts);
      const agreement = await loadAgreementArg(opts.agreement, io, lang);
      const profile = loadProfile(opts.profile, io);
      const weights = loadWeights(opts, io);
      const municipalWeights = loadMunicipalWeights(opts, io);
      const formOptions = { profile, lang, info: generationInfo(io) };

      let sheets: Sheet[];
      let summary: string;
      if (opts.all) {
        const all = prefillAll(agreement, { weights, municipalWeights, method, unit });
        if (!all.ok) throw new IssueError(all.issues);
        warn(io, all.value.warnings);
        sheets = batchTemplates(kind, all.value.grants, formOptions);
        summary = `${all.value.grants.length} mottagare`;
      } else {
        const one = prefillGrant(agreement, opts.recipient as string, { weights, municipalWeights, method, unit });
        if (!one.ok) throw new IssueError(one.issues);
        warn(io, one.value.warnings);
        sheets = [formTemplate(kind, one.value.grant, formOptions)];
        summary = `${one.value.grant.recipient.name}, ${formatKronor(one.value.grant.total)}`;
      }
      const path = outputPath(opts.out, io);
      const written = await writeSheetsToFile(path, { title: `${title}: ${agreement.title}`, generator: 'Bidragskollen', sheets });
      if (!written.ok) throw new IssueError(written.issues);
      io.out(`${title} för ${summary} skriven till ${opts.out}${written.value.existed ? ' (befintlig arbetsbok)' : ''}:\n`);
      io.out(describeSheets(written.value.sheets));
      io.out('Fyll i de gula cellerna. Kör kommandot igen för att uppdatera beloppen; det du skrivit behålls.\n');
    });
}

/** The municipalities' table: --municipal-population DATE or --municipal-weights file.csv, else the default for kommuner. */
function loadMunicipalWeights(opts: ReportOptions, io: CliIo): WeightTable {
  if (opts.municipalPopulation !== undefined && opts.municipalWeights !== undefined) throw new UsageError('Ange högst en av --municipal-population och --municipal-weights.');
  if (opts.municipalPopulation !== undefined) return resolveWeightTable({ population: opts.municipalPopulation, level: 'kommuner' }, io);
  if (opts.municipalWeights !== undefined) return resolveWeightTable({ weights: opts.municipalWeights }, io);
  return defaultPopulation('kommuner');
}
