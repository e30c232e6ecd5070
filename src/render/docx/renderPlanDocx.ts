import { Packer } from 'docx';
import { preparePlan } from '../prepare.js';
import type { RenderPlanOptions, RenderResult } from '../types.js';
import { wordDocument } from './wordDocument.js';

/**
 * Writes a plan as a Word file (.docx) a clerk can finish and attach to the council decision: the
 * content of `renderPlanHtml` (same order, headings, column titles and totals rows computed by the
 * library) as editable Word tables, header rows repeated on every page, portrait A4 pages and
 * landscape ones for the wide tables. Built with the `docx` package, an optional peer dependency:
 * install it (`npm install docx`) to use this subpath.
 *
 * @param plan - A plan, parsed or in its input form.
 * @param options - Language of the labels (`ro` by default, or `en`), a title, a nomenclature to check codes against.
 * @returns A promise of `{ ok: true, docx, issues }` (the file's bytes, and the plan's warnings) or
 * `{ ok: false, issues }` for a plan that is not valid.
 * @throws The promise rejects with a TypeError when `options` is not an object of the documented
 * shape (a programming error).
 * @category Render
 * @example
 * ```ts
 * import { renderPlanDocx } from 'plan-servicii-sociale/render/docx';
 * const r = await renderPlanDocx({
 *   meta: { authority: { kind: 'local_council', name: 'Consiliul Local al Orașului Videle', uat: 'Videle' }, year: 2024 },
 *   chapter3: { refresherCourses: { rows: [{ staffCategory: 'Consilieri', persons: 2, budget: '6000' }] } },
 * });
 * r.ok && r.docx.byteLength > 1000; //=> true
 * r.ok && String.fromCharCode(...r.docx.subarray(0, 2)); //=> 'PK'
 * ```
 */
export async function renderPlanDocx(plan: unknown, options?: RenderPlanOptions): Promise<RenderResult<'docx', Uint8Array>> {
  const prepared = preparePlan(plan, options, 'renderPlanDocx');
  if (!prepared.ok) return prepared;
  const bytes = await Packer.toArrayBuffer(wordDocument(prepared.document));
  return { ok: true, docx: new Uint8Array(bytes), issues: prepared.issues };
}
