import { serializeAgreement, type Agreement, type AgreementJson } from '../agreements';
import { Dec } from '../money';
import type { Lang } from '../result';
import {
  EMPTY,
  FORMAT,
  SheetBuilder,
  cellRef,
  columnLetters,
  date,
  formula,
  namePrefix,
  number,
  text,
  translator,
  type CellStyle,
  type CellValue,
  type RangeValidation,
  type Sheet,
  type Validation,
  type ValidationRule,
} from '../sheet';
import type { GenerationInfo } from './grant';
import {
  BLANK_ID,
  BLANK_PROMPTS,
  BLANK_TITLE,
  CHOICES,
  COLUMNS,
  FIELDS,
  FIELD_PROMPTS,
  SPARE_ROWS,
  LIST_SEPARATOR,
  NOT_STATED,
  SECTIONS,
  STATED_TARGETS,
  agreementSheetId,
  columnOf,
  lineTarget,
  partTarget,
  type ChoiceSet,
  type ColumnKey,
  type FieldKey,
  type SectionKey,
  type StatedTarget,
} from './agreement-sheet-layout';
import type { Bilingual } from '../result';

type Json = AgreementJson;
type LineJson = NonNullable<Json['areas']>[number];
type SourceJson = { document?: string | undefined; where: string; quote: string } | null | undefined;
type RecipientJson = LineJson['recipient'];
type StatementJson = NonNullable<LineJson['alsoStated']>[number];

/** The widest section, the lines table: banners span it. */
const WIDTH = Object.keys(COLUMNS.lines).length;

/** A row of a section, cell by column key; a key left out stays empty. */
type Row<S extends SectionKey> = Partial<Record<ColumnKey<S>, CellValue>>;

/**
 * The agreement as one sheet a controller corrects or fills in: the header fields, the parties and
 * reference numbers, every area and line on a row of its own (level and parent, amount, recipient,
 * key, funder, appropriation, source), what is stated again elsewhere, the totals by recipient, the
 * constraints, the deadlines and the notes. Every figure's source sits on its row. Unprotected, the
 * values yellow; `readAgreementSheet` reads it back into the same agreement.
 */
export function agreementSheet(agreement: Agreement, lang: Lang, stamp: GenerationInfo): Sheet {
  const json = serializeAgreement(agreement);
  return layout(JSON.parse(json) as Json, lang, stamp, agreementFingerprint(json));
}

/**
 * A short fingerprint of an agreement as `serializeAgreement` writes it (FNV-1a, 32 bits, hex). The
 * sheet's audit keeps the one it was written from, so a reader can tell a sheet the controller has
 * edited from one that only shows an older version of the agreement.
 */
export function agreementFingerprint(serialized: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < serialized.length; i++) h = Math.imul(h ^ serialized.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The fingerprint an agreement sheet was written from, read from its audit cell; undefined when it has none (an older sheet, a blank one). */
export function writtenFingerprint(auditCell: unknown): string | undefined {
  if (typeof auditCell !== 'string') return undefined;
  try {
    const audit = JSON.parse(auditCell) as { kind?: unknown; written?: unknown };
    return audit.kind === 'agreement' && typeof audit.written === 'string' ? audit.written : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The agreement sheet with nothing filled in, for typing a small agreement from scratch: the header
 * fields empty with their prompts, an area with one line and a deadline to fill, and the spare rows
 * with their dropdowns. Read back unfilled, it names the cells to fill.
 */
export function blankAgreementSheet(lang: Lang, stamp: GenerationInfo): Sheet {
  return layout(undefined, lang, stamp);
}

/** The words of a choice column's dropdown, in the sheet's language; "ej angivet" too where the reader takes it as `null`. */
function listOf(set: ChoiceSet, lang: Lang, notStated = false): Validation {
  return { type: 'list', options: [...(Object.values(CHOICES[set]) as Bilingual[]).map((l) => l[lang]), ...(notStated ? [NOT_STATED[lang]] : [])] };
}

const AMOUNT: Validation = { type: 'amount' };
const DATE: Validation = { type: 'date' };

/** What each column of a section takes, as a validation on its rows and spare rows. */
function columnRules(lang: Lang) {
  const flag = listOf('boolean', lang);
  return {
    parties: { role: listOf('role', lang), signedOn: DATE },
    diarienummer: {},
    lines: {
      amount: AMOUNT,
      recipient: listOf('recipient', lang, true),
      viaSkr: flag,
      key: listOf('key', lang),
      funder: listOf('funder', lang, true),
      linesComplete: flag,
    },
    alsoStated: { amount: AMOUNT, recipient: listOf('recipient', lang, true), viaSkr: flag },
    recipientTotals: { of: listOf('of', lang), complete: flag, amount: AMOUNT },
    constraints: { kind: listOf('constraint', lang) },
    deadlines: { kind: listOf('deadline', lang), date: DATE },
    notes: {},
  } satisfies { [S in Exclude<SectionKey, 'fields'>]: Partial<Record<ColumnKey<S>, Validation>> };
}

/** The header fields' value cells that take a kind of value. */
const FIELD_RULES: Partial<Record<FieldKey, (lang: Lang) => Validation>> = {
  periodStart: () => DATE,
  periodEnd: () => DATE,
  total: () => AMOUNT,
  stateShare: () => AMOUNT,
  regionsShare: () => AMOUNT,
  frame: () => AMOUNT,
  areasComplete: (lang) => listOf('boolean', lang),
};

function layout(a: Json | undefined, lang: Lang, stamp: GenerationInfo, written?: string): Sheet {
  const t = translator(lang);
  const w = new SheetBuilder(WIDTH);
  const ns = text(NOT_STATED[lang]);
  const label = (x: { sv: string; en: string }) => x[lang];
  const choice = <C extends ChoiceSet>(set: C, code: keyof (typeof CHOICES)[C]) => text(label(CHOICES[set][code] as { sv: string; en: string }));
  const flag = (v: boolean | undefined) => (v === undefined ? EMPTY : choice('boolean', v ? 'true' : 'false'));
  const opt = (s: string | undefined) => (s === undefined ? EMPTY : text(s));
  const nul = (s: string | null | undefined) => (s === undefined ? EMPTY : s === null ? ns : text(s));
  const list = (ids: readonly string[]) => (ids.length === 0 ? EMPTY : text(ids.join(LIST_SEPARATOR)));
  const source = (s: SourceJson, where = 'where', quote = 'quote', document = 'document'): Record<string, CellValue> =>
    s ? { [where]: text(s.where), [quote]: text(s.quote), ...(s.document !== undefined ? { [document]: text(s.document) } : {}) } : {};
  const recipient = (r: RecipientJson | undefined): Record<string, CellValue> => {
    if (r === undefined) return {};
    if (r === null) return { recipient: ns };
    return {
      recipient: choice('recipient', r.type),
      ...(r.type === 'region' ? { recipientDetail: text(r.code), ...(r.viaSkr !== undefined ? { viaSkr: flag(r.viaSkr) } : {}) } : {}),
      ...(r.type === 'other' ? { recipientDetail: text(r.name) } : {}),
    };
  };

  w.banner(text(a ? `${t('Överenskommelse', 'Agreement')}: ${a.title}` : BLANK_TITLE[lang]), 'title', 24);
  w.banner(
    text(
      t(
        `Gula celler är dina att rätta eller fylla i; en ny rad läggs till under en sektions sista rad. Tomt eller ”${NOT_STATED.sv}”: dokumentet anger det inte. Bidragskollen läser bladet med sektionernas rubriker, så ändra inte de grå rubrikraderna.`,
        `Yellow cells are yours to correct or fill in; add a row below a section's last row. Empty or "${NOT_STATED.en}": the document does not state it. Bidragskollen reads the sheet by its section headings, so leave the grey header rows as they are.`,
      ),
    ),
    'note',
    30,
  );
  w.skip();

  const validations: RangeValidation[] = [];
  /**
   * A section: its heading, header row, rows, then its spare rows. `rule` gives each cell's
   * validation and prompt (row index from 0, spare rows after the rows); equal rules down a column
   * become one range.
   */
  const section = <S extends SectionKey>(
    key: S,
    rows: readonly Row<S>[],
    o: { derived?: readonly ColumnKey<S>[]; formats?: Partial<Record<ColumnKey<S>, string>>; rule?: (column: ColumnKey<S>, i: number) => ValidationRule | undefined } = {},
  ) => {
    const columns = Object.keys(COLUMNS[key]) as ColumnKey<S>[];
    const derived = o.derived ?? [];
    w.put(`A${w.row}`, text(label(SECTIONS[key])), 'heading', { merge: `A${w.row}:${columnLetters(columns.length)}${w.row}` });
    w.row++;
    columns.forEach((c, i) => w.put(cellRef(i + 1, w.row), text(label((COLUMNS[key] as Record<string, { sv: string; en: string }>)[c] as { sv: string; en: string })), 'tableHeader'));
    w.row++;
    const first = w.row;
    const spare = (SPARE_ROWS as Partial<Record<SectionKey, number>>)[key] ?? 0;
    for (const row of [...rows, ...Array.from({ length: spare }, (): Row<S> => ({}))]) {
      columns.forEach((c, i) => {
        const value = row[c] ?? EMPTY;
        const style: CellStyle = derived.includes(c) ? 'generated' : 'input';
        const fmt = o.formats?.[c] ?? (value.t === 'amount' ? amountFormat(value.v) : value.t === 'date' ? FORMAT.date : undefined);
        w.put(cellRef(i + 1, w.row), value, style, fmt ? { numFmt: fmt } : {});
      });
      w.row++;
    }
    const rule = o.rule;
    if (rule)
      columns.forEach((c, ci) => {
        const col = columnLetters(ci + 1);
        let run: { top: number; rule: ValidationRule; same: string } | undefined;
        const close = (bottom: number) => {
          if (run) validations.push({ range: run.top === bottom ? `${col}${run.top}` : `${col}${run.top}:${col}${bottom}`, ...run.rule, alert: 'warning' });
          run = undefined;
        };
        for (let r = first; r < w.row; r++) {
          const x = rule(c, r - first);
          const same = JSON.stringify(x ?? null);
          if (run && run.same === same) continue;
          close(r - 1);
          if (x && (x.validation || x.prompt)) run = { top: r, rule: x, same };
        }
        close(w.row - 1);
      });
    w.skip();
    return first;
  };
  const rules = columnRules(lang);
  const byColumn =
    <S extends Exclude<SectionKey, 'fields'>>(s: S, prompts: readonly Partial<Record<ColumnKey<S>, Bilingual>>[] = []) =>
    (c: ColumnKey<S>, i: number): ValidationRule | undefined => {
      const v = (rules[s] as Partial<Record<ColumnKey<S>, Validation>>)[c];
      const p = prompts[i]?.[c];
      return v || p ? { ...(v ? { validation: v } : {}), ...(p ? { prompt: p[lang] } : {}) } : undefined;
    };

  // Header fields: a label in A, the value in B, its source beside it; each value cell says what it takes.
  const stated = (s: Json['total'] | undefined): Row<'fields'> =>
    s === undefined ? {} : { value: s.amount === null ? ns : amountCell(s.amount), ...source(s.source) };
  const fieldRows: Partial<Record<FieldKey, Row<'fields'>>> = a
    ? {
        id: { value: text(a.id) },
        title: { value: text(a.title) },
        titleEn: { value: opt(a.titleEn) },
        year: { value: number(a.year) },
        document: { value: text(a.document) },
        periodStart: a.period ? { value: date(a.period.start), ...source(a.period.source) } : { value: ns },
        periodEnd: a.period ? { value: date(a.period.end) } : { value: ns },
        total: stated(a.total),
        stateShare: stated(a.stateShare),
        regionsShare: stated(a.regionsShare),
        frame: stated(a.frame),
        areasComplete: { value: flag(a.areasComplete) },
      }
    : {};
  const fieldKeys = Object.keys(FIELDS) as FieldKey[];
  section(
    'fields',
    fieldKeys.map((k) => ({ field: text(label(FIELDS[k])), ...fieldRows[k] })),
    {
      derived: ['field'],
      rule: (c, i) => {
        const k = fieldKeys[i] as FieldKey;
        if (c !== 'value') return undefined;
        const v = FIELD_RULES[k]?.(lang);
        return { ...(v ? { validation: v } : {}), prompt: FIELD_PROMPTS[k][lang] };
      },
    },
  );

  section(
    'parties',
    (a?.parties ?? []).map((p) => ({
      name: text(p.name),
      role: choice('role', p.role),
      signedOn: p.signedOn === undefined ? EMPTY : p.signedOn === null ? ns : date(p.signedOn),
      signatory: opt(p.signatory),
      ...source(p.source),
    })),
    { rule: byColumn('parties') },
  );
  section(
    'diarienummer',
    (a?.diarienummer ?? []).map((d) => ({ value: text(d.value), issuer: text(d.issuer), description: text(d.description), ...source(d.source) })),
    { rule: byColumn('diarienummer') },
  );

  // Areas and lines, depth first; the check column sums a group's parts with a live formula over
  // the section's rows, its spare rows included, so a line typed there counts.
  const flat: { line: LineJson; level: number; parent: string | undefined }[] = [];
  const visit = (l: LineJson, level: number, parent: string | undefined) => {
    flat.push({ line: l, level, parent });
    l.lines?.forEach((c) => visit(c, level + 1, l.id));
  };
  (a?.areas ?? []).forEach((l) => visit(l, 1, undefined));
  // The blank sheet's area and its line: the level written, the rest for the controller.
  const template: Row<'lines'>[] = a ? [] : [{ level: number(1) }, { level: number(2) }];
  const linesFirst = w.row + 2;
  const linesLast = linesFirst + flat.length + template.length + SPARE_ROWS.lines - 1;
  const col = (k: ColumnKey<'lines'>) => columnLetters(columnOf('lines', k));
  const range = (k: ColumnKey<'lines'>) => `$${col(k)}$${linesFirst}:$${col(k)}$${linesLast}`;
  section(
    'lines',
    [
      ...flat.map(({ line: l, level, parent }, i): Row<'lines'> => {
        const app = l.appropriation;
        return {
          level: number(level),
          id: text(l.id),
          parent: opt(parent),
          title: text(l.title),
          amount: l.amount === null ? ns : amountCell(l.amount),
          ...(l.lines && l.lines.length > 0
            ? { partsSum: formula(`SUMIF(${range('parent')},${col('id')}${linesFirst + i},${range('amount')})`) }
            : {}),
          ...source(l.source),
          ...recipient(l.recipient),
          ...(l.key !== undefined ? { key: choice('key', l.key) } : {}),
          ...(l.funder !== undefined ? { funder: l.funder === null ? ns : choice('funder', l.funder) } : {}),
          ...(app === null ? { utgiftsomrade: ns } : {}),
          ...(app
            ? {
                utgiftsomrade: number(app.utgiftsomrade),
                anslag: text(app.anslag),
                anslagspost: app.anslagspost === null ? ns : number(app.anslagspost),
                anslagspostName: opt(app.anslagspostName),
                ...source(app.source, 'appWhere', 'appQuote', 'appDocument'),
              }
            : {}),
          linesComplete: flag(l.linesComplete),
          titleEn: opt(l.titleEn),
          note: opt(l.note),
        };
      }),
      ...template,
    ],
    {
      derived: ['partsSum'],
      formats: { partsSum: FORMAT.kronor },
      rule: byColumn('lines', a ? [] : [BLANK_PROMPTS.area, BLANK_PROMPTS.line]),
    },
  );

  // Every statement made again elsewhere, under the figure it repeats.
  const statements: Row<'alsoStated'>[] = [];
  const also = (target: string, list: readonly StatementJson[] | undefined) =>
    list?.forEach((s) =>
      statements.push({ target: text(target), ...(s.amount === undefined ? {} : { amount: s.amount === null ? ns : amountCell(s.amount) }), ...recipient(s.recipient), ...source(s.source) }),
    );
  if (a) for (const k of Object.keys(STATED_TARGETS) as StatedTarget[]) also(label(STATED_TARGETS[k]), a[k]?.alsoStated);
  for (const { line } of flat) also(lineTarget(line.id, lang), line.alsoStated);
  for (const g of a?.recipientTotals ?? []) for (const p of g.parts) also(partTarget(g.id, p.id, lang), p.alsoStated);
  section('alsoStated', statements, { rule: byColumn('alsoStated') });

  // Totals by recipient: the group's own fields on its first part's row only.
  section(
    'recipientTotals',
    (a?.recipientTotals ?? []).flatMap((g) =>
      g.parts.map((p, i): Row<'recipientTotals'> => ({
        ...(i === 0 ? { id: text(g.id), title: text(g.title), of: choice('of', g.of), complete: flag(g.complete), ...source(g.source) } : {}),
        partId: text(p.id),
        partTitle: text(p.title),
        recipients: text(p.recipients.map((r) => label(CHOICES.recipient[r])).join(LIST_SEPARATOR)),
        amount: amountCell(p.amount),
        ...source(p.source, 'partWhere', 'partQuote', 'partDocument'),
      })),
    ),
    { rule: byColumn('recipientTotals') },
  );

  section(
    'constraints',
    (a?.constraints ?? []).map((c) => ({
      id: text(c.id),
      kind: choice('constraint', c.kind),
      percent: amountCell(c.percent),
      area: text(c.area),
      description: text(c.target.description),
      descriptionEn: opt(c.target.descriptionEn),
      lines: list(c.target.lines),
      possibleLines: list(c.target.possibleLines),
      ...source(c.source),
    })),
    { formats: { percent: FORMAT.general }, rule: byColumn('constraints') },
  );

  section(
    'deadlines',
    a
      ? a.deadlines.map((d) => {
          const day = d.date.length === 10;
          return {
            id: text(d.id),
            kind: choice('deadline', d.kind),
            date: day ? date(d.date) : text(d.date),
            precision: choice('precision', day ? 'day' : 'month'),
            areas: list(d.areas),
            by: nul(d.by),
            to: nul(d.to),
            title: text(d.title),
            titleEn: text(d.titleEn),
            ...source(d.source),
          };
        })
      : [{}],
    { derived: ['precision'], rule: byColumn('deadlines', a ? [] : [BLANK_PROMPTS.deadline]) },
  );

  section('notes', (a?.notes ?? []).map((n) => ({ note: text(n) })), { rule: byColumn('notes') });
  const bottom = w.row - 1;
  // Each blank sheet is its own (its stamp in the id), so writing a second one never replaces a first
  // that a controller has typed into.
  const id = a?.id ?? `${BLANK_ID}-${stamp.generatedAt.replace(/\D/g, '').slice(0, 17)}`;

  return {
    id: agreementSheetId(id),
    sheetName: t('Överenskommelse', 'Agreement'),
    namePrefix: namePrefix('overenskommelse', id),
    columns: [8, 24, 16, 34, 16, 16, 28, 48, 16, 20, 14, 9, 16, 12, 10, 10, 10, 22, 22, 36, 16, 12, 30, 30],
    cells: w.cells,
    rowHeights: w.rowHeights,
    print: { paper: 'A4', orientation: 'landscape', area: `A1:${columnLetters(WIDTH)}${bottom}` },
    protect: false,
    audit: JSON.stringify({ kind: 'agreement', agreement: a ? a.id : null, productVersion: stamp.productVersion, generatedAt: stamp.generatedAt, ...(written ? { written } : {}) }),
    validations,
  };
}

/** An amount a cell holds exactly is a number; one with more than 15 digits stays text, to the digit. */
function amountCell(v: string): CellValue {
  return new Dec(v).sd(true) > 15 ? text(v) : { t: 'amount', v };
}

const amountFormat = (v: string): string => (v.includes('.') ? FORMAT.ore : FORMAT.kronor);
