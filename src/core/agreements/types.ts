import type { z } from 'zod';
import type {
  agreementSchema,
  constraintSchema,
  deadlineSchema,
  lineSchema,
  recipientSchema,
  recipientTotalsSchema,
  sourceSchema,
  statedAmountSchema,
  statementSchema,
} from './schema';

export type { RecipientType, DeadlineKind } from './schema';

/** An agreement in code: amounts are Decimal, unknown amounts are null. */
export type Agreement = z.output<typeof agreementSchema>;
/** The same agreement as it stands in a JSON file (amounts as decimal strings). */
export type AgreementJson = z.input<typeof agreementSchema>;
export type Line = z.output<typeof lineSchema>;
/** An area is a top-level line. */
export type Area = Line;
export type Recipient = z.output<typeof recipientSchema>;
export type Source = z.output<typeof sourceSchema>;
export type StatedAmount = z.output<typeof statedAmountSchema>;
export type Statement = z.output<typeof statementSchema>;
export type RecipientTotals = z.output<typeof recipientTotalsSchema>;
export type Constraint = z.output<typeof constraintSchema>;
export type Deadline = z.output<typeof deadlineSchema>;
export type DistributionKey = NonNullable<Line['key']>;
export type Funder = NonNullable<Line['funder']>;
