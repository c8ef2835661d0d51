import type Decimal from 'decimal.js';
import { parseAgreementJson, type AgreementJson, type Recipient, type RecipientType } from '../agreements';
import { Dec, formatKronor } from '../money';
import { fail, issueText, makeIssue, ok, type Issue, type Result } from '../result';
import { findAmounts } from './amounts';
import { applyPassOn, areasFromTotalTable, areaTitle, GENERAL_CHAPTER, mergeRecipientTable, MONEY_SECTION, node, readAreaProse, readConstraints, type DraftConstraint } from './areas';
import { bulletAmount, findAppropriation, splitBullets } from './conditions';
import { deadlineRows, deadlinesIn, deadlineTitle, mergeDeadlines } from './deadlines';
import { findDiarienummer, findParties, findTitle } from './header';
import { IMPORT_MESSAGES as M } from './messages';
import { IdPool, quoteAround, slug, walkNodes, type DraftDeadline, type DraftNode, type Restatement } from './model';
import { collapse, normaliseText, type NormalisedText } from './normalise';
import { recipientInProse, recipientOfCell } from './recipients';
import { chapterOf, findSections, sentencesOf, type Section, type Sentence } from './sections';
import { attachRegionTable, regionTable } from './region-tables';
import { findTables, readTableRows, tableScale, type TableRow } from './tables';

/** Above this many characters a text is not one agreement (the seed is about 80 000). */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface ImportOptions {
  /** The file name, recorded as the agreement's `document`. */
  readonly document?: string;
}

export interface ImportedAgreement {
  /** The draft in the catalog's own format, valid against the agreement schema. */
  readonly agreement: AgreementJson;
  /** The text every quote was taken from (whitespace collapsed). */
  readonly text: NormalisedText;
  /** What the reader tells about the draft (the agreement's `notes`, in Swedish), to show in the user's language. */
  readonly notes: readonly Issue[];
}

type Stated = AgreementJson['total'];
type Statement = NonNullable<Stated['alsoStated']>[number];

/** Text in, an agreement draft out: every figure with the words it came from; what is not stated is null. */
export function importAgreementText(raw: string, options: ImportOptions = {}): Result<ImportedAgreement> {
  const check = checkText(raw);
  if (!check.ok) return check;
  const text = normaliseText(raw);
  if (!/överenskommelse/i.test(text.flat) || findAmounts(text.flat).filter((a) => a.withUnit).length === 0)
    return fail(makeIssue(M, 'NOT_AN_AGREEMENT', {}));
  const { agreement, notes } = buildDraft(text, options);
  if (agreement.areas.length === 0 && agreement.total.amount === null) return fail(makeIssue(M, 'NOT_AN_AGREEMENT', {}));
  const totals = new Set([agreement.total.amount, ...(agreement.total.alsoStated ?? []).map((x) => x.amount)].filter((x) => x !== null && x !== undefined));
  if (agreement.areas.length === 0 && totals.size >= 3) return fail(makeIssue(M, 'SEVERAL_AGREEMENTS', { count: totals.size }));
  const valid = parseAgreementJson(JSON.stringify(agreement));
  if (!valid.ok) return fail(makeIssue(M, 'INVALID_DRAFT', { causes: valid.issues }));
  return ok({ agreement, text, notes });
}

/** Empty or oversized input, before any reading. */
export function checkText(raw: string): Result<string> {
  if (raw.length > MAX_IMPORT_CHARS) return fail(makeIssue(M, 'TOO_LARGE', { size: `${Math.round(raw.length / 1e6)} miljoner tecken`, max: '5 miljoner tecken' }));
  if (raw.replace(/[\s\f\u00a0]/g, '') === '') return fail(makeIssue(M, 'EMPTY_TEXT', {}));
  return ok(raw);
}

interface Ctx {
  readonly text: NormalisedText;
  readonly lines: readonly string[];
  readonly sections: readonly Section[];
  readonly ids: IdPool;
  readonly areas: Map<string, DraftNode>;
  readonly total: StatedBuilder;
  readonly stateShare: StatedBuilder;
  readonly regionsShare: StatedBuilder;
  readonly recipientTotals: AgreementJson['recipientTotals'];
  readonly deadlines: DraftDeadline[];
  readonly tables: Map<Section, { rows: TableRow[]; where: string }[]>;
  /** What the reader should know about this draft (shown with its notes). */
  readonly notes: Issue[];
  /** The first year the title names: the year figures are drafted for. */
  readonly year: number | undefined;
}

class StatedBuilder {
  amount: Decimal | null = null;
  source: Stated['source'] = null;
  also: Restatement[] = [];
  add(amount: Decimal, source: NonNullable<Stated['source']>): void {
    if (this.amount === null) {
      this.amount = amount;
      this.source = source;
    } else if (!(this.source?.quote === source.quote && this.amount.eq(amount))) this.also.push({ amount, source });
  }
  toJson(): Stated {
    return {
      amount: this.amount?.toFixed() ?? null,
      source: this.source,
      ...(this.also.length > 0 ? { alsoStated: this.also.map(statementJson) } : {}),
    };
  }
}

function statementJson(s: Restatement): Statement {
  return { ...(s.amount ? { amount: s.amount.toFixed() } : {}), ...(s.recipient ? { recipient: s.recipient } : {}), source: s.source };
}

function buildDraft(text: NormalisedText, options: ImportOptions): { agreement: AgreementJson; notes: Issue[] } {
  const lines = text.lines;
  const sections = findSections(lines);
  const found = findTitle(lines);
  const titleYears = yearsNamed(found?.title ?? '');
  const ctx: Ctx = {
    tables: new Map(),
    notes: [],
    year: titleYears[0],
    text,
    lines,
    sections,
    ids: new IdPool(),
    areas: new Map(),
    total: new StatedBuilder(),
    stateShare: new StatedBuilder(),
    regionsShare: new StatedBuilder(),
    recipientTotals: [],
    deadlines: [],
  };
  const chapters = new Map<string, Section>();
  for (const s of sections) if (s.number !== '' && !s.number.includes('.') && !s.number.startsWith('bilaga') && !GENERAL_CHAPTER.test(s.title)) chapters.set(s.number, s);

  readTables(ctx, chapters);
  if (ctx.areas.size === 0) areasFromChapters(ctx, chapters);
  const areaSentences = new Map<string, Sentence[]>();
  for (const [chapter, area] of ctx.areas) {
    const own = sections.filter((s) => chapterOf(s) === chapter && s.number.includes('.'));
    const money = own.filter((s) => MONEY_SECTION.test(s.title));
    // An area that is a section of its chapter ("2.1") reads that section alone.
    const chosen = chapter.includes('.') ? sections.filter((s) => s.number === chapter) : money.length > 0 ? money : sections.filter((s) => chapterOf(s) === chapter);
    const sentences = chosen.flatMap((s) => sentencesOf(lines, s));
    areaSentences.set(chapter, sentences);
    readAreaProse({ chapter, node: area, sections: chosen }, sentences, ctx.ids, ctx.year);
  }
  readTables(ctx, chapters, 'recipients');
  const constraints: DraftConstraint[] = [];
  for (const [chapter, area] of ctx.areas) {
    applyPassOn(area, areaSentences.get(chapter) ?? []);
    constraints.push(...readConstraints(area, areaSentences.get(chapter) ?? []));
  }
  readConditions(ctx);
  readConditionsProse(ctx);
  if (ctx.areas.size === 0) readSingleArea(ctx, found?.title);
  readSharedAppropriation(ctx);
  readRegionTables(ctx);
  readGeneralStatements(ctx);
  readDeadlines(ctx);
  finishNodes(ctx);

  const year = yearOf(found?.title, ctx);
  const title = found ? (/\b(19|20)\d{2}\b/.test(found.title) || year === undefined ? found.title : `${found.title} ${year}`) : 'Importerad överenskommelse';
  const whereOfLine = (line: number) => sections.find((s) => line >= s.start - 1 && line < s.end)?.where ?? 'Sidhuvud';
  const approval = sections.find((s) => /godkännande|underskrift/i.test(s.title));
  const areas = [...ctx.areas.values()].map(nodeJson);
  const sumAreas = [...ctx.areas.values()].reduce<Decimal | null>((a, n) => (a === null || n.amount === null ? null : a.plus(n.amount)), new Dec(0));
  const notes: Issue[] = [
    makeIssue(M, 'DRAFT', {}),
    ...(year === undefined ? [makeIssue(M, 'YEAR_PLACEHOLDER', {})] : []),
    ...(titleYears.length > 1 ? [makeIssue(M, 'SEVERAL_YEARS', { years: titleYears.join(', '), first: titleYears[0] as number })] : []),
    ...ctx.notes,
  ];
  const deadlines = ctx.deadlines.map((d) => {
    const area = d.areas.length === 1 ? [...ctx.areas.values()].find((a) => a.id === d.areas[0]) : undefined;
    return {
      id: d.id,
      kind: d.kind,
      date: d.date,
      title: deadlineTitle(d, area?.title, 'sv'),
      titleEn: deadlineTitle(d, area?.title, 'en'),
      by: d.by,
      to: d.to,
      areas: d.areas,
      source: d.source,
    };
  });
  const agreement: AgreementJson = {
    schemaVersion: 1,
    id: `${slug(title.replace(/^Överenskommelse\s+(om|mellan|för)\s+/i, '').replace(/\b(19|20)\d{2}\b/, ''), 4)}${year ? `-${year}` : ''}`,
    title,
    year: year ?? 2000,
    document: options.document ?? 'importerad text',
    parties: findParties(lines, approval),
    diarienummer: findDiarienummer(lines, whereOfLine),
    total: ctx.total.toJson(),
    stateShare: ctx.stateShare.toJson(),
    regionsShare: ctx.regionsShare.toJson(),
    period: periodOf(ctx, year),
    areasComplete: sumAreas !== null && ctx.total.amount !== null && sumAreas.eq(ctx.total.amount),
    areas,
    recipientTotals: ctx.recipientTotals,
    constraints: constraints.map((c) => ({
      id: ctx.ids.take(`${c.area.id}-${c.kind === 'min-share' ? 'minst' : 'hogst'}-${c.percent.replace('.', '-')}`),
      kind: c.kind,
      percent: c.percent,
      area: c.area.id,
      target: {
        description: c.description,
        lines: [],
        // The text does not say which lines go to the target: any of the area's lines may.
        possibleLines: leafIds(c.area),
      },
      source: c.source,
    })),
    deadlines,
    notes: notes.map((n) => issueText(n, 'sv')),
  };
  return { agreement, notes };
}

/** The years a title names, in order: a range ("2025–2027") names every year in it; a backward one ("2027–2025") just its two. */
function yearsNamed(title: string): number[] {
  const years: number[] = [];
  for (const m of title.matchAll(/\b((?:19|20)\d{2})(?:\s*[–-]\s*((?:19|20)\d{2}))?\b/g)) {
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (to > from && to - from <= 10) for (let y = from; y <= to; y++) years.push(y);
    else years.push(from, to);
  }
  return [...new Set(years)];
}

function yearOf(title: string | undefined, ctx: Ctx): number | undefined {
  const fromTitle = title && /\b((?:19|20)\d{2})\b/.exec(title)?.[1];
  if (fromTitle) return Number(fromTitle);
  const fromTotal = ctx.total.source && /\bför (?:år )?((?:19|20)\d{2})\b/.exec([ctx.total.source, ...ctx.total.also.map((a) => a.source)].map((s) => s?.quote).join(' '))?.[1];
  if (fromTotal) return Number(fromTotal);
  const any = /(?<![a-zåäö])överenskommelse\w* (?:för|om)?\s*(?:år )?((?:19|20)\d{2})\b/i.exec(ctx.text.flat)?.[1];
  return any ? Number(any) : undefined;
}

/** The agreement's period: the calendar year its total is stated "för". */
function periodOf(ctx: Ctx, year: number | undefined): AgreementJson['period'] {
  for (const s of [ctx.total.source, ...ctx.total.also.map((a) => a.source)]) {
    const m = s && /\bför (?:år )?((?:19|20)\d{2})\b/.exec(s.quote);
    if (s && m && Number(m[1]) === year) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, source: s };
  }
  return null;
}

function readTables(ctx: Ctx, chapters: ReadonlyMap<string, Section>, pass: 'totals' | 'recipients' = 'totals'): void {
  for (const section of ctx.sections) {
    if (section.number.startsWith('bilaga')) continue;
    for (const { rows, where } of tablesIn(ctx, section)) {
      if (rows.length === 0 || regionTable(rows)) continue;
      const withRecipient = rows.filter((r) => r.recipientCell !== null).length;
      const isRecipientTable = withRecipient * 2 >= rows.filter((r) => r.kind === 'row').length;
      const state = /\bstatens?\b/i.test(section.title);
      if (pass === 'totals' && !isRecipientTable) {
        if (ctx.areas.size === 0) for (const [k, v] of areasFromTotalTable(rows, chapters, where, ctx.ids)) ctx.areas.set(k, v);
        readTotalRows(ctx, rows, where, state ? 'stateShare' : 'total');
      } else if (pass === 'recipients' && isRecipientTable) {
        if (ctx.areas.size === 0) for (const [k, v] of areasFromTotalTable(rows, chapters, where, ctx.ids)) ctx.areas.set(k, v);
        else mergeRecipientTable(ctx.areas, rows, where, ctx.ids);
        readTotalRows(ctx, rows, where, state ? 'stateShare' : 'total');
      }
    }
  }
}

/** The amount tables of a section, each with its rows and where its figures are quoted. */
function tablesIn(ctx: Ctx, section: Section): { rows: TableRow[]; where: string }[] {
  // Each pass (totals, recipients, regions) reads the same tables: read them once.
  const known = ctx.tables.get(section);
  if (known) return known;
  const read = findTables(ctx.lines, section.start, section.end).flatMap((t) => {
    // A column per year ("Belopp 2030   Belopp 2031"): a row's last amount is not this year's, so the table is not read.
    const years = new Set((ctx.lines[t.header] ?? '').match(/\b(?:19|20)\d{2}\b/g));
    if (years.size > 1) {
      if (!ctx.notes.some((n) => n.code === 'TABLE_PER_YEAR' && (n.params as { where: string }).where === section.where))
        ctx.notes.push(makeIssue(M, 'TABLE_PER_YEAR', { where: section.where, years: [...years].join(', ') }));
      return [];
    }
    const scale = tableScale(ctx.lines[t.header] ?? '');
    // A table in thousands or millions says so where its figures are quoted.
    return { rows: readTableRows(ctx.lines, t.header + 1, t.end, scale), where: `${section.where}, tabell${scale === '1000' ? ' (belopp i tkr)' : scale === '1000000' ? ' (belopp i mnkr)' : ''}` };
  });
  ctx.tables.set(section, read);
  return read;
}

/** Tables per region (in the text or an appendix) become the fixed amounts of the line they add up to. */
function readRegionTables(ctx: Ctx): void {
  for (const section of ctx.sections) {
    for (const { rows, where } of tablesIn(ctx, section)) {
      const table = regionTable(rows);
      if (table && !attachRegionTable(ctx.areas.values(), table, where, ctx.ids))
        ctx.notes.push(makeIssue(M, 'REGION_TABLE_UNMATCHED', { where, sum: formatKronor(table.stated?.amount.value ?? table.sum) }));
    }
  }
}

const ALL_REGIONS: RecipientType[] = ['regions-via-skr', 'regions', 'samverkansregioner', 'region'];

function readTotalRows(ctx: Ctx, rows: readonly TableRow[], where: string, scope: 'total' | 'stateShare'): void {
  const parts: AgreementJson['recipientTotals'][number]['parts'] = [];
  for (const r of rows.filter((x) => x.kind === 'total')) {
    const label = r.label.replace(/^Total[t]?\s*[–—-]?\s*/i, '').trim();
    const source = { where, quote: r.quote };
    if (/statens andel/i.test(label)) ctx.stateShare.add(r.amount.value, source);
    else if (/regionernas andel/i.test(label)) ctx.regionsShare.add(r.amount.value, source);
    else if (label === '' || /^(överenskommelsen|summa|hela)/i.test(label)) ctx[scope].add(r.amount.value, source);
    else {
      const type = recipientOfCell(label);
      if (type) parts.push({ id: ctx.ids.take(`${scope === 'total' ? 'totalt' : 'statens'}-${slug(label, 3)}`), title: r.label, recipients: type === 'regions' ? ALL_REGIONS : [type], amount: r.amount.value.toFixed(), source });
    }
  }
  if (parts.length > 0)
    ctx.recipientTotals.push({
      id: ctx.ids.take(`${slug(where, 4)}-per-mottagare`),
      title: `Per mottagare (${where})`,
      of: scope,
      complete: true,
      source: { where, quote: parts.map((p) => p.source.quote).join(' ') },
      parts,
    });
}

/** Without a table of all funds: every chapter with a money section is an area; its "totalt" sentence gives the amount. */
function areasFromChapters(ctx: Ctx, chapters: ReadonlyMap<string, Section>): void {
  for (const [number, chapter] of chapters) {
    const own = ctx.sections.filter((s) => chapterOf(s) === number);
    const hasMoney =
      own.some((s) => s.number.includes('.') && MONEY_SECTION.test(s.title)) ||
      own.some((s) => sentencesOf(ctx.lines, s).some((x) => /\b(avsätter|avsätts|tilldelas|omfattar)\b[^.]*\btotalt\b/i.test(x.text) && findAmounts(x.text).some((a) => a.withUnit))) ||
      // A chapter without sections that allocates money in its own words.
      (own.length === 1 && sentencesOf(ctx.lines, chapter).some((x) => ALLOCATES.test(x.text) && findAmounts(x.text).some((a) => a.withUnit)));
    if (!hasMoney) continue;
    // A chapter whose sections each fund something of their own ("2.1 …", "2.2 …") holds one area per section.
    const subs = own.filter((s) => s.number.includes('.'));
    const funded = subs.filter((s) => sentencesOf(ctx.lines, s).some((x) => ALLOCATES.test(x.text) && findAmounts(x.text).some((a) => a.withUnit)));
    if (!subs.some((s) => MONEY_SECTION.test(s.title)) && funded.length >= 2) {
      for (const s of funded) ctx.areas.set(s.number, node(ctx.ids.take(slug(areaTitle(s.title), 3)), areaTitle(s.title), null, null));
      continue;
    }
    const title = areaTitle(chapter.title);
    ctx.areas.set(number, node(ctx.ids.take(slug(title, 3)), title, null, null));
  }
}

const ALLOCATES = /\b(avsätter|avsätts|tilldelas|fördelas|omfattar)\b/i;

function findNode(root: DraftNode, amount: Decimal): DraftNode | undefined {
  let found: DraftNode | undefined;
  walkNodes([root], (n) => {
    if (!found && n.amount?.eq(amount)) found = n;
  });
  return found;
}

/** The conditions chapter: one bullet per payment with its appropriation and deadlines. */
const CONDITIONS = /ekonomiska villkor|villkor för (utbetalning|medlen|bidraget)|utbetalning och redovisning|utbetalning av medel/i;

/** The conditions chapter or section, with the lines of all its subsections. */
function conditionsOf(ctx: Ctx): Section | undefined {
  const found = ctx.sections.find((s) => s.number !== '' && !s.number.startsWith('bilaga') && CONDITIONS.test(s.title));
  if (!found) return undefined;
  const inside = ctx.sections.filter((s) => s.number.startsWith(`${found.number}.`));
  return { ...found, end: Math.max(found.end, ...inside.map((s) => s.end)) };
}

function readConditions(ctx: Ctx): void {
  const chapter = conditionsOf(ctx);
  if (!chapter) return;
  const { bullets } = splitBullets(ctx.lines, chapter.start, chapter.end);
  for (const b of bullets) {
    const amount = bulletAmount(b);
    if (!amount) continue;
    const quote = quoteAround(b.text, amount.index, amount.raw.length, 160);
    const source = { where: chapter.where, quote: firstSentence(b.text, amount.index) ?? quote };
    let area = b.chapter ? ctx.areas.get(b.chapter) : undefined;
    area ??= [...ctx.areas.values()].find((a) => findNode(a, amount.value));
    if (!area) {
      const title = collapse(/kronor\s+(?:för|till)\s+(.{3,80}?)(?:\s*\(|\.)/.exec(b.text)?.[1] ?? `Utbetalning ${ctx.areas.size + 1}`);
      area = node(ctx.ids.take(slug(title, 3)), title.charAt(0).toUpperCase() + title.slice(1), amount.value, source);
      ctx.areas.set(b.chapter ?? `villkor-${ctx.areas.size + 1}`, area);
    }
    const target = findNode(area, amount.value) ?? area;
    if (target.source === null) {
      target.amount = amount.value;
      target.source = source;
    } else target.also.push({ amount: amount.value, source });
    const appropriation = findAppropriation(b.text, chapter.where);
    if (appropriation) target.appropriation = appropriation;
    const payee = recipientInProse(b.text.slice(0, amount.index), b.text.slice(amount.index + amount.raw.length));
    if (payee && target.lines.length === 0 && !target.recipient) target.recipient = { type: payee };
    for (const s of splitSentences(b.text)) {
      for (const d of deadlinesIn({ text: s, section: chapter, index: 0 }, undefined, ctx.year)) ctx.deadlines.push({ ...d, id: '', areas: [area.id] });
    }
  }
}

/** "… 10 miljoner kronor till regionerna": a payment's recipient right after its amount. */
const PAID_TO = /^\d?\s+till\s+(regionerna|kommunerna|SKR|samverkansregionerna)\b/i;

/**
 * "Medlen fördelas enligt följande: 10 miljoner kronor till regionerna och 5 miljoner kronor till
 * SKR." A sentence of the conditions' running text that names two or more payments, each with its
 * recipient, adding up to the amount of exactly one area without lines: the payments are that
 * area's lines, read as the area's own money sentences are.
 */
function readConditionsProse(ctx: Ctx): void {
  const chapter = conditionsOf(ctx);
  if (!chapter) return;
  const { rest } = splitBullets(ctx.lines, chapter.start, chapter.end);
  for (const text of splitSentences(collapse(rest.join(' ')))) {
    const amounts = findAmounts(text).filter((a) => a.withUnit);
    if (amounts.length < 2 || !amounts.every((a) => PAID_TO.test(text.slice(a.index + a.raw.length)))) continue;
    const sum = amounts.reduce((total, a) => total.plus(a.value), new Dec(0));
    const areas = [...ctx.areas].filter(([, a]) => a.lines.length === 0 && a.amount?.eq(sum));
    const [only] = areas;
    if (areas.length !== 1 || !only) continue;
    readAreaProse({ chapter: only[0], node: only[1], sections: [chapter] }, [{ text, section: chapter, index: 0 }], ctx.ids, ctx.year);
  }
}

/**
 * A short agreement with one purpose and no chapter per area: its conditions chapter states the
 * money in running text ("Regeringen avsätter 500 mnkr till regionerna för 2027"). That amount is
 * the one area, named after the agreement, and the agreement's total, both quoting the sentence.
 */
function readSingleArea(ctx: Ctx, agreementTitle: string | undefined): void {
  const chapter = conditionsOf(ctx);
  if (!chapter) return;
  const sentences = sentencesOf(ctx.lines, chapter);
  const name = collapse((agreementTitle ?? '').replace(/^Överenskommelse\b.*?\bom\s+/i, '').replace(/\s*\b(19|20)\d{2}\b\s*$/, ''));
  const title = name === '' ? 'Överenskommelsens medel' : name.charAt(0).toUpperCase() + name.slice(1);
  const area = node(ctx.ids.take(slug(title, 3)), title, null, null);
  readAreaProse({ chapter: chapter.number, node: area, sections: [chapter] }, sentences, ctx.ids, ctx.year);
  if (area.amount === null || area.source === null || area.lines.length > 0) return;
  ctx.areas.set('hela-overenskommelsen', area);
  ctx.total.add(area.amount, area.source);
}

/**
 * "Kostnaderna ska belasta …" in the conditions' running text, outside any payment bullet: when no
 * bullet names an appropriation, the one the text names is charged for every area.
 */
function readSharedAppropriation(ctx: Ctx): void {
  const chapter = conditionsOf(ctx);
  if (!chapter) return;
  let charged = false;
  walkNodes([...ctx.areas.values()], (n) => {
    if (n.appropriation) charged = true;
  });
  if (charged) return;
  const { rest } = splitBullets(ctx.lines, chapter.start, chapter.end);
  const appropriation = findAppropriation(collapse(rest.join(' ')), chapter.where);
  if (!appropriation) return;
  for (const area of ctx.areas.values()) area.appropriation = appropriation;
}

function firstSentence(text: string, at: number): string | undefined {
  const end = text.indexOf('. ', at);
  return end < 0 ? undefined : text.slice(0, end + 1);
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/).filter((s) => s.trim() !== '');
}

/** The area a section states: its own (a section that is an area) or its chapter's. */
function areaOfSection(ctx: Ctx, s: Section): DraftNode | undefined {
  return ctx.areas.get(s.number) ?? ctx.areas.get(chapterOf(s));
}

function isAreaSection(ctx: Ctx, s: Section): boolean {
  return areaOfSection(ctx, s) !== undefined;
}

const TOTAL_SENTENCE = /(?<![a-zåäö])(?:överenskommelsen\b[^.]{0,40}?\b(?:omfattar|uppgår)\b[^.]{0,30}?\b(?:totalt?|sammanlagt)|totalt uppgår överenskommelsen\b[^.]{0,30}?\btill)\s*$/i;

/** Totals, shares and per-recipient sums stated in the text around the areas. */
function readGeneralStatements(ctx: Ctx): void {
  const groups: { parts: { amount: Decimal; type: RecipientType; source: NonNullable<Stated['source']> }[]; where: string; quote: string }[] = [];
  for (const section of ctx.sections) {
    if (section.number.startsWith('bilaga') || isAreaSection(ctx, section)) continue;
    for (const sentence of sentencesOf(ctx.lines, section)) {
      const amounts = findAmounts(sentence.text).filter((a) => a.withUnit);
      const parts: (typeof groups)[number]['parts'] = [];
      for (const a of amounts) {
        const before = sentence.text.slice(0, a.index);
        const after = sentence.text.slice(a.index + a.raw.length);
        const source = { where: section.where, quote: quoteAround(sentence.text, a.index, a.raw.length) };
        if (TOTAL_SENTENCE.test(before) && /^\d?\s*([.,;]|$|\s+varav\b|\s+kronor\b|\s+för (?:år )?(?:19|20)\d{2}\s*[.,;])/.test(after)) ctx.total.add(a.value, source);
        else if (/\bregionerna står för\s*$/i.test(before)) ctx.regionsShare.add(a.value, source);
        else if (/\bstaten(?: står)? för\s*$/i.test(before)) ctx.stateShare.add(a.value, source);
        else {
          const to = PAID_TO.exec(after);
          const type = to ? recipientOfCell(to[1] ?? '') : undefined;
          if (type && /\b(avsätts|fördelas|går)\b/i.test(sentence.text)) parts.push({ amount: a.value, type, source: { where: section.where, quote: quoteAround(sentence.text, a.index, a.raw.length + (to?.[0].length ?? 0), 120) } });
        }
      }
      if (parts.length >= 2) groups.push({ parts, where: section.where, quote: sentence.text });
    }
  }
  // The first statement in the agreement proper (not the cover letter) leads; the others restate it.
  const ordered = [...groups.filter((g) => !g.where.startsWith('Inledande')), ...groups.filter((g) => g.where.startsWith('Inledande'))];
  const lead = ordered[0];
  if (!lead) return;
  const rt: AgreementJson['recipientTotals'][number] = {
    id: ctx.ids.take('hela-overenskommelsen-per-mottagare'),
    title: 'Hela överenskommelsen per mottagare',
    of: 'total',
    complete: true,
    source: { where: lead.where, quote: lead.quote },
    parts: lead.parts.map((p) => ({
      id: ctx.ids.take(`till-${slug(p.type, 2)}`),
      title: `Till ${p.type === 'skr' ? 'SKR' : p.type === 'municipalities' ? 'kommunerna' : p.type === 'samverkansregioner' ? 'samverkansregionerna' : 'regionerna'}`,
      recipients: p.type === 'regions' ? ALL_REGIONS : [p.type],
      amount: p.amount.toFixed(),
      source: p.source,
    })),
  };
  for (const g of ordered.slice(1)) {
    for (const p of g.parts) {
      const part = rt.parts.find((x) => x.recipients[0] === (p.type === 'regions' ? ALL_REGIONS[0] : p.type));
      if (part) (part.alsoStated ??= []).push({ amount: p.amount.toFixed(), source: p.source });
    }
  }
  ctx.recipientTotals.unshift(rt);
}

const DEADLINE_ID: Record<DraftDeadline['kind'], string> = {
  requisition: 'rekvisition',
  repayment: 'aterbetalning',
  'financial-report': 'ekonomisk-redovisning',
  'final-report': 'slutrapport',
  'interim-report': 'delrapport',
  'check-in': 'avstamning',
};

function readDeadlines(ctx: Ctx): void {
  const conditions = conditionsOf(ctx);
  for (let section of ctx.sections) {
    if (section.number === '' || section.number.startsWith('bilaga')) continue;
    if (conditions && section.start > conditions.start && section.start < conditions.end) continue;
    const area = areaOfSection(ctx, section);
    let sentences = sentencesOf(ctx.lines, section);
    if (conditions && section.number === conditions.number) {
      section = conditions;
      const { rest } = splitBullets(ctx.lines, section.start, section.end);
      sentences = splitSentences(collapse(rest.join(' '))).map((text, index) => ({ text, section, index }));
    }
    sentences.forEach((s, k) => {
      for (const d of deadlinesIn(s, sentences[k - 1]?.text, ctx.year)) ctx.deadlines.push({ ...d, id: '', areas: area ? [area.id] : [] });
    });
    for (const d of deadlineRows(ctx.lines, section.start, section.end, section.where, ctx.year)) ctx.deadlines.push({ ...d, id: '', areas: area ? [area.id] : [] });
  }
  const merged = mergeDeadlines(ctx.deadlines).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  ctx.deadlines.length = 0;
  for (const d of merged) {
    const areaId = d.areas.length === 1 ? d.areas[0] : undefined;
    ctx.deadlines.push({ ...d, id: ctx.ids.take(`${d.word.startsWith('verksamhetsrapport') ? 'verksamhetsrapport' : DEADLINE_ID[d.kind]}${areaId ? `-${areaId}` : ''}`) });
  }
}

/**
 * Last touches: a line with parts names no single recipient (its table recipient is kept as a
 * restatement); a key follows from the recipient where the genre fixes it (SKR's own money is a
 * fixed amount, samverkansregionerna share equally); who funds what.
 */
function finishNodes(ctx: Ctx): void {
  const regionsFunded = (n: DraftNode) => /^regionernas\b/i.test(n.title);
  for (const area of ctx.areas.values()) {
    walkNodes([area], (n) => {
      if (n.lines.length > 0) {
        if (n.recipient) n.also.push({ recipient: n.recipient, source: n.source ?? { where: '', quote: '' } });
        delete n.recipient;
        delete n.key;
        return;
      }
      if (!n.recipient) return;
      n.key ??= keyFor(n.recipient);
    });
    let hasRegions = false;
    walkNodes([area], (n, parent) => {
      if (parent && regionsFunded(n)) {
        hasRegions = true;
        n.funder = 'regions';
        n.appropriation = null;
      }
    });
    if (hasRegions) {
      walkNodes([area], (n, parent) => {
        if (parent === area && n.funder === undefined && /^statens\b/i.test(n.title)) n.funder = 'state';
      });
    } else {
      // The state funds what is charged to an appropriation; without one the text does not say.
      let charged = false;
      walkNodes([area], (n) => {
        if (n.appropriation) charged = true;
      });
      if (charged) area.funder = 'state';
    }
    // Restatements that only repeat the primary source add nothing.
    walkNodes([area], (n) => {
      n.also = n.also.filter((a) => a.source.quote !== '' && !(a.source.quote === n.source?.quote && !a.recipient));
    });
  }
}

function leafIds(root: DraftNode): string[] {
  const ids: string[] = [];
  walkNodes(root.lines, (n) => {
    if (n.lines.length === 0) ids.push(n.id);
  });
  return ids;
}

function keyFor(r: Recipient): DraftNode['key'] {
  switch (r.type) {
    case 'skr':
    case 'region':
    case 'other':
      return 'fixed';
    case 'samverkansregioner':
      return 'equal';
    default:
      return 'unspecified';
  }
}

function nodeJson(n: DraftNode): AgreementJson['areas'][number] {
  return {
    id: n.id,
    title: n.title,
    amount: n.amount?.toFixed() ?? null,
    source: n.source,
    ...(n.also.length > 0 ? { alsoStated: n.also.map(statementJson) } : {}),
    ...(n.recipient ? { recipient: n.recipient } : {}),
    ...(n.key ? { key: n.key } : {}),
    ...(n.funder !== undefined ? { funder: n.funder } : {}),
    ...(n.appropriation !== undefined ? { appropriation: n.appropriation } : {}),
    ...(n.lines.length > 0 ? { linesComplete: sumsTo(n), lines: n.lines.map(nodeJson) } : {}),
    ...(n.note ? { note: n.note } : {}),
  };
}

function sumsTo(n: DraftNode): boolean {
  if (n.amount === null || n.lines.some((l) => l.amount === null)) return false;
  return n.lines.reduce((a, l) => a.plus(l.amount as Decimal), new Dec(0)).eq(n.amount);
}

