import { fail, ok, type Result } from '../result';
import { apportion } from './apportion';
import { assemble } from './assemble';
import type { Distribution, DistributionRequest } from './types';
import { validateRequest, type ValidRequest } from './validate';

/**
 * Distributes an amount exactly: named fixed amounts first, then a base per recipient, then the
 * rest in proportion to the weights, rounded to the unit by the chosen method. Negative amounts
 * (repayments) are distributed as their absolute value and mirrored, so they round exactly like
 * the positive case. Three steps, each its own module: every check (`validateRequest`, which
 * reports all problems), the integer arithmetic (`apportion`), the result as data (`assemble`).
 */
export function distribute(request: DistributionRequest): Result<Distribution> {
  const valid = validateRequest(request);
  if (!valid.ok) return fail(...valid.issues);
  return ok(distributeValid(valid.value));
}

/** The arithmetic and assembly for a request that passed `validateRequest`. */
export function distributeValid(v: ValidRequest): Distribution {
  const shared = v.recipients.length > 0 && !v.weights.isZero;
  const rule = v.method === 'none' ? 'round' : v.method;
  const a = shared ? apportion(v.restUnits, v.weights.ints, rule, v.step) : undefined;
  return assemble(v, a);
}
