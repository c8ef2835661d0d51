import { z } from 'zod';
import { isCalendarDate } from '../calendar';
import { Dec } from '../money';
import { findRegion } from '../reference';
import { DEADLINE_KINDS, DISTRIBUTION_KEYS, FUNDERS, RECIPIENT_TYPES } from './kinds';

export { DEADLINE_KINDS, DISTRIBUTION_KEYS, FUNDERS, RECIPIENT_TYPES, type DeadlineKind, type RecipientType } from './kinds';

/**
 * The agreement file format. Amounts are non-negative decimal strings in the JSON ("326000000")
 * and Decimal in code; `null` always means "the document does not state it", never zero.
 */

/**
 * A decimal string in kronor: at most 15 digits before the point (a thousand times the state's
 * budget) and 6 after (the smallest unit the engine takes), so every sum the checks make stays
 * exact within the engine's 60 significant digits. Stated in the README's limits.
 */
const AMOUNT_PATTERN = /^\d{1,15}(\.\d{1,6})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_PATTERN = /^\d{4}-\d{2}$/;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Our own checks whose failure says only where; their issue carries the code in zod's `params`. */
export const FORMAT_CODES = ['FORMAT_AMOUNT', 'FORMAT_DATE', 'FORMAT_DATE_OR_MONTH', 'FORMAT_ID', 'FORMAT_PERCENT', 'FORMAT_ANSLAG', 'UNKNOWN_REGION_CODE'] as const;
export type FormatCode = (typeof FORMAT_CODES)[number];
/** Cross-references checked over the whole agreement; their issue also names the id (or date) at fault. */
export const REFERENCE_CODES = ['DUPLICATE_ID', 'UNKNOWN_AREA', 'UNKNOWN_LINE', 'PERIOD_REVERSED'] as const;
export type ReferenceCode = (typeof REFERENCE_CODES)[number];

const own = (code: FormatCode) => ({ params: { code } });
const reference = (code: ReferenceCode, id: string, path: (string | number)[]) => ({ code: 'custom' as const, params: { code, id }, path });

export const amountSchema = z.codec(z.string().refine((s) => AMOUNT_PATTERN.test(s), own('FORMAT_AMOUNT')), z.instanceof(Dec), {
  decode: (s) => new Dec(s),
  encode: (d) => d.toFixed(),
});

export const calendarDateSchema = z
  .string()
  .refine((s) => DATE_PATTERN.test(s) && isCalendarDate(s), own('FORMAT_DATE'));

/** An exact date, or only a month ("i maj 2023" is `2023-05`). */
export const deadlineDateSchema = z
  .string()
  .refine((s) => isCalendarDate(s) || (MONTH_PATTERN.test(s) && isCalendarDate(`${s}-01`)), own('FORMAT_DATE_OR_MONTH'));

const idSchema = z.string().refine((s) => ID_PATTERN.test(s), own('FORMAT_ID'));

/** Where a figure stands: the document (default: the agreement's own), the place in it, and its words. */
export const sourceSchema = z.strictObject({
  document: z.string().min(1).optional(),
  where: z.string().min(1),
  quote: z.string().min(1),
});

export const recipientSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('skr') }),
  z.strictObject({ type: z.literal('regions-via-skr') }),
  z.strictObject({ type: z.literal('regions') }),
  z.strictObject({ type: z.literal('municipalities') }),
  z.strictObject({ type: z.literal('samverkansregioner') }),
  z.strictObject({
    type: z.literal('region'),
    /** County code, e.g. "03" for Region Uppsala. */
    code: z.string().refine((c) => /^\d{2}$/.test(c) && findRegion(c) !== undefined, own('UNKNOWN_REGION_CODE')),
    /** Paid to SKR, which passes it on. */
    viaSkr: z.boolean().optional(),
  }),
  z.strictObject({ type: z.literal('other'), name: z.string().min(1) }),
]);

export const appropriationSchema = z.strictObject({
  utgiftsomrade: z.int().positive(),
  anslag: z.string().refine((s) => /^\d+:\d+$/.test(s), own('FORMAT_ANSLAG')),
  anslagspost: z.int().positive().nullable(),
  anslagspostName: z.string().min(1).optional(),
  source: sourceSchema,
});

/** The same figure (or recipient) stated again elsewhere in the documents: the checks compare them. */
export const statementSchema = z.strictObject({
  amount: amountSchema.nullable().optional(),
  recipient: recipientSchema.optional(),
  source: sourceSchema,
});

/** A stated amount with its source; `amount: null` = not stated. */
export const statedAmountSchema = z.strictObject({
  amount: amountSchema.nullable(),
  source: sourceSchema.nullable(),
  alsoStated: z.array(statementSchema).optional(),
});

/**
 * Areas and lines share one shape: an area is a top-level line. A line with `lines` is a group whose
 * parts are those lines; `linesComplete` says the document declares that list complete.
 */
export const lineSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  titleEn: z.string().min(1).optional(),
  amount: amountSchema.nullable(),
  source: sourceSchema.nullable(),
  alsoStated: z.array(statementSchema).optional(),
  recipient: recipientSchema.nullable().optional(),
  key: z.enum(DISTRIBUTION_KEYS).optional(),
  funder: z.enum(FUNDERS).nullable().optional(),
  appropriation: appropriationSchema.nullable().optional(),
  linesComplete: z.boolean().optional(),
  get lines() {
    return z.array(lineSchema).optional();
  },
  note: z.string().optional(),
});

export const recipientTotalsSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  /** Which whole the parts divide: the total, the state's share or the regions' own share. */
  of: z.enum(['total', 'stateShare', 'regionsShare']),
  complete: z.boolean(),
  source: sourceSchema,
  parts: z
    .array(
      z.strictObject({
        id: idSchema,
        title: z.string().min(1),
        recipients: z.array(z.enum(RECIPIENT_TYPES)).min(1),
        amount: amountSchema,
        source: sourceSchema,
        alsoStated: z.array(statementSchema).optional(),
      }),
    )
    .min(1),
});

export const constraintSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['min-share', 'max-share']),
  percent: z.codec(
    z.string().refine((s) => AMOUNT_PATTERN.test(s) && new Dec(s).lte(100), own('FORMAT_PERCENT')),
    z.instanceof(Dec),
    { decode: (s) => new Dec(s), encode: (d) => d.toFixed() },
  ),
  /** The area whose funds the percentage is of. */
  area: idSchema,
  target: z.strictObject({
    description: z.string().min(1),
    descriptionEn: z.string().min(1).optional(),
    /** Lines that go to the target in full. */
    lines: z.array(idSchema),
    /** Lines of which some unknown part may go to the target. */
    possibleLines: z.array(idSchema),
  }),
  source: sourceSchema,
});

export const deadlineSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(DEADLINE_KINDS),
  /** YYYY-MM-DD ("senast den 1 december 2023"), or YYYY-MM when only the month is stated. */
  date: deadlineDateSchema,
  title: z.string().min(1),
  titleEn: z.string().min(1),
  /** Who must act (submit, pay back). */
  by: z.string().min(1).nullable(),
  /** To whom it is sent. */
  to: z.string().min(1).nullable(),
  /** Area ids it concerns; empty = the whole agreement. */
  areas: z.array(idSchema),
  source: sourceSchema,
});

export const partySchema = z.strictObject({
  name: z.string().min(1),
  role: z.enum(['state', 'skr', 'other']),
  signedOn: calendarDateSchema.nullable().optional(),
  signatory: z.string().min(1).optional(),
  source: sourceSchema.optional(),
});

export const diarienummerSchema = z.strictObject({
  value: z.string().min(1),
  issuer: z.string().min(1),
  description: z.string().min(1),
  source: sourceSchema,
});

export const agreementSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: idSchema,
    title: z.string().min(1),
    titleEn: z.string().min(1).optional(),
    year: z.int().min(1990).max(2100),
    /** The seed or file the figures come from; a source without `document` refers to it. */
    document: z.string().min(1),
    parties: z.array(partySchema),
    diarienummer: z.array(diarienummerSchema),
    total: statedAmountSchema,
    stateShare: statedAmountSchema,
    regionsShare: statedAmountSchema,
    /** A frame the government has set aside that the agreement draws on, when stated. */
    frame: statedAmountSchema.optional(),
    period: z.strictObject({ start: calendarDateSchema, end: calendarDateSchema, source: sourceSchema }).nullable(),
    areasComplete: z.boolean(),
    areas: z.array(lineSchema),
    recipientTotals: z.array(recipientTotalsSchema),
    constraints: z.array(constraintSchema),
    deadlines: z.array(deadlineSchema),
    notes: z.array(z.string()).optional(),
  })
  .superRefine((a, ctx) => {
    const lineIds = new Set<string>();
    const areaIds = new Set(a.areas.map((x) => x.id));
    const walk = (lines: readonly z.output<typeof lineSchema>[], path: (string | number)[]) => {
      lines.forEach((l, i) => {
        if (lineIds.has(l.id)) ctx.addIssue(reference('DUPLICATE_ID', l.id, [...path, i, 'id']));
        lineIds.add(l.id);
        if (l.lines) walk(l.lines, [...path, i, 'lines']);
      });
    };
    walk(a.areas, ['areas']);
    const unique = (items: readonly { id: string }[], key: string) => {
      const seen = new Set<string>();
      items.forEach((x, i) => {
        if (seen.has(x.id)) ctx.addIssue(reference('DUPLICATE_ID', x.id, [key, i, 'id']));
        seen.add(x.id);
      });
    };
    unique(a.deadlines, 'deadlines');
    unique(a.constraints, 'constraints');
    unique(a.recipientTotals, 'recipientTotals');
    a.constraints.forEach((c, i) => {
      if (!areaIds.has(c.area)) ctx.addIssue(reference('UNKNOWN_AREA', c.area, ['constraints', i, 'area']));
      for (const [field, ids] of [['lines', c.target.lines], ['possibleLines', c.target.possibleLines]] as const)
        ids.forEach((id, j) => {
          if (!lineIds.has(id)) ctx.addIssue(reference('UNKNOWN_LINE', id, ['constraints', i, 'target', field, j]));
        });
    });
    a.deadlines.forEach((d, i) =>
      d.areas.forEach((id, j) => {
        if (!areaIds.has(id)) ctx.addIssue(reference('UNKNOWN_AREA', id, ['deadlines', i, 'areas', j]));
      }),
    );
    if (a.period && a.period.end < a.period.start)
      ctx.addIssue(reference('PERIOD_REVERSED', a.period.start, ['period', 'end']));
  });
