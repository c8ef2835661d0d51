import type Decimal from 'decimal.js';
import { daysBetween, effectiveDate } from '../calendar';
import { distribute, type Distribution, type Method, TIE_BREAK } from '../distribution';
import { UNITS, ZERO, type Unit } from '../money';
import type { LineVisit } from '../agreements';
import { distributionRequest, planLines, type NotPlanned } from '../plan';
import { MUNICIPALITIES, REGIONS, SAMVERKANSREGIONER, defaultPopulation, findMunicipality, findRegion, findSamverkansregion, requireCompleteLevel, type WeightTable } from '../reference';
import { fail, makeIssue, ok, type Issue, type Result } from '../result';
import type { AgreementLike, DeadlineLike, LineLike } from './catalog-shape';
import type { Grant, GrantBasis, GrantLine } from './grant';
import { TEMPLATE_MESSAGES as M } from './messages';

export interface PrefillOptions {
  /** The key for lines shared among the regions: SCB population or the user's own weights. */
  readonly weights: WeightTable;
  /** The population of the 290 municipalities, for lines to "kommunerna"; default: the default table for kommuner. */
  readonly municipalWeights?: WeightTable;
  readonly method?: Method;
  readonly unit?: Unit;
}

export interface Prefill {
  /** One grant per recipient that requisitions anything: SKR, then regions, then municipalities, then samverkansregioner. */
  readonly grants: readonly Grant[];
  /** The distribution behind each shared line, by line id. */
  readonly distributions: ReadonlyMap<string, Distribution>;
  /** Lines left out (no stated amount, a key the templates cannot compute). */
  readonly warnings: readonly Issue[];
}

type Who = Grant['recipient'];

/** Forms must foot to the line and hold whole units, which only these methods guarantee. */
export const FORM_METHODS: readonly Method[] = ['largest-remainder', 'adjust-largest'];

const SKR: Who = { code: 'skr', name: 'Sveriges Kommuner och Regioner (SKR)', kind: 'skr' };

/** `skr`, a county code or region name, a four-digit municipality code, or a samverkansregion id. */
export function resolveRecipient(code: string): Who | undefined {
  const c = code.trim();
  if (c.toLowerCase() === 'skr') return SKR;
  const municipality = /^\d{4}$/.test(c) ? findMunicipality(c) : undefined;
  if (municipality) return { code: municipality.code, name: municipality.name, kind: 'municipality' };
  const region = /^\d{1,2}$/.test(c) || !findSamverkansregion(c) ? findRegion(c) : undefined;
  if (region) return { code: region.code, name: region.name, kind: 'region' };
  const svr = findSamverkansregion(c);
  if (svr) return { code: svr.id, name: svr.name, kind: 'samverkansregion' };
  return undefined;
}

/**
 * Who requisitions what: "SKR" and "regions via SKR" lines go to SKR whole, a named region's line to
 * that region (or SKR when paid via SKR), "regions" lines to every region by the key, and
 * "samverkansregioner" lines in equal shares to the six. Lines the regions fund themselves are
 * never requisitioned from Kammarkollegiet and are left out.
 */
export function prefillAll(a: AgreementLike, o: PrefillOptions): Result<Prefill> {
  const method = o.method ?? 'largest-remainder';
  if (!FORM_METHODS.includes(method)) return fail(makeIssue(M, 'METHOD_NOT_FOR_FORMS', { method }, ['method']));
  const unit = o.unit ?? UNITS.krona;
  const bad = o.weights.rows.find((r) => !/^\d{2}$/.test(r.id) || !findRegion(r.id));
  if (bad) return fail(makeIssue(M, 'WEIGHTS_NOT_REGIONS', { id: bad.id }, ['weights']));
  // Checked only when a line is shared by the key: a partial table would silently give its regions everything.
  const incomplete = regionCoverage(o.weights);
  const municipal = o.municipalWeights ?? defaultPopulation('kommuner');
  // The same for the municipalities: a form for each of the 290, so a table of 289 is refused, not shared among them.
  const municipalComplete = municipal.level === 'kommuner' ? requireCompleteLevel(municipal) : fail(makeIssue(M, 'WEIGHTS_NOT_MUNICIPALITIES', { table: municipal.description }, ['municipalWeights']));

  const warnings: Issue[] = [];
  const byRecipient = new Map<string, GrantLine[]>();
  const distributions = new Map<string, Distribution>();
  const give = (code: string, line: GrantLine) => byRecipient.set(code, [...(byRecipient.get(code) ?? []), line]);

  for (const p of planLines(a)) {
    if (!p.ok) {
      const warning = skipped(p.visit.line.id, p.reason);
      if (warning) warnings.push(warning);
      continue;
    }
    const plan = p.plan;
    const base = (who: Who, share: Decimal, basis: GrantBasis): GrantLine => lineFor(a, plan.visit, who, share, plan.amount, basis);
    // A line paid to SKR is requisitioned by SKR whole, even when SKR then shares it among the regions.
    if (plan.kind === 'whole' || plan.viaSkr) {
      const who = plan.kind === 'whole' && plan.to.kind === 'region' ? (resolveRecipient(plan.to.code) as Who) : SKR;
      give(who.code, base(who, plan.amount, { kind: 'whole' }));
      continue;
    }
    if (plan.key === 'population' && plan.group === 'regioner' && incomplete) return fail(incomplete);
    if (plan.key === 'population' && plan.group === 'kommuner' && !municipalComplete.ok) return municipalComplete;
    const { request, table } = distributionRequest(plan, { population: { regioner: o.weights, kommuner: municipal }, method, unit });
    const d = distribute(request);
    if (!d.ok) return d;
    distributions.set(plan.visit.line.id, d.value);
    const basis: GrantBasis = {
      kind: 'distributed',
      key: table.kind === 'equal' ? 'equal' : table.kind === 'population' ? 'population' : 'weights',
      method,
      unit,
      tieBreak: TIE_BREAK,
      sourceDescription: table.description,
      ...(table.source ? { publisher: table.source } : {}),
      ...(table.referenceDate ? { referenceDate: table.referenceDate } : {}),
    };
    for (const row of d.value.rows) give(row.id, base(resolveRecipient(row.id) as Who, row.amount, basis));
  }

  const order = [SKR.code, ...REGIONS.map((r) => r.code), ...MUNICIPALITIES.map((m) => m.code), ...SAMVERKANSREGIONER.map((s) => s.id)];
  const grants = order.flatMap((code) => {
    const lines = byRecipient.get(code);
    return lines ? [grantOf(a, resolveRecipient(code) as Who, lines, unit)] : [];
  });
  return ok({ grants, distributions, warnings });
}

/** One recipient's grant. */
export function prefillGrant(a: AgreementLike, recipientCode: string, o: PrefillOptions): Result<{ grant: Grant; warnings: readonly Issue[] }> {
  const who = resolveRecipient(recipientCode);
  if (!who) return fail(makeIssue(M, 'UNKNOWN_RECIPIENT', { code: recipientCode }, ['recipient']));
  const all = prefillAll(a, o);
  if (!all.ok) return all;
  const grant = all.value.grants.find((g) => g.recipient.code === who.code);
  if (!grant) return fail(makeIssue(M, 'NO_LINES_FOR_RECIPIENT', { recipient: who.name, agreement: { sv: a.title, en: a.titleEn ?? a.title } }, ['recipient']));
  return ok({ grant, warnings: all.value.warnings });
}

/** Lines nobody requisitions are left out; a warning says so where the user may expect one. */
function skipped(line: string, reason: NotPlanned): Issue | undefined {
  const where = ['areas', line];
  switch (reason.code) {
    case 'FUNDED_BY_REGIONS':
    case 'NO_RECIPIENT':
      return undefined;
    case 'AMOUNT_NOT_STATED':
      return makeIssue(M, 'LINE_AMOUNT_UNKNOWN', { line }, where);
    case 'RECIPIENTS_NOT_LISTED':
      return makeIssue(M, 'UNSUPPORTED_KEY', { line, key: reason.recipient }, where);
    case 'KEY_NOT_COMPUTABLE':
      return makeIssue(M, 'UNSUPPORTED_KEY', { line, key: reason.key }, where);
  }
}

function lineFor(a: AgreementLike, leaf: LineVisit<LineLike>, who: Who, share: Decimal, lineAmount: Decimal, basis: GrantBasis): GrantLine {
  const ap = leaf.inherited.appropriation;
  const dl = (kind: string) => deadlineFor(a, leaf.area.id, kind, who);
  const requisition = dl('requisition');
  const repayment = dl('repayment');
  const report = dl('financial-report');
  return {
    lineId: leaf.line.id,
    areaName: leaf.area.title,
    lineName: leaf.line === leaf.area ? '' : leaf.line.title,
    amount: share,
    lineAmount,
    ...(ap
      ? { appropriation: `UO ${ap.utgiftsomrade} anslag ${ap.anslag}${ap.anslagspost === null ? '' : ` ap. ${ap.anslagspost}`}${ap.anslagspostName ? ` ${ap.anslagspostName}` : ''}` }
      : {}),
    ...(requisition ? { requisitionDeadline: requisition } : {}),
    ...(repayment ? { repaymentDeadline: repayment } : {}),
    ...(report ? { reportDeadline: report } : {}),
    basis,
  };
}

/** The earliest deadline of a kind for an area, skipping those the text puts on someone else. */
function deadlineFor(a: AgreementLike, areaId: string, kind: string, who: Who): string | undefined {
  const applies = (d: DeadlineLike) => {
    if (d.kind !== kind || (d.areas.length > 0 && !d.areas.includes(areaId))) return false;
    if (d.by === null) return true;
    const by = d.by.toLowerCase();
    const forSkr = /\bskr\b/.test(by);
    const forRegions = /region/.test(by);
    const forMunicipalities = /kommun/.test(by);
    const forNoneNamed = !forSkr && !forRegions && !forMunicipalities;
    // A deadline naming nobody applies to everyone; one naming only SKR or only the municipalities, to them.
    switch (who.kind) {
      case 'skr':
        return forSkr || forNoneNamed;
      case 'municipality':
        return forMunicipalities || forNoneNamed;
      case 'region':
      case 'samverkansregion':
        return forRegions || forNoneNamed;
    }
  };
  return earliest(a.deadlines.filter(applies).map((d) => d.date));
}

/** By the day each means: "2023-05" (by the end of May) comes after "2023-05-15". */
function earliest(dates: readonly string[]): string | undefined {
  return [...dates].sort((x, y) => daysBetween(effectiveDate(y), effectiveDate(x)))[0];
}

function grantOf(a: AgreementLike, who: Who, lines: GrantLine[], unit: Unit): Grant {
  const first = (pick: (l: GrantLine) => string | undefined) => earliest(lines.map(pick).filter((x): x is string => x !== undefined));
  const government = a.diarienummer.filter((d) => /regeringskansliet/i.test(d.issuer));
  const dnrUtbetalning = government.find((d) => /utbetal/i.test(d.description));
  const dnr = government.find((d) => d !== dnrUtbetalning);
  const requisitionDeadline = first((l) => l.requisitionDeadline);
  const repaymentDeadline = first((l) => l.repaymentDeadline);
  const reportDeadline = first((l) => l.reportDeadline);
  return {
    agreement: {
      id: a.id,
      name: a.title,
      periodStart: a.period?.start ?? `${a.year}-01-01`,
      periodEnd: a.period?.end ?? `${a.year}-12-31`,
      ...(dnr ? { diarienummer: dnr.value } : {}),
      ...(dnrUtbetalning ? { diarienummerUtbetalning: dnrUtbetalning.value } : {}),
    },
    recipient: who,
    lines,
    total: lines.reduce((s, l) => s.plus(l.amount), ZERO),
    unit,
    ...(requisitionDeadline ? { requisitionDeadline } : {}),
    ...(repaymentDeadline ? { repaymentDeadline } : {}),
    ...(reportDeadline ? { reportDeadline } : {}),
  };
}

/** An issue unless every one of the 21 county codes appears exactly once. */
function regionCoverage(table: WeightTable): Issue | undefined {
  const seen = new Map<string, number>();
  for (const r of table.rows) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  const missing = REGIONS.map((r) => r.code).filter((code) => !seen.has(code));
  const extra = [...seen].filter(([id, n]) => n > 1 || !REGIONS.some((r) => r.code === id)).map(([id]) => id);
  if (missing.length === 0 && extra.length === 0) return undefined;
  return makeIssue(M, 'WEIGHTS_MISSING_REGIONS', { missing, extra }, ['weights']);
}
