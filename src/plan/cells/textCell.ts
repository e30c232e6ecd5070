import { cellSchema, checkKeys, fail, type ReadResult } from './cellSchema.js';
import { readDecimalAmount } from './amount.js';
import { MARKER_JSON_SCHEMA, isRecord, readMarker, showValue, type Marker } from './markers.js';
import { MAX_TEXT } from './text.js';

/**
 * A text cell that may also say "Nu este cazul", "-" or nothing: `{ kind: 'text', text }` or a
 * {@link Marker}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { TextCellSchema, type TextCell } from 'plan-servicii-sociale';
 * const c: TextCell = TextCellSchema.parse('Nu este cazul');
 * c.kind; //=> 'not_applicable'
 * TextCellSchema.parse('Servicii de îngrijire'); //=> { kind: 'text', text: 'Servicii de îngrijire' }
 * ```
 */
export type TextCell = { readonly kind: 'text'; readonly text: string } | Marker;

/**
 * What a text cell accepts: a string, `null`, or the object form.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { TextCellInput } from 'plan-servicii-sociale';
 * const inputs: TextCellInput[] = ['Nu este cazul', 'servicii de zi', null];
 * inputs.length; //=> 3
 * ```
 */
export type TextCellInput = string | null | Marker | { kind: 'text'; text: string };

function readTextCell(value: unknown): ReadResult<TextCell> {
  const marker = readMarker(value);
  if (marker) return { ok: true, value: marker };
  let text: unknown = value;
  if (isRecord(value)) {
    const badKeys = checkKeys(value, ['kind', 'text']);
    if (badKeys) return badKeys;
    if (value.kind !== 'text') return fail('value.not_allowed', { value: showValue(value.kind), allowed: ['text', 'not_applicable', 'none', 'unknown'] }, ['kind']);
    text = value.text;
  }
  if (typeof text !== 'string') return fail('type.invalid', { expected: 'string', received: showValue(text) });
  if (text.length > MAX_TEXT) return fail('text.too_long', { length: text.length, max: MAX_TEXT });
  return { ok: true, value: { kind: 'text', text } };
}

/**
 * The zod schema of a {@link TextCell}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { TextCellSchema } from 'plan-servicii-sociale';
 * TextCellSchema.parse(''); //=> { kind: 'unknown' }
 * ```
 */
export const TextCellSchema = cellSchema<TextCellInput, TextCell>(readTextCell, 'TextCell', {
  description: 'Text cell: a string ("Nu este cazul", "-" and "" are markers), null, or an object.',
  anyOf: [
    { type: 'string', maxLength: MAX_TEXT },
    { type: 'null' },
    { type: 'object', properties: { kind: { const: 'text' }, text: { type: 'string' } }, required: ['kind', 'text'], additionalProperties: false },
    MARKER_JSON_SCHEMA,
  ],
});

/**
 * A measured quantity that is not money (building area in m²): a canonical decimal string, or a
 * {@link Marker}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { QuantityCellSchema, type QuantityCell } from 'plan-servicii-sociale';
 * const q: QuantityCell = QuantityCellSchema.parse('387');
 * q; //=> { kind: 'quantity', value: '387' }
 * ```
 */
export type QuantityCell = { readonly kind: 'quantity'; readonly value: string; readonly raw?: string } | Marker;

/**
 * What a quantity cell accepts: a decimal string, an exactly convertible number, a marker, `null`,
 * or the object form.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { QuantityCellInput } from 'plan-servicii-sociale';
 * const inputs: QuantityCellInput[] = [387, '120.50', '-'];
 * inputs.length; //=> 3
 * ```
 */
export type QuantityCellInput = string | number | null | Marker | { kind?: 'quantity'; value: string | number; raw?: string };

function readQuantityCell(value: unknown): ReadResult<QuantityCell> {
  const marker = readMarker(value);
  if (marker) return { ok: true, value: marker };
  let inner: unknown = value;
  let raw: unknown;
  if (isRecord(value)) {
    const badKeys = checkKeys(value, ['kind', 'value', 'raw']);
    if (badKeys) return badKeys;
    inner = value.value;
    raw = value.raw;
  }
  const read = readDecimalAmount(inner);
  if (!read.ok) return isRecord(value) ? { ...read, path: ['value'] } : read;
  if (raw === undefined && typeof inner === 'string' && inner !== read.value) raw = inner;
  return { ok: true, value: { kind: 'quantity', value: read.value, ...(typeof raw === 'string' ? { raw } : {}) } };
}

/**
 * The zod schema of a {@link QuantityCell} (at most two decimals, never negative).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { QuantityCellSchema } from 'plan-servicii-sociale';
 * QuantityCellSchema.parse(120.5); //=> { kind: 'quantity', value: '120.50' }
 * ```
 */
export const QuantityCellSchema = cellSchema<QuantityCellInput, QuantityCell>(readQuantityCell, 'QuantityCell', {
  description: 'Quantity (e.g. area in m²): a decimal string, a number, a marker, null, or an object.',
  anyOf: [
    { type: 'string', maxLength: 200 },
    { type: 'number', minimum: 0 },
    { type: 'null' },
    {
      type: 'object',
      properties: { kind: { const: 'quantity' }, value: { type: ['string', 'number'] }, raw: { type: 'string' } },
      required: ['value'],
      additionalProperties: false,
    },
    MARKER_JSON_SCHEMA,
  ],
});
