import { cellSchema, checkKeys, fail, type ReadResult } from './cellSchema.js';
import { HG_867_GRAMMAR, readServiceCode as readCodeGrammar } from '../../nomenclature/readServiceCode.js';
import { scanServiceCodes } from '../../nomenclature/scanServiceCodes.js';
import { MARKER_JSON_SCHEMA, isRecord, readMarker, showValue, type Marker } from './markers.js';

/**
 * A social-service code as written in the plan (*cod serviciu social*, Nomenclatorul serviciilor
 * sociale, HG 867/2015), e.g. "8891Cz-C-II", with its canonical form when the code grammar can read
 * it ("8891 CZ-C-II"). The spelling of the document is kept in `raw`; a code that cannot be read
 * keeps only `raw`, and `parsePlan` says why (`service_code.unreadable`). Corrections and catalogue
 * status: `listPlanServiceCodes` in `plan-servicii-sociale/nomenclature`.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ServiceCodeSchema, type ServiceCode } from 'plan-servicii-sociale';
 * const code = ServiceCodeSchema.parse('8891Cz-C-II') as ServiceCode;
 * code; //=> { kind: 'code', raw: '8891Cz-C-II', canonical: '8891 CZ-C-II' }
 * ```
 */
export interface ServiceCode {
  /** Discriminant: this cell holds a code. */
  readonly kind: 'code';
  /** The code as written in the document. */
  readonly raw: string;
  /** The canonical form, when the grammar reads the code unambiguously. Derived from `raw`. */
  readonly canonical?: string;
  /** The canonical forms, when the cell holds several codes ("8790CR-II 8790CR-C-I"). Derived from `raw`. */
  readonly codes?: readonly string[];
}

/**
 * What a service-code cell accepts: the code as written, a marker, or the object form.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { ServiceCodeInput } from 'plan-servicii-sociale';
 * const inputs: ServiceCodeInput[] = ['8810 CZ-V-I', { raw: '8790 CR-PFA-I' }, '-'];
 * inputs.length; //=> 3
 * ```
 */
export type ServiceCodeInput = string | null | Marker | { kind?: 'code'; raw: string; canonical?: string; codes?: readonly string[] };

/** Reads a service-code cell. */
export function readServiceCodeCell(value: unknown): ReadResult<ServiceCode | Marker> {
  const marker = readMarker(value);
  if (marker) return { ok: true, value: marker };
  let raw: unknown = value;
  if (isRecord(value)) {
    const badKeys = checkKeys(value, ['kind', 'raw', 'canonical', 'codes']);
    if (badKeys) return badKeys;
    if (value.kind !== undefined && value.kind !== 'code') {
      return fail('value.not_allowed', { value: showValue(value.kind), allowed: ['code'] }, ['kind']);
    }
    if (value.raw === undefined) return fail('value.required', {}, ['raw']);
    raw = value.raw;
  }
  if (typeof raw !== 'string') return fail('type.invalid', { expected: 'string', received: showValue(raw) });
  if (raw.trim() === '') return fail('text.blank', {}, isRecord(value) ? ['raw'] : []);
  if (raw.length > 200) return fail('text.too_long', { length: raw.length, max: 200 });
  const read = readCodeGrammar(raw, HG_867_GRAMMAR);
  if (read.ok) return { ok: true, value: { kind: 'code', raw, canonical: read.canonical } };
  const found = scanServiceCodes(raw, HG_867_GRAMMAR);
  const codes = found.flatMap((f) => (f.kind === 'service' ? [f.result.canonical] : []));
  const several = codes.length > 1 && found.every((f) => f.kind === 'service');
  return { ok: true, value: several ? { kind: 'code', raw, codes } : { kind: 'code', raw } };
}

/**
 * The zod schema of a service-code cell.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ServiceCodeSchema } from 'plan-servicii-sociale';
 * ServiceCodeSchema.parse('Nu este cazul'); //=> { kind: 'not_applicable', raw: 'Nu este cazul' }
 * ```
 */
export const ServiceCodeSchema = cellSchema<ServiceCodeInput, ServiceCode | Marker>(readServiceCodeCell, 'ServiceCode', {
  description: 'Service code as written ("8891Cz-C-II"), a marker, or { raw }.',
  anyOf: [
    { type: 'string', maxLength: 200 },
    { type: 'null' },
    {
      type: 'object',
      properties: {
        kind: { const: 'code' },
        raw: { type: 'string', minLength: 1, maxLength: 200 },
        canonical: { type: 'string', description: 'Derived from raw; recomputed on parsing.' },
        codes: { type: 'array', items: { type: 'string' }, description: 'Derived from raw; recomputed on parsing.' },
      },
      required: ['raw'],
      additionalProperties: false,
    },
    MARKER_JSON_SCHEMA,
  ],
});
