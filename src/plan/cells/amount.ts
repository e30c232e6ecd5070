import { cellSchema, checkKeys, fail, type ReadResult } from './cellSchema.js';
import { MARKER_JSON_SCHEMA, isRecord, readMarker, showValue, type Marker } from './markers.js';

/**
 * Currencies an amount can be in. Plans are in lei (`RON`); a few rows (seed 004) state euro
 * (`EUR`), which the library keeps as euro and never converts.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { CURRENCIES } from 'plan-servicii-sociale';
 * CURRENCIES; //=> ['RON', 'EUR']
 * ```
 */
export const CURRENCIES = ['RON', 'EUR'] as const;

/**
 * An exact amount of money as it appears in a plan, in currency units (lei), except in a budget
 * table whose `unit` is *mii lei*, where values stay in the printed unit.
 *
 * `value` is a canonical decimal string: no leading zeros, no thousands separators, a dot before
 * the decimals, and either no decimals or exactly two ("158838", "36669.50"). `raw` keeps the text
 * as written when it differs from `value`.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { AmountCellSchema, type Amount } from 'plan-servicii-sociale';
 * const a = AmountCellSchema.parse({ value: '158838', raw: '158838 lei' }) as Amount;
 * a; //=> { kind: 'amount', value: '158838', currency: 'RON', raw: '158838 lei' }
 * ```
 */
export interface Amount {
  /** Discriminant: this cell holds an amount. */
  readonly kind: 'amount';
  /** Canonical decimal string. */
  readonly value: string;
  /** `RON` unless the document states another currency. */
  readonly currency: (typeof CURRENCIES)[number];
  /** The text as written in the document, when it differs from `value`. */
  readonly raw?: string;
}

/**
 * What a budget cell holds once read: an {@link Amount} or a {@link Marker} ("Nu este cazul", "-",
 * empty).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { AmountCellSchema, type AmountCell } from 'plan-servicii-sociale';
 * const cell: AmountCell = AmountCellSchema.parse('-');
 * cell.kind; //=> 'none'
 * ```
 */
export type AmountCell = Amount | Marker;

/**
 * What a budget cell accepts: a decimal string, a number that converts exactly, a marker string
 * ("Nu este cazul", "-", ""), `null` (unknown), or the object form of {@link Amount} or
 * {@link Marker}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { AmountCellInput } from 'plan-servicii-sociale';
 * const inputs: AmountCellInput[] = ['158838', 36669.5, 'Nu este cazul', { value: '10000', currency: 'EUR', raw: '10000 EURO' }];
 * inputs.length; //=> 4
 * ```
 */
export type AmountCellInput =
  | string
  | number
  | null
  | { kind?: 'amount'; value: string | number; currency?: (typeof CURRENCIES)[number]; raw?: string }
  | Marker;

/** Largest accepted integer part: 15 digits (a thousand trillion lei). */
const MAX_INTEGER_DIGITS = 15;
const DECIMAL = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?$/;

/** Whether negative amounts are accepted (budget tables: title 85 is negative), at most two decimals either way. */
export interface AmountRules {
  readonly negative: boolean;
}

/** Amounts of a plan's budgets: not negative. */
const PLAN_AMOUNT: AmountRules = { negative: false };

function canonicalDecimal(sign: string, int: string, frac: string | undefined): string {
  const keepFrac = frac !== undefined && /[1-9]/.test(frac) ? `.${frac.padEnd(2, '0')}` : '';
  const value = `${int}${keepFrac}`;
  return sign && value !== '0' ? `-${value}` : value;
}

/** A decimal string already in canonical form ("-0" aside): read as it is, without more work. */
const CANONICAL = /^-?(?:0|[1-9]\d{0,14})(?:\.(?!00)\d{2})?$/;

/** Reads the `value` of an amount: a decimal string or an exactly convertible number. */
export function readDecimalAmount(value: unknown, rules: AmountRules = PLAN_AMOUNT): ReadResult<string> {
  if (typeof value === 'string' && value !== '-0' && CANONICAL.test(value)) {
    return value.startsWith('-') && !rules.negative ? fail('amount.negative', { value }) : { ok: true, value };
  }
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('amount.invalid', { value: String(value) });
    text = String(value);
    if (!Number.isSafeInteger(Math.trunc(value)) || /e/i.test(text)) return fail('amount.not_exact', { value: text });
    const frac = text.split('.')[1];
    if (frac !== undefined && frac.length > 2) return fail('amount.not_exact', { value: text });
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return fail('type.invalid', { expected: 'amount', received: showValue(value) });
  }
  const m = DECIMAL.exec(text);
  if (!m) return fail('amount.invalid', { value: showValue(value) });
  const [, sign = '', int = '0', frac] = m;
  if (frac !== undefined && frac.length > 2) return fail('amount.too_many_decimals', { value: text });
  if (int.length > MAX_INTEGER_DIGITS) return fail('amount.out_of_range', { value: text, max: '999999999999999.99' });
  const canonical = canonicalDecimal(sign, int, frac);
  if (canonical.startsWith('-') && !rules.negative) return fail('amount.negative', { value: text });
  return { ok: true, value: canonical };
}

const AMOUNT_KEYS = ['kind', 'value', 'currency', 'raw'] as const;

/** Reads one budget cell into an {@link AmountCell}. */
export function readAmountCell(value: unknown, rules: AmountRules = PLAN_AMOUNT): ReadResult<AmountCell> {
  // Digits are never a marker: skip reading one (which folds the text) for the common cell.
  const marker = typeof value === 'string' && DECIMAL.test(value) ? undefined : readMarker(value);
  if (marker) return { ok: true, value: marker };
  if (typeof value === 'string' || typeof value === 'number') {
    const read = readDecimalAmount(value, rules);
    if (!read.ok) return read;
    const amount: Amount =
      typeof value === 'string' && value !== read.value
        ? { kind: 'amount', value: read.value, currency: 'RON', raw: value }
        : { kind: 'amount', value: read.value, currency: 'RON' };
    return { ok: true, value: amount };
  }
  if (!isRecord(value)) return fail('type.invalid', { expected: 'amount', received: showValue(value) });
  const badKeys = checkKeys(value, AMOUNT_KEYS);
  if (badKeys) return badKeys;
  if (value.kind !== undefined && value.kind !== 'amount') {
    return fail('value.not_allowed', { value: showValue(value.kind), allowed: ['amount', 'not_applicable', 'none', 'unknown'] }, ['kind']);
  }
  if (value.value === undefined) return fail('value.required', {}, ['value']);
  const read = readDecimalAmount(value.value, rules);
  if (!read.ok) return { ...read, path: ['value'] };
  const currency = value.currency ?? 'RON';
  if (!(CURRENCIES as readonly unknown[]).includes(currency)) {
    return fail('value.not_allowed', { value: showValue(currency), allowed: [...CURRENCIES] }, ['currency']);
  }
  let raw = value.raw as string | undefined;
  if (raw === undefined && typeof value.value === 'string' && value.value !== read.value) raw = value.value;
  const amount: Amount = {
    kind: 'amount',
    value: read.value,
    currency: currency as Amount['currency'],
    ...(raw !== undefined ? { raw } : {}),
  };
  return { ok: true, value: amount };
}

/**
 * The zod schema of one budget cell. Input: see {@link AmountCellInput}; output: an
 * {@link AmountCell}. Numbers are accepted only when they convert exactly (a safe integer or at
 * most two decimals); anything else fails with `amount.not_exact` instead of a silent float.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { AmountCellSchema } from 'plan-servicii-sociale';
 * AmountCellSchema.parse(36669.5); //=> { kind: 'amount', value: '36669.50', currency: 'RON' }
 * AmountCellSchema.parse('0'); //=> { kind: 'amount', value: '0', currency: 'RON' }
 * AmountCellSchema.safeParse(0.1 + 0.2).success; //=> false
 * AmountCellSchema.safeParse('12.345').success; //=> false
 * ```
 */
export const AmountCellSchema = cellSchema<AmountCellInput, AmountCell>((value) => readAmountCell(value), 'AmountCell', amountJsonSchema(PLAN_AMOUNT));

/** JSON Schema of an amount cell read with `rules` (the plan's cells, or a budget table's). */
export function amountJsonSchema(rules: AmountRules): Record<string, unknown> {
  const sign = rules.negative ? '-?' : '';
  return {
    description: rules.negative
      ? 'Budget table cell: a decimal amount, possibly negative (string or exactly convertible number), a marker string ("-", ""), null, or an object.'
      : 'Budget cell: a decimal amount (string or exactly convertible number), a marker string ("Nu este cazul", "-", ""), null, or an object.',
    anyOf: [
      { type: 'string', maxLength: 200 },
      { type: 'number' },
      { type: 'null' },
      {
        type: 'object',
        properties: {
          kind: { const: 'amount' },
          value: { anyOf: [{ type: 'string', pattern: `^\\s*${sign}(0|[1-9][0-9]*)(\\.[0-9]{1,2})?\\s*$` }, rules.negative ? { type: 'number' } : { type: 'number', minimum: 0 }] },
          currency: { enum: [...CURRENCIES] },
          raw: { type: 'string' },
        },
        required: ['value'],
        additionalProperties: false,
      },
      MARKER_JSON_SCHEMA,
    ],
  };
}
