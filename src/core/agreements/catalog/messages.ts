import type { Catalogue, IssueOf } from '../../result';

/** What looking up a built-in agreement can say; apart from the file messages, which the custom functions never need. */
export const CATALOG_MESSAGES = {
  UNKNOWN_AGREEMENT: {
    excel: '#N/A',
    sv: (p: { id: string; known: string }) => `Det finns ingen inbyggd överenskommelse med id "${p.id}". Kända id: ${p.known}.`,
    en: (p: { id: string; known: string }) => `There is no built-in agreement with id "${p.id}". Known ids: ${p.known}.`,
  },
} as const satisfies Catalogue;

export type CatalogIssue = IssueOf<typeof CATALOG_MESSAGES>;
