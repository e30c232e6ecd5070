// Type tests: mistakes the compiler must reject. Checked by `npm run typecheck` (never executed).
import type { Amount, AmountCell, FundingBudget, Issue, Plan, PlanInput } from '../../src/index.js';
import { parsePlan } from '../../src/index.js';

declare const plan: Plan;
declare const cell: AmountCell;
declare const issue: Issue;

export function typeTests(): void {
  // A parsed amount is a string, never a number.
  // @ts-expect-error value is a decimal string
  const n: number = (cell as Amount).value;

  // A cell must be narrowed before reading the value: it may be a marker.
  // @ts-expect-error `value` does not exist on a Marker
  void cell.value;

  // Funding sources are a closed set.
  const budget: FundingBudget = {};
  // @ts-expect-error no such funding source
  void budget.european;

  // The result must be narrowed before reading the plan.
  const r = parsePlan({});
  // @ts-expect-error plan only exists when ok is true
  void r.plan;
  if (r.ok) void r.plan.meta.year;

  // Input accepts numbers for amounts; the year must be a number.
  const input: PlanInput = { meta: { authority: { kind: 'local_council', name: 'CL', uat: 'X' }, year: 2024 } };
  // @ts-expect-error the year is a number
  const bad: PlanInput = { meta: { authority: { kind: 'local_council', name: 'CL', uat: 'X' }, year: '2024' } };
  // @ts-expect-error unknown authority kind
  const bad2: PlanInput = { meta: { authority: { kind: 'primarie', name: 'CL', uat: 'X' }, year: 2024 } };

  // Issues are read-only.
  // @ts-expect-error path is readonly
  issue.path.push('x');

  void [n, plan, input, bad, bad2];
}
