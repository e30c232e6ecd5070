import type Decimal from 'decimal.js';
import { Dec, decimalOf, toDecimalString } from '../internal/decimal.js';
import { ROUNDING_MODES, type RoundingMode } from './units.js';

/**
 * Options of {@link roundAmount}: how many decimals to keep and the {@link RoundingMode}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { RoundingOptions } from 'plan-servicii-sociale/money';
 * const r: RoundingOptions = { decimals: 0, mode: 'half-even' };
 * r.mode; //=> 'half-even'
 * ```
 */
export interface RoundingOptions {
  /** Decimals to keep, 0 to 10. Default 2 (bani). */
  readonly decimals?: number;
  /** Default `half-up`. */
  readonly mode?: RoundingMode;
}

const DECIMAL_MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Dec.ROUND_HALF_UP,
  'half-even': Dec.ROUND_HALF_EVEN,
  'half-down': Dec.ROUND_HALF_DOWN,
  up: Dec.ROUND_UP,
  down: Dec.ROUND_DOWN,
  ceiling: Dec.ROUND_CEIL,
  floor: Dec.ROUND_FLOOR,
};

/** Checks rounding options; a wrong option is a programmer mistake. */
export function roundingOf(options: RoundingOptions = {}): { decimals: number; mode: RoundingMode; rounding: Decimal.Rounding } {
  const decimals = options.decimals ?? 2;
  const mode = options.mode ?? 'half-up';
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new TypeError(`plan-servicii-sociale: decimals must be a whole number from 0 to 10 (got ${String(decimals)})`);
  }
  if (!(ROUNDING_MODES as readonly string[]).includes(mode)) {
    throw new TypeError(`plan-servicii-sociale: unknown rounding mode "${String(mode)}"; use one of ${ROUNDING_MODES.join(', ')}`);
  }
  return { decimals, mode, rounding: DECIMAL_MODES[mode] };
}

/** Rounds a `Dec` with checked options. */
export function roundDec(value: Dec, options: RoundingOptions = {}): Dec {
  const { decimals, rounding } = roundingOf(options);
  return value.toDecimalPlaces(decimals, rounding);
}

/**
 * Rounds a decimal string to `decimals` places with a named {@link RoundingMode}. This is the only
 * place where the library rounds money; every function that rounds says so and takes these
 * options.
 *
 * @param value - A decimal string ("1234.565").
 * @param options - Decimals (default 2) and mode (default `half-up`).
 * @returns The rounded decimal string, whole or with at least two decimals.
 * @throws TypeError when `value` is not a decimal string (read written text with `parseAmount`).
 * @category Money
 * @example
 * ```ts
 * import { roundAmount } from 'plan-servicii-sociale/money';
 * roundAmount('2.675'); //=> '2.68'
 * roundAmount('2.665', { mode: 'half-even' }); //=> '2.66'
 * roundAmount('23333.333', { decimals: 0, mode: 'down' }); //=> '23333'
 * ```
 */
export function roundAmount(value: string, options: RoundingOptions = {}): string {
  return toDecimalString(roundDec(decimalOf(value), options));
}
