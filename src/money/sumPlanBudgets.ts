import { sourceTotals, sumAmountCells, type CurrencyTotals } from '../plan/amounts.js';
import type { FundingBudget } from '../plan/schemas/chapter1.js';
import type { Plan } from '../plan/schemas/plan.js';
import type { SourceTotals } from '../plan/summarizePlan.js';

/**
 * The parts of chapter I that carry budgets by funding source.
 *
 * @category Money
 * @example
 * ```ts
 * import { BUDGET_PARTS } from 'plan-servicii-sociale/money';
 * BUDGET_PARTS; //=> ['I.A', 'I.B', 'I.C']
 * ```
 */
export const BUDGET_PARTS = ['I.A', 'I.B', 'I.C'] as const;

/**
 * One service of chapter I with its budget totals.
 *
 * @category Money
 * @example
 * ```ts
 * import type { ServiceBudget } from 'plan-servicii-sociale/money';
 * const s: ServiceBudget = { part: 'I.A', index: 0, path: ['chapter1', 'existingServices', 'rows', 0, 'budget'], name: 'Centru de zi', totals: [] };
 * s.part; //=> 'I.A'
 * ```
 */
export interface ServiceBudget {
  /** `I.A` existing, `I.B` proposed, `I.C` contracted. */
  readonly part: (typeof BUDGET_PARTS)[number];
  /** Row index in its part. */
  readonly index: number;
  /** Path of the budget in the plan. */
  readonly path: readonly (string | number)[];
  /** Service name, when written. */
  readonly name?: string;
  /** Service code: canonical when it could be read, else as written. */
  readonly code?: string;
  /** Totals by source, one record per currency (lei and euro are never added). */
  readonly totals: readonly SourceTotals[];
}

/**
 * A plan's budget totals: per service, per part of chapter I, per funding source and overall.
 *
 * @category Money
 * @example
 * ```ts
 * import { sumPlanBudgets, type PlanBudgetTotals } from 'plan-servicii-sociale/money';
 * import { assertPlan } from 'plan-servicii-sociale';
 * const t: PlanBudgetTotals = sumPlanBudgets(assertPlan({ meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2024 } }));
 * t.total; //=> {}
 * ```
 */
export interface PlanBudgetTotals {
  /** Every service of I.A, I.B and I.C in order. */
  readonly services: readonly ServiceBudget[];
  /** Totals by source of each part; I.D is the subsidy programme's estimated budget. */
  readonly byPart: Readonly<Record<(typeof BUDGET_PARTS)[number], readonly SourceTotals[]>> & { readonly 'I.D': CurrencyTotals };
  /** Totals by source over I.A–I.C. */
  readonly bySource: readonly SourceTotals[];
  /** Grand total of chapter I (A–D), per currency. */
  readonly total: CurrencyTotals;
}

/** The budget of each service row of chapter I, with where it is. */
export function serviceBudgets(plan: Plan): { part: ServiceBudget['part']; index: number; path: (string | number)[]; row: { name?: string | undefined; serviceCode?: { kind: string; raw?: string; canonical?: string } | unknown }; budget: FundingBudget | undefined }[] {
  const ch = plan.chapter1;
  return [
    ...(ch?.existingServices?.rows ?? []).map((row, index) => ({ part: 'I.A' as const, index, path: ['chapter1', 'existingServices', 'rows', index, 'budget'], row, budget: row.budget })),
    ...(ch?.proposedServices?.rows ?? []).map((row, index) => ({ part: 'I.B' as const, index, path: ['chapter1', 'proposedServices', 'rows', index, 'budget'], row, budget: row.budget })),
    ...(ch?.contracting?.rows ?? []).map((row, index) => ({ part: 'I.C' as const, index, path: ['chapter1', 'contracting', 'rows', index, 'estimatedValue'], row, budget: row.estimatedValue })),
  ];
}

/** Canonical code of a service code cell when it could be read, else the text as written. */
export function codeOf(cell: unknown): string | undefined {
  if (!cell || typeof cell !== 'object') return undefined;
  const c = cell as { kind?: string; raw?: string; canonical?: string };
  return c.kind === 'code' ? (c.canonical ?? c.raw) : undefined;
}

/**
 * Adds up a parsed plan's budgets exactly: by funding source, by service, by part of chapter I and
 * overall, one record per currency. Markers ("-", "Nu este cazul") count as nothing; nothing is
 * rounded.
 *
 * @param plan - A plan returned by `parsePlan` (or `assertPlan`).
 * @throws TypeError when an amount is not canonical (the plan was not parsed).
 * @category Money
 * @example
 * ```ts
 * import { assertPlan } from 'plan-servicii-sociale';
 * import { sumPlanBudgets } from 'plan-servicii-sociale/money';
 * const plan = assertPlan({
 *   meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2024 },
 *   chapter1: {
 *     existingServices: { rows: [{ name: 'A', budget: { local: '100', state: '50' } }, { name: 'B', budget: { local: '10.50' } }] },
 *     subsidy: { estimatedBudget: '20' },
 *   },
 * });
 * const t = sumPlanBudgets(plan);
 * t.byPart['I.A'][0]?.bySource.local; //=> '110.50'
 * t.services[1]?.totals[0]?.total; //=> '10.50'
 * t.total; //=> { RON: '180.50' }
 * ```
 */
export function sumPlanBudgets(plan: Plan): PlanBudgetTotals {
  const rows = serviceBudgets(plan);
  const services: ServiceBudget[] = rows.map(({ part, index, path, row, budget }) => {
    const code = codeOf(row.serviceCode);
    return { part, index, path, ...(row.name !== undefined ? { name: row.name } : {}), ...(code !== undefined ? { code } : {}), totals: sourceTotals([budget]) };
  });
  const of = (part: ServiceBudget['part']) => sourceTotals(rows.filter((r) => r.part === part).map((r) => r.budget));
  const subsidy = sumAmountCells([plan.chapter1?.subsidy?.estimatedBudget]);
  const bySource = sourceTotals(rows.map((r) => r.budget));
  const cells = [
    ...bySource.map((t) => ({ kind: 'amount' as const, value: t.total, currency: t.currency })),
    ...Object.entries(subsidy).map(([currency, value]) => ({ kind: 'amount' as const, value, currency: currency as 'RON' | 'EUR' })),
  ];
  return {
    services,
    byPart: { 'I.A': of('I.A'), 'I.B': of('I.B'), 'I.C': of('I.C'), 'I.D': subsidy },
    bySource,
    total: sumAmountCells(cells),
  };
}
