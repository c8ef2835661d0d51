import type Decimal from 'decimal.js';
import { sum } from '../money';
import type { Lang } from '../result';
import type { ReportFinding, ReportReview, ReportStatus } from './report';

export const STATUS_LABELS: Readonly<Record<ReportStatus, Record<Lang, string>>> = {
  ok: { sv: 'Godkänd', en: 'Approved' },
  remarks: { sv: 'Anmärkning', en: 'Remarks' },
  errors: { sv: 'Fel', en: 'Errors' },
  incomplete: { sv: 'Ofullständig', en: 'Incomplete' },
  late: { sv: 'Försenad', en: 'Late' },
  refused: { sv: 'Ej granskad', en: 'Not reviewed' },
};

export interface FollowUp {
  /** One per report, by agreement, then recipient, then file; refused sheets last. */
  readonly reports: readonly ReportReview[];
  /** Every finding, located (file, sheet, cell, name), in the order of `reports`. */
  readonly findings: readonly ReportFinding[];
  /** Over the reports that were reviewed. */
  readonly totals: { readonly agreed: Decimal; readonly received: Decimal; readonly costs: Decimal; readonly unused: Decimal; readonly toRepay: Decimal };
  readonly byStatus: Readonly<Record<ReportStatus, number>>;
}

/** Many reviewed reports as one follow-up: what each was granted, received, spent and must pay back. */
export function consolidateReports(reviews: readonly ReportReview[]): FollowUp {
  const reports = [...reviews].sort(
    (a, b) =>
      Number(a.status === 'refused') - Number(b.status === 'refused') ||
      (a.agreementId ?? '').localeCompare(b.agreementId ?? '') ||
      (a.recipientCode ?? '').localeCompare(b.recipientCode ?? '', 'sv', { numeric: true }) ||
      a.file.localeCompare(b.file) ||
      a.sheet.localeCompare(b.sheet),
  );
  const reviewed = reports.filter((r) => r.status !== 'refused');
  const total = (pick: (r: ReportReview) => Decimal | null) => sum(reviewed.flatMap((r) => pick(r) ?? []));
  const byStatus = { ok: 0, remarks: 0, errors: 0, incomplete: 0, late: 0, refused: 0 };
  for (const r of reports) byStatus[r.status]++;
  return {
    reports,
    findings: reports.flatMap((r) => r.findings),
    totals: { agreed: total((r) => r.agreed), received: total((r) => r.received), costs: total((r) => r.costs), unused: total((r) => r.unused), toRepay: total((r) => r.toRepay) },
    byStatus,
  };
}
