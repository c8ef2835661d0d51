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
import { DISTRIBUTION_KEY_LABELS, type Agreement } from '../../core/agreements';
import { formatAmountPlain, parseAmount, unitDecimals, unitLabel } from '../../core/money';
import { distributionRequest, groupLabel, notPlannedIssue, paidWholeIssue, planLines, type PlanResult, type PopulationTables } from '../../core/plan';
import { csvTextCell, tableRecipients, tableSource } from '../../core/reference';
import { issueText, type Lang } from '../../core/result';
import { loadAgreementArg } from '../agreement-source';
import { IssueError, UsageError, type CliIo } from '../io';
import { methodOption, unitOption } from '../options';
import { textTable } from '../text-table';
import { levelOption, readWeightsFile, resolveWeightTable, type WeightOptions } from '../weights';

interface DistributeOptions extends WeightOptions {
  amount?: string;
  agreement?: string;
  line?: string;
  method: string;
  unit: string;
  decimals?: string;
  format: string;
  lang: string;
  base?: string;
  fixed?: string[];
}

const FORMATS = ['table', 'csv', 'json'] as const;

export function registerDistribute(program: Command, io: CliIo): void {
  program
    .command('distribute')
    .alias('fordela')
    .description('Fördela ett belopp, eller en överenskommelses rader, exakt efter befolkning, egna vikter eller lika delar (distribute an amount, or an agreement\'s lines, exactly)')
    .option('--amount <belopp>', 'beloppet, t.ex. "62 500 000" eller "62,5 mnkr"')
    .option('--agreement <id|fil.json|fil.xlsx>', 'fördela överenskommelsens rader i stället: ett inbyggt id, en importerad JSON-fil eller ett överenskommelseblad (.xlsx)')
    .option('--line <id>', 'med --agreement: bara den här raden')
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
    .option('--lang <språk>', 'sv | en', 'sv')
    .action(async (opts: DistributeOptions) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`Okänt format ”${opts.format}”. Välj table, csv eller json.`);
      if (opts.lang !== 'sv' && opts.lang !== 'en') throw new UsageError(`Okänt språk ”${opts.lang}”. Välj sv eller en.`);
      if (opts.agreement !== undefined) return io.out(await runAgreement(opts as DistributeOptions & { agreement: string }, io));
      if (opts.line !== undefined) throw new UsageError('--line gäller bara tillsammans med --agreement.');
      if (opts.amount === undefined) throw new UsageError('Ange --amount <belopp> (ett eget belopp) eller --agreement <id|fil> (överenskommelsens rader).');
      const result = runDistribute({ ...opts, amount: opts.amount }, io);
      io.out(render(result, opts.format, opts.lang));
    });
}

export function runDistribute(opts: DistributeOptions & { amount: string }, io: CliIo): Distribution {
  const method = methodOption(opts.method);
  const unit = unitOption(opts.unit);
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

type Planned = PlanResult<Agreement['areas'][number]>;

/**
 * `--agreement`: every line of the agreement (or the one `--line` names) distributed as the
 * agreement states, by the one planner the forms and the pane use. A line shared by population
 * uses SCB's table, or the one --population/--weights give for its --level; a line paid whole,
 * or one that cannot be distributed, says so and why. The amount, the group and the key are the
 * agreement's: --amount, --equal, --base and --fixed are refused with it.
 */
async function runAgreement(opts: DistributeOptions & { agreement: string }, io: CliIo): Promise<string> {
  const own = (['amount', 'equal', 'base', 'fixed', 'decimals'] as const).filter((k) => opts[k] !== undefined).map((k) => `--${k}`);
  if (own.length > 0)
    throw new UsageError(`${own.join(', ')} gäller ett eget belopp; med --agreement anger överenskommelsen belopp och nyckel. Ta bort ${own.length === 1 ? 'den' : 'dem'}, eller --agreement för att fördela ett eget belopp.`);
  const method = methodOption(opts.method);
  if (method === 'none') throw new UsageError('--method none avrundar inte; en överenskommelses rader betalas ut i hela enheter. Välj largest-remainder, adjust-largest eller round.');
  const unit = unitOption(opts.unit);
  const population = agreementPopulation(opts, io);
  const lang: Lang = opts.lang === 'en' ? 'en' : 'sv';
  const sv = lang === 'sv';
  const agreement = await loadAgreementArg(opts.agreement, io, lang);
  let planned: Planned[] = planLines(agreement);
  if (opts.line !== undefined) {
    const one = planned.filter((p) => (p.ok ? p.plan.visit : p.visit).line.id === opts.line);
    if (one.length === 0) throw new UsageError(`${agreement.id} har ingen rad ”${opts.line}”. Raderna: ${planned.map((p) => (p.ok ? p.plan.visit : p.visit).line.id).join(', ')}.`);
    planned = one;
  }
  const lines = planned.map((p) => agreementLine(p, { population, method, unit, lang }));
  if (opts.format === 'json') return JSON.stringify({ agreement: { id: agreement.id, title: agreement.title }, lines: lines.map((l) => l.json) }, null, 2) + '\n';
  if (opts.format === 'csv') {
    const shared = lines.flatMap((l) => (l.distribution ? [l.distribution] : []));
    if (shared.length !== 1 || lines.length !== 1) {
      const ids = lines.filter((l) => l.distribution).map((l) => l.json.id);
      throw new UsageError(`CSV gäller en rad åt gången. Välj en med --line${ids.length > 0 ? ` (fördelas: ${ids.join(', ')})` : ''}.`);
    }
    return renderCsv(shared[0] as Distribution);
  }
  const count = (kind: string) => lines.filter((l) => l.json.plan === kind).length;
  const summary = sv
    ? `${lines.length} ${lines.length === 1 ? 'rad' : 'rader'}: ${count('shared')} delas, ${count('whole')} betalas i sin helhet till en mottagare, ${count('not-distributed')} fördelas inte.`
    : `${lines.length} ${lines.length === 1 ? 'line' : 'lines'}: ${count('shared')} shared, ${count('whole')} paid whole to one recipient, ${count('not-distributed')} not distributed.`;
  const title = sv ? agreement.title : (agreement.titleEn ?? agreement.title);
  return [`${sv ? 'Överenskommelse' : 'Agreement'}: ${title} (${agreement.id})`, '', ...lines.map((l) => l.text), summary, ''].join('\n');
}

/** The population tables of --population/--weights for the level --level names (regioner by default); the others stay SCB's. */
function agreementPopulation(opts: DistributeOptions, io: CliIo): PopulationTables {
  if (opts.population !== undefined && opts.weights !== undefined) throw new UsageError('Ange högst en av --population och --weights.');
  const level = levelOption(opts.level);
  if (opts.population !== undefined) return { [level]: resolveWeightTable({ population: opts.population, level }, io) };
  if (opts.weights !== undefined) return { [level]: readWeightsFile(opts.weights, io) };
  if (opts.level !== undefined) throw new UsageError('--level gäller bara tillsammans med --population eller --weights.');
  return {};
}

interface AgreementLineOut {
  readonly text: string;
  readonly json: Record<string, unknown>;
  readonly distribution?: Distribution;
}

function agreementLine(p: Planned, o: { population: PopulationTables; method: ReturnType<typeof methodOption>; unit: ReturnType<typeof unitOption>; lang: Lang }): AgreementLineOut {
  const { lang } = o;
  const sv = lang === 'sv';
  const visit = p.ok ? p.plan.visit : p.visit;
  const line = visit.line;
  const titled = (x: { title: string; titleEn?: string | undefined }) => (sv ? x.title : (x.titleEn ?? x.title));
  const name = visit.area === line ? titled(line) : `${titled(visit.area)}: ${titled(line)}`;
  // The amount as the agreement states it, not rounded to the unit the shares are rounded to.
  const amount = line.amount === null ? (sv ? 'ej angivet' : 'not stated') : `${formatAmountPlain(line.amount)} kr`;
  // The quote stays in the agreement's own words.
  const quote = line.source ? `${sv ? 'Källa' : 'Source'}: ”${line.source.quote}” (${line.source.where})` : sv ? 'Källa: ej angiven' : 'Source: not stated';
  const head = `${sv ? 'Rad' : 'Line'} ${line.id}: ${name}, ${amount}`;
  const base = { id: line.id, title: line.title, amount: line.amount === null ? null : line.amount.toFixed(), source: line.source };
  if (!p.ok) {
    const why = notPlannedIssue({ sv: 'Raden', en: 'The line' }, p.reason);
    return { text: [head, quote, `${sv ? 'Fördelas inte' : 'Not distributed'}: ${issueText(why, lang)}`, ''].join('\n'), json: { ...base, plan: 'not-distributed', reason: p.reason.code, message: issueText(why, lang) } };
  }
  const plan = p.plan;
  if (plan.kind === 'whole') {
    const why = paidWholeIssue({ sv: 'Raden', en: 'The line' }, plan.to);
    return { text: [head, quote, issueText(why, lang), ''].join('\n'), json: { ...base, plan: 'whole', to: plan.to.kind === 'skr' ? 'skr' : plan.to.code, message: issueText(why, lang) } };
  }
  const { request } = distributionRequest(plan, { population: o.population, method: o.method, unit: o.unit });
  const d = distribute(request);
  if (!d.ok) throw new IssueError(d.issues, { lang, heading: `${sv ? 'Rad' : 'Line'} ${line.id}:` });
  const how = sv
    ? `Delas mellan ${groupLabel(plan.group).sv} (nyckel: ${DISTRIBUTION_KEY_LABELS[plan.key].sv})${plan.viaSkr ? ', betalas till SKR som för andelarna vidare' : ''}.`
    : `Shared among ${groupLabel(plan.group).en} (key: ${DISTRIBUTION_KEY_LABELS[plan.key].en})${plan.viaSkr ? ', paid to SKR, which passes the shares on' : ''}.`;
  return {
    text: [head, quote, how, renderTable(d.value, lang)].join('\n'),
    json: { ...base, plan: 'shared', group: plan.group, key: plan.key, viaSkr: plan.viaSkr, distribution: distributionToJson(d.value) },
    distribution: d.value,
  };
}

function parseFixed(spec: string): FixedAmount {
  const at = spec.indexOf('=');
  if (at <= 0) throw new UsageError(`--fixed ska skrivas id=belopp, till exempel SKR=29535000 (fick ”${spec}”).`);
  return { id: spec.slice(0, at).trim(), amount: spec.slice(at + 1).trim() };
}

function render(d: Distribution, format: string, lang: Lang): string {
  if (format === 'json') return JSON.stringify(distributionToJson(d), null, 2) + '\n';
  if (format === 'csv') return renderCsv(d);
  return renderTable(d, lang);
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

function renderTable(d: Distribution, lang: Lang): string {
  const sv = lang === 'sv';
  const dec = d.method === 'none' ? (d.decimals ?? 0) : unitDecimals(d.unit);
  const money = (x: Parameters<typeof formatAmountPlain>[0]) => formatAmountPlain(x, dec);
  const hasFixed = d.rows.some((r) => !r.fixed.isZero());
  const headers = sv
    ? ['Kod', 'Mottagare', 'Vikt', 'Kvot', ...(hasFixed ? ['Fast'] : []), 'Justering', 'Belopp']
    : ['Code', 'Recipient', 'Weight', 'Quota', ...(hasFixed ? ['Fixed'] : []), 'Adjustment', 'Amount'];
  const rows = d.rows.map((r) => [
    r.id,
    r.name,
    formatAmountPlain(r.weight),
    formatAmountPlain(r.quota, 4),
    ...(hasFixed ? [money(r.fixed)] : []),
    r.adjustment.isZero() ? '' : money(r.adjustment),
    money(r.amount),
  ]);
  const total = ['', sv ? 'Summa' : 'Total', '', '', ...(hasFixed ? [''] : []), '', money(d.total)];
  const key = sv ? 'Nyckel' : 'Key';
  const source = d.source
    ? `${key}: ${d.source.description}${d.source.referenceDate ? `, ${sv ? 'referensdatum' : 'reference date'} ${d.source.referenceDate}` : ''}`
    : `${key}: ${sv ? 'egna vikter' : 'own weights'}`;
  const head = [
    `${sv ? 'Fördelning av' : 'Distribution of'} ${money(d.amount)} kr`,
    source,
    `${sv ? 'Metod' : 'Method'}: ${METHOD_LABELS[d.method][lang]}; ${sv ? 'enhet' : 'unit'}: ${unitLabel(d.unit, lang)}; ${TIE_BREAK_LABEL[lang]}`,
    '',
  ].join('\n');
  const residual = d.residual.isZero() ? (d.unallocated.isZero() ? (sv ? ' (summan stämmer)' : ' (the total foots)') : '') : sv ? ' (summan stämmer inte: metoden justerar inte)' : ' (the total does not foot: the method does not adjust)';
  const foot = [
    '',
    `${sv ? 'Avrundningsdifferens' : 'Rounding difference'}: ${money(d.residual)} kr${residual}`,
    `${sv ? 'Differens vid enbart avrundning per mottagare' : 'Difference when each share is only rounded'}: ${money(d.plainRoundingResidual)} kr`,
    ...(d.unallocated.isZero()
      ? []
      : [sv ? `Ej fördelat: ${money(d.unallocated)} kr (bara fasta belopp, ingen mottagare med vikt tar resten)` : `Not distributed: ${money(d.unallocated)} kr (fixed amounts only, no recipient with a weight takes the rest)`]),
    ...(d.source?.publisher ? [`${sv ? 'Källa' : 'Source'}: ${d.source.publisher}`] : []),
  ].join('\n');
  return head + '\n' + textTable(headers, [...rows, total], headers.map((_, i) => i >= 2)) + foot + '\n';
}
