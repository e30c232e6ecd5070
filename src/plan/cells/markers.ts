/**
 * What a table cell says when it holds no value. The template's readers keep these apart:
 *
 * - `not_applicable`: "Nu este cazul" (the row or column does not apply);
 * - `none`: "-" (there is none: no budget from that source, no places);
 * - `unknown`: an empty cell (nothing was written).
 *
 * A zero ("0", "0 lei") is not a marker: it is the value zero.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { AmountCellSchema, type Marker } from 'plan-servicii-sociale';
 * const cell = AmountCellSchema.parse('Nu este cazul') as Marker;
 * cell; //=> { kind: 'not_applicable', raw: 'Nu este cazul' }
 * ```
 */
export interface Marker {
  /** Which kind of "no value" the cell holds. */
  readonly kind: 'not_applicable' | 'none' | 'unknown';
  /** The text as written, when there was one. */
  readonly raw?: string;
}

/** JSON Schema of a {@link Marker} object, shared by every cell that accepts markers. */
export const MARKER_JSON_SCHEMA = {
  type: 'object',
  properties: { kind: { enum: ['not_applicable', 'none', 'unknown'] }, raw: { type: 'string', maxLength: 5000 } },
  required: ['kind'],
  additionalProperties: false,
};

/** The kinds a {@link Marker} can have. */
const MARKER_KINDS = ['not_applicable', 'none', 'unknown'] as const;

/** Lower case, no diacritics, single spaces, no trailing dot. */
export function foldText(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:]+$/, '')
    .trim();
}

const NOT_APPLICABLE = new Set(['nu este cazul', 'nu e cazul', 'nu este cazul!', 'nu se aplica', 'n/a']);
const NONE = /^(?:[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D] ?){1,3}$/;
const BLANK_TO_FILL = /^[_.…]+$/;

/**
 * Reads a marker from a raw cell: a string such as "Nu este cazul", "-", "" or a marker object.
 * Returns `undefined` when the value is not a marker.
 */
export function readMarker(value: unknown): Marker | undefined {
  if (value === null) return { kind: 'unknown' };
  if (typeof value === 'string') {
    const folded = foldText(value);
    if (folded === '') return value === '' ? { kind: 'unknown' } : { kind: 'unknown', raw: value };
    if (BLANK_TO_FILL.test(folded)) return { kind: 'unknown', raw: value };
    if (NOT_APPLICABLE.has(folded.replace(/^[-\u2010-\u2015\u2212\s]+/, ''))) return { kind: 'not_applicable', raw: value };
    if (NONE.test(folded)) return { kind: 'none', raw: value };
    return undefined;
  }
  if (isRecord(value) && typeof value.kind === 'string' && (MARKER_KINDS as readonly string[]).includes(value.kind)) {
    const keys = Object.keys(value);
    if (keys.every((k) => k === 'kind' || k === 'raw') && (value.raw === undefined || (typeof value.raw === 'string' && value.raw.length <= 5000))) {
      const kind = value.kind as Marker['kind'];
      return value.raw === undefined ? { kind } : { kind, raw: value.raw };
    }
  }
  return undefined;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short printable form of any input value, for issue params. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 197)}...` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The regime a capacity or occupancy text names ("în ambulatoriu", "in regim intern"), if any. */
export function regimeIn(text: string): string | undefined {
  const f = foldText(text);
  if (f.includes('ambulatori')) return 'ambulatoriu';
  if (/\bintern/.test(f)) return 'intern';
  return /\bregim(?:ul)? (?:de )?([a-z]+)/.exec(f)?.[1];
}
