import { buildReport, type BuildReportOptions } from '../monitoring/buildReport.js';
import type { StatusRecord } from '../monitoring/status.js';
import { parsePlan } from '../plan/parsePlan.js';
import { documentHtml } from './html.js';
import { readRenderOptions } from './prepare.js';
import { reportDocument } from './reportDocument.js';
import type { RenderLanguage, RenderResult } from './types.js';

/**
 * Options of {@link renderReportHtml}: those of `buildReport` (the periods reported, the day the
 * report is made, how statuses are counted), the language of the labels and a title.
 *
 * @category Render
 * @example
 * ```ts
 * import type { RenderReportOptions } from 'plan-servicii-sociale/render';
 * const o: RenderReportOptions = { periods: [{ year: 2024 }], asOf: '2025-01-31', lang: 'en' };
 * o.lang; //=> 'en'
 * ```
 */
export interface RenderReportOptions extends BuildReportOptions {
  /** Language of headings, column titles, stages and charts. Default `ro`. */
  readonly lang?: RenderLanguage;
  /** Title of the document instead of the library's. */
  readonly title?: string;
}

/**
 * Writes the yearly report on a plan as one standalone, printable HTML page (the monitoring
 * chapter of Ordinul 1086/2018): the responsible institution, the stage of the actions with counts
 * and percentages, the same counts at each component and objective, the bar and pie charts of
 * `statusChartSvg`, the actions overdue on `asOf`, and every action's stage per period with its
 * results, revisions and estimated completion. Counts and percentages come from `buildReport`.
 * Same page rules as {@link renderPlanHtml}: semantic tables, A4 print CSS, no external resource,
 * every text of the plan and of the records escaped.
 *
 * @param plan - The plan, parsed or in its input form.
 * @param records - The statuses recorded for its actions (`StatusRecord`, keyed by `actionTree` keys).
 * @param options - Periods, the day, counting options, language and title.
 * @returns `{ ok: true, html, issues }` with the plan's and the records' issues, or `{ ok: false, issues }`.
 * @throws TypeError when `lang` or `title` are not of the documented shape (a programming error).
 * @category Render
 * @example
 * ```ts
 * import { renderReportHtml } from 'plan-servicii-sociale/render';
 * const plan = {
 *   meta: { authority: { kind: 'local_council', name: 'Consiliul Local Videle', uat: 'Videle' }, year: 2024 },
 *   actionPlan: { generalObjectives: [{ title: 'Servicii', specificObjectives: [{ title: 'Informare', actions: [{ title: 'Campanie', deadline: 'Martie 2024' }, { title: 'Pliante', deadline: 'Permanent' }] }] }] },
 * };
 * const records = [{ action: 'g1.s1.a1', period: { year: 2024 }, status: 'done' as const }];
 * const r = renderReportHtml(plan, records, { periods: [{ year: 2024 }], asOf: '2025-01-31' });
 * r.ok && r.html.includes('<svg'); //=> true
 * r.ok && r.html.includes('<td class="num">50%</td>'); //=> true
 * ```
 */
export function renderReportHtml(plan: unknown, records: readonly StatusRecord[], options: RenderReportOptions): RenderResult<'html', string> {
  const read = readRenderOptions(options, 'renderReportHtml');
  const parsed = parsePlan(plan);
  if (!parsed.ok) return parsed;
  const built = buildReport(parsed.plan, records, options);
  if (!built.ok) return { ok: false, issues: [...parsed.issues, ...built.issues] };
  return { ok: true, html: documentHtml(reportDocument(parsed.plan, built.report, read.lang, read.title)), issues: [...parsed.issues, ...built.issues] };
}
