import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { issuesFromZod } from './issuesFromZod.js';
import { PlanSchema, type Plan } from './schemas/plan.js';

/** Validates the shape of a plan (the schema alone), never throwing. */
export function parsePlanShape(input: unknown): { ok: true; plan: Plan } | { ok: false; issues: readonly Issue[] } {
  try {
    const parsed = PlanSchema.safeParse(input, { reportInput: true });
    return parsed.success ? { ok: true, plan: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error.issues) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [createIssue('input.unreadable', [], { reason })] };
  }
}
