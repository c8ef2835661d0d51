import { checkAgreement, checkDistribution, issueCell, type TableCells } from '../../../core/checks';
import type { DistributionTableRead } from '../../../excel/port';
import type { Pane } from '../pane';
import type { Finding } from '../state';
import { distributableLines } from './distribute';

/** Where the port found the rows and total of one table it read. */
const cellsOf =
  (t: DistributionTableRead): TableCells =>
  (_line, row) => {
    if (row === 'total') return { sheet: t.sheet, address: t.totalAddress };
    const r = t.rows[row];
    return r ? { sheet: t.sheet, address: r.amountAddress } : undefined;
  };

/** "Kontrollera": the agreement's own checks and every distribution table the add-in wrote. */
export async function check(pane: Pane): Promise<void> {
  await pane.busy(pane.t('Kontrollerar …', 'Checking …'), async () => {
    const s = pane.state;
    const a = s.agreement;
    const findings: Finding[] = a ? checkAgreement(a).map((issue) => ({ issue })) : [];
    const tables = await pane.deps.port.readDistributionTables();
    for (const t of tables) {
      const [, agreementId, lineId] = t.planId.split(':');
      const agreement = s.agreements.find((x) => x.id === agreementId);
      const plan = agreement ? distributableLines(agreement).find((l) => l.visit.line.id === lineId) : undefined;
      if (!plan) continue;
      // The table is checked against what the line means: its recipient by the inheritance rule, the key the planner shared it by.
      const line = { ...plan.visit.line, recipient: plan.visit.inherited.recipient, key: plan.key };
      const rows = t.rows.map((r) => ({ recipient: String(r.code ?? r.recipient ?? ''), amount: r.amount === null || r.amount === '' ? '' : (r.amount as number | string) }));
      const statedTotal = typeof t.total === 'number' || typeof t.total === 'string' ? t.total : undefined;
      for (const issue of checkDistribution(line, rows, statedTotal === undefined ? {} : { statedTotal })) {
        const where = issueCell(issue.path, line.id, cellsOf(t));
        findings.push({ issue, ...(where ? { where } : {}), table: t.sheet });
      }
    }
    pane.set({ findings });
    const errors = findings.filter((f) => f.issue.severity === 'error').length;
    pane.notify(
      errors > 0 ? 'error' : 'success',
      pane.t(
        `${findings.length} anmärkningar, varav ${errors} fel, i överenskommelsen och ${tables.length} fördelningstabeller.`,
        `${findings.length} findings, ${errors} of them errors, in the agreement and ${tables.length} distribution tables.`,
      ),
    );
  });
}

export async function showFinding(pane: Pane, f: Finding): Promise<void> {
  const where = f.where;
  if (!where) return;
  await pane.busy(pane.t('Visar cellen …', 'Showing the cell …'), () => pane.deps.port.select(where.sheet, where.address));
}
