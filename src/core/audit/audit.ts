import { METHOD_LABELS, TIE_BREAK_LABEL, type Distribution, type Method, type TieBreak } from '../distribution';
import { formatAmountPlain, unitLabel, unitString, type Unit } from '../money';
import type { Lang } from '../result';

/**
 * What a reviewer needs to reproduce a generated table: which agreement line, which amount, how it
 * was rounded, which weights from where and when, and which version of the product made it when.
 */
export interface AuditRecord {
  readonly kind: 'distribution' | 'rekvisition' | 'redovisning' | 'checks';
  readonly agreementId: string | null;
  readonly lineId: string | null;
  /** The distributed amount in kronor, a decimal string. */
  readonly amount: string | null;
  readonly method: Method | null;
  /** The unit as the CLI writes it: "1", "0.01", "1000". */
  readonly unit: string | null;
  readonly tieBreak: TieBreak | null;
  readonly source: {
    readonly kind: string;
    readonly id: string;
    readonly description: string;
    readonly publisher: string | null;
    readonly referenceDate: string | null;
  } | null;
  readonly productVersion: string;
  /** ISO 8601 with time zone: when the table was written. */
  readonly generatedAt: string;
}

export interface GenerationStamp {
  readonly productVersion: string;
  readonly generatedAt: string;
}

export function distributionAudit(agreementId: string, lineId: string, d: Distribution, stamp: GenerationStamp): AuditRecord {
  return {
    kind: 'distribution',
    agreementId,
    lineId,
    amount: d.amount.toFixed(),
    method: d.method,
    unit: unitString(d.unit),
    tieBreak: d.tieBreak,
    source: d.source
      ? {
          kind: d.source.kind,
          id: d.source.id,
          description: d.source.description,
          publisher: d.source.publisher ?? null,
          referenceDate: d.source.referenceDate ?? null,
        }
      : null,
    productVersion: stamp.productVersion,
    generatedAt: stamp.generatedAt,
  };
}

/** The record as label/value rows for a sheet, in the user's language; `unit` is needed for its label. */
export function auditRows(r: AuditRecord, lang: Lang, unit?: Unit): [string, string][] {
  const t = (sv: string, en: string) => (lang === 'sv' ? sv : en);
  const rows: [string, string][] = [];
  const add = (sv: string, en: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') rows.push([t(sv, en), value]);
  };
  add('Överenskommelse', 'Agreement', r.agreementId);
  add('Rad', 'Line', r.lineId);
  add('Belopp att fördela, kr', 'Amount to distribute, SEK', r.amount === null ? null : formatAmountPlain(r.amount));
  add('Metod', 'Method', r.method ? METHOD_LABELS[r.method][lang] : null);
  add('Enhet', 'Unit', unit ? unitLabel(unit, lang) : r.unit);
  add('Lika rester', 'Ties', r.tieBreak ? TIE_BREAK_LABEL[lang] : null);
  add('Fördelningsnyckel', 'Distribution key', r.source?.description);
  add('Källa', 'Source', r.source?.publisher);
  add('Referensdatum', 'Reference date', r.source?.referenceDate);
  add('Version', 'Version', `Bidragskollen ${r.productVersion}`);
  add('Skapad', 'Created', r.generatedAt);
  return rows;
}

/** The machine-readable record, kept in a hidden cell beside the marker. */
export const auditJson = (r: AuditRecord): string => JSON.stringify(r);
