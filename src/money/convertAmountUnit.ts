import { decimalOf, toDecimalString } from '../internal/decimal.js';
import type { MoneyUnit } from './units.js';

/**
 * Converts an amount between *lei* and *mii lei*, exactly: lei → mii lei divides by 1000 (so
 * "1234.56" lei is "1.23456" mii lei), mii lei → lei multiplies by 1000. Nothing is rounded; round
 * the result with `roundAmount` if a table wants fewer decimals. Euro is never converted.
 *
 * @param value - A decimal string in `from`.
 * @param from - The unit of `value`.
 * @param to - The unit wanted.
 * @throws TypeError when `value` is not a decimal string, or either unit is euro and the other is not.
 * @category Money
 * @example
 * ```ts
 * import { convertAmountUnit } from 'plan-servicii-sociale/money';
 * convertAmountUnit('2233.6', 'mii lei', 'lei'); //=> '2233600'
 * convertAmountUnit('1234.56', 'lei', 'mii lei'); //=> '1.23456'
 * ```
 */
export function convertAmountUnit(value: string, from: MoneyUnit, to: MoneyUnit): string {
  const amount = decimalOf(value);
  if (from === to) return toDecimalString(amount);
  if (from === 'euro' || to === 'euro') {
    throw new TypeError(`plan-servicii-sociale: cannot convert ${from} to ${to}; the library never converts euro`);
  }
  return toDecimalString(from === 'lei' ? amount.dividedBy(1000) : amount.times(1000));
}
