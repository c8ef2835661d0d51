// Loaded on demand: the distribution sheet's layout and audit record are not needed until "Fördela".
export { distributionPlan } from '../../../core/sheetplan';
