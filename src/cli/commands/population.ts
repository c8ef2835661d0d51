import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatAmountPlain, sum } from '../../core/money';
import { POPULATION_TABLES } from '../../core/reference';
import { issueText, type Issue, type Result } from '../../core/result';
import {
  DATE_KIND_LABELS,
  KNOWN_SCB_TABLES,
  KOLADA_DEFAULT_URL,
  KOLADA_POPULATION_KPI,
  KoladaClient,
  SCB_DEFAULT_URL,
  ScbClient,
  comparePopulationTables,
  parseDateKind,
  parsePopulationDate,
  parsePopulationLevel,
  populationCsv,
  populationSourceJson,
  sidecarPath,
  type PopulationComparison,
  type PopulationTable,
  type SourceEnv,
} from '../../core/sources';
import { fetchTransport, realClock } from '../../net/fetch';
import { UsageError, type CliIo } from '../io';
import { textTable } from '../text-table';

interface FetchOptions {
  date: string;
  kind?: string;
  level: string;
  source: string;
  scbUrl: string;
  koladaUrl: string;
  table?: string;
  timeout: string;
  out: string;
  crossCheck?: boolean;
  force?: boolean;
}

/** Exit code when a source cannot be reached or answers wrongly: not the user's input (2), not a check (1). */
export const EXIT_SOURCE_UNAVAILABLE = 3;

export function registerPopulation(program: Command, io: CliIo): void {
  const population = program
    .command('population')
    .alias('befolkning')
    .description('Befolkningstabeller: de inbyggda, och hämtning från SCB eller Kolada (population tables)');

  population
    .command('list')
    .description('Visa de inbyggda tabellerna och vad som kan hämtas (list built-in tables and what can be fetched)')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: { format: string }) => io.out(renderList(opts.format)));

  population
    .command('fetch')
    .description('Hämta befolkningen från SCB (eller Kolada) och skriv en CSV som distribute --weights läser (fetch population into a CSV)')
    .requiredOption('--date <YYYY-MM-DD>', 'referensdatum: ÅÅÅÅ-12-31, ÅÅÅÅ-11-01 eller en månads sista dag')
    .option('--kind <slag>', '31dec | 1nov | month (annars efter datumet)')
    .option('--level <nivå>', 'regioner | kommuner', 'regioner')
    .option('--source <källa>', 'scb | kolada', 'scb')
    .option('--scb-url <url>', 'adress till SCB:s PxWebApi v2 (eller en spegel)', SCB_DEFAULT_URL)
    .option('--kolada-url <url>', 'adress till Kolada v3 (eller en spegel)', KOLADA_DEFAULT_URL)
    .option('--table <id>', 'en bestämd SCB-tabell i stället för sökningen, t.ex. TAB638')
    .option('--timeout <sekunder>', 'längsta väntan per anrop', '30')
    .option('--cross-check', 'hämta också från den andra källan och lista skillnaderna')
    .option('--force', 'skriv över filen om den finns')
    .requiredOption('--out <fil.csv>', 'filen att skriva (kod;namn;befolkning); källan skrivs bredvid som fil.källa.json')
    .action(async (opts: FetchOptions) => {
      io.out(await runFetch(opts, io));
    });
}

function levelOfRows(ids: readonly string[]): string {
  return ids.every((id) => /^\d{4}$/.test(id)) ? 'kommuner' : ids.every((id) => /^\d{2}$/.test(id)) ? 'regioner' : 'blandat';
}

function renderList(format: string): string {
  if (format !== 'text' && format !== 'json') throw new UsageError(`Okänt format ”${format}”. Välj text eller json.`);
  const builtIn = POPULATION_TABLES.map((t) => ({
    id: t.id,
    description: t.description,
    referenceDate: t.referenceDate ?? null,
    level: levelOfRows(t.rows.map((r) => r.id)),
    rows: t.rows.length,
    total: sum(t.rows.map((r) => r.weight)).toFixed(),
    source: t.source,
  }));
  const fetchable = [
    { kind: '31dec', source: 'SCB', tables: 'TAB638 (1968–2024), från 2025 efterföljaren eller TAB6471 (december)', example: 'bidragskollen population fetch --date 2025-12-31 --level kommuner --out befolkning.csv' },
    { kind: '1nov', source: 'SCB', tables: 'TAB1267', example: 'bidragskollen population fetch --date 2025-11-01 --out befolkning.csv' },
    { kind: 'month', source: 'SCB', tables: 'TAB6471 (från 2025)', example: 'bidragskollen population fetch --date 2026-03-31 --kind month --out befolkning.csv' },
    { kind: '31dec', source: 'Kolada', tables: KOLADA_POPULATION_KPI, example: 'bidragskollen population fetch --date 2024-12-31 --source kolada --out befolkning.csv' },
  ];
  if (format === 'json') return JSON.stringify({ builtIn, fetchable, knownScbTables: KNOWN_SCB_TABLES }, null, 2) + '\n';
  const head = textTable(
    ['Id', 'Referensdatum', 'Nivå', 'Rader', 'Summa', 'Beskrivning'],
    builtIn.map((t) => [t.id, t.referenceDate ?? '', t.level, String(t.rows), formatAmountPlain(t.total), t.description]),
    [false, false, false, true, true, false],
  );
  const lines = [
    'Inbyggda befolkningstabeller (används med distribute --population DATUM):',
    head,
    'Andra datum hämtas från SCB (PxWebApi v2; tabellen väljs med SCB:s egen sökning) eller Kolada:',
    ...fetchable.map((f) => `  ${DATE_KIND_LABELS[f.kind as 'month'].sv.padEnd(12)} ${f.source.padEnd(7)} ${f.tables}\n      ${f.example}`),
    '',
    'Den hämtade filen används sedan med distribute --weights befolkning.csv. Källa: SCB.',
  ];
  return lines.join('\n') + '\n';
}

function sourceEnv(opts: FetchOptions, io: CliIo): SourceEnv {
  const seconds = Number(opts.timeout.replace(',', '.'));
  if (!(seconds > 0)) throw new UsageError(`--timeout ska vara ett antal sekunder större än noll, inte ”${opts.timeout}”.`);
  return { transport: fetchTransport({ timeoutMs: Math.round(seconds * 1000) }), clock: realClock, now: () => io.now?.() ?? new Date().toISOString() };
}

const SOURCE_CODES = /^(SOURCE_|SCB_NO_TABLE$)/;

function failure(issues: readonly Issue[]): UsageError {
  const code = issues.some((i) => SOURCE_CODES.test(i.code)) ? EXIT_SOURCE_UNAVAILABLE : 2;
  return new UsageError(issues.map((i) => issueText(i)).join('\n'), code);
}

function exists(io: CliIo, path: string): boolean {
  try {
    io.readText(path);
    return true;
  } catch {
    return false;
  }
}

export async function runFetch(opts: FetchOptions, io: CliIo): Promise<string> {
  const kind = opts.kind === undefined ? undefined : parseDateKind(opts.kind);
  if (opts.kind !== undefined && !kind) throw new UsageError(`Okänt slag ”${opts.kind}” för --kind. Välj 31dec, 1nov eller month.`);
  const level = parsePopulationLevel(opts.level);
  if (!level) throw new UsageError(`Okänd nivå ”${opts.level}”. Välj regioner eller kommuner.`);
  const source = opts.source.trim().toLowerCase();
  if (source !== 'scb' && source !== 'kolada') throw new UsageError(`Okänd källa ”${opts.source}”. Välj scb eller kolada.`);
  const date = parsePopulationDate(opts.date, kind);
  if (!date.ok) throw failure(date.issues);
  const out = resolve(io.cwd, opts.out);
  const sidecar = sidecarPath(out);
  for (const f of [out, sidecar]) {
    if (!opts.force && exists(io, f)) throw new UsageError(`Filen ${basename(f)} finns redan. Välj ett annat namn med --out, eller lägg till --force för att skriva över den.`);
  }
  const env = sourceEnv(opts, io);
  const request = { date: date.value, level, ...(opts.table ? { tableId: opts.table } : {}) };
  const fetchFrom = (which: 'scb' | 'kolada'): Promise<Result<PopulationTable>> =>
    which === 'scb' ? new ScbClient(env, opts.scbUrl).fetchPopulation(request) : new KoladaClient(env, opts.koladaUrl).fetchPopulation(request);

  const result = await fetchFrom(source);
  if (!result.ok) throw failure(result.issues);
  const table = result.value;
  let crossCheck: PopulationComparison | undefined;
  const report: string[] = [];
  if (opts.crossCheck) {
    const other = await fetchFrom(source === 'scb' ? 'kolada' : 'scb');
    if (other.ok) {
      crossCheck = comparePopulationTables(table, other.value);
      report.push(...renderComparison(crossCheck));
    } else report.push(`Kontrollen mot ${source === 'scb' ? 'Kolada' : 'SCB'} gick inte att göra: ${other.issues.map((i) => issueText(i)).join(' ')}`);
  }

  try {
    io.writeText(out, populationCsv(table));
    io.writeText(sidecar, populationSourceJson(table, basename(out), crossCheck));
  } catch (e) {
    throw new UsageError(`Kunde inte skriva ${basename(out)} (${e instanceof Error ? e.message : String(e)}). Kontrollera mappen och behörigheten.`);
  }
  const s = table.source;
  const total = table.rows.reduce((a, r) => a + r.population, 0);
  return (
    [
      `Hämtade ${table.rows.length} ${level} från ${s.provider} (${s.tableId}${s.label ? `: ${s.label}` : ''}), referensdatum ${s.referenceDate}, summa ${formatAmountPlain(total)}.`,
      `Adress: ${s.url}`,
      `Hämtad: ${s.fetchedAt}`,
      ...(s.notes.length > 0 ? [`${s.provider}:s anmärkningar (${s.notes.length}, i sin helhet i ${basename(sidecar)}):`, ...s.notes.map((n) => `  - ${n.split('\n')[0]}`)] : []),
      ...report,
      `Skrev ${basename(out)} (kod;namn;befolkning) och ${basename(sidecar)} (källan). Använd: bidragskollen distribute --amount BELOPP --weights ${basename(out)}`,
      `Källa: ${s.provider === 'SCB' ? 'SCB' : 'Kolada (RKA), uppgifter från SCB'}`,
    ].join('\n') + '\n'
  );
}

function renderComparison(c: PopulationComparison): string[] {
  if (!c.comparable) return [`Kontrollen: ${c.a.provider} och ${c.b.provider} gäller inte samma datum och nivå; inget jämfört.`];
  if (c.differences.length === 0) return [`Kontrollen mot ${c.b.provider} (${c.b.tableId}): samma siffror för alla koder.`];
  const lines = c.differences.slice(0, 20).map((d) =>
    d.kind === 'value'
      ? `  ${d.code} ${d.name}: ${c.a.provider} ${formatAmountPlain(d.a)}, ${c.b.provider} ${formatAmountPlain(d.b)} (skillnad ${formatAmountPlain(d.difference)})`
      : `  ${d.code} ${d.name}: bara hos ${d.kind === 'only-in-a' ? c.a.provider : c.b.provider} (${formatAmountPlain(d.population)})`,
  );
  return [`Kontrollen mot ${c.b.provider} (${c.b.tableId}): ${c.differences.length} ${c.differences.length === 1 ? 'skillnad' : 'skillnader'}${c.differences.length > 20 ? ' (de 20 första)' : ''}:`, ...lines];
}
