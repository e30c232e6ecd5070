import type { Issue } from '../issues/types.js';
import type { NomenclatureEdition } from '../nomenclature/types.js';

/**
 * Language of the labels a renderer writes: `ro` (default, the template's own words) or `en`.
 * What the plan itself says stays as written; amounts are always written the Romanian way
 * ("1.640.958 lei"), as in the document a council approves.
 *
 * @category Render
 * @example
 * ```ts
 * import type { RenderLanguage } from 'plan-servicii-sociale/render';
 * const lang: RenderLanguage = 'en';
 * lang; //=> 'en'
 * ```
 */
export type RenderLanguage = 'ro' | 'en';

/**
 * Options of the plan renderers ({@link renderPlanHtml}, {@link renderPlanMarkdown} and
 * `renderPlanDocx`).
 *
 * @category Render
 * @example
 * ```ts
 * import type { RenderPlanOptions } from 'plan-servicii-sociale/render';
 * const options: RenderPlanOptions = { lang: 'en', title: 'Annex 1 to HCL 13/2024' };
 * options.lang; //=> 'en'
 * ```
 */
export interface RenderPlanOptions {
  /** Language of headings, column titles and the library's own words. Default `ro`. */
  readonly lang?: RenderLanguage;
  /** Title of the document, instead of the plan's own (`meta.title`) or the template's. */
  readonly title?: string;
  /**
   * A nomenclature edition (`HG_867_2015` from `plan-servicii-sociale/nomenclature`) to look the
   * plan's service codes up in, as `parsePlan` does: codes it does not know come back among the
   * issues (`service_code.unknown`). Without it only the code grammar is checked.
   */
  readonly nomenclature?: NomenclatureEdition;
}

/**
 * What a renderer returns: the document and the plan's warnings, or the errors of input that is not
 * a valid plan (nothing is rendered then). The renderers validate their input with `parsePlan`, so
 * a plan in its input form (strings such as "158838 lei", markers such as "-") renders too.
 *
 * @typeParam K - Name of the field holding the output: `html`, `markdown` or `docx`.
 * @typeParam T - Type of the output: a string, or bytes for Word.
 * @category Render
 * @example
 * ```ts
 * import { renderPlanMarkdown, type RenderResult } from 'plan-servicii-sociale/render';
 * const r: RenderResult<'markdown', string> = renderPlanMarkdown({ meta: { year: 2024 } });
 * r.ok; //=> false
 * ```
 */
export type RenderResult<K extends string, T> =
  | ({ readonly ok: true; readonly issues: readonly Issue[] } & { readonly [P in K]: T })
  | { readonly ok: false; readonly issues: readonly Issue[] };
