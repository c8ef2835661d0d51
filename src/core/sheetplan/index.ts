export * from './types';
export { columnLetters, columnNumber, cellRef, parseCell, parseRange, rangeRef, quoteSheet, type Box } from './a1';
export { PlanGrid, text, num, approx, date, formula, EMPTY, columnRange, splitBlock, estimateBytes } from './grid';
export { distributionPlan, distributionPlanId, tableNameFor, DISTRIBUTION_LAYOUT, type DistributionPlanInput } from './distribution';
export { freeName, freeTableName } from './names';
export { templatePlan } from './template';
