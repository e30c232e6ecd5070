import type * as z from 'zod';
import { createIssue } from '../issues/createIssue.js';
import { ISSUE_CATALOGUE } from '../issues/catalogue.js';
import type { Issue, IssueCode } from '../issues/types.js';
import { showValue } from './cells/markers.js';
import { YEAR_RANGE } from './cells/text.js';
import { FUNDING_SOURCES } from './schemas/chapter1.js';

/** Object keys whose value is a budget by funding source. */
const BUDGET_KEYS = new Set(['budget', 'estimatedValue']);

function isCode(code: unknown): code is IssueCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ISSUE_CATALOGUE, code);
}

function inputOf(issue: z.core.$ZodIssue): unknown {
  return (issue as { input?: unknown }).input;
}

function isYearPath(path: readonly PropertyKey[]): boolean {
  return path[path.length - 1] === 'year';
}

/** Converts zod issues (with `reportInput: true`) into the library's issues. */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of zodIssues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const input = inputOf(issue);
    switch (issue.code) {
      case 'custom': {
        const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
        const primitive = input === null || (typeof input !== 'object' && typeof input !== 'function');
        const value = params.value ?? (primitive ? showValue(input) : undefined);
        out.push(createIssue(isCode(code) ? code : 'type.invalid', path, value === undefined ? params : { value, ...params }));
        break;
      }
      case 'unrecognized_keys': {
        const parent = path[path.length - 1];
        for (const key of issue.keys) {
          if (typeof parent === 'string' && BUDGET_KEYS.has(parent)) {
            out.push(createIssue('budget.unknown_source', [...path, key], { key, allowed: [...FUNDING_SOURCES] }));
          } else {
            out.push(createIssue('object.unknown_key', [...path, key], { key }));
          }
        }
        break;
      }
      case 'invalid_type':
        if (input === undefined) out.push(createIssue('value.required', path, {}));
        else if (isYearPath(path)) out.push(createIssue('year.invalid', path, { value: showValue(input), ...YEAR_RANGE }));
        else out.push(createIssue('type.invalid', path, { expected: issue.expected, received: showValue(input) }));
        break;
      case 'invalid_union':
        out.push(createIssue('type.invalid', path, { expected: 'string or integer', received: showValue(input) }));
        break;
      case 'invalid_value':
        out.push(createIssue('value.not_allowed', path, { value: showValue(input), allowed: issue.values.map(String) }));
        break;
      case 'invalid_format':
        out.push(createIssue('date.invalid', path, { value: showValue(input) }));
        break;
      case 'too_big':
      case 'too_small': {
        const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
        if (isYearPath(path)) out.push(createIssue('year.invalid', path, { value: showValue(input), ...YEAR_RANGE }));
        else if (issue.origin === 'string' && issue.code === 'too_big') {
          out.push(createIssue('text.too_long', path, { length: typeof input === 'string' ? input.length : '?', max: Number(limit) }));
        } else if (issue.origin === 'array' && issue.code === 'too_big') out.push(createIssue('list.too_long', path, { max: Number(limit) }));
        else if (issue.origin === 'number' || issue.origin === 'int') out.push(createIssue('count.negative', path, { value: showValue(input) }));
        else out.push(createIssue('type.invalid', path, { expected: `size ${String(limit)}`, received: showValue(input) }));
        break;
      }
      default:
        out.push(createIssue('type.invalid', path, { expected: 'a valid value', received: showValue(input) }));
    }
  }
  const seen = new Set<string>();
  return out.filter((i) => {
    const key = `${i.code}\u0000${i.path.join('\u0000')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates `input` with `schema`, never throwing: the data, or the issues (zod's, translated; or
 * `input.unreadable` when reading the input threw — a getter that throws, a revoked proxy).
 */
export function safeParseWithIssues<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; data: z.output<T> } | { ok: false; issues: readonly Issue[] } {
  try {
    const parsed = schema.safeParse(input, { reportInput: true });
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error.issues) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [createIssue('input.unreadable', [], { reason })] };
  }
}
