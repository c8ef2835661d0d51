// The agreement format's fixed vocabularies, apart from the schema so code that only needs the
// words (the custom functions' DEADLINE) does not carry zod.
export const RECIPIENT_TYPES = ['skr', 'regions-via-skr', 'regions', 'municipalities', 'samverkansregioner', 'region', 'other'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const DISTRIBUTION_KEYS = ['population', 'equal', 'fixed', 'performance', 'unspecified'] as const;
export const FUNDERS = ['state', 'regions'] as const;

export const DEADLINE_KINDS = ['requisition', 'repayment', 'financial-report', 'final-report', 'interim-report', 'check-in'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
