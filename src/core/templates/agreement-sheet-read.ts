import { parseAgreement, type AgreementJson } from '../agreements';
import { fromExcelSerial } from '../calendar';
import { parseAmount } from '../money';
import { fail, makeIssue, ok, type Bilingual, type IssuePath, type Result } from '../result';
import { cellNumber, cellRef, parseCell, type Sheet } from '../sheet';
import {
  CHOICES,
  COLUMNS,
  FIELDS,
  NOT_STATED,
  SECTIONS,
  STATED_TARGETS,
  TARGET_PREFIX,
  type ChoiceSet,
  type ColumnKey,
  type FieldKey,
  type SectionKey,
  type StatedTarget,
} from './agreement-sheet-layout';
import { AGREEMENT_SHEET_MESSAGES as M, type AgreementSheetIssue } from './agreement-sheet-messages';

/** A cell's value as a reader gets it: text, a number, a boolean, or nothing. Dates as YYYY-MM-DD text or an Excel serial. */
export type CellInput = string | number | boolean | null | undefined;
/** Row-major from A1, as Office.js `range.values` gives it; rows may be ragged. */
export type CellGrid = readonly (readonly CellInput[])[];

type Mutable = Record<string, unknown>;
type Dict = Record<string, unknown>;

const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
const isBlank = (v: CellInput): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const isNotStated = (v: CellInput): boolean => typeof v === 'string' && (norm(v) === NOT_STATED.sv || norm(v) === NOT_STATED.en);
const asText = (v: CellInput): string => (typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : (v ?? ''));
const matches = (v: CellInput, label: Bilingual): boolean => typeof v === 'string' && (norm(v) === norm(label.sv) || norm(v) === norm(label.en));

/**
 * Reads an agreement sheet's cell values back into the agreement (the catalog's JSON form): by the
 * section headings in column A, each section's header row checked, every value checked where it
 * stands, then the whole agreement by the agreement format's own rules, each problem named by its
 * cell (`Överenskommelse!F14: …`). Reads only: nothing in the sheet is changed.
 */
export function readAgreementSheet(cells: CellGrid, options: { readonly sheetName: string }): Result<AgreementJson, AgreementSheetIssue> {
  const at = (col: number, row: number) => `${options.sheetName}!${cellRef(col, row)}`;
  const get = (col: number, row: number): CellInput => cells[row - 1]?.[col - 1];
  const issues: AgreementSheetIssue[] = [];
  /** Where each part of the agreement was read from, for the format check's messages. */
  const places: { path: IssuePath; cell: string }[] = [];
  const place = (path: IssuePath, col: number, row: number) => places.push({ path, cell: at(col, row) });

  // The sections, in order, by their headings in column A.
  const order = Object.keys(SECTIONS) as SectionKey[];
  const starts = new Map<SectionKey, number>();
  let from = 1;
  for (const key of order) {
    let found: number | undefined;
    for (let r = from; r <= cells.length; r++)
      // The heading with its header row under it: a party or note that happens to read "Tidsfrister" is no section.
      if (matches(get(1, r), SECTIONS[key]) && matches(get(1, r + 1), Object.values(COLUMNS[key])[0] as Bilingual)) {
        found = r;
        break;
      }
    if (found === undefined) issues.push(makeIssue(M, 'SECTION_MISSING', { cell: at(1, from), section: SECTIONS[key] }));
    else {
      starts.set(key, found);
      from = found + 1;
    }
  }
  if (issues.length > 0) return fail(...issues);
  const rowsOf = (key: SectionKey): number[] => {
    const start = starts.get(key) as number;
    const next = order.slice(order.indexOf(key) + 1).map((k) => starts.get(k) as number)[0] ?? cells.length + 1;
    const width = Object.keys(COLUMNS[key]).length;
    const headers = Object.values(COLUMNS[key]) as Bilingual[];
    headers.forEach((h, i) => {
      const v = get(i + 1, start + 1);
      if (!matches(v, h)) issues.push(makeIssue(M, 'HEADER_CHANGED', { cell: at(i + 1, start + 1), expected: h, found: asText(v) }));
    });
    const out: number[] = [];
    for (let r = start + 2; r < next; r++) if (Array.from({ length: width }, (_, i) => get(i + 1, r)).some((v) => !isBlank(v))) out.push(r);
    return out;
  };

  /** The values of one row of a section, each read by its column's rule. */
  const row = <S extends SectionKey>(section: S, r: number) => {
    const colOf = (k: ColumnKey<S>) => (Object.keys(COLUMNS[section]) as string[]).indexOf(k) + 1;
    const raw = (k: ColumnKey<S>) => get(colOf(k), r);
    const cell = (k: ColumnKey<S>) => at(colOf(k), r);
    const heading = (k: ColumnKey<S>) => (COLUMNS[section] as Record<string, Bilingual>)[k] as Bilingual;
    const problem = (i: AgreementSheetIssue) => {
      issues.push(i);
      return undefined;
    };
    const self = {
      r,
      col: colOf,
      blank: (k: ColumnKey<S>) => isBlank(raw(k)),
      notStated: (k: ColumnKey<S>) => isNotStated(raw(k)),
      /** Text as typed; undefined when empty. */
      text: (k: ColumnKey<S>): string | undefined => (isBlank(raw(k)) ? undefined : asText(raw(k))),
      required: (k: ColumnKey<S>, field: Bilingual = heading(k)): string => {
        const v = self.text(k);
        if (v === undefined) problem(makeIssue(M, 'REQUIRED', { cell: cell(k), field }));
        return v ?? '';
      },
      /** Empty or "ej angivet": null. */
      nullable: (k: ColumnKey<S>): string | null => (isNotStated(raw(k)) ? null : (self.text(k) ?? null)),
      amount: (k: ColumnKey<S>): string | undefined => {
        const v = raw(k);
        if (isBlank(v) || isNotStated(v)) return undefined;
        if (typeof v === 'boolean') return problem(makeIssue(M, 'AMOUNT', { cell: cell(k), found: asText(v) }));
        const d = parseAmount(v as string | number);
        if (!d.ok) return problem(makeIssue(M, 'AMOUNT', { cell: cell(k), found: asText(v) }));
        return d.value.toFixed();
      },
      integer: (k: ColumnKey<S>): number | undefined => {
        const v = raw(k);
        if (isBlank(v) || isNotStated(v)) return undefined;
        const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
        if (!Number.isSafeInteger(n)) return problem(makeIssue(M, 'INTEGER', { cell: cell(k), found: asText(v) }));
        return n;
      },
      date: (k: ColumnKey<S>, month = false): string | undefined => {
        const v = raw(k);
        if (isBlank(v) || isNotStated(v)) return undefined;
        if (typeof v === 'number') return fromExcelSerial(v) ?? problem(makeIssue(M, 'DATE', { cell: cell(k), found: asText(v), month }));
        const s = asText(v).trim();
        if (/^\d{4}-\d{2}-\d{2}$/.test(s) || (month && /^\d{4}-\d{2}$/.test(s))) return s;
        return problem(makeIssue(M, 'DATE', { cell: cell(k), found: asText(v), month }));
      },
      choice: <C extends ChoiceSet>(k: ColumnKey<S>, set: C, value: CellInput = raw(k)): (keyof (typeof CHOICES)[C] & string) | undefined => {
        if (isBlank(value)) return undefined;
        return choiceOf(set, value) ?? problem(makeIssue(M, 'CHOICE', { cell: cell(k), found: asText(value), options: optionsOf(set) }));
      },
      flag: (k: ColumnKey<S>): boolean | undefined => {
        const v = raw(k);
        if (typeof v === 'boolean') return v;
        const c = self.choice(k, 'boolean');
        return c === undefined ? undefined : c === 'true';
      },
      list: (k: ColumnKey<S>): string[] => (self.text(k) ?? '').split(/[,;]/).map((s) => s.trim()).filter((s) => s !== ''),
      /** The source in the given columns: undefined when all are empty. */
      source: (where: ColumnKey<S>, quote: ColumnKey<S>, document: ColumnKey<S>) => {
        if (self.blank(where) && self.blank(quote) && self.blank(document)) return undefined;
        if (self.blank(where) || self.blank(quote)) return problem(makeIssue(M, 'SOURCE_INCOMPLETE', { cell: cell(self.blank(where) ? where : quote) }));
        const doc = self.text(document);
        return { ...(doc !== undefined ? { document: doc } : {}), where: self.text(where) as string, quote: self.text(quote) as string };
      },
      /** A recipient in the recipient columns: undefined when empty, null when not stated. */
      recipient: (k: ColumnKey<S>, detail: ColumnKey<S>, via: ColumnKey<S>): Dict | null | undefined => {
        if (self.notStated(k)) return null;
        const type = self.choice(k, 'recipient');
        if (type === undefined) return undefined;
        if (type === 'region') {
          const code = raw(detail);
          const viaSkr = self.flag(via);
          return { type, code: typeof code === 'number' ? String(code).padStart(2, '0') : self.required(detail), ...(viaSkr !== undefined ? { viaSkr } : {}) };
        }
        if (type === 'other') return { type, name: self.required(detail) };
        return { type };
      },
      place: (path: IssuePath, k?: ColumnKey<S>) => place(path, k ? colOf(k) : 1, r),
    };
    return self;
  };

  const optional = <K extends string, V>(key: K, v: V | undefined): Partial<Record<K, V>> => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));

  // Header fields, by their labels.
  const fieldRows = new Map<FieldKey, ReturnType<typeof row<'fields'>>>();
  for (const r of rowsOf('fields')) {
    const x = row('fields', r);
    const label = get(1, r);
    const key = (Object.keys(FIELDS) as FieldKey[]).find((k) => matches(label, FIELDS[k]));
    if (!key) issues.push(makeIssue(M, 'FIELD_UNKNOWN', { cell: at(1, r), found: asText(label) }));
    else if (fieldRows.has(key)) issues.push(makeIssue(M, 'DUPLICATE_ID', { cell: at(1, r), id: asText(label), first: at(1, fieldRows.get(key)?.r ?? r) }));
    else fieldRows.set(key, x);
  }
  const fieldsEnd = (starts.get('parties') as number) - 1;
  const field = (key: FieldKey, optionalField = false) => {
    const x = fieldRows.get(key);
    if (!x && !optionalField) issues.push(makeIssue(M, 'FIELD_MISSING', { cell: at(1, fieldsEnd), field: FIELDS[key] }));
    return x;
  };
  const json: Mutable = { schemaVersion: 1 };
  const textField = (key: FieldKey & keyof AgreementJson, optionalField = false) => {
    const x = field(key, optionalField);
    if (!x) return;
    x.place([key], 'value');
    const v = optionalField ? x.text('value') : x.required('value', FIELDS[key]);
    if (v !== undefined) json[key] = v;
  };
  textField('id');
  textField('title');
  textField('titleEn', true);
  const year = field('year');
  if (year) {
    year.place(['year'], 'value');
    const v = year.integer('value');
    if (v === undefined && year.blank('value')) issues.push(makeIssue(M, 'REQUIRED', { cell: at(2, year.r), field: FIELDS.year }));
    json.year = v;
  }
  textField('document');
  const start = field('periodStart');
  const end = field('periodEnd');
  if (start && end) {
    const a = start.date('value');
    const b = end.date('value');
    const src = start.source('where', 'quote', 'document');
    if (a === undefined && b === undefined && src === undefined) json.period = null;
    else {
      start.place(['period'], 'value');
      start.place(['period', 'start'], 'value');
      end.place(['period', 'end'], 'value');
      start.place(['period', 'source'], 'where');
      json.period = { ...optional('start', a), ...optional('end', b), ...optional('source', src) };
    }
  }
  const statedAmount = (key: 'total' | 'stateShare' | 'regionsShare' | 'frame') => {
    const x = field(key, key === 'frame');
    if (!x) return;
    const amount = x.amount('value');
    const source = x.source('where', 'quote', 'document');
    if (key === 'frame' && x.blank('value') && source === undefined) return;
    x.place([key], 'value');
    x.place([key, 'amount'], 'value');
    x.place([key, 'source'], 'where');
    json[key] = { amount: amount ?? null, source: source ?? null };
  };
  for (const k of ['total', 'stateShare', 'regionsShare', 'frame'] as const) statedAmount(k);
  const complete = field('areasComplete');
  if (complete) {
    complete.place(['areasComplete'], 'value');
    const v = complete.flag('value');
    if (v === undefined && complete.blank('value')) issues.push(makeIssue(M, 'REQUIRED', { cell: at(2, complete.r), field: FIELDS.areasComplete }));
    json.areasComplete = v;
  }

  json.parties = rowsOf('parties').map((r, i) => {
    const x = row('parties', r);
    x.place(['parties', i]);
    x.place(['parties', i, 'signedOn'], 'signedOn');
    x.place(['parties', i, 'role'], 'role');
    const signedOn = x.notStated('signedOn') ? null : x.date('signedOn');
    return {
      name: x.required('name'),
      role: x.choice('role', 'role') ?? (x.blank('role') ? x.required('role') : undefined),
      ...optional('signedOn', signedOn),
      ...optional('signatory', x.text('signatory')),
      ...optional('source', x.source('where', 'quote', 'document')),
    };
  });

  json.diarienummer = rowsOf('diarienummer').map((r, i) => {
    const x = row('diarienummer', r);
    x.place(['diarienummer', i]);
    x.place(['diarienummer', i, 'source'], 'where');
    return { value: x.required('value'), issuer: x.required('issuer'), description: x.required('description'), source: x.source('where', 'quote', 'document') };
  });

  // Areas and lines: the tree from the parent column, each row checked against its parent's level.
  const areas: Mutable[] = [];
  const lines = new Map<string, { line: Mutable; level: number; path: IssuePath; cell: string }>();
  /** Rows already reported: what refers to them is not reported again. */
  const skipped = new Set<string>();
  for (const r of rowsOf('lines')) {
    const x = row('lines', r);
    const id = x.required('id');
    const parentId = x.text('parent');
    const parent = parentId === undefined ? undefined : lines.get(parentId.trim());
    if (parentId !== undefined && !parent) {
      issues.push(makeIssue(M, 'UNKNOWN_PARENT', { cell: at(x.col('parent'), r), id: parentId }));
      skipped.add(id);
      continue;
    }
    // A row without an id is reported as such; it is no second row of the id "".
    const seen = id === '' ? undefined : lines.get(id);
    if (seen) {
      issues.push(makeIssue(M, 'DUPLICATE_ID', { cell: at(x.col('id'), r), id, first: seen.cell }));
      continue;
    }
    const level = parent ? parent.level + 1 : 1;
    const typed = x.integer('level');
    // A row below level 1 without its parent: the parent is what is missing, not the level.
    if (parentId === undefined && typed !== undefined && typed > 1)
      issues.push(makeIssue(M, 'PARENT_MISSING', { cell: at(x.col('parent'), r), level: typed, column: COLUMNS.lines.parent }));
    else if (!x.blank('level') && typed !== level) issues.push(makeIssue(M, 'LEVEL_MISMATCH', { cell: at(x.col('level'), r), expected: level, found: asText(get(x.col('level'), r)) }));
    const siblings = parent ? ((parent.line.lines as Mutable[] | undefined) ?? (parent.line.lines = [])) as Mutable[] : areas;
    const path: IssuePath = parent ? [...parent.path, 'lines', siblings.length] : ['areas', siblings.length];
    for (const [k, c] of [
      [[], 'id'],
      [['id'], 'id'],
      [['title'], 'title'],
      [['amount'], 'amount'],
      [['source'], 'where'],
      [['recipient'], 'recipient'],
      [['key'], 'key'],
      [['funder'], 'funder'],
      [['appropriation'], 'utgiftsomrade'],
      [['appropriation', 'anslag'], 'anslag'],
      [['appropriation', 'anslagspost'], 'anslagspost'],
      [['appropriation', 'source'], 'appWhere'],
      [['linesComplete'], 'linesComplete'],
    ] as const)
      x.place([...path, ...k], c);
    const appropriation = (() => {
      if (x.notStated('utgiftsomrade')) return null;
      const fields: ColumnKey<'lines'>[] = ['utgiftsomrade', 'anslag', 'anslagspost', 'anslagspostName', 'appWhere', 'appQuote', 'appDocument'];
      if (fields.every((k) => x.blank(k))) return undefined;
      const post = x.notStated('anslagspost') ? null : x.integer('anslagspost');
      return {
        utgiftsomrade: x.integer('utgiftsomrade') ?? (x.blank('utgiftsomrade') ? x.required('utgiftsomrade') : undefined),
        anslag: x.required('anslag'),
        anslagspost: post === undefined && x.blank('anslagspost') ? null : post,
        ...optional('anslagspostName', x.text('anslagspostName')),
        source: x.source('appWhere', 'appQuote', 'appDocument'),
      };
    })();
    const line: Mutable = {
      id,
      title: x.required('title'),
      ...optional('titleEn', x.text('titleEn')),
      amount: x.amount('amount') ?? null,
      source: x.source('where', 'quote', 'document') ?? null,
      ...optional('recipient', x.recipient('recipient', 'recipientDetail', 'viaSkr')),
      ...optional('key', x.choice('key', 'key')),
      ...optional('funder', x.notStated('funder') ? null : x.choice('funder', 'funder')),
      ...optional('appropriation', appropriation),
      ...optional('linesComplete', x.flag('linesComplete')),
      ...optional('note', x.text('note')),
    };
    siblings.push(line);
    if (id !== '') lines.set(id, { line, level, path, cell: at(x.col('id'), r) });
  }
  json.areas = areas;

  // Totals by recipient: a row with an id starts a group, the rows under it are its further parts.
  const groups: Mutable[] = [];
  const parts = new Map<string, { part: Mutable; path: IssuePath; cell: string }>();
  let group: { value: Mutable; path: IssuePath } | undefined;
  for (const r of rowsOf('recipientTotals')) {
    const x = row('recipientTotals', r);
    if (!x.blank('id')) {
      const path: IssuePath = ['recipientTotals', groups.length];
      x.place(path, 'id');
      x.place([...path, 'source'], 'where');
      x.place([...path, 'of'], 'of');
      const value: Mutable = {
        id: x.required('id'),
        title: x.required('title'),
        of: x.choice('of', 'of') ?? (x.blank('of') ? x.required('of') : undefined),
        complete: x.flag('complete') ?? (x.blank('complete') ? x.required('complete') : undefined),
        source: x.source('where', 'quote', 'document'),
        parts: [],
      };
      groups.push(value);
      group = { value, path };
    }
    if (!group) {
      issues.push(makeIssue(M, 'PART_WITHOUT_GROUP', { cell: at(1, r) }));
      continue;
    }
    const list = group.value.parts as Mutable[];
    const key = `${String(group.value.id)}:${x.text('partId') ?? ''}`;
    const earlier = parts.get(key);
    if (earlier) {
      // What is stated again about a part is filed under its id: two parts of one total cannot share it.
      issues.push(makeIssue(M, 'DUPLICATE_ID', { cell: at(x.col('partId'), r), id: x.text('partId') ?? '', first: earlier.cell }));
      continue;
    }
    const path: IssuePath = [...group.path, 'parts', list.length];
    x.place(path, 'partId');
    x.place([...path, 'amount'], 'amount');
    x.place([...path, 'recipients'], 'recipients');
    x.place([...path, 'source'], 'partWhere');
    const part: Mutable = {
      id: x.required('partId'),
      title: x.required('partTitle'),
      recipients: x.list('recipients').map((v) => x.choice('recipients', 'recipient', v)),
      amount: x.amount('amount') ?? (x.blank('amount') ? x.required('amount') : undefined),
      source: x.source('partWhere', 'partQuote', 'partDocument'),
    };
    list.push(part);
    parts.set(key, { part, path, cell: at(x.col('partId'), r) });
  }
  json.recipientTotals = groups;

  json.constraints = rowsOf('constraints').map((r, i) => {
    const x = row('constraints', r);
    const path: IssuePath = ['constraints', i];
    x.place(path, 'id');
    x.place([...path, 'percent'], 'percent');
    x.place([...path, 'area'], 'area');
    x.place([...path, 'target', 'lines'], 'lines');
    x.place([...path, 'target', 'possibleLines'], 'possibleLines');
    x.place([...path, 'source'], 'where');
    return {
      id: x.required('id'),
      kind: x.choice('kind', 'constraint') ?? (x.blank('kind') ? x.required('kind') : undefined),
      percent: x.amount('percent') ?? (x.blank('percent') ? x.required('percent') : undefined),
      area: x.required('area'),
      target: { description: x.required('description'), ...optional('descriptionEn', x.text('descriptionEn')), lines: x.list('lines'), possibleLines: x.list('possibleLines') },
      source: x.source('where', 'quote', 'document'),
    };
  });

  json.deadlines = rowsOf('deadlines').map((r, i) => {
    const x = row('deadlines', r);
    const path: IssuePath = ['deadlines', i];
    x.place(path, 'id');
    x.place([...path, 'date'], 'date');
    x.place([...path, 'areas'], 'areas');
    x.place([...path, 'source'], 'where');
    return {
      id: x.required('id'),
      kind: x.choice('kind', 'deadline') ?? (x.blank('kind') ? x.required('kind') : undefined),
      date: x.date('date', true) ?? (x.blank('date') ? x.required('date') : undefined),
      title: x.required('title'),
      titleEn: x.required('titleEn'),
      by: x.nullable('by'),
      to: x.nullable('to'),
      areas: x.list('areas'),
      source: x.source('where', 'quote', 'document'),
    };
  });

  // What is stated again elsewhere, under the figure it names.
  for (const r of rowsOf('alsoStated')) {
    const x = row('alsoStated', r);
    const target = x.required('target').trim();
    const figure = ((): { owner: Mutable; path: IssuePath } | undefined => {
      const stated = (Object.keys(STATED_TARGETS) as StatedTarget[]).find((k) => matches(target, STATED_TARGETS[k]));
      if (stated) return json[stated] ? { owner: json[stated] as Mutable, path: [stated] } : undefined;
      const [prefix = '', ...rest] = target.split(':');
      const line = matches(prefix, TARGET_PREFIX.line) ? lines.get(rest.join(':')) : undefined;
      if (line) return { owner: line.line, path: line.path };
      const part = matches(prefix, TARGET_PREFIX.part) ? parts.get(rest.join(':')) : undefined;
      return part ? { owner: part.part, path: part.path } : undefined;
    })();
    if (!figure) {
      if (target !== '' && !skipped.has(target.slice(target.indexOf(':') + 1))) issues.push(makeIssue(M, 'UNKNOWN_TARGET', { cell: at(x.col('target'), r), found: target }));
      continue;
    }
    const list = (figure.owner.alsoStated as Mutable[] | undefined) ?? (figure.owner.alsoStated = []);
    const path: IssuePath = [...figure.path, 'alsoStated', (list as Mutable[]).length];
    x.place(path, 'target');
    x.place([...path, 'amount'], 'amount');
    x.place([...path, 'recipient'], 'recipient');
    x.place([...path, 'source'], 'where');
    const amount = x.notStated('amount') ? null : x.amount('amount');
    (list as Mutable[]).push({ ...optional('amount', amount), ...optional('recipient', x.recipient('recipient', 'recipientDetail', 'viaSkr')), source: x.source('where', 'quote', 'document') });
  }

  const notes = rowsOf('notes').map((r, i) => {
    const x = row('notes', r);
    x.place(['notes', i], 'note');
    return x.text('note') ?? '';
  });
  if (notes.length > 0) json.notes = notes;

  if (issues.length > 0) return fail(...issues);
  const parsed = parseAgreement(json);
  if (!parsed.ok) return fail(...parsed.issues.map((cause) => makeIssue(M, 'SCHEMA', { cell: cellFor(places, cause.path ?? [], at(1, 1)), cause })));
  return ok(json as unknown as AgreementJson);
}

/** The cell a path was read from: the longest recorded path that starts it. */
function cellFor(places: readonly { path: IssuePath; cell: string }[], path: IssuePath, fallback: string): string {
  let best: { path: IssuePath; cell: string } | undefined;
  for (const p of places)
    if (p.path.length <= path.length && p.path.every((x, i) => x === path[i]) && (!best || p.path.length > best.path.length)) best = p;
  return best?.cell ?? fallback;
}

function choiceOf<C extends ChoiceSet>(set: C, value: CellInput): (keyof (typeof CHOICES)[C] & string) | undefined {
  const entries = Object.entries(CHOICES[set]) as [keyof (typeof CHOICES)[C] & string, Bilingual][];
  const v = typeof value === 'boolean' ? String(value) : asText(value);
  return entries.find(([code, label]) => norm(v) === norm(code) || matches(v, label))?.[0];
}

function optionsOf(set: ChoiceSet): Bilingual {
  const labels = Object.values(CHOICES[set]) as Bilingual[];
  return { sv: labels.map((l) => `”${l.sv}”`).join(', '), en: labels.map((l) => `"${l.en}"`).join(', ') };
}

/** A generated sheet's values as a reader gets them from a workbook (dates as YYYY-MM-DD, formulas not evaluated): tests and the pane read this. */
export function sheetValues(sheet: Sheet): CellInput[][] {
  const grid: CellInput[][] = [];
  for (const c of sheet.cells) {
    const { col, row } = parseCell(c.ref);
    const v = c.value;
    const value: CellInput = v.t === 'text' || v.t === 'date' ? v.v : v.t === 'amount' || v.t === 'number' || v.t === 'approx' ? cellNumber(v) : null;
    (grid[row - 1] ??= [])[col - 1] = value;
  }
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}
