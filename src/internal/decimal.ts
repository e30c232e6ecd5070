import Decimal from 'decimal.js';

/**
 * The library's private decimal constructor: cloned from decimal.js defaults so that nothing the
 * library does changes the global `Decimal` a user may also use. Never exposed in public types.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 60 });
export type Dec = InstanceType<typeof Dec>;

/** Canonical amount string of an exact decimal: no decimals, or exactly two. */
export function toCanonicalAmount(value: Dec): string {
  if (!value.decimalPlaces()) return value.toFixed(0);
  if (value.decimalPlaces() > 2) throw new Error('plan-servicii-sociale: internal error, amount with more than two decimals');
  return value.toFixed(2);
}
