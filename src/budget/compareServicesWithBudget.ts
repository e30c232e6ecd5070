import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { Plan } from '../plan/schemas/plan.js';
import type { FUNDING_SOURCES } from '../plan/schemas/fundingSources.js';
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { parseBudgetCode } from './parseBudgetCode.js';
import { totalsByFunctionalCode } from './totalsByFunctionalCode.js';
import type { BudgetClassification } from './types.js';

/**
 * Options of {@link compareServicesWithBudget}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { CompareServicesWithBudgetOptions } from 'plan-servicii-sociale/budget';
 * const o: CompareServicesWithBudgetOptions = { sources: ['local', 'state'] };
 * o.sources; //=> ['local', 'state']
 * ```
 */
export interface CompareServicesWithBudgetOptions {
  /** Funding sources of chapter I counted as spending of the budget tables; `['local']` (*buget local*) by default. */
  readonly sources?: readonly (typeof FUNDING_SOURCES)[number][];
  /** Unit assumed for tables that print none; `lei` by default. */
  readonly assumeUnit?: 'lei' | 'mii lei';
  /** The classification to use; the bundled one by default. */
  readonly classification?: BudgetClassification;
}

/**
 * One functional code named by services of chapter I.A, with what the services plan under it and
 * what the budget tables give it (lei).
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { ServicesBudgetComparison } from 'plan-servicii-sociale/budget';
 * const c: ServicesBudgetComparison = { functionalCode: '68.02.11', services: [{ part: 'I.A', index: 3 }], servicesTotal: '323400', tableTotal: '323400', difference: '0' };
 * c.difference; //=> '0'
 * ```
 */
export interface ServicesBudgetComparison {
  /** Canonical functional code. */
  readonly functionalCode: string;
  /** The services that name it: `I.A` rows of `chapter1.existingServices`, `I.B` rows of `chapter1.proposedServices`. */
  readonly services: readonly { readonly part: 'I.A' | 'I.B'; readonly index: number }[];
  /** Their budgets added up over the chosen sources, in lei. */
  readonly servicesTotal: string;
  /** Annual total of the budget tables under the code, in lei; `null` when no table falls under it. */
  readonly tableTotal: string | null;
  /** `tableTotal − servicesTotal`, when there is a table total. */
  readonly difference: string | null;
}

/**
 * What {@link compareServicesWithBudget} returns.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { compareServicesWithBudget, type ServicesBudgetCheck } from 'plan-servicii-sociale/budget';
 * import { parsePlan } from 'plan-servicii-sociale';
 * const plan = parsePlan({ meta: { authority: { kind: 'local_council', name: 'Consiliul Local X', uat: 'X' }, year: 2020 } });
 * const r: ServicesBudgetCheck | undefined = plan.ok ? compareServicesWithBudget(plan.plan) : undefined;
 * r?.comparisons; //=> []
 * ```
 */
export interface ServicesBudgetCheck {
  readonly comparisons: readonly ServicesBudgetComparison[];
  /** `budget_table.services_exceed_budget`, `budget_table.no_table_for_code`, and the codes' and tables' own issues. */
  readonly issues: readonly Issue[];
}

/**
 * Links chapter I to the budget chapter: each existing (I.A) or proposed (I.B) service that names
 * the functional code financing it (`functionalCode`, e.g. "68.02.11") is grouped under that code, and the services'
 * budgets (by default the *buget local* column, in lei) are compared with the annual total of the
 * budget tables under the same code (a table under "68.02.11" or under one of its paragraphs).
 * It warns when the services need more than the tables give (`budget_table.services_exceed_budget`)
 * and when a code has no table at all (`budget_table.no_table_for_code`). Services in euro are not
 * counted (never converted). The plan is not changed.
 *
 * @param plan - A plan returned by `parsePlan`.
 * @param options - Which sources count, the unit of tables that print none, the classification.
 * @category Budget tables
 * @example
 * ```ts
 * import { parsePlan } from 'plan-servicii-sociale';
 * import { compareServicesWithBudget } from 'plan-servicii-sociale/budget';
 * const parsed = parsePlan({
 *   meta: { authority: { kind: 'local_council', name: 'Consiliul Local X', uat: 'X' }, year: 2020 },
 *   chapter1: { existingServices: { rows: [{ name: 'Creșa', functionalCode: '68.02.11', budget: { local: '400000' } }] } },
 *   budgetChapter: { tables: [{ functionalCode: '68.02.11', unit: 'lei', rows: [{ code: '0', annual: '323400', q1: '94300', q2: '85300', q3: '75400', q4: '68400' }] }] },
 * });
 * const r = parsed.ok ? compareServicesWithBudget(parsed.plan) : undefined;
 * r?.comparisons; //=> [{ functionalCode: '68.02.11', services: [{ part: 'I.A', index: 0 }], servicesTotal: '400000', tableTotal: '323400', difference: '-76600' }]
 * r?.issues.map((i) => i.code); //=> ['budget_table.services_exceed_budget']
 * ```
 */
export function compareServicesWithBudget(plan: Plan, options: CompareServicesWithBudgetOptions = {}): ServicesBudgetCheck {
  const classification = options.classification ?? BUDGET_CLASSIFICATION;
  const sources = options.sources ?? ['local'];
  const issues: Issue[] = [];
  const groups = new Map<string, { services: { part: 'I.A' | 'I.B'; index: number }[]; total: Dec }>();
  const rows = [
    ...(plan.chapter1?.existingServices?.rows ?? []).map((row, index) => ({ row, part: 'I.A' as const, key: 'existingServices', index })),
    ...(plan.chapter1?.proposedServices?.rows ?? []).map((row, index) => ({ row, part: 'I.B' as const, key: 'proposedServices', index })),
  ];
  const pathOf = (s: { key: string; index: number }) => ['chapter1', s.key, 'rows', s.index, 'functionalCode'];
  for (const { row, part, key, index } of rows) {
    const raw = row.functionalCode?.trim();
    if (!raw) continue;
    const path = pathOf({ key, index });
    const code = parseBudgetCode(raw, { kind: 'functional', classification });
    for (const issue of code.issues) issues.push(createIssue(issue.code, path, issue.params, issue.severity));
    if (!code.ok) continue;
    const canonical = code.form === 'generic' && code.equivalent !== undefined ? code.equivalent : code.code;
    const group = groups.get(canonical) ?? { services: [], total: new Dec(0) };
    group.services.push({ part, index });
    for (const s of sources) {
      const cell = row.budget?.[s];
      if (cell?.kind === 'amount' && cell.currency === 'RON') group.total = group.total.plus(cell.value);
    }
    groups.set(canonical, group);
  }
  if (!groups.size) return { comparisons: [], issues };
  const tables = totalsByFunctionalCode(plan.budgetChapter?.tables ?? [], { classification, path: ['budgetChapter', 'tables'], ...(options.assumeUnit ? { assumeUnit: options.assumeUnit } : {}) });
  const totals = new Map((tables.ok ? tables.totals : []).map((t) => [t.functionalCode, t.annual]));
  issues.push(...tables.issues);
  const comparisons = [...groups].map(([functionalCode, g]) => {
    const servicesTotal = toDecimalString(g.total);
    const annual = totals.get(functionalCode);
    if (annual === undefined) {
      for (const s of g.services) {
        const key = s.part === 'I.A' ? 'existingServices' : 'proposedServices';
        const name = plan.chapter1?.[key]?.rows[s.index]?.name ?? `${s.part} #${s.index + 1}`;
        issues.push(createIssue('budget_table.no_table_for_code', pathOf({ key, index: s.index }), { name, functionalCode }));
      }
      return { functionalCode, services: g.services, servicesTotal, tableTotal: null, difference: null };
    }
    const difference = new Dec(annual).minus(g.total);
    if (difference.isNegative()) {
      issues.push(
        createIssue('budget_table.services_exceed_budget', ['budgetChapter', 'tables'], { functionalCode, expected: servicesTotal, found: annual, difference: toDecimalString(difference) }),
      );
    }
    return { functionalCode, services: g.services, servicesTotal, tableTotal: annual, difference: toDecimalString(difference) };
  });
  return { comparisons, issues };
}
