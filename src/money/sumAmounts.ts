import { Dec, decimalOf, toDecimalString } from '../internal/decimal.js';

/**
 * Adds decimal strings exactly. JS numbers are refused (a `TypeError`), so no float ever enters a
 * total.
 *
 * @param values - Decimal strings ("158838", "36669.50", "-12").
 * @returns The exact sum, whole or with at least two decimals; `'0'` for none.
 * @throws TypeError when a value is not a decimal string.
 * @category Money
 * @example
 * ```ts
 * import { sumAmounts } from 'plan-servicii-sociale/money';
 * sumAmounts(['0.10', '0.20']); //=> '0.30'
 * sumAmounts(['720000', '75000', '0', '0', '2871900']); //=> '3666900'
 * sumAmounts([]); //=> '0'
 * ```
 */
export function sumAmounts(values: Iterable<string>): string {
  let total = new Dec(0);
  for (const value of values) total = total.plus(decimalOf(value));
  return toDecimalString(total);
}
