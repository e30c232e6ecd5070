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

/** A decimal string the money functions accept: optional minus, digits, optional dot and digits. */
const DECIMAL_STRING = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Whether `value` is a decimal string of zero or more, at most 40 characters ("12", "0.5"). */
export function isNonNegativeDecimal(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && DECIMAL_STRING.test(value) && !value.startsWith('-');
}

/**
 * Reads a decimal string into a `Dec`. Anything else (a number, "1,5", "2.233.600") is a
 * programmer mistake: user text goes through `parseAmount` first. Throws a prefixed TypeError.
 */
export function decimalOf(value: unknown, what = 'amount'): Dec {
  if (typeof value !== 'string' || value.length > 60 || !DECIMAL_STRING.test(value)) {
    const shown = typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
    throw new TypeError(
      `plan-servicii-sociale: ${what} must be a decimal string such as "1234.50" (got ${shown}); read written amounts with parseAmount`,
    );
  }
  return new Dec(value);
}

/**
 * The library's decimal string of an exact value: no decimals when it is whole, otherwise at least
 * two decimals and no trailing zeros beyond them ("1.50", "1.505", "-3"). No exponent, ever.
 */
export function toDecimalString(value: Dec): string {
  const places = value.decimalPlaces();
  const text = value.toFixed(places === 0 ? 0 : Math.max(2, places));
  return text === '-0' ? '0' : text;
}
