import { checkAgreement, checkDistribution, issueCell, type TableCells } from '../../../core/checks';
import { distribute as distributeAmount } from '../../../core/distribution';
import { distributionRequest } from '../../../core/plan';
import type { DistributionTableRead } from '../../../excel/port';
import type { Pane } from '../pane';
import { populationTables, type AppState, type DistributableLine, type Finding } from '../state';
import { distributableLines } from './distribute';

/** Where the port found the rows and total of one table it read. */
const cellsOf =
  (t: DistributionTableRead): TableCells =>
  (_line, row) => {
    if (row === 'total') return { sheet: t.sheet, address: t.totalAddress };
    const r = t.rows[row];
    return r ? { sheet: t.sheet, address: r.amountAddress } : undefined;
  };

/**
 * The row a wrong total comes from: the amounts that differ from the line's distribution as the
 * pane computes it now. Only when a few do (an edit, not other settings), else the total itself.
 */
function editedCell(s: AppState, plan: DistributableLine, t: DistributionTableRead): { sheet: string; address: string } | undefined {
  const { request } = distributionRequest(plan, { population: populationTables(s), method: s.settings.method, unit: { exponent: s.settings.unitExponent } });
  const d = distributeAmount(request);
  if (!d.ok) return undefined;
  const expected = new Map(d.value.rows.map((r) => [r.id, r.amount.toFixed()]));
  const differing = t.rows.filter((r) => {
    const want = expected.get(String(r.code ?? ''));
    return want !== undefined && String(r.amount) !== want;
  });
  const first = differing[0];
  return first && differing.length <= 3 ? { sheet: t.sheet, address: first.amountAddress } : undefined;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** "Kontrollera": the agreement's own checks and every distribution table the add-in wrote; errors first. */
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
        const onTotal = issue.code === 'DISTRIBUTION_TOTAL_MISMATCH' ? editedCell(s, plan, t) : undefined;
        const where = onTotal ?? issueCell(issue.path, line.id, cellsOf(t));
        findings.push({ issue, ...(where ? { where } : {}), table: t.sheet });
      }
    }
    // Stable: within a severity the order the checks gave.
    findings.sort((x, y) => RANK[x.issue.severity] - RANK[y.issue.severity]);
    pane.set({ findings });
    const errors = findings.filter((f) => f.issue.severity === 'error').length;
    pane.focusNext = 'check-summary';
    pane.notify(errors > 0 ? 'error' : 'success', summary(pane, findings.length, errors, tables.length));
  });
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function summary(pane: Pane, findings: number, errors: number, tables: number): string {
  return pane.t(
    `${n(findings, 'anmärkning', 'anmärkningar')}, varav ${errors} fel, i överenskommelsen och ${n(tables, 'fördelningstabell', 'fördelningstabeller')}.`,
    `${n(findings, 'finding', 'findings')}, ${errors} of them ${errors === 1 ? 'an error' : 'errors'}, in the agreement and ${n(tables, 'distribution table', 'distribution tables')}.`,
  );
}

/** What the user can do about a finding, after its own sentence. */
export function nextStep(f: Finding, lang: 'sv' | 'en'): string {
  if (f.where)
    return lang === 'sv'
      ? `Rätta cellen ${f.where.address} på bladet ${f.where.sheet}, eller skriv bladet igen med Fördela.`
      : `Correct cell ${f.where.address} on the sheet ${f.where.sheet}, or write the sheet again with Distribute.`;
  if (f.table) return lang === 'sv' ? `Skriv bladet ${f.table} igen med Fördela.` : `Write the sheet ${f.table} again with Distribute.`;
  return lang === 'sv'
    ? 'Rätta överenskommelsens fil och öppna den igen, eller kontrollera mot överenskommelsens text.'
    : "Correct the agreement's file and open it again, or check it against the agreement's text.";
}

export async function showFinding(pane: Pane, f: Finding): Promise<void> {
  if (f.where) await showCell(pane, f.where);
}

/** "Visa cellen": activates the sheet and selects the cell a finding or a problem is about. */
export async function showCell(pane: Pane, where: { readonly sheet: string; readonly address: string }): Promise<void> {
  await pane.busy(pane.t('Visar cellen …', 'Showing the cell …'), () => pane.deps.port.select(where.sheet, where.address));
}
