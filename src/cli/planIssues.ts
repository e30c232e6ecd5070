import { parsePlan, type Issue, type Plan } from '../index.js';
import { reconcileBudgetTable } from '../budget/index.js';
import { checkPlanBudgets } from '../cost-standards/index.js';
import { HG_867_2015 } from '../nomenclature/index.js';

/** What `check` finds in a plan: the plan when its shape is valid, and every issue. */
export type PlanCheck = { readonly plan?: Plan; readonly issues: readonly Issue[] };

/** The issues of every budget table of the budget chapter, each path starting at the plan. */
function budgetTableIssues(plan: Plan): Issue[] {
  return (plan.budgetChapter?.tables ?? []).flatMap((table, i) => reconcileBudgetTable(table, { path: ['budgetChapter', 'tables', i] }).issues);
}

/** parsePlan with the nomenclature, then the budgets against the cost standards and the budget tables. */
export function checkPlanInput(input: unknown): PlanCheck {
  const parsed = parsePlan(input, { nomenclature: HG_867_2015 });
  if (!parsed.ok) return { issues: parsed.issues };
  const plan = parsed.plan;
  return { plan, issues: [...parsed.issues, ...checkPlanBudgets(plan).issues, ...budgetTableIssues(plan)] };
}
