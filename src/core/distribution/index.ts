export { distribute } from './distribute';
export { apportion, type Apportionment, type IntWeights, type Rule } from './apportion';
export { DISTRIBUTION_MESSAGES, MAX_RECIPIENTS, type DistributionIssue, type DistributionIssueCode } from './messages';
export * from './types';
export { parseMethod, METHOD_LABELS, TIE_BREAK_LABEL } from './method';
export { distributionToJson, QUOTA_DECIMALS, type DistributionJson } from './serialize';
