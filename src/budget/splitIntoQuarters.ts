import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { allocate } from '../money/allocate.js';
import { readDecimalAmount } from '../plan/cells/amount.js';
import { showValue } from '../plan/cells/markers.js';

/**
 * How {@link splitIntoQuarters} spreads an annual amount:
 *
 * - `'equal'`: four equal quarters;
 * - `{ monthsOfOperation }`: equally over the months the service runs (1 = January), e.g. a centre
 *   opening in April runs `[4, 5, …, 12]`; the months are returned too;
 * - `{ weights }`: custom weights, four (one per quarter) or twelve (one per month).
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { QuarterProfile } from 'plan-servicii-sociale/budget';
 * const p: QuarterProfile = { monthsOfOperation: [10, 11, 12] };
 * p; //=> { monthsOfOperation: [10, 11, 12] }
 * ```
 */
export type QuarterProfile = 'equal' | { readonly monthsOfOperation: readonly number[] } | { readonly weights: readonly (string | number)[] };

/**
 * Options of {@link splitIntoQuarters}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { SplitIntoQuartersOptions } from 'plan-servicii-sociale/budget';
 * const o: SplitIntoQuartersOptions = { decimals: 0 };
 * o.decimals; //=> 0
 * ```
 */
export interface SplitIntoQuartersOptions {
  /** Precision of the parts: 2 (bani, the default), 0 for whole lei (budget tables usually are). */
  readonly decimals?: number;
}

/**
 * What {@link splitIntoQuarters} returns.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { splitIntoQuarters, type QuarterSplit } from 'plan-servicii-sociale/budget';
 * const r: QuarterSplit = splitIntoQuarters('100', 'equal');
 * r.ok && r.quarters; //=> ['25', '25', '25', '25']
 * ```
 */
export type QuarterSplit =
  | { readonly ok: true; readonly quarters: readonly [string, string, string, string]; readonly months?: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

function monthWeights(months: readonly number[], issues: Issue[]): number[] {
  const weights = Array.from({ length: 12 }, () => 0);
  months.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 1 || m > 12 || weights[m - 1] === 1) issues.push(createIssue('budget_table.invalid_months', ['monthsOfOperation', i], { value: showValue(m) }));
    else weights[m - 1] = 1;
  });
  if (!months.length) issues.push(createIssue('budget_table.invalid_months', ['monthsOfOperation'], { value: '[]' }));
  return weights;
}

/**
 * Splits an annual amount into the four quarters of a budget table by a {@link QuarterProfile},
 * exactly: the quarters always add up to the amount. The split is `allocate`'s largest
 * remainder at the chosen precision (ties to the earlier part), so each part is within one unit of
 * its exact share. With months (`monthsOfOperation`, or twelve weights) the months are split first
 * and each quarter is the sum of its three months.
 *
 * User data never throws: an amount that is not a decimal string, a month outside 1–12 or given
 * twice, negative or all-zero weights, or more decimals than the precision, come back as issues.
 *
 * @param amount - The annual amount, a decimal string ("2233600", "-1500" for title 85).
 * @param profile - How to spread it.
 * @param options - Precision.
 * @category Budget tables
 * @example
 * ```ts
 * import { splitIntoQuarters } from 'plan-servicii-sociale/budget';
 * const a = splitIntoQuarters('323400', 'equal', { decimals: 0 });
 * a.ok && a.quarters; //=> ['80850', '80850', '80850', '80850']
 * const b = splitIntoQuarters('90000', { monthsOfOperation: [4, 5, 6, 7, 8, 9, 10, 11, 12] }, { decimals: 0 });
 * b.ok && b.quarters; //=> ['0', '30000', '30000', '30000']
 * const c = splitIntoQuarters('100', { weights: [3, 3, 3, 2] }, { decimals: 0 });
 * c.ok && c.quarters; //=> ['28', '27', '27', '18']
 * splitIntoQuarters('1.234,5', 'equal').ok; //=> false
 * ```
 */
export function splitIntoQuarters(amount: string, profile: QuarterProfile, options: SplitIntoQuartersOptions = {}): QuarterSplit {
  const read = readDecimalAmount(amount, { negative: true });
  if (!read.ok) return { ok: false, issues: [createIssue(read.code, ['amount'], read.params)] };
  const decimals = options.decimals ?? 2;
  const issues: Issue[] = [];
  let weights: readonly (string | number)[];
  if (profile === 'equal') weights = [1, 1, 1, 1];
  else if (typeof profile === 'object' && profile !== null && 'monthsOfOperation' in profile && Array.isArray(profile.monthsOfOperation)) {
    weights = monthWeights(profile.monthsOfOperation, issues);
  } else if (typeof profile === 'object' && profile !== null && 'weights' in profile && Array.isArray(profile.weights) && [4, 12].includes(profile.weights.length)) {
    weights = profile.weights;
  } else {
    return { ok: false, issues: [createIssue('value.not_allowed', ['profile'], { value: showValue(profile), allowed: ["'equal'", '{ monthsOfOperation }', '{ weights: 4 or 12 }'] })] };
  }
  if (issues.length) return { ok: false, issues };
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    return { ok: false, issues: [createIssue('value.not_allowed', ['decimals'], { value: showValue(decimals), allowed: ['0–10'] })] };
  }
  const parts = allocate(read.value, weights, { decimals, path: ['profile'] });
  if (!parts.ok) return parts;
  if (weights.length === 4) return { ok: true, quarters: parts.parts as [string, string, string, string] };
  const q = [0, 1, 2, 3].map((k) => toDecimalString(parts.parts.slice(k * 3, k * 3 + 3).reduce((a, m) => a.plus(m), new Dec(0))));
  return { ok: true, quarters: q as [string, string, string, string], months: parts.parts };
}
