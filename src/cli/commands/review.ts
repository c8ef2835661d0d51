import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { getAgreement, type Agreement } from '../../core/agreements';
import { isCalendarDate } from '../../core/calendar';
import { formatAmountPlain } from '../../core/money';
import { catalogReportDeadlines, consolidateReports, refusedFile, REPORT_MARKER_PREFIX, reviewReport, STATUS_LABELS, type FollowUp, type ReportContext, type ReportReview } from '../../core/review';
import { followUpWorkbook, isFollowUpWorkbook } from '../../xlsx/follow-up';
import { writeFileAtomic } from '../../xlsx/file';
import { readReportWorkbook } from '../../xlsx/report-reader';
import { CommandExit, UsageError, type CliIo } from '../io';
import { textTable } from '../text-table';

interface ReviewOptions {
  out?: string;
  today?: string;
  format: string;
}

export function registerReview(program: Command, io: CliIo): void {
  program
    .command('review')
    .alias('granska-redovisningar')
    .description('Granska inkomna ekonomiska redovisningar och sammanställ en uppföljningstabell (exit 1 om någon har fel)')
    .argument('<filer...>', 'redovisningarna (.xlsx) eller en mapp med dem')
    .option('--out <uppfoljning.xlsx>', 'skriv uppföljningen som arbetsbok')
    .option('--today <ÅÅÅÅ-MM-DD>', 'dagens datum för förseningar (standard: i dag, svensk tid)')
    .option('--format <format>', 'table | json', 'table')
    .action(async (files: string[], opts: ReviewOptions) => {
      if (opts.format !== 'table' && opts.format !== 'json') throw new UsageError(`Okänt format ”${opts.format}”. Välj table eller json.`);
      if (opts.out !== undefined && !/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out ska vara en .xlsx-fil (fick ”${opts.out}”).`);
      const today = opts.today ?? io.today();
      if (!isCalendarDate(today)) throw new UsageError(`--today ska vara ett datum ÅÅÅÅ-MM-DD (fick ”${today}”).`);
      const target = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
      const inputs = expand(files, io)
        .filter((path) => path !== target)
        .map((path) => ({ file: basename(path), bytes: readBytes(path) }));
      const followUp = await reviewWorkbooks(inputs, { today, deadlines: catalogReportDeadlines(builtIn) });
      if (opts.out !== undefined) {
        const out = resolve(io.cwd, opts.out);
        if (existsSync(out) && !(await isFollowUpWorkbook(readFileSync(out)))) {
          throw new UsageError(`${opts.out} finns redan och är ingen uppföljning från Bidragskollen. Den skrivs inte över; välj ett annat filnamn med --out.`);
        }
        const bytes = await followUpWorkbook(followUp, io.now?.() ?? today);
        try {
          writeFileAtomic(out, bytes);
        } catch {
          throw new UsageError(`Uppföljningen kunde inte skrivas till ${opts.out}. Kontrollera att mappen finns och att filen inte är öppen.`);
        }
      }
      io.out(opts.format === 'json' ? JSON.stringify(followUpToJson(followUp), null, 2) + '\n' : renderFollowUp(followUp, opts.out));
      if (followUp.reports.some((r) => r.status !== 'ok' && r.status !== 'remarks')) throw new CommandExit(1);
    });
}

/** Reads and reviews every workbook; a file that is no report, or no workbook at all, is one refused row. */
export async function reviewWorkbooks(inputs: readonly { file: string; bytes: Uint8Array }[], ctx: ReportContext): Promise<FollowUp> {
  const reviews: ReportReview[] = [];
  for (const { file, bytes } of inputs) {
    const sheets = await readReportWorkbook(bytes, file);
    if (!sheets.ok) {
      reviews.push(refusedFile(file, { unreadable: sheets.detail }));
      continue;
    }
    // Other sheets Bidragskollen made (a rekvisition, an index) and the user's own sheets are not reports.
    const ours = sheets.value.filter((s) => s.marker?.startsWith(REPORT_MARKER_PREFIX));
    if (ours.length === 0) {
      reviews.push(refusedFile(file, { noReports: true }));
      continue;
    }
    for (const s of ours) reviews.push(reviewReport(s, ctx));
  }
  return consolidateReports(reviews);
}

function builtIn(id: string): Agreement | undefined {
  const a = getAgreement(id);
  return a.ok ? a.value : undefined;
}

function expand(args: readonly string[], io: CliIo): string[] {
  const out: string[] = [];
  for (const a of args) {
    const path = resolve(io.cwd, a);
    let dir = false;
    try {
      dir = statSync(path).isDirectory();
    } catch {
      throw new UsageError(`Filen ${a} finns inte. Kontrollera sökvägen.`);
    }
    if (dir) out.push(...readdirSync(path).filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$')).sort().map((f) => join(path, f)));
    else out.push(path);
  }
  if (out.length === 0) throw new UsageError('Inga redovisningar (.xlsx) att granska.');
  return out;
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    throw new UsageError(`Filen ${path} går inte att läsa.`);
  }
}

const money = (d: { toFixed(): string } | null) => (d === null ? '' : formatAmountPlain(d.toFixed()));

function renderFollowUp(f: FollowUp, out: string | undefined): string {
  const rows = f.reports.map((r) => [
    r.file + (r.sheet ? ` / ${r.sheet}` : ''),
    [r.recipientCode, r.recipientName].filter(Boolean).join(' '),
    money(r.agreed),
    money(r.received),
    money(r.costs),
    money(r.unused),
    money(r.toRepay),
    r.repayBy ?? '',
    STATUS_LABELS[r.status].sv,
  ]);
  const t = f.totals;
  rows.push(['Summa (granskade)', '', money(t.agreed), money(t.received), money(t.costs), money(t.unused), money(t.toRepay), '', '']);
  const table = textTable(
    ['Fil / blad', 'Mottagare', 'Enligt överensk.', 'Erhållet', 'Kostnader', 'Ej förbrukat', 'Återbetala', 'Senast', 'Status'],
    rows,
    [false, false, true, true, true, true, true, false, false],
  );
  const findings = f.findings.map((x) => `${x.severity === 'error' ? 'FEL' : x.severity === 'warning' ? 'VARNING' : 'INFO'} ${x.code} (${x.location.file}${x.location.sheet ? ` / ${x.location.sheet}` : ''}${x.location.cell ? ` ${x.location.cell}` : ''})\n  ${x.message}`);
  return `${table}\n${findings.length > 0 ? findings.join('\n') + '\n' : 'Inga anmärkningar.\n'}${out ? `\nUppföljningen skriven till ${out}.\n` : ''}`;
}

function followUpToJson(f: FollowUp) {
  const s = (d: { toFixed(): string } | null) => (d === null ? null : d.toFixed());
  return {
    reports: f.reports.map((r) => ({
      file: r.file,
      sheet: r.sheet,
      agreement: r.agreementId,
      recipient: r.recipientCode,
      recipientName: r.recipientName,
      lines: r.lines.map((l) => ({ id: l.id, amount: l.amount.toFixed() })),
      agreed: s(r.agreed),
      received: s(r.received),
      costs: s(r.costs),
      unused: s(r.unused),
      toRepay: s(r.toRepay),
      repayBy: r.repayBy,
      reportDeadline: r.reportDeadline,
      signed: r.signed,
      alternative: r.alternative,
      status: r.status,
      findings: r.findings.map((x) => ({ code: x.code, severity: x.severity, message: x.message, messageEn: x.messageEn, ...x.location })),
    })),
    totals: { agreed: f.totals.agreed.toFixed(), received: f.totals.received.toFixed(), costs: f.totals.costs.toFixed(), unused: f.totals.unused.toFixed(), toRepay: f.totals.toRepay.toFixed() },
    byStatus: f.byStatus,
  };
}
