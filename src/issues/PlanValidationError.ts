import type { Issue } from './types.js';

/**
 * Thrown by {@link assertPlan} when a plan has errors. It carries every issue found (errors,
 * warnings and notes), so a caller that catches it loses nothing.
 *
 * @category Issues
 * @example
 * ```ts
 * import { assertPlan, PlanValidationError } from 'plan-servicii-sociale';
 * let caught: unknown;
 * try { assertPlan({}); } catch (error) { caught = error; }
 * caught instanceof PlanValidationError; //=> true
 * (caught as PlanValidationError).issues[0]?.code; //=> 'value.required'
 * ```
 */
export class PlanValidationError extends Error {
  /** Every issue found, errors first in document order. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    const first = errors[0];
    const where = first ? ` at ${first.path.length ? first.path.join('.') : '(document)'}: ${first.message.en}` : '';
    super(`plan-servicii-sociale: invalid plan, ${errors.length} error(s)${where}`);
    this.name = 'PlanValidationError';
    this.issues = issues;
  }
}
