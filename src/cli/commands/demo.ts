import type { Command } from 'commander';
import { relative } from 'node:path';
import { checkAgreement, summarizeIssues } from '../../core/checks';
import { agreementDeadlines } from '../../core/deadlines';
import { METHOD_LABELS } from '../../core/distribution';
import { formatKronor } from '../../core/money';
import type { Profile } from '../../core/profile';
import { FORM_KINDS, distributionSheet, formTemplate, overviewTemplate, prefillAll } from '../../core/templates';
import { writeSheetsToFile } from '../../xlsx';
import { IssueError, type CliIo } from '../io';
import { loadAgreementArg } from '../agreement-source';
import { describeSheets, generationInfo, loadWeights, outputPath } from '../templates';

export const DEMO_AGREEMENT = 'sammanhallen-vard-2023';
export const DEMO_LINE = 'vardforlopp-befolkning';
export const DEMO_REGION = '13';
export const DEMO_FILE = 'demo/bidragskollen-demo.xlsx';

/** Example contact details, marked as such; the checksummed numbers are the documentation examples. */
const DEMO_PROFILE: Profile = {
  kontaktperson: 'Exempel Exempelsson (exempel)',
  postadress: 'Box 1, 301 80 Halmstad (exempel)',
  telefon: '035-00 00 00 (exempel)',
  epost: 'ekonomi@example.se',
  bankgiro: '5050-1055',
  betalningsreferens: 'Sammanhållen vård 2023',
  ekonomichef: { namn: 'Ekonomichef (exempel)', befattning: 'Ekonomidirektör' },
};

export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('Skriv en exempelarbetsbok från de inbyggda uppgifterna: översikt, fördelning, rekvisition och redovisning (write the demo workbook)')
    .option('--out <fil.xlsx>', 'var arbetsboken skrivs', DEMO_FILE)
    .action(async (opts: { out: string }) => {
      const started = Date.now();
      const agreement = await loadAgreementArg(DEMO_AGREEMENT, io);
      const weights = loadWeights({}, io);
      const prefill = prefillAll(agreement, { weights });
      if (!prefill.ok) throw new IssueError(prefill.issues);
      const distribution = prefill.value.distributions.get(DEMO_LINE);
      const grant = prefill.value.grants.find((g) => g.recipient.code === DEMO_REGION);
      if (!distribution || !grant) throw new Error(`the catalog no longer has ${DEMO_LINE} shared among the regions`);
      const line = prefill.value.grants.flatMap((g) => g.lines).find((l) => l.lineId === DEMO_LINE);
      const checks = checkAgreement(agreement);
      const today = io.today();
      const deadlines = agreementDeadlines(agreement, today);
      const info = generationInfo(io);
      const profile: Profile = { ...DEMO_PROFILE, bidragsmottagare: grant.recipient.name };
      const sheets = [
        overviewTemplate({ agreement, checks, deadlines, today }, 'sv', info),
        distributionSheet({ agreement: { id: agreement.id, title: agreement.title }, line: { id: DEMO_LINE, title: line?.lineName ?? DEMO_LINE }, distribution, lang: 'sv', stamp: info }),
        ...FORM_KINDS.map((kind) => formTemplate(kind, grant, { profile, lang: 'sv', info })),
      ];
      const path = outputPath(opts.out, io);
      const written = await writeSheetsToFile(path, { title: `Bidragskollen: ${agreement.title}`, generator: 'Bidragskollen', sheets });
      if (!written.ok) throw new IssueError(written.issues);

      const passed = deadlines.filter((d) => d.status === 'passed').length;
      const source = distribution.source;
      io.out(`Skrev ${relative(io.cwd, path) || path} (${((Date.now() - started) / 1000).toFixed(1)} s):\n`);
      io.out(describeSheets(written.value.sheets));
      io.out(`\n${agreement.title}: ${agreement.total.amount ? formatKronor(agreement.total.amount) : 'totalen ej angiven'}, ${agreement.areas.length} områden.\n`);
      io.out(`Kontroller: ${summarizeIssues(checks)}\n`);
      io.out(`Tidsfrister: ${deadlines.length}, varav ${passed} passerade ${today}.\n`);
      io.out(
        `Fördelning: ${formatKronor(distribution.amount)} över ${distribution.rows.length} regioner, ${METHOD_LABELS[distribution.method].sv}, ${source?.description ?? ''}; summan ${distribution.residual.isZero() ? 'stämmer' : 'stämmer inte'}.\n`,
      );
      io.out(`Rekvisition och redovisning: ${grant.recipient.name}, ${formatKronor(grant.total)} (${grant.lines.length} ${grant.lines.length === 1 ? 'rad' : 'rader'}).\n`);
    });
}
