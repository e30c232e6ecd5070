import type { Issue } from '../issues/types.js';
import { runChecks, type CheckPlanOptions } from './checkPlan.js';
import { parsePlanShape } from './parsePlanShape.js';
import type { Plan } from './schemas/plan.js';

/**
 * Options of {@link parsePlan}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { ParsePlanOptions } from 'plan-servicii-sociale';
 * const options: ParsePlanOptions = { ignore: ['service.code_missing'] };
 * options.ignore; //=> ['service.code_missing']
 * ```
 */
export type ParsePlanOptions = CheckPlanOptions;

/**
 * What {@link parsePlan} returns: the plan and its warnings, or the issues that make it invalid.
 *
 * @category Validation
 * @example
 * ```ts
 * import { parsePlan, type ParsePlanResult } from 'plan-servicii-sociale';
 * const r: ParsePlanResult = parsePlan(null);
 * r.ok; //=> false
 * ```
 */
export type ParsePlanResult =
  | { readonly ok: true; readonly plan: Plan; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Validates untrusted data (parsed JSON, a form's state) as an annual action plan and returns a
 * result; it never throws on bad input and never mutates it.
 *
 * - `{ ok: true, plan, issues }`: the plan, normalised (amounts as canonical decimal strings, each
 *   cell with its raw text kept), and the warnings and notes of {@link checkPlan}.
 * - `{ ok: false, issues }`: every error found, each with `code`, `path`, `severity`, `params` and
 *   a message in Romanian and English.
 *
 * Unknown keys are errors (`object.unknown_key`, `budget.unknown_source`), so a misspelt field is
 * never silently dropped. A parsed plan is valid input: parse → `JSON.stringify` → parse gives an
 * equal plan.
 *
 * @param input - Anything; typically the result of `JSON.parse`.
 * @param options - Warning codes to leave out.
 * @returns The result, never a thrown error.
 * @category Validation
 * @example
 * ```ts
 * import { parsePlan } from 'plan-servicii-sociale';
 * const good = parsePlan({
 *   meta: { authority: { kind: 'local_council', name: 'Consiliul Local al Orașului Videle', uat: 'Videle' }, year: 2024 },
 *   chapter1: { existingServices: { rows: [{ serviceCode: '8891Cz-C-II', name: 'Centru de îngrijire de zi', capacity: 10, occupancy: '100%', budget: { local: '158838', county: '-' } }] } },
 * });
 * good.ok && good.plan.chapter1?.existingServices?.rows[0]?.budget?.local; //=> { kind: 'amount', value: '158838', currency: 'RON' }
 *
 * const bad = parsePlan({ meta: { authority: { kind: 'local_council', name: 'X', uat: 'X' }, year: 20245 } });
 * bad.ok; //=> false
 * bad.issues.map((i) => [i.code, i.path.join('.')]); //=> [['year.invalid', 'meta.year']]
 * ```
 */
export function parsePlan(input: unknown, options?: ParsePlanOptions): ParsePlanResult {
  const parsed = parsePlanShape(input);
  if (!parsed.ok) return parsed;
  return { ok: true, plan: parsed.plan, issues: runChecks(parsed.plan, options) };
}
