// Loaded on demand: the distribution sheet's layout and audit record are not needed until "Fördela".
export { distributionSheet } from '../../../core/templates';
