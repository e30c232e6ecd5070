import { cellSchema, checkKeys, fail, type ReadResult } from './cellSchema.js';
import { MARKER_JSON_SCHEMA, isRecord, readMarker, regimeIn, showValue, type Marker } from './markers.js';

/**
 * One occupancy rate, for the whole service or for one regime ("70% in regim intern").
 * `percent` is a canonical decimal string ("75.2").
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { OccupancyRate } from 'plan-servicii-sociale';
 * const r: OccupancyRate = { percent: '65', regime: 'ambulatoriu' };
 * r.percent; //=> '65'
 * ```
 */
export interface OccupancyRate {
  /** The rate in percent, as a canonical decimal string. */
  readonly percent: string;
  /** The regime it applies to, when the text names one. */
  readonly regime?: string;
}

/**
 * Occupancy of a service (*grad de ocupare*): one rate or one per regime, with the text as written.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { OccupancySchema, type Occupancy } from 'plan-servicii-sociale';
 * const o = OccupancySchema.parse('70% in regim intern și 65% in regim ambulatoriu') as Occupancy;
 * o.rates; //=> [{ percent: '70', regime: 'intern' }, { percent: '65', regime: 'ambulatoriu' }]
 * ```
 */
export interface Occupancy {
  /** Discriminant: this cell holds occupancy rates. */
  readonly kind: 'occupancy';
  /** One or more rates. */
  readonly rates: readonly OccupancyRate[];
  /** The text as written. */
  readonly raw?: string;
}

/**
 * What an occupancy cell accepts: a number (percent), a text such as "100%" or "75,2%", a marker,
 * or the object form.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { OccupancyInput } from 'plan-servicii-sociale';
 * const inputs: OccupancyInput[] = [100, '75,2%', 'Nu este cazul'];
 * inputs.length; //=> 3
 * ```
 */
export type OccupancyInput = number | string | null | Marker | { kind?: 'occupancy'; rates: readonly OccupancyRate[]; raw?: string };

const PERCENT = /^(0|[1-9]\d{0,5})(?:[.,](\d{1,4}))?$/;

function readPercent(text: string): ReadResult<string> {
  const m = PERCENT.exec(text.trim());
  if (!m) return fail('percent.invalid', { value: text });
  const frac = (m[2] ?? '').replace(/0+$/, '');
  return { ok: true, value: frac ? `${m[1]}.${frac}` : (m[1] as string) };
}

/** Reads "70% in regim intern și 65% in regim ambulatoriu" into rates; `undefined` if no "%". */
function parseOccupancyText(text: string): OccupancyRate[] | undefined {
  const re = /([-\u2010-\u2015\u2212]?)(\d+(?:[.,]\d+)?)\s*%([^\d%]*)/g;
  const rates: OccupancyRate[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) return undefined;
    const percent = readPercent(m[2] as string);
    if (!percent.ok) return undefined;
    const regime = regimeIn(m[3] ?? '');
    rates.push(regime ? { percent: percent.value, regime } : { percent: percent.value });
  }
  return rates.length ? rates : undefined;
}

/** Reads an occupancy cell. */
export function readOccupancy(value: unknown): ReadResult<Occupancy | Marker> {
  const marker = readMarker(value);
  if (marker) return { ok: true, value: marker };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return fail('percent.invalid', { value: String(value) });
    const percent = readPercent(String(value));
    if (!percent.ok) return percent;
    return { ok: true, value: { kind: 'occupancy', rates: [{ percent: percent.value }] } };
  }
  if (typeof value === 'string') {
    if (value.length > 2000) return fail('text.too_long', { length: value.length, max: 2000 });
    const rates = parseOccupancyText(value);
    if (rates) return { ok: true, value: { kind: 'occupancy', rates, raw: value } };
    const bare = readPercent(value);
    if (bare.ok) return { ok: true, value: { kind: 'occupancy', rates: [{ percent: bare.value }], raw: value } };
    return fail('percent.invalid', { value: showValue(value) });
  }
  if (!isRecord(value)) return fail('type.invalid', { expected: 'occupancy', received: showValue(value) });
  const badKeys = checkKeys(value, ['kind', 'rates', 'raw']);
  if (badKeys) return badKeys;
  if (!Array.isArray(value.rates)) {
    return fail(value.rates === undefined ? 'value.required' : 'type.invalid', { expected: 'array', received: showValue(value.rates) }, ['rates']);
  }
  if (value.rates.length > 20) return fail('list.too_long', { max: 20 }, ['rates']);
  const rates: OccupancyRate[] = [];
  for (const [i, r] of value.rates.entries()) {
    if (!isRecord(r)) return fail('type.invalid', { expected: 'object', received: showValue(r) }, ['rates', i]);
    const badRate = checkKeys(r, ['percent', 'regime'], ['rates', i]);
    if (badRate) return badRate;
    if (typeof r.percent !== 'string' && typeof r.percent !== 'number') {
      return fail('percent.invalid', { value: showValue(r.percent) }, ['rates', i, 'percent']);
    }
    const percent = readPercent(String(r.percent));
    if (!percent.ok) return { ...percent, path: ['rates', i, 'percent'] };
    if (r.regime !== undefined && typeof r.regime !== 'string') {
      return fail('type.invalid', { expected: 'string', received: showValue(r.regime) }, ['rates', i, 'regime']);
    }
    rates.push(r.regime !== undefined ? { percent: percent.value, regime: r.regime } : { percent: percent.value });
  }
  return { ok: true, value: { kind: 'occupancy', rates, ...(value.raw !== undefined ? { raw: value.raw as string } : {}) } };
}

/**
 * The zod schema of an occupancy cell (*grad de ocupare*). Decimal commas are read ("75,2%" is
 * 75.2); a rate above 100% is accepted and reported by the checks as a warning.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { OccupancySchema } from 'plan-servicii-sociale';
 * OccupancySchema.parse('75,2%'); //=> { kind: 'occupancy', rates: [{ percent: '75.2' }], raw: '75,2%' }
 * OccupancySchema.safeParse('mult').success; //=> false
 * ```
 */
export const OccupancySchema = cellSchema<OccupancyInput, Occupancy | Marker>(readOccupancy, 'Occupancy', {
  description: 'Occupancy: a number (percent), a text such as "100%" or "70% in regim intern și 65% in regim ambulatoriu", a marker, or an object with rates.',
  anyOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', maxLength: 2000 },
    { type: 'null' },
    {
      type: 'object',
      properties: {
        kind: { const: 'occupancy' },
        raw: { type: 'string' },
        rates: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            properties: { percent: { type: ['string', 'number'] }, regime: { type: 'string' } },
            required: ['percent'],
            additionalProperties: false,
          },
        },
      },
      required: ['rates'],
      additionalProperties: false,
    },
    MARKER_JSON_SCHEMA,
  ],
});
