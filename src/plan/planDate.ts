import type { Plan } from './schemas/plan.js';

/** The day a plan's codes are checked as of: its decision date, or 1 January of its year. */
export function planDate(plan: Plan): string {
  return plan.meta.decision?.date ?? `${plan.meta.year}-01-01`;
}
