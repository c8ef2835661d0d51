import { serializeAgreement, type Agreement, type AgreementJson } from '../agreements';
import { Dec } from '../money';
import type { Lang } from '../result';
import { EMPTY, FORMAT, SheetBuilder, cellRef, columnLetters, date, formula, namePrefix, number, text, translator, type CellStyle, type CellValue, type Sheet } from '../sheet';
import type { GenerationInfo } from './grant';
import {
  CHOICES,
  COLUMNS,
  FIELDS,
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
  const a = JSON.parse(serializeAgreement(agreement)) as Json;
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

  w.banner(text(`${t('Överenskommelse', 'Agreement')}: ${a.title}`), 'title', 24);
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

  const section = <S extends SectionKey>(key: S, rows: readonly Row<S>[], derived: readonly ColumnKey<S>[] = [], formats: Partial<Record<ColumnKey<S>, string>> = {}) => {
    const columns = Object.keys(COLUMNS[key]) as ColumnKey<S>[];
    w.put(`A${w.row}`, text(label(SECTIONS[key])), 'heading', { merge: `A${w.row}:${columnLetters(columns.length)}${w.row}` });
    w.row++;
    columns.forEach((c, i) => w.put(cellRef(i + 1, w.row), text(label((COLUMNS[key] as Record<string, { sv: string; en: string }>)[c] as { sv: string; en: string })), 'tableHeader'));
    w.row++;
    const first = w.row;
    for (const row of rows) {
      columns.forEach((c, i) => {
        const value = row[c] ?? EMPTY;
        const style: CellStyle = derived.includes(c) ? 'generated' : 'input';
        const fmt = formats[c] ?? (value.t === 'amount' ? amountFormat(value.v) : value.t === 'date' ? FORMAT.date : undefined);
        w.put(cellRef(i + 1, w.row), value, style, fmt ? { numFmt: fmt } : {});
      });
      w.row++;
    }
    w.skip();
    return first;
  };

  // Header fields: a label in A, the value in B, its source beside it.
  const periodSource = a.period ? source(a.period.source) : {};
  const stated = (s: Json['total'] | undefined): Row<'fields'> =>
    s === undefined ? {} : { value: s.amount === null ? ns : amountCell(s.amount), ...source(s.source) };
  const fieldRows: Partial<Record<FieldKey, Row<'fields'>>> = {
    id: { value: text(a.id) },
    title: { value: text(a.title) },
    titleEn: { value: opt(a.titleEn) },
    year: { value: number(a.year) },
    document: { value: text(a.document) },
    periodStart: a.period ? { value: date(a.period.start), ...periodSource } : { value: ns },
    periodEnd: a.period ? { value: date(a.period.end) } : { value: ns },
    total: stated(a.total),
    stateShare: stated(a.stateShare),
    regionsShare: stated(a.regionsShare),
    frame: stated(a.frame),
    areasComplete: { value: flag(a.areasComplete) },
  };
  section(
    'fields',
    (Object.keys(FIELDS) as FieldKey[]).map((k) => ({ field: text(label(FIELDS[k])), ...fieldRows[k] })),
    ['field'],
  );

  section(
    'parties',
    a.parties.map((p) => ({ name: text(p.name), role: choice('role', p.role), signedOn: p.signedOn === undefined ? EMPTY : p.signedOn === null ? ns : date(p.signedOn), signatory: opt(p.signatory), ...source(p.source) })),
  );
  section('diarienummer', a.diarienummer.map((d) => ({ value: text(d.value), issuer: text(d.issuer), description: text(d.description), ...source(d.source) })));

  // Areas and lines, depth first; the check column sums a group's parts with a live formula.
  const flat: { line: LineJson; level: number; parent: string | undefined }[] = [];
  const visit = (l: LineJson, level: number, parent: string | undefined) => {
    flat.push({ line: l, level, parent });
    l.lines?.forEach((c) => visit(c, level + 1, l.id));
  };
  a.areas.forEach((l) => visit(l, 1, undefined));
  const linesFirst = w.row + 2;
  const linesLast = linesFirst + flat.length - 1;
  const col = (k: ColumnKey<'lines'>) => columnLetters(columnOf('lines', k));
  const range = (k: ColumnKey<'lines'>) => `$${col(k)}$${linesFirst}:$${col(k)}$${linesLast}`;
  section(
    'lines',
    flat.map(({ line: l, level, parent }, i): Row<'lines'> => {
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
    ['partsSum'],
    { partsSum: FORMAT.kronor },
  );

  // Every statement made again elsewhere, under the figure it repeats.
  const statements: Row<'alsoStated'>[] = [];
  const also = (target: string, list: readonly StatementJson[] | undefined) =>
    list?.forEach((s) =>
      statements.push({ target: text(target), ...(s.amount === undefined ? {} : { amount: s.amount === null ? ns : amountCell(s.amount) }), ...recipient(s.recipient), ...source(s.source) }),
    );
  for (const k of Object.keys(STATED_TARGETS) as StatedTarget[]) also(label(STATED_TARGETS[k]), a[k]?.alsoStated);
  for (const { line } of flat) also(lineTarget(line.id, lang), line.alsoStated);
  for (const g of a.recipientTotals) for (const p of g.parts) also(partTarget(g.id, p.id, lang), p.alsoStated);
  section('alsoStated', statements);

  // Totals by recipient: the group's own fields on its first part's row only.
  section(
    'recipientTotals',
    a.recipientTotals.flatMap((g) =>
      g.parts.map((p, i): Row<'recipientTotals'> => ({
        ...(i === 0 ? { id: text(g.id), title: text(g.title), of: choice('of', g.of), complete: flag(g.complete), ...source(g.source) } : {}),
        partId: text(p.id),
        partTitle: text(p.title),
        recipients: text(p.recipients.map((r) => label(CHOICES.recipient[r])).join(LIST_SEPARATOR)),
        amount: amountCell(p.amount),
        ...source(p.source, 'partWhere', 'partQuote', 'partDocument'),
      })),
    ),
  );

  section(
    'constraints',
    a.constraints.map((c) => ({
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
    [],
    { percent: FORMAT.general },
  );

  section(
    'deadlines',
    a.deadlines.map((d) => {
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
    }),
    ['precision'],
  );

  section('notes', (a.notes ?? []).map((n) => ({ note: text(n) })));
  const bottom = w.row - 1;

  return {
    id: agreementSheetId(a.id),
    sheetName: t('Överenskommelse', 'Agreement'),
    namePrefix: namePrefix('overenskommelse', a.id),
    columns: [8, 24, 16, 34, 16, 16, 28, 48, 16, 20, 14, 9, 16, 12, 10, 10, 10, 22, 22, 36, 16, 12, 30, 30],
    cells: w.cells,
    rowHeights: w.rowHeights,
    print: { paper: 'A4', orientation: 'landscape', area: `A1:${columnLetters(WIDTH)}${bottom}` },
    protect: false,
    audit: JSON.stringify({ kind: 'agreement', agreement: a.id, productVersion: stamp.productVersion, generatedAt: stamp.generatedAt }),
  };
}

/** An amount a cell holds exactly is a number; one with more than 15 digits stays text, to the digit. */
function amountCell(v: string): CellValue {
  return new Dec(v).sd(true) > 15 ? text(v) : { t: 'amount', v };
}

const amountFormat = (v: string): string => (v.includes('.') ? FORMAT.ore : FORMAT.kronor);
