import { decimalOf, type Dec } from '../internal/decimal.js';
import { roundDec, type RoundingOptions } from './roundAmount.js';
import type { MoneyUnit } from './units.js';

/**
 * Options of {@link formatAmount}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { FormatAmountOptions } from 'plan-servicii-sociale/money';
 * const o: FormatAmountOptions = { decimals: 2, unit: 'mii lei' };
 * o.unit; //=> 'mii lei'
 * ```
 */
export interface FormatAmountOptions {
  /**
   * Decimals to write. `'auto'` (default) writes the value's own decimals (none for whole amounts,
   * at least two otherwise); a number pads with zeros or rounds with `rounding`.
   */
  readonly decimals?: 'auto' | number;
  /** The unit written after the number (the value is not converted); `false` writes none. Default `lei`. */
  readonly unit?: MoneyUnit | false;
  /** How to round when `decimals` is fewer than the value has. Default `half-up`. */
  readonly rounding?: RoundingOptions['mode'];
}

/**
 * Writes an amount the Romanian way: a dot between thousands, a comma before decimals, then the
 * unit: "1.234.567,89 lei". The value is not converted: give `unit: 'mii lei'` for a value already
 * in thousands (see `convertAmountUnit`). Rounds only when `decimals` asks for fewer decimals, with
 * the mode named in `rounding`.
 *
 * `parseAmount(formatAmount(x))` gives back `x` for amounts in lei; for *mii lei* with three
 * decimals, parse with `{ decimalSeparator: ',' }`.
 *
 * @param value - A decimal string ("1234567.89").
 * @param options - Decimals, unit, rounding.
 * @throws TypeError when `value` is not a decimal string.
 * @category Money
 * @example
 * ```ts
 * import { formatAmount } from 'plan-servicii-sociale/money';
 * formatAmount('1234567.89'); //=> '1.234.567,89 lei'
 * formatAmount('357825'); //=> '357.825 lei'
 * formatAmount('36669', { decimals: 2 }); //=> '36.669,00 lei'
 * formatAmount('2233.6', { unit: 'mii lei' }); //=> '2.233,60 mii lei'
 * formatAmount('-0.5', { unit: false }); //=> '-0,50'
 * ```
 */
export function formatAmount(value: string, options: FormatAmountOptions = {}): string {
  let amount = decimalOf(value);
  const decimals = options.decimals ?? 'auto';
  if (decimals !== 'auto') amount = roundDec(amount, { decimals, mode: options.rounding ?? 'half-up' });
  const number = writeDecimal(amount, decimals === 'auto' ? undefined : decimals, 'ro');
  const unit = options.unit ?? 'lei';
  return unit === false ? number : `${number} ${unit}`;
}

/**
 * Writes a decimal with grouped thousands: "1.234.567,89" (`ro`) or "1,234,567.89" (`en`), with
 * `places` decimals, or by default none for a whole value and at least two otherwise.
 */
export function writeDecimal(amount: Dec, places: number | undefined, lang: 'ro' | 'en'): string {
  const decimals = places ?? (amount.decimalPlaces() === 0 ? 0 : Math.max(2, amount.decimalPlaces()));
  const [int = '0', frac] = amount.abs().toFixed(decimals).split('.');
  const [group, point] = lang === 'ro' ? ['.', ','] : [',', '.'];
  const sign = amount.isNegative() && !amount.isZero() ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${frac !== undefined ? point + frac : ''}`;
}
