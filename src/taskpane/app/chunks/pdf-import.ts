// Loaded on demand ("Ny överenskommelse"): the importer, its review of a draft, and the corrections
// the user makes before saving. Nothing here is needed at start-up.
import { agreementSchema, DEADLINE_KINDS, parseAgreement, type Agreement, type AgreementJson, type DeadlineKind, type Recipient } from '../../../core/agreements';
import { isCalendarDate } from '../../../core/calendar';
import { draftFigures, importAgreementText, isPdf, notStated, readPdf, type DraftFigure } from '../../../core/import';
import { parseAmount } from '../../../core/money';
import { fail, makeIssue, ok, type Catalogue, type Issue, type Result } from '../../../core/result';
import { z } from 'zod';

export { isPdf, readPdf };
/** The agreement sheet a confirmed draft is written as: where the controller corrects it later. */
export { agreementSheet } from '../../../core/templates';

export interface Review {
  readonly figures: readonly DraftFigure[];
  readonly missing: readonly { readonly what: string; readonly whatEn: string }[];
}

export const reviewOf = (draft: AgreementJson): Review => ({ figures: draftFigures(draft), missing: notStated(draft) });

/** The text of an agreement to a draft with its review. */
export function importText(raw: string, document: string): Result<{ draft: AgreementJson; review: Review; notes: readonly Issue[] }> {
  const r = importAgreementText(raw, { document });
  if (!r.ok) return r;
  return ok({ draft: r.value.agreement, review: reviewOf(r.value.agreement), notes: r.value.notes });
}

/** What the pane says about a correction it cannot use. */
export const CORRECTION_MESSAGES = {
  AMOUNT_UNREADABLE: {
    sv: (p: { text: string }) => `Beloppet ”${p.text}” går inte att läsa. Skriv till exempel 1 234 567 eller 12,5 mnkr.`,
    en: (p: { text: string }) => `The amount "${p.text}" cannot be read. Write, for example, 1 234 567 or 12,5 mnkr.`,
  },
  DATE_UNREADABLE: {
    sv: (p: { text: string }) => `Datumet ”${p.text}” går inte att läsa. Skriv det som 2026-12-01.`,
    en: (p: { text: string }) => `The date "${p.text}" cannot be read. Write it as 2026-12-01.`,
  },
  DEADLINE_KIND: {
    sv: () => 'Välj vilket slags tidsfrist det är.',
    en: () => 'Choose what kind of deadline it is.',
  },
} as const satisfies Catalogue;

type Path = readonly (string | number)[];
type Json = Record<string | number, unknown>;
type StatedLike = { amount: string | null; source: unknown; alsoStated?: { amount?: string | null; source: unknown; recipient?: unknown }[] };

/** A deep copy, so an edit never changes the draft the view still shows. */
const copy = (d: AgreementJson): AgreementJson => JSON.parse(JSON.stringify(d)) as AgreementJson;

/** The object a figure's path points into (the path without its last key) and that key. */
function at(draft: AgreementJson, path: Path): { holder: Json; key: string | number } | undefined {
  let node: unknown = draft;
  for (const k of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Json)[k];
  }
  const key = path[path.length - 1];
  return node !== null && typeof node === 'object' && key !== undefined ? { holder: node as Json, key } : undefined;
}

/** Where a corrected figure now comes from: the user, on a date, with what the document said. */
const corrected = (today: string, value: string, was: { quote?: string } | null | undefined) => ({
  document: 'Bidragskollen',
  where: `Rättat av användaren ${today}`,
  quote: was?.quote ? `${value} (dokumentet: ”${was.quote}”)` : value,
});

export interface Corrected {
  readonly draft: AgreementJson;
  /** Why the value was refused; the draft is then unchanged. */
  readonly refused?: Issue;
}

/** The user's amount for a figure whose path ends in "amount": Swedish forms ("1 234 567", "12,5 mnkr"). */
export function correctAmount(draft: AgreementJson, path: Path, text: string, today: string): Corrected {
  if (path[path.length - 1] !== 'amount') return { draft };
  const trimmed = text.trim();
  const value = trimmed === '' ? null : parseAmount(trimmed);
  if (value && (!value.ok || value.value.isNegative()))
    return { draft, refused: makeIssue(CORRECTION_MESSAGES, 'AMOUNT_UNREADABLE', { text: trimmed }) };
  const next = copy(draft);
  const place = at(next, path.slice(0, -1).concat('amount'));
  if (!place) return { draft };
  const stated = place.holder as unknown as StatedLike;
  const amount = value ? value.value.toFixed() : null;
  if (stated.amount === amount) return { draft };
  stated.source = amount === null ? null : corrected(today, amount, stated.source as { quote?: string } | null);
  stated.amount = amount;
  return { draft: next };
}

/**
 * A conflicting figure resolved: the statement the user picked (0 = the one first read, i + 1 =
 * `alsoStated[i]`) becomes the figure; the other stays as a restatement, as the document has it.
 */
export function pickStatement(draft: AgreementJson, path: Path, choice: number): AgreementJson {
  if (choice === 0) return draft;
  const next = copy(draft);
  const place = at(next, path);
  if (!place) return draft;
  const s = place.holder as unknown as StatedLike;
  const others = (s.alsoStated ?? []).filter((x) => x.amount !== undefined);
  const picked = others[choice - 1];
  if (!picked || picked.amount === undefined) return draft;
  const i = (s.alsoStated ?? []).indexOf(picked);
  (s.alsoStated ?? []).splice(i, 1, { amount: s.amount, source: s.source });
  s.amount = picked.amount;
  s.source = picked.source;
  return next;
}

export const RECIPIENT_CHOICES = ['skr', 'regions-via-skr', 'regions', 'municipalities', 'samverkansregioner'] as const;

/** A line's recipient, as the user chose it (one of the groups the agreements name). */
export function correctRecipient(draft: AgreementJson, path: Path, type: (typeof RECIPIENT_CHOICES)[number] | '', today: string): AgreementJson {
  const next = copy(draft);
  const place = at(next, path);
  if (!place || path[path.length - 1] !== 'recipient') return draft;
  const line = place.holder as { recipient?: Recipient | null; note?: string };
  if (type === '') delete line.recipient;
  else line.recipient = { type };
  line.note = [line.note, `Mottagaren rättad av användaren ${today}.`].filter(Boolean).join(' ');
  return next;
}

/** A deadline's date, as the user typed it (YYYY-MM-DD). */
export function correctDate(draft: AgreementJson, path: Path, date: string, today: string): Corrected {
  if (!isCalendarDate(date.trim())) return { draft, refused: makeIssue(CORRECTION_MESSAGES, 'DATE_UNREADABLE', { text: date.trim() }) };
  const next = copy(draft);
  const place = at(next, path);
  const d = place?.holder[place.key] as { date: string; source: { quote?: string } } | undefined;
  if (!d || d.date === date.trim()) return { draft };
  d.date = date.trim();
  d.source = corrected(today, d.date, d.source);
  return { draft: next };
}

/** The confirmed draft as an agreement: validated by the one agreement schema. */
export function confirmDraft(draft: AgreementJson): Result<Agreement> {
  return parseAgreement(draft);
}

export interface NewDeadline {
  readonly kind: string;
  readonly date: string;
  /** As the user typed it, else the kind's name in each language. */
  readonly title: string;
  readonly titleEn: string;
}

/** A deadline the user adds to an agreement (the document stated none, or one was missed). */
export function withDeadline(a: Agreement, d: NewDeadline, today: string): Result<Agreement> {
  if (!(DEADLINE_KINDS as readonly string[]).includes(d.kind)) return fail(makeIssue(CORRECTION_MESSAGES, 'DEADLINE_KIND', {}));
  if (!isCalendarDate(d.date.trim())) return fail(makeIssue(CORRECTION_MESSAGES, 'DATE_UNREADABLE', { text: d.date.trim() }));
  const kind = d.kind as DeadlineKind;
  const title = d.title.trim();
  const json = z.encode(agreementSchema, a);
  const ids = new Set(json.deadlines.map((x) => x.id));
  let id = `egen-${kind}`;
  for (let n = 2; ids.has(id); n++) id = `egen-${kind}-${n}`;
  json.deadlines.push({
    id,
    kind,
    date: d.date.trim(),
    title,
    titleEn: d.titleEn.trim() || title,
    by: null,
    to: null,
    areas: [],
    source: { document: 'Bidragskollen', where: `Tillagd av användaren ${today}`, quote: `${title}, ${d.date.trim()}` },
  });
  return parseAgreement(json);
}
