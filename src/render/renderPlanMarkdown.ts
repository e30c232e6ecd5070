import { documentMarkdown } from './markdown.js';
import { preparePlan } from './prepare.js';
import type { RenderPlanOptions, RenderResult } from './types.js';

/**
 * Writes a plan as Markdown (GitHub-flavoured pipe tables), for wikis and for reviewing changes in
 * a diff: the same content as {@link renderPlanHtml}, in the same order, with the same totals rows.
 * Column groups are written in the header ("Bugetele estimate pe surse de finanțare: Buget
 * local"); line breaks inside a cell as `<br>`. Every text of the plan is escaped, so that none of
 * it becomes a heading, a link, HTML or a new table cell.
 *
 * @param plan - A plan, parsed or in its input form.
 * @param options - Language of the labels (`ro` by default, or `en`), a title, a nomenclature to check codes against.
 * @returns `{ ok: true, markdown, issues }` with the plan's warnings, or `{ ok: false, issues }`.
 * @throws TypeError when `options` is not an object of the documented shape (a programming error).
 * @category Render
 * @example
 * ```ts
 * import { renderPlanMarkdown } from 'plan-servicii-sociale/render';
 * const r = renderPlanMarkdown({
 *   meta: { authority: { kind: 'local_council', name: 'CL Videle', uat: 'Videle' }, year: 2024 },
 *   chapter3: { refresherCourses: { rows: [{ staffCategory: 'Consilieri', persons: 2, budget: '6000' }, { staffCategory: 'Inspectori', persons: 2, budget: '6000' }] } },
 * }, { lang: 'en' });
 * r.ok && r.markdown.includes('| Consilieri | 2 | 6.000 lei |'); //=> true
 * r.ok && r.markdown.includes('| **Total** | **4** | **12.000 lei** |'); //=> true
 * ```
 */
export function renderPlanMarkdown(plan: unknown, options?: RenderPlanOptions): RenderResult<'markdown', string> {
  const prepared = preparePlan(plan, options, 'renderPlanMarkdown');
  if (!prepared.ok) return prepared;
  return { ok: true, markdown: documentMarkdown(prepared.document), issues: prepared.issues };
}
