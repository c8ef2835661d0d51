import type Decimal from 'decimal.js';
import type { DistributionKey } from '../agreements';

/**
 * The part of the catalog's agreement model (src/core/agreements) the templates read, written
 * structurally so the catalog's `Agreement` is assignable to it and the templates depend on no more
 * of it than they use.
 */
export type RecipientLike =
  | { readonly type: 'skr' }
  | { readonly type: 'regions-via-skr' }
  | { readonly type: 'regions' }
  | { readonly type: 'municipalities' }
  | { readonly type: 'samverkansregioner' }
  | { readonly type: 'region'; readonly code: string; readonly viaSkr?: boolean | undefined }
  | { readonly type: 'other'; readonly name: string };

export interface AppropriationLike {
  readonly utgiftsomrade: number;
  readonly anslag: string;
  readonly anslagspost: number | null;
  readonly anslagspostName?: string | undefined;
}

export interface LineLike {
  readonly id: string;
  readonly title: string;
  readonly titleEn?: string | undefined;
  readonly amount: Decimal | null;
  readonly recipient?: RecipientLike | null | undefined;
  readonly key?: DistributionKey | undefined;
  readonly funder?: 'state' | 'regions' | null | undefined;
  readonly appropriation?: AppropriationLike | null | undefined;
  readonly lines?: readonly LineLike[] | undefined;
}

export interface DeadlineLike {
  readonly id: string;
  readonly kind: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is stated. */
  readonly date: string;
  readonly title: string;
  readonly by: string | null;
  readonly areas: readonly string[];
}

export interface AgreementLike {
  readonly id: string;
  readonly title: string;
  readonly titleEn?: string | undefined;
  readonly year: number;
  readonly period: { readonly start: string; readonly end: string } | null;
  /** Only Regeringskansliet's numbers belong on the forms; SKR's own ärendenummer do not. */
  readonly diarienummer: readonly { readonly value: string; readonly issuer: string; readonly description: string }[];
  readonly areas: readonly LineLike[];
  readonly deadlines: readonly DeadlineLike[];
}
