import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { CostStandardTableSchema, type CostStandardTable } from './types.js';

/**
 * What {@link loadCostStandards} returns: the validated table with remarks, or the issues.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { loadCostStandards, type LoadCostStandardsResult } from 'plan-servicii-sociale/cost-standards';
 * const r: LoadCostStandardsResult = loadCostStandards({ name: 'gol', acts: [], standards: [] });
 * r.ok; //=> true
 * ```
 */
export type LoadCostStandardsResult =
  | { readonly ok: true; readonly table: CostStandardTable; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Validates a table of cost standards — a newer official table, or the bundled one with values
 * added — against {@link CostStandardTableSchema}, then checks what a schema cannot: two values of
 * the same key applying from the same day (`cost_standard.duplicate`, an error) and values citing
 * an act the table does not list (`cost_standard.unknown_act`, a warning: without the act the
 * library cannot tell when the value stops applying). Pass the result's `table` to
 * `costStandardAsOf` or `checkPlanBudgets`. The input is not changed.
 *
 * @param input - Parsed JSON of a table.
 * @category Cost standards
 * @example
 * ```ts
 * import { COST_STANDARDS, loadCostStandards } from 'plan-servicii-sociale/cost-standards';
 * const r = loadCostStandards({
 *   ...COST_STANDARDS,
 *   standards: [...COST_STANDARDS.standards, { ...COST_STANDARDS.standards[0]!, value: '1' }],
 * });
 * r.ok; //=> false
 * r.issues[0]?.code; //=> 'cost_standard.duplicate'
 * loadCostStandards({ name: 'x', acts: [], standards: [{ key: 'Bad Key' }] }).ok; //=> false
 * ```
 */
export function loadCostStandards(input: unknown): LoadCostStandardsResult {
  const parsed = safeParseWithIssues(CostStandardTableSchema, input);
  if (!parsed.ok) return parsed;
  const table = parsed.data;
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const acts = new Set(table.acts.map((a) => a.act));
  const unknownActs = new Set<string>();
  table.standards.forEach((s, i) => {
    const id = `${s.key}@${s.effectiveFrom ?? 'undated'}`;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push(createIssue('cost_standard.duplicate', ['standards', i, 'effectiveFrom'], { key: s.key, date: s.effectiveFrom ?? '—', first: `standards.${first}` }));
    } else seen.set(id, i);
    if (s.effectiveFrom !== null && !acts.has(s.act) && !unknownActs.has(s.act)) {
      unknownActs.add(s.act);
      issues.push(createIssue('cost_standard.unknown_act', ['standards', i, 'act'], { act: s.act }));
    }
  });
  table.acts.forEach((a, i) =>
    a.supersedes.forEach((s, j) => {
      if (!acts.has(s.act)) issues.push(createIssue('cost_standard.unknown_act', ['acts', i, 'supersedes', j, 'act'], { act: s.act }));
    }),
  );
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, table, issues };
}
