import { cellSchema, fail, type ReadResult } from './cellSchema.js';
import { MARKER_JSON_SCHEMA, readMarker, showValue, type Marker } from './markers.js';

/**
 * A whole number of persons, places or requests, or a {@link Marker} when the cell holds none.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { CountCellSchema, type CountCell } from 'plan-servicii-sociale';
 * const c: CountCell = CountCellSchema.parse('42');
 * c; //=> 42
 * ```
 */
export type CountCell = number | Marker;

/**
 * What a count cell accepts: a non-negative integer, a string of digits (Romanian thousands
 * grouping "1.000" is read as 1000), a marker string or object, or `null`.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { CountCellInput } from 'plan-servicii-sociale';
 * const inputs: CountCellInput[] = [75, '2', '-', null];
 * inputs.length; //=> 4
 * ```
 */
export type CountCellInput = number | string | null | Marker;

/** Reads a non-negative whole number. */
export function readCount(value: unknown): ReadResult<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('count.invalid', { value: String(value) });
    if (!Number.isInteger(value)) return fail('count.not_integer', { value: String(value) });
    if (value < 0) return fail('count.negative', { value: String(value) });
    if (!Number.isSafeInteger(value)) return fail('count.invalid', { value: String(value) });
    return { ok: true, value: value === 0 ? 0 : value };
  }
  if (typeof value === 'string') {
    const text = value.trim();
    if (/^[-\u2212]0*[1-9]\d*$/.test(text)) return fail('count.negative', { value: text });
    if (/^\d{1,15}$/.test(text)) return { ok: true, value: Number(text) };
    if (/^\d{1,3}(?:\.\d{3}){1,4}$/.test(text)) return { ok: true, value: Number(text.replace(/\./g, '')) };
    if (/^\d+[.,]\d+$/.test(text)) return fail('count.not_integer', { value: text });
    return fail('count.invalid', { value: showValue(value) });
  }
  return fail('type.invalid', { expected: 'integer', received: showValue(value) });
}

/** Reads a count cell: a marker or a whole number. */
export function readCountCell(value: unknown): ReadResult<CountCell> {
  const marker = readMarker(value);
  return marker ? { ok: true, value: marker } : readCount(value);
}

/**
 * The zod schema of a count cell (persons, places, waiting requests).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { CountCellSchema } from 'plan-servicii-sociale';
 * CountCellSchema.parse(' 12 '); //=> 12
 * CountCellSchema.parse('-'); //=> { kind: 'none', raw: '-' }
 * CountCellSchema.safeParse(-3).success; //=> false
 * ```
 */
export const CountCellSchema = cellSchema<CountCellInput, CountCell>(readCountCell, 'CountCell', {
  description: 'Count cell: a non-negative integer, a string of digits, a marker string or object, or null.',
  anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', maxLength: 200 }, { type: 'null' }, MARKER_JSON_SCHEMA],
});
