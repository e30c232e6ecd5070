import { cellSchema, checkKeys, fail, type ReadResult } from './cellSchema.js';
import { readCount } from './count.js';
import { MARKER_JSON_SCHEMA, foldText, isRecord, readMarker, regimeIn, showValue, type Marker } from './markers.js';

/**
 * Units of capacity as plans write them: places (*locuri*), beds (*paturi*), beneficiaries per day
 * (*beneficiari/zi*), beneficiaries, or a bare number (`unspecified`).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { CAPACITY_UNITS } from 'plan-servicii-sociale';
 * CAPACITY_UNITS.includes('beneficiariesPerDay'); //=> true
 * ```
 */
export const CAPACITY_UNITS = ['places', 'beds', 'beneficiariesPerDay', 'beneficiaries', 'unspecified'] as const;

/**
 * One part of a capacity: "30 locuri" or "20 locuri în ambulatoriu".
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { CapacityPart } from 'plan-servicii-sociale';
 * const part: CapacityPart = { count: 20, unit: 'places', regime: 'ambulatoriu', label: 'locuri în ambulatoriu' };
 * part.count; //=> 20
 * ```
 */
export interface CapacityPart {
  /** How many. */
  readonly count: number;
  /** Of what. */
  readonly unit: (typeof CAPACITY_UNITS)[number];
  /** Regime when the text names one: `intern`, `ambulatoriu`, `zi`, ... */
  readonly regime?: string;
  /** The words after the number, as written. */
  readonly label?: string;
}

/**
 * Capacity of a service (*capacitate*): one or more parts, and the text as written.
 * A text with no number keeps `raw` and has no parts (the checks report it).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { CapacitySchema, type Capacity } from 'plan-servicii-sociale';
 * const c = CapacitySchema.parse('30 locuri și 20 locuri în ambulatoriu') as Capacity;
 * c.parts.map((p) => [p.count, p.unit, p.regime]); //=> [[30, 'places', undefined], [20, 'places', 'ambulatoriu']]
 * ```
 */
export interface Capacity {
  /** Discriminant: this cell holds a capacity. */
  readonly kind: 'capacity';
  /** The parts read from the text (or given). */
  readonly parts: readonly CapacityPart[];
  /** The text as written. */
  readonly raw?: string;
}

/**
 * What a capacity cell accepts: a whole number, the text as written, a marker, or the object form.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { CapacityInput } from 'plan-servicii-sociale';
 * const inputs: CapacityInput[] = [10, '24 Beneficiar/zi', { parts: [{ count: 12, unit: 'beneficiariesPerDay' }] }];
 * inputs.length; //=> 3
 * ```
 */
export type CapacityInput =
  | number
  | string
  | null
  | Marker
  | { kind?: 'capacity'; parts: readonly CapacityPart[]; raw?: string };

function unitOf(label: string): CapacityPart['unit'] {
  const f = foldText(label);
  if (/\bloc(?:uri)?\b/.test(f)) return 'places';
  if (/\bpat(?:uri)?\b/.test(f)) return 'beds';
  if (/\/\s*zi\b|\bpe zi\b|\bzilnic/.test(f)) return 'beneficiariesPerDay';
  if (/\bbenef/.test(f)) return 'beneficiaries';
  return 'unspecified';
}

/** A number in a capacity text: digits, or Romanian thousands grouping ("1.000"). */
const CAPACITY_NUMBER = /(\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(\D*)/g;

/**
 * Reads capacity parts from text: each number with the words that follow it. A number too large
 * to be a count fails the whole text.
 */
export function parseCapacityText(text: string): ReadResult<CapacityPart[]> {
  const parts: CapacityPart[] = [];
  for (const m of text.matchAll(CAPACITY_NUMBER)) {
    const count = readCount((m[1] as string).replace(/\./g, ''));
    if (!count.ok) return count;
    const label = (m[2] ?? '').replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/\s+(și|si|\+)$/i, '');
    const regime = regimeIn(label);
    parts.push({
      count: count.value,
      unit: unitOf(label),
      ...(regime ? { regime } : {}),
      ...(label ? { label } : {}),
    });
  }
  return { ok: true, value: parts };
}

const CAPACITY_KEYS = ['kind', 'parts', 'raw'];
const PART_KEYS = ['count', 'unit', 'regime', 'label'];

function readPart(value: unknown, i: number): ReadResult<CapacityPart> {
  if (!isRecord(value)) return fail('type.invalid', { expected: 'object', received: showValue(value) }, ['parts', i]);
  const badKeys = checkKeys(value, PART_KEYS, ['parts', i]);
  if (badKeys) return badKeys;
  if (value.count === undefined) return fail('value.required', {}, ['parts', i, 'count']);
  const count = readCount(value.count);
  if (!count.ok) return { ...count, path: ['parts', i, 'count'] };
  const unit = value.unit ?? 'unspecified';
  if (!(CAPACITY_UNITS as readonly unknown[]).includes(unit)) {
    return fail('value.not_allowed', { value: showValue(unit), allowed: [...CAPACITY_UNITS] }, ['parts', i, 'unit']);
  }
  for (const key of ['regime', 'label'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      return fail('type.invalid', { expected: 'string', received: showValue(value[key]) }, ['parts', i, key]);
    }
  }
  return {
    ok: true,
    value: {
      count: count.value,
      unit: unit as CapacityPart['unit'],
      ...(value.regime !== undefined ? { regime: value.regime as string } : {}),
      ...(value.label !== undefined ? { label: value.label as string } : {}),
    },
  };
}

/** Reads a capacity cell. */
export function readCapacity(value: unknown): ReadResult<Capacity | Marker> {
  const marker = readMarker(value);
  if (marker) return { ok: true, value: marker };
  if (typeof value === 'number') {
    const count = readCount(value);
    if (!count.ok) return count;
    return { ok: true, value: { kind: 'capacity', parts: [{ count: count.value, unit: 'unspecified' }] } };
  }
  if (typeof value === 'string') {
    if (value.length > 2000) return fail('text.too_long', { length: value.length, max: 2000 });
    if (/^\s*[-\u2010-\u2015\u2212]\s*\d/.test(value)) return fail('count.negative', { value });
    const parts = parseCapacityText(value);
    return parts.ok ? { ok: true, value: { kind: 'capacity', parts: parts.value, raw: value } } : parts;
  }
  if (!isRecord(value)) return fail('type.invalid', { expected: 'capacity', received: showValue(value) });
  const badKeys = checkKeys(value, CAPACITY_KEYS);
  if (badKeys) return badKeys;
  if (value.kind !== undefined && value.kind !== 'capacity') {
    return fail('value.not_allowed', { value: showValue(value.kind), allowed: ['capacity'] }, ['kind']);
  }
  if (!Array.isArray(value.parts)) {
    if (value.parts === undefined && typeof value.raw === 'string') {
      const parts = parseCapacityText(value.raw);
      return parts.ok ? { ok: true, value: { kind: 'capacity', parts: parts.value, raw: value.raw } } : { ...parts, path: ['raw'] };
    }
    return fail(value.parts === undefined ? 'value.required' : 'type.invalid', { expected: 'array', received: showValue(value.parts) }, ['parts']);
  }
  if (value.parts.length > 50) return fail('list.too_long', { max: 50 }, ['parts']);
  const parts: CapacityPart[] = [];
  for (const [i, p] of value.parts.entries()) {
    const part = readPart(p, i);
    if (!part.ok) return part;
    parts.push(part.value);
  }
  return { ok: true, value: { kind: 'capacity', parts, ...(value.raw !== undefined ? { raw: value.raw as string } : {}) } };
}

/**
 * The zod schema of a capacity cell. Text is split into parts (each number with the words after
 * it) and kept as written in `raw`.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { CapacitySchema } from 'plan-servicii-sociale';
 * CapacitySchema.parse(10); //=> { kind: 'capacity', parts: [{ count: 10, unit: 'unspecified' }] }
 * CapacitySchema.parse('24 Beneficiar/zi'); //=> { kind: 'capacity', parts: [{ count: 24, unit: 'beneficiariesPerDay', label: 'Beneficiar/zi' }], raw: '24 Beneficiar/zi' }
 * CapacitySchema.safeParse(-1).success; //=> false
 * ```
 */
export const CapacitySchema = cellSchema<CapacityInput, Capacity | Marker>(readCapacity, 'Capacity', {
  description: 'Capacity: a whole number, the text as written ("30 locuri și 20 locuri în ambulatoriu"), a marker, or an object with parts.',
  anyOf: [
    { type: 'integer', minimum: 0 },
    { type: 'string', maxLength: 2000 },
    { type: 'null' },
    {
      type: 'object',
      properties: {
        kind: { const: 'capacity' },
        raw: { type: 'string' },
        parts: {
          type: 'array',
          maxItems: 50,
          items: {
            type: 'object',
            properties: {
              count: { type: 'integer', minimum: 0 },
              unit: { enum: [...CAPACITY_UNITS] },
              regime: { type: 'string' },
              label: { type: 'string' },
            },
            required: ['count'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    MARKER_JSON_SCHEMA,
  ],
});
