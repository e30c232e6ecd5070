/**
 * The units an amount can be written in: *lei*, *mii lei* (thousands of lei, as budget tables
 * print them) and *euro* (seed 004 has "10000 EURO"; the library never converts euro).
 *
 * @category Money
 * @example
 * ```ts
 * import { MONEY_UNITS } from 'plan-servicii-sociale/money';
 * MONEY_UNITS; //=> ['lei', 'mii lei', 'euro']
 * ```
 */
export const MONEY_UNITS = ['lei', 'mii lei', 'euro'] as const;

/**
 * One of {@link MONEY_UNITS}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { MoneyUnit } from 'plan-servicii-sociale/money';
 * const unit: MoneyUnit = 'mii lei';
 * unit; //=> 'mii lei'
 * ```
 */
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/**
 * What a rate is per, as amounts write it after a slash or "pe": *an* (year), *lună* (month),
 * *zi* (day), *oră* (hour), *beneficiar*, *persoană*, *familie*, *copil*, *loc* (place).
 *
 * @category Money
 * @example
 * ```ts
 * import { PER_UNITS } from 'plan-servicii-sociale/money';
 * PER_UNITS.includes('beneficiary'); //=> true
 * ```
 */
export const PER_UNITS = ['year', 'month', 'day', 'hour', 'beneficiary', 'person', 'family', 'child', 'place'] as const;

/**
 * One of {@link PER_UNITS}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { PerUnit } from 'plan-servicii-sociale/money';
 * const per: PerUnit[] = ['year', 'beneficiary'];
 * per.length; //=> 2
 * ```
 */
export type PerUnit = (typeof PER_UNITS)[number];

/**
 * Rounding modes, named as words. `half-up` rounds 0.5 away from zero (the usual rule for lei);
 * `half-even` rounds 0.5 to the even neighbour (banker's rounding); `half-down` rounds 0.5 toward
 * zero; `up` rounds away from zero; `down` truncates toward zero; `ceiling` and `floor` round toward
 * plus and minus infinity.
 *
 * @category Money
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'plan-servicii-sociale/money';
 * ROUNDING_MODES[0]; //=> 'half-up'
 * ```
 */
export const ROUNDING_MODES = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceiling', 'floor'] as const;

/**
 * One of {@link ROUNDING_MODES}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { RoundingMode } from 'plan-servicii-sociale/money';
 * const mode: RoundingMode = 'half-even';
 * mode; //=> 'half-even'
 * ```
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];
