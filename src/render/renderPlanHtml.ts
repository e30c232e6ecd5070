import { documentHtml } from './html.js';
import { preparePlan } from './prepare.js';
import type { RenderPlanOptions, RenderResult } from './types.js';

/**
 * Writes a plan as one standalone, printable HTML page: the annex a council approves, in the order
 * and with the headings and column titles of Ordinul MMJS 1086/2018 (chapter I.A–D, II, III), then
 * the action plan, the programme by domain, the budget chapter and the monitoring section when the
 * plan has them.
 *
 * - Amounts are written the Romanian way ("1.640.958 lei"); service codes in their canonical form.
 * - Under each budget table (I.A, I.B, I.C) the library adds a totals row per funding source and a
 *   row with all sources together; under chapter III's tables, persons and budget. A total the
 *   document printed that is not the sum of its rows is pointed out.
 * - A part marked "not applicable" says "Nu este cazul"; a part present but left blank says so.
 * - Tables have a `<caption>`, `<th scope>` headers and a totals `<tfoot>`; the page has
 *   `lang="ro"` (or `en`), print CSS for A4, wide tables on landscape pages, and no external
 *   resource (no script, font, image or stylesheet link).
 * - Every text of the plan is escaped: a plan cannot inject markup or script.
 *
 * The input is validated with `parsePlan` first, so the input form of a plan works too; a plan
 * that is not valid gives its errors and no HTML.
 *
 * @param plan - A plan, parsed or in its input form (for instance `JSON.parse` of a plan file).
 * @param options - Language of the labels (`ro` by default, or `en`), a title, a nomenclature to check codes against.
 * @returns `{ ok: true, html, issues }` with the plan's warnings, or `{ ok: false, issues }`.
 * @throws TypeError when `options` is not an object of the documented shape (a programming error).
 * @category Render
 * @example
 * ```ts
 * import { renderPlanHtml } from 'plan-servicii-sociale/render';
 * const r = renderPlanHtml({
 *   meta: { authority: { kind: 'local_council', name: 'Consiliul Local al Orașului Videle', uat: 'Videle' }, year: 2024 },
 *   chapter1: { existingServices: { rows: [{ serviceCode: '8891Cz-C-II', name: 'Centru de îngrijire de zi', capacity: 10, budget: { local: '158838', county: '-' } }] } },
 * });
 * r.ok && r.html.startsWith('<!DOCTYPE html>\n<html lang="ro">'); //=> true
 * r.ok && r.html.includes('<td class="num">158.838 lei</td>'); //=> true
 * r.ok && r.html.includes('8891 CZ-C-II'); //=> true
 * renderPlanHtml({ meta: { year: 2024 } }).ok; //=> false
 * ```
 */
export function renderPlanHtml(plan: unknown, options?: RenderPlanOptions): RenderResult<'html', string> {
  const prepared = preparePlan(plan, options, 'renderPlanHtml');
  if (!prepared.ok) return prepared;
  return { ok: true, html: documentHtml(prepared.document), issues: prepared.issues };
}
