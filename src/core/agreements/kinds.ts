// The agreement format's fixed vocabularies, apart from the schema so code that only needs the
// words (the custom functions' DEADLINE) does not carry zod.
export const RECIPIENT_TYPES = ['skr', 'regions-via-skr', 'regions', 'municipalities', 'samverkansregioner', 'region', 'other'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const DISTRIBUTION_KEYS = ['population', 'equal', 'fixed', 'performance', 'unspecified'] as const;
export type DistributionKeyCode = (typeof DISTRIBUTION_KEYS)[number];

/** How a key reads in a sentence ("fördelas efter befolkning"). */
export const DISTRIBUTION_KEY_LABELS: Readonly<Record<DistributionKeyCode, { readonly sv: string; readonly en: string }>> = {
  population: { sv: 'efter befolkning', en: 'by population' },
  equal: { sv: 'lika belopp', en: 'equal shares' },
  fixed: { sv: 'fast belopp', en: 'fixed amount' },
  performance: { sv: 'prestationsbaserat', en: 'performance-based' },
  unspecified: { sv: 'fördelning ej angiven', en: 'distribution not stated' },
};
export const FUNDERS = ['state', 'regions'] as const;

export const DEADLINE_KINDS = ['requisition', 'repayment', 'financial-report', 'final-report', 'interim-report', 'check-in'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
