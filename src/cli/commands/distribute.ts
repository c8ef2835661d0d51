import type { Command } from 'commander';
import {
  distribute,
  distributionToJson,
  METHOD_LABELS,
  QUOTA_DECIMALS,
  TIE_BREAK_LABEL,
  type Distribution,
  type FixedAmount,
} from '../../core/distribution';
import { formatAmountPlain, parseAmount, unitDecimals, unitLabel } from '../../core/money';
import { csvTextCell, tableRecipients, tableSource } from '../../core/reference';
import { IssueError, UsageError, type CliIo } from '../io';
import { methodOption, unitOption } from '../options';
import { textTable } from '../text-table';
import { resolveWeightTable, type WeightOptions } from '../weights';

interface DistributeOptions extends WeightOptions {
  amount: string;
  method: string;
  unit: string;
  decimals?: string;
  format: string;
  base?: string;
  fixed?: string[];
}

const FORMATS = ['table', 'csv', 'json'] as const;

export function registerDistribute(program: Command, io: CliIo): void {
  program
    .command('distribute')
    .alias('fordela')
    .description('Fördela ett belopp exakt efter befolkning, egna vikter eller lika delar (distribute an amount exactly)')
    .requiredOption('--amount <belopp>', 'beloppet, t.ex. "62 500 000" eller "62,5 mnkr"')
    .option('--population <YYYY-MM-DD>', 'SCB:s befolkning vid datumet (inbyggt: län 2023-12-31 och 2024-12-31, kommuner 2024-12-31 och 2025-12-31)')
    .option('--level <nivå>', 'regioner (standard) eller kommuner, för --population')
    .option('--weights <fil.csv>', 'egen tabell: id,name,weight eller kod;namn;vikt eller kod;namn;befolkning')
    .option('--equal <grupp>', 'lika belopp till regioner, samverkansregioner eller kommuner')
    .option('--method <metod>', 'largest-remainder | adjust-largest | round | none', 'largest-remainder')
    .option('--unit <enhet>', 'avrundningsenhet: öre, kr, tkr eller en tiopotens (0.01, 1, 1000)', 'kr')
    .option('--decimals <n>', 'decimaler för --method none', undefined)
    .option('--base <belopp>', 'ett fast grundbelopp till varje mottagare innan resten fördelas')
    .option('--fixed <id=belopp...>', 'fasta belopp som dras av först, t.ex. SKR=29535000')
    .option('--format <format>', 'table | csv | json', 'table')
    .action((opts: DistributeOptions) => {
      const result = runDistribute(opts, io);
      io.out(render(result, opts.format));
    });
}

export function runDistribute(opts: DistributeOptions, io: CliIo): Distribution {
  const method = methodOption(opts.method);
  const unit = unitOption(opts.unit);
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`Okänt format ”${opts.format}”. Välj table, csv eller json.`);
  const amount = parseAmount(opts.amount);
  if (!amount.ok) throw new IssueError(amount.issues);
  let decimals: number | undefined;
  if (opts.decimals !== undefined) {
    decimals = Number(opts.decimals);
    if (!Number.isInteger(decimals)) throw new UsageError(`--decimals ska vara ett heltal, inte ”${opts.decimals}”.`);
  }
  const table = resolveWeightTable(opts, io);
  const result = distribute({
    amount: amount.value,
    unit,
    method,
    ...(decimals === undefined ? {} : { decimals }),
    recipients: tableRecipients(table),
    ...(opts.base === undefined ? {} : { basePerRecipient: opts.base }),
    ...(opts.fixed === undefined ? {} : { fixed: opts.fixed.map(parseFixed) }),
    source: tableSource(table),
  });
  if (!result.ok) throw new IssueError(result.issues);
  return result.value;
}

function parseFixed(spec: string): FixedAmount {
  const at = spec.indexOf('=');
  if (at <= 0) throw new UsageError(`--fixed ska skrivas id=belopp, till exempel SKR=29535000 (fick ”${spec}”).`);
  return { id: spec.slice(0, at).trim(), amount: spec.slice(at + 1).trim() };
}

function render(d: Distribution, format: string): string {
  if (format === 'json') return JSON.stringify(distributionToJson(d), null, 2) + '\n';
  if (format === 'csv') return renderCsv(d);
  return renderTable(d);
}

/**
 * For Swedish Excel: semicolons, decimal comma, a BOM so å, ä and ö survive; codes and names that
 * Excel would run as formulas neutralised (`csvTextCell`). `--weights` reads the file back.
 */
function renderCsv(d: Distribution): string {
  const num = (x: { toFixed(): string }) => x.toFixed().replace('.', ',');
  const lines = [
    'kod;namn;vikt;kvot;fast;avrundat;justering;belopp',
    ...d.rows.map((r) =>
      [csvTextCell(r.id), csvTextCell(r.name), num(r.weight), num(r.quota.toDecimalPlaces(QUOTA_DECIMALS)), num(r.fixed), num(r.rounded), num(r.adjustment), num(r.amount)].join(';'),
    ),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function renderTable(d: Distribution): string {
  const dec = d.method === 'none' ? (d.decimals ?? 0) : unitDecimals(d.unit);
  const money = (x: Parameters<typeof formatAmountPlain>[0]) => formatAmountPlain(x, dec);
  const hasFixed = d.rows.some((r) => !r.fixed.isZero());
  const headers = ['Kod', 'Mottagare', 'Vikt', 'Kvot', ...(hasFixed ? ['Fast'] : []), 'Justering', 'Belopp'];
  const rows = d.rows.map((r) => [
    r.id,
    r.name,
    formatAmountPlain(r.weight),
    formatAmountPlain(r.quota, 4),
    ...(hasFixed ? [money(r.fixed)] : []),
    r.adjustment.isZero() ? '' : money(r.adjustment),
    money(r.amount),
  ]);
  const total = ['', 'Summa', '', '', ...(hasFixed ? [''] : []), '', money(d.total)];
  const source = d.source
    ? `Nyckel: ${d.source.description}${d.source.referenceDate ? `, referensdatum ${d.source.referenceDate}` : ''}`
    : 'Nyckel: egna vikter';
  const head = [
    `Fördelning av ${money(d.amount)} kr`,
    source,
    `Metod: ${METHOD_LABELS[d.method].sv}; enhet: ${unitLabel(d.unit)}; ${TIE_BREAK_LABEL.sv}`,
    '',
  ].join('\n');
  const foot = [
    '',
    `Avrundningsdifferens: ${money(d.residual)} kr` + (d.residual.isZero() ? (d.unallocated.isZero() ? ' (summan stämmer)' : '') : ' (summan stämmer inte: metoden justerar inte)'),
    `Differens vid enbart avrundning per mottagare: ${money(d.plainRoundingResidual)} kr`,
    ...(d.unallocated.isZero() ? [] : [`Ej fördelat: ${money(d.unallocated)} kr (bara fasta belopp, ingen mottagare med vikt tar resten)`]),
    ...(d.source?.publisher ? [`Källa: ${d.source.publisher}`] : []),
  ].join('\n');
  return head + '\n' + textTable(headers, [...rows, total], headers.map((_, i) => i >= 2)) + foot + '\n';
}
