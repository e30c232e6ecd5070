import { ISSUE_CATALOGUE } from './catalogue.js';
import type { Issue, IssueCode, Severity } from './types.js';

function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  });
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
 * @returns A frozen issue.
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
  const rule = ISSUE_CATALOGUE[code];
  const issue: Issue = {
    code,
    path: Object.freeze([...path]),
    severity: severity ?? rule.severity,
    params: Object.freeze({ ...params }),
    message: Object.freeze({ ro: fill(rule.ro, params), en: fill(rule.en, params) }),
    ...('legalReference' in rule ? { legalReference: rule.legalReference } : {}),
  };
  return Object.freeze(issue);
}
