import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { BudgetClassificationSchema, type BudgetClassification } from './types.js';

/** Classifications `loadBudgetClassification` returned: the budget functions take them without checking again. */
export const VALID_CLASSIFICATIONS = new WeakSet<object>();

/**
 * What {@link loadBudgetClassification} returns: the validated classification, or the issues.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { loadBudgetClassification, type LoadBudgetClassificationResult } from 'plan-servicii-sociale/budget';
 * const r: LoadBudgetClassificationResult = loadBudgetClassification({ name: 'gol', edition: '2027', sources: [], functional: [], economic: [] });
 * r.ok; //=> true
 * ```
 */
export type LoadBudgetClassificationResult =
  | { readonly ok: true; readonly classification: BudgetClassification }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Validates a budget classification — a newer official edition, or the bundled one with positions
 * added — against {@link BudgetClassificationSchema}, then checks what a schema cannot: a code
 * given twice in one list (`budget_classification.duplicate`), and a parent, an aggregate's
 * member, a twin code or a source that is not there, or parents that come back to the code
 * (`budget_classification.unknown_reference`).
 * Pass the result's `classification` as the `classification` option of the budget functions. The
 * input is not changed.
 *
 * @param input - Parsed JSON of a classification.
 * @category Budget tables
 * @example
 * ```ts
 * import { BUDGET_CLASSIFICATION, loadBudgetClassification, parseBudgetCode } from 'plan-servicii-sociale/budget';
 * const newer = loadBudgetClassification({
 *   ...BUDGET_CLASSIFICATION,
 *   edition: '2027',
 *   economic: [...BUDGET_CLASSIFICATION.economic, { code: '57.02.99', name: 'Ajutor nou', parent: '57.02', level: 3, levelName: 'alineat', source: 'mf-annex-ec-2026' }],
 * });
 * const c = newer.ok ? parseBudgetCode('57.02.99', { classification: newer.classification }) : undefined;
 * c?.ok && c.name; //=> 'Ajutor nou'
 * loadBudgetClassification({ ...BUDGET_CLASSIFICATION, economic: [{ code: '10.01', name: 'x', parent: '99', level: 2, levelName: 'articol', source: 'hff' }] }).ok; //=> false
 * ```
 */
export function loadBudgetClassification(input: unknown): LoadBudgetClassificationResult {
  const parsed = safeParseWithIssues(BudgetClassificationSchema, input);
  if (!parsed.ok) return parsed;
  const classification = parsed.data;
  const issues: Issue[] = [];
  const sources = new Set(classification.sources.map((s) => s.id));
  const lists = { functional: classification.functional, functionalGeneric: classification.functionalGeneric, economic: classification.economic } as const;
  const codes = Object.fromEntries(Object.entries(lists).map(([k, list]) => [k, new Set(list.map((e) => e.code))])) as Record<keyof typeof lists, Set<string>>;
  for (const [key, list] of Object.entries(lists) as [keyof typeof lists, typeof classification.economic][]) {
    const seen = new Map<string, number>();
    list.forEach((e, i) => {
      const at = [key, i];
      const first = seen.get(e.code);
      if (first !== undefined) issues.push(createIssue('budget_classification.duplicate', [...at, 'code'], { code: e.code, first: `${key}.${first}` }));
      else seen.set(e.code, i);
      const refs: [string, string | null | undefined, Set<string>][] = [
        ['parent', e.parent, codes[key]],
        ['genericCode', e.genericCode, codes.functionalGeneric],
        ['localCode', e.localCode, codes.functional],
        ['source', e.source, sources],
        ...(e.members ?? []).map((m, j): [string, string, Set<string>] => [`members.${j}`, m, codes[key]]),
      ];
      for (const [field, reference, known] of refs) {
        if (reference !== null && reference !== undefined && !known.has(reference)) {
          issues.push(createIssue('budget_classification.unknown_reference', [...at, ...field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))], { code: e.code, reference }));
        }
      }
    });
  }
  // Parents must form a tree: a chain that comes back to a code never ends.
  for (const [key, list] of Object.entries(lists) as [keyof typeof lists, typeof classification.economic][]) {
    const parentOf = new Map(list.map((e) => [e.code, e.parent]));
    list.forEach((e, i) => {
      const seen = new Set<string>([e.code]);
      for (let p = e.parent; p !== null && p !== undefined; p = parentOf.get(p) ?? null) {
        if (seen.has(p)) {
          issues.push(createIssue('budget_classification.unknown_reference', [key, i, 'parent'], { code: e.code, reference: `${e.parent} (cycle)` }));
          break;
        }
        seen.add(p);
      }
    });
  }
  if (issues.length) return { ok: false, issues };
  VALID_CLASSIFICATIONS.add(classification);
  return { ok: true, classification };
}
