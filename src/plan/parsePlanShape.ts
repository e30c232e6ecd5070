import type { Issue } from '../issues/types.js';
import { safeParseWithIssues } from './issuesFromZod.js';
import { PlanSchema, type Plan } from './schemas/plan.js';

/** Validates the shape of a plan (the schema alone), never throwing. */
export function parsePlanShape(input: unknown): { ok: true; plan: Plan } | { ok: false; issues: readonly Issue[] } {
  const parsed = safeParseWithIssues(PlanSchema, input);
  return parsed.ok ? { ok: true, plan: parsed.data } : parsed;
}
