import { basename, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import type Decimal from 'decimal.js';
import { METHOD_LABELS } from '../../core/distribution';
import { formatAmountPlain, parseAmount, unitLabel } from '../../core/money';
import { findPopulationTable, POPULATION_TABLES, type WeightTable } from '../../core/reference';
import { issueText } from '../../core/result';
import {
  auditTable,
  columnList,
  findColumn,
  readPublishedTable,
  REVIEW_MESSAGES,
  tableAuditToJson,
  notMadeFromText,
  weightRangeText,
  type CandidateAudit,
  type StatedTotal,
  type TableAudit,
} from '../../core/review';
import { CommandExit, IssueError, UsageError, type CliIo } from '../io';
import { readWeightsFile } from '../weights';
import { textTable } from '../text-table';

interface AuditOptions {
  table: string;
  total?: string[];
  population?: string[];
  weights?: string[];
  column?: string;
  format: string;
}

export function registerAudit(program: Command, io: CliIo): void {
  program
    .command('audit')
    .alias('granska')
    .description('Granska en publicerad fördelningstabell: summor, vilken metod och vilken befolkning som återger den (exit 1 vid avvikelser)')
    .requiredOption('--table <fil>', 'tabellen: text inklistrad från en webbsida eller pdf (.txt) eller CSV (.csv)')
    .option('--total <belopp...>', 'en summa tabellen ska stämma mot, t.ex. "1 357 000 000"')
    .option('--population <YYYY-MM-DD...>', 'SCB:s befolkning per län vid datumet; "alla" för varje inbyggt datum (standard)')
    .option('--weights <fil.csv...>', 'egna vikter att pröva: kod;namn;vikt eller kod;namn;befolkning')
    .option('--column <nummer|namn>', 'vilken beloppskolumn som granskas, t.ex. 2 eller landsbygd', '1')
    .option('--format <format>', 'table | json', 'table')
    .action((opts: AuditOptions) => {
      if (opts.format !== 'table' && opts.format !== 'json') throw new UsageError(`Okänt format ”${opts.format}”. Välj table eller json.`);
      const audit = runAudit(opts, io);
      io.out(opts.format === 'json' ? JSON.stringify(tableAuditToJson(audit), null, 2) + '\n' : renderAudit(audit, opts.table));
      if (!audit.foots || !audit.best?.fits) throw new CommandExit(1);
    });
}

export function runAudit(opts: AuditOptions, io: CliIo): TableAudit {
  const text = readFile(opts.table, io);
  const table = readPublishedTable(text, { format: extname(opts.table).toLowerCase() === '.csv' ? 'csv' : 'auto' });
  if (!table.ok) throw new UsageError(`${opts.table}: ${table.issues.map((i) => issueText(i)).join('\n')}`);
  const column = findColumn(table.value, opts.column ?? '1');
  if (column === undefined) {
    throw new UsageError(REVIEW_MESSAGES.AUDIT_UNKNOWN_COLUMN.sv({ column: opts.column ?? '', available: columnList(table.value) }));
  }
  const givenTotals = (opts.total ?? []).map((t) => {
    const r = parseAmount(t);
    if (!r.ok) throw new UsageError(REVIEW_MESSAGES.AUDIT_TOTAL_NOT_NUMBER.sv({ text: t }));
    return r.value;
  });
  const result = auditTable({ table: table.value, column, givenTotals, candidates: candidates(opts, io) });
  if (!result.ok) throw new UsageError(result.issues.map((i) => issueText(i)).join('\n'));
  return result.value;
}

/** Every --population and --weights given; with neither, every built-in population. */
function candidates(opts: AuditOptions, io: CliIo): WeightTable[] {
  const dates = opts.population ?? [];
  const files = opts.weights ?? [];
  const all = dates.some((d) => ['alla', 'all'].includes(d.trim().toLowerCase())) || (dates.length === 0 && files.length === 0);
  const tables: WeightTable[] = all ? [...POPULATION_TABLES] : [];
  for (const date of dates) {
    if (['alla', 'all'].includes(date.trim().toLowerCase())) continue;
    const t = findPopulationTable(date);
    if (!t.ok) throw new IssueError(t.issues);
    if (!tables.includes(t.value)) tables.push(t.value);
  }
  for (const file of files) {
    const date = /(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1];
    tables.push(readWeightsFile(file, io, date ? { referenceDate: date } : {}));
  }
  return tables;
}

function readFile(file: string, io: CliIo): string {
  let text: string;
  try {
    text = io.readText(resolve(io.cwd, file));
  } catch {
    throw new UsageError(`Filen ${file} går inte att läsa. Kontrollera sökvägen.`);
  }
  // A binary file read as UTF-8 (an .xlsx, a PDF) is full of replacement characters and NULs.
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > 5) {
    throw new UsageError(`Filen ${file} är ingen textfil (den ser ut att vara binär eller skadad). Spara tabellen som text (.txt) eller CSV (.csv).`);
  }
  return text;
}

const kr = (d: Decimal.Value) => `${formatAmountPlain(d)} kr`;
const diff = (d: Decimal) => (d.isZero() ? '0' : `${d.isPositive() ? '+' : ''}${formatAmountPlain(d)}`);

function renderAudit(a: TableAudit, file: string): string {
  const out: string[] = [];
  out.push(`Granskning av ${file}, kolumn ${a.column.index + 1}${a.column.name ? ` (${a.column.name})` : ''}: ${a.rows.length} regioner`);
  out.push(`Tabellens radsumma: ${kr(a.tableTotal)}`);
  out.push('');
  out.push('Angivna summor');
  if (a.statedTotals.length === 0) out.push('  Tabellen har ingen summarad och ingen summa angavs (--total).');
  for (const s of a.statedTotals) out.push(...statedLine(s));
  out.push(a.foots ? 'Tabellen summerar till varje angiven summa.' : 'Tabellen summerar INTE till alla angivna summor.');
  if (a.textAmounts.length > 0) {
    out.push('');
    out.push('Belopp i texten');
    for (const t of a.textAmounts) {
      const equals =
        t.equals === null ? 'motsvarar ingen kolumn i tabellen' : t.equals === 'all-columns' ? 'är summan av tabellens kolumner' : `är summan av kolumn ${t.equals.column + 1}`;
      out.push(`  ${kr(t.amount)} (rad ${t.source.line}, ”${t.phrase}”): ${equals}`);
    }
  }
  out.push('');
  const basis = { table: 'tabellens summarad', given: 'summan som angavs med --total', rows: 'tabellens radsumma' }[a.distributed.basis];
  out.push(`Fördelat belopp i prövningen: ${kr(a.distributed.amount)} (${basis}), avrundat till ${unitLabel(a.column.unit)}.`);
  out.push('');
  out.push('Vikttabeller, bäst först');
  out.push(
    textTable(
      ['Vikter', 'Datum', 'Återger', 'Metod (närmast)', 'Avvikande rader'],
      a.candidates.map((c) => [
        c.table.description,
        c.table.referenceDate ?? '–',
        c.fits ? 'ja' : 'nej',
        c.closest ? METHOD_LABELS[c.closest.method].sv : '–',
        c.missing.length > 0 ? `saknar vikt för ${c.missing.join(', ')}` : `${c.deviatingRows} av ${a.rows.length}`,
      ]),
      [false, false, false, false, true],
    ).trimEnd(),
  );
  const best = a.best;
  if (best && best.missing.length === 0) {
    out.push('');
    out.push(`Metoder mot ${best.table.description}`);
    out.push(
      textTable(
        ['Metod', 'Återger', 'Avvikande rader', 'Summa |differens|'],
        best.methods.map((m) => [`${m.method} – ${METHOD_LABELS[m.method].sv}`, m.reproduces ? 'ja' : 'nej', String(m.deviations.length), kr(m.absoluteDeviation)]),
        [false, false, true, true],
      ).trimEnd(),
    );
    out.push('');
    out.push(...bestSummary(best, a.rows.length));
  }
  const verdicts = a.candidates.flatMap((c) => notMadeFromText(c) ?? []);
  for (const line of verdicts) out.push('', line);
  if (verdicts.length > 0) {
    out.push('');
    out.push(
      'Vikt som ger beloppet: det intervall en rads vikt måste ligga i för att ge det publicerade beloppet med den närmaste metoden, om beloppet och summan av vikterna är desamma (största rest: nödvändigt villkor).',
    );
  }
  return out.join('\n') + '\n';
}

function statedLine(s: StatedTotal): string[] {
  const where = { table: 'Tabellens summarad', text: 'Texten', given: 'Angiven med --total' }[s.kind];
  const at = s.source ? ` (rad ${s.source.line})` : '';
  const verdict = s.foots ? 'stämmer' : `skiljer ${diff(s.difference)} kr mot tabellen`;
  return [`  ${where}${at}: ${kr(s.amount)} – ${verdict}`, ...(s.kind === 'text' && s.source ? [`    ”${s.source.text}”`] : [])];
}

function bestSummary(best: CandidateAudit, rows: number): string[] {
  const reproducing = best.methods.filter((m) => m.reproduces).map((m) => m.method);
  if (reproducing.length > 0) {
    return [`Tabellen återges exakt av ${reproducing.join(', ')} med ${best.table.description}.`];
  }
  const closest = best.closest;
  if (!closest) return [];
  const intervals = new Map((best.intervals ?? []).map((i) => [i.id, i]));
  const cause = closest.maxDeviation.lte(1)
    ? 'Avvikelserna är högst 1 kr: vikterna stämmer, men avrundningen är en annan än de fyra metoderna.'
    : `Avvikelserna är upp till ${kr(closest.maxDeviation)}, mer än avrundning kan ge: tabellen är gjord från andra vikter (en annan befolkning, ett annat datum eller ett annat belopp), och metoden går inte att avgöra med dessa vikter.`;
  const lines = [`Ingen metod återger tabellen med ${best.table.description}. Närmast: ${closest.method} (${METHOD_LABELS[closest.method].sv}), ${closest.deviations.length} av ${rows} rader avviker.`, cause];
  lines.push(
    textTable(
      ['Kod', 'Region', 'Publicerat', 'Beräknat', 'Differens', 'Vikt', 'Vikt som ger beloppet'],
      closest.deviations.map((d) => {
        const i = intervals.get(d.id);
        return [d.id, d.name, formatAmountPlain(d.published), formatAmountPlain(d.computed), diff(d.difference), i ? formatAmountPlain(i.weight) : '', i ? weightRangeText(i) : ''];
      }),
      [false, false, true, true, true, true, false],
    ).trimEnd(),
  );
  return lines;
}

