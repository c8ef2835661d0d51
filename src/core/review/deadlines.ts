import type { Agreement } from '../agreements';
import { SCB_COUNTY_2023_12_31 } from '../reference';
import { prefillGrant } from '../templates';
import type { ReportContext } from './report';

/**
 * The report and repayment deadlines of the built-in agreements, per agreement and recipient, as a
 * review needs them (the CLI's review and the pane's), from the agreements `find` knows (the CLI's
 * catalog, the pane's list). The weights only decide the amounts the prefill computes, which a
 * deadline does not depend on.
 */
export function catalogReportDeadlines(find: (agreementId: string) => Agreement | undefined): NonNullable<ReportContext['deadlines']> {
  const cache = new Map<string, { report?: string; repayment?: string } | undefined>();
  return (agreementId, recipientCode) => {
    const key = `${agreementId}:${recipientCode}`;
    if (!cache.has(key)) {
      const agreement = find(agreementId);
      const grant = agreement ? prefillGrant(agreement, recipientCode, { weights: SCB_COUNTY_2023_12_31 }) : undefined;
      cache.set(
        key,
        grant?.ok
          ? {
              ...(grant.value.grant.reportDeadline ? { report: grant.value.grant.reportDeadline } : {}),
              ...(grant.value.grant.repaymentDeadline ? { repayment: grant.value.grant.repaymentDeadline } : {}),
            }
          : undefined,
      );
    }
    return cache.get(key);
  };
}
