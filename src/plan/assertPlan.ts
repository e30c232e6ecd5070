import { PlanValidationError } from '../issues/PlanValidationError.js';
import { parsePlan, type ParsePlanOptions } from './parsePlan.js';
import type { Plan } from './schemas/plan.js';

/**
 * Like {@link parsePlan}, for code that prefers exceptions: returns the plan, or throws a
 * {@link PlanValidationError} carrying every issue. Warnings do not throw.
 *
 * @param input - Anything; typically the result of `JSON.parse`.
 * @param options - Warning codes to leave out.
 * @returns The parsed plan.
 * @throws {@link PlanValidationError} when the input has errors.
 * @category Validation
 * @example
 * ```ts
 * import { assertPlan } from 'plan-servicii-sociale';
 * const plan = assertPlan({ meta: { authority: { kind: 'county_council', name: 'Consiliul Județean Mureș', uat: 'Mureș' }, year: 2025 } });
 * plan.meta.authority.kind; //=> 'county_council'
 * ```
 */
export function assertPlan(input: unknown, options?: ParsePlanOptions): Plan {
  const result = parsePlan(input, options);
  if (!result.ok) throw new PlanValidationError(result.issues);
  return result.plan;
}
