import type Decimal from 'decimal.js';
import type { Method, TieBreak } from '../distribution';
import type { Unit } from '../money';

/**
 * What a form needs to know about one recipient's grant: the agreement, the recipient, and the lines
 * it requisitions itself with their amounts, appropriation posts and deadlines. Built from the
 * catalog and the distribution by `prefillGrant`; the forms depend on nothing else.
 */
export interface Grant {
  readonly agreement: {
    readonly id: string;
    readonly name: string;
    /** YYYY-MM-DD, the period the grant is for. */
    readonly periodStart: string;
    readonly periodEnd: string;
    /** Regeringskansliets diarienummer, when the catalog knows them. */
    readonly diarienummer?: string;
    readonly diarienummerUtbetalning?: string;
  };
  readonly recipient: {
    /** `skr`, a county code (`13`), a municipality code (`0180`) or a samverkansregion id (`sodra`). */
    readonly code: string;
    readonly name: string;
    readonly kind: 'skr' | 'region' | 'municipality' | 'samverkansregion';
  };
  readonly lines: readonly GrantLine[];
  /** Sum of the lines. */
  readonly total: Decimal;
  readonly unit: Unit;
  /** Earliest requisition deadline over the lines, YYYY-MM-DD. */
  readonly requisitionDeadline?: string;
  readonly repaymentDeadline?: string;
  readonly reportDeadline?: string;
}

export interface GrantLine {
  /** The catalog's line id. */
  readonly lineId: string;
  readonly areaName: string;
  readonly lineName: string;
  /** What this recipient requisitions of the line. */
  readonly amount: Decimal;
  /** The line's whole amount in the agreement. */
  readonly lineAmount: Decimal;
  /** e.g. "UO 9 anslag 1:6 ap. 40 Jämlik sjukvård". */
  readonly appropriation?: string;
  readonly requisitionDeadline?: string;
  readonly repaymentDeadline?: string;
  readonly reportDeadline?: string;
  /** How the amount was arrived at, for the audit block. */
  readonly basis: GrantBasis;
}

export type GrantBasis =
  | { readonly kind: 'whole' }
  | {
      readonly kind: 'distributed';
      readonly key: 'population' | 'weights' | 'equal';
      readonly method: Method;
      readonly unit: Unit;
      readonly tieBreak: TieBreak;
      readonly sourceDescription: string;
      readonly publisher?: string;
      readonly referenceDate?: string;
    };

/** Stamped on every generated sheet so an auditor can trace each number. */
export interface GenerationInfo {
  readonly productVersion: string;
  /** ISO timestamp, injected so golden files are stable. */
  readonly generatedAt: string;
}
