import type { Issue } from '../issues/types.js';
import { parsePlan } from '../plan/parsePlan.js';
import type { RenderedDocument } from './document.js';
import { planDocument } from './planDocument.js';
import type { RenderLanguage, RenderPlanOptions } from './types.js';

/** Checks options given by the programmer: a wrong value is a mistake in code, not in data. */
export function readRenderOptions(options: unknown, fn: string): { lang: RenderLanguage; title?: string } {
  // `nomenclature` is parsePlan's option and is checked there.
  if (options === undefined || options === null) return { lang: 'ro' };
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(`plan-servicii-sociale: ${fn} options must be an object`);
  const o = options as Record<string, unknown>;
  if (o.lang !== undefined && o.lang !== 'ro' && o.lang !== 'en') throw new TypeError(`plan-servicii-sociale: ${fn} lang must be 'ro' or 'en'`);
  if (o.title !== undefined && typeof o.title !== 'string') throw new TypeError(`plan-servicii-sociale: ${fn} title must be a string`);
  return { lang: (o.lang as RenderLanguage | undefined) ?? 'ro', ...(typeof o.title === 'string' ? { title: o.title } : {}) };
}

/** Validates the plan (input or parsed form) and lays it out, or gives the errors. */
export function preparePlan(
  input: unknown,
  options: RenderPlanOptions | undefined,
  fn: string,
): { ok: true; document: RenderedDocument; issues: readonly Issue[] } | { ok: false; issues: readonly Issue[] } {
  const read = readRenderOptions(options, fn);
  const parsed = parsePlan(input, options?.nomenclature ? { nomenclature: options.nomenclature } : undefined);
  if (!parsed.ok) return parsed;
  return { ok: true, document: planDocument(parsed.plan, read), issues: parsed.issues };
}
