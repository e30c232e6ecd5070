import { Dec, decimalOf, isNonNegativeDecimal, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { roundingOf } from './roundAmount.js';

/**
 * Options of {@link allocate}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { AllocateOptions } from 'plan-servicii-sociale/money';
 * const o: AllocateOptions = { decimals: 0 };
 * o.decimals; //=> 0
 * ```
 */
export interface AllocateOptions {
  /** Precision of the parts: 2 (bani, the default), 0 (whole lei), 3 for *mii lei* tables... */
  readonly decimals?: number;
  /** Path of the total in the caller's data, put on issues. */
  readonly path?: readonly (string | number)[];
}

/**
 * What {@link allocate} returns: the parts, or the issues that prevented the split.
 *
 * @category Money
 * @example
 * ```ts
 * import { allocate, type AllocateResult } from 'plan-servicii-sociale/money';
 * const r: AllocateResult = allocate('10', ['1', '1', '1']);
 * r.ok && r.parts; //=> ['3.34', '3.33', '3.33']
 * ```
 */
export type AllocateResult =
  | { readonly ok: true; readonly parts: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Splits `total` into parts proportional to `weights` that add up exactly to `total`, by the
 * largest-remainder method at the chosen precision:
 *
 * 1. each part gets its exact share `total × weight / Σweights`, cut toward zero to the precision;
 * 2. the units left over (fewer than the number of parts) go one each to the parts with the largest
 *    cut-off remainders;
 * 3. **ties** go to the part that comes first in `weights`. The rule is stable: the same input
 *    always gives the same parts.
 *
 * So every part is within one unit (0.01 lei by default) of its exact share, a zero weight gets
 * zero, and a negative total gives the mirror image of the positive one.
 *
 * @param total - A decimal string with no more decimals than the precision.
 * @param weights - Non-negative weights: decimal strings or whole numbers (months of operation,
 *   beneficiaries, equal `1`s). Fractional JS numbers are refused.
 * @param options - Precision in decimals.
 * @throws TypeError when `total` is not a decimal string or `decimals` is out of range.
 * @category Money
 * @example
 * ```ts
 * import { allocate } from 'plan-servicii-sociale/money';
 * const quarters = allocate('2233600', [1, 1, 1, 1], { decimals: 0 });
 * quarters.ok && quarters.parts; //=> ['558400', '558400', '558400', '558400']
 * const months = allocate('100', [3, 3, 3, 2]);
 * months.ok && months.parts; //=> ['27.28', '27.27', '27.27', '18.18']
 * allocate('100', [0, 0]).ok; //=> false
 * ```
 */
export function allocate(total: string, weights: readonly (string | number)[], options: AllocateOptions = {}): AllocateResult {
  const path = options.path ?? [];
  const whole = decimalOf(total, 'total');
  const { decimals } = roundingOf({ decimals: options.decimals ?? 2 });
  if (whole.decimalPlaces() > decimals) {
    return { ok: false, issues: [createIssue('allocation.total_precision', path, { value: total, decimals })] };
  }
  const issues: Issue[] = [];
  const w = weights.map((weight, i) => {
    const valid =
      (typeof weight === 'number' && Number.isSafeInteger(weight) && weight >= 0) ||
      isNonNegativeDecimal(weight);
    if (!valid) issues.push(createIssue('allocation.invalid_weight', [...path, i], { value: String(weight).slice(0, 40) }));
    return valid ? new Dec(weight) : new Dec(0);
  });
  if (issues.length) return { ok: false, issues };
  const sumWeights = w.reduce((a, b) => a.plus(b), new Dec(0));
  if (sumWeights.isZero()) return { ok: false, issues: [createIssue('allocation.zero_weights', path, { count: weights.length })] };

  const unit = new Dec(10).pow(-decimals);
  const units = whole.abs().dividedBy(unit); // whole number of units
  const shares = w.map((weight) => units.times(weight).dividedBy(sumWeights));
  const floors = shares.map((s) => s.floor());
  let left = units.minus(floors.reduce((a, b) => a.plus(b), new Dec(0))).toNumber(); // < parts.length
  const order = shares.map((s, i) => ({ i, r: s.minus(floors[i] as Dec) })).sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as Dec).plus(1);
    left -= 1;
  }
  const sign = whole.isNegative() ? -1 : 1;
  return { ok: true, parts: floors.map((f) => toDecimalString(f.times(unit).times(sign))) };
}
