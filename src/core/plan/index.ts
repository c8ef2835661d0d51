export {
  planLine,
  planLines,
  distributionRequest,
  populationFor,
  type PlannableLine,
  type Payee,
  type WholePlan,
  type SharedPlan,
  type LinePlan,
  type NotPlanned,
  type PlanResult,
  type RequestOptions,
  type PopulationTables,
} from './plan';
export { PLAN_MESSAGES, notPlannedIssue, paidWholeIssue, payeeName, groupLabel } from './messages';
