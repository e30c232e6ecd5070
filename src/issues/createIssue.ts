import { ISSUE_CATALOGUE, type IssueRule } from './catalogue.js';
import type { Issue, IssueCode, Severity } from './types.js';

/** Templates split once into literal text (even places) and parameter names (odd places). */
const compiled = new Map<string, readonly string[]>();

function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    if (Object.prototype.hasOwnProperty.call(params, name)) {
      const value = params[name];
      const text = Array.isArray(value) ? value.join(', ') : String(value);
      out += text.length > 80 ? `${text.slice(0, 77)}...` : text;
    } else out += `{${name}}`;
    out += parts[i + 1] ?? '';
  }
  return out;
}

/**
 * Builds an {@link Issue} from the catalogue: severity and messages come from
 * {@link ISSUE_CATALOGUE}, with `params` filled into the templates (long values are shortened in
 * the message, never in `params`).
 *
 * @param code - A catalogue code.
 * @param path - Where in the input the issue is.
 * @param params - Values named in the message templates, and any other structured detail.
 * @param severity - Overrides the catalogue's severity.
 * @returns A new issue, frozen (its `path`, `params` and `message` are fresh copies, read-only by type).
 * @category Issues
 * @example
 * ```ts
 * import { createIssue } from 'plan-servicii-sociale';
 * const issue = createIssue('amount.negative', ['chapter1', 'existingServices', 'rows', 0, 'budget', 'local'], { value: '-5' });
 * issue.severity; //=> 'error'
 * issue.message.en; //=> 'The amount "-5" is negative; an estimated budget cannot be negative.'
 * ```
 */
export function createIssue(
  code: IssueCode,
  path: readonly (string | number)[],
  params: Readonly<Record<string, unknown>> = {},
  severity?: Severity,
): Issue {
  const rule: IssueRule = ISSUE_CATALOGUE[code];
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    path: path.slice(),
    severity: severity ?? rule.severity,
    params: { ...params },
    message: { ro: fill(rule.ro, params), en: fill(rule.en, params) },
  };
  if (rule.legalReference !== undefined) issue.legalReference = rule.legalReference;
  return Object.freeze(issue);
}
