export {
  planLine,
  planLines,
  distributionRequest,
  type PlannableLine,
  type Payee,
  type WholePlan,
  type SharedPlan,
  type LinePlan,
  type NotPlanned,
  type PlanResult,
  type RequestOptions,
} from './plan';
