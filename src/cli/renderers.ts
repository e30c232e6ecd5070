import type { Issue } from '../index.js';
import { HG_867_2015 } from '../nomenclature/index.js';
import { renderPlanHtml, renderPlanMarkdown, type RenderPlanOptions } from '../render/index.js';
import { CliError } from './errors.js';
import type { Lang } from './messages.js';

/** The formats of `render --to`. */
export const RENDER_FORMATS = ['html', 'md', 'docx'] as const;

/** One of {@link RENDER_FORMATS}. */
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** A document, or the errors of input that is not a valid plan. */
export type Rendered = { readonly ok: true; readonly issues: readonly Issue[]; readonly content: string | Uint8Array } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whether an error says that the optional peer `docx` is not installed. */
function isDocxMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && typeof message === 'string' && /['"]docx['"]/.test(message);
}

/** The Word renderer: loaded only when asked for, since it needs the optional package docx. */
async function renderDocx(input: unknown, options: RenderPlanOptions): Promise<Rendered> {
  try {
    const { renderPlanDocx } = await import('../render/docx/index.js');
    const r = await renderPlanDocx(input, options);
    return r.ok ? { ok: true, issues: r.issues, content: r.docx } : r;
  } catch (error) {
    if (isDocxMissing(error)) throw new CliError('render.docx_missing');
    throw error;
  }
}

/**
 * The plan rendered in a format, with the library's renderers; its service codes are looked up in
 * the nomenclature, so that unknown ones come back among the issues, as with `check`.
 */
export async function renderPlan(format: RenderFormat, input: unknown, lang: Lang): Promise<Rendered> {
  const options: RenderPlanOptions = { lang, nomenclature: HG_867_2015 };
  if (format === 'docx') return renderDocx(input, options);
  if (format === 'html') {
    const r = renderPlanHtml(input, options);
    return r.ok ? { ok: true, issues: r.issues, content: r.html } : r;
  }
  const r = renderPlanMarkdown(input, options);
  return r.ok ? { ok: true, issues: r.issues, content: r.markdown } : r;
}
