import { cellSchema, checkKeys, fail, type ReadResult } from './cellSchema.js';
import { readCount } from './count.js';
import { MARKER_JSON_SCHEMA, isRecord, readMarker, showValue, type Marker } from './markers.js';

/**
 * One role in the staff a proposed service needs: "Educatori - 3".
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { StaffRole } from 'plan-servicii-sociale';
 * const r: StaffRole = { role: 'Educatori', count: 3 };
 * r.count; //=> 3
 * ```
 */
export interface StaffRole {
  /** Role as written. */
  readonly role: string;
  /** Number of persons. */
  readonly count: number;
}

/**
 * Human resources needed (*resurse umane necesare*): the roles read from the text, and the text.
 * When the text cannot be split, `roles` is empty and `raw` keeps it (the checks say so).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { StaffSchema, type Staff } from 'plan-servicii-sociale';
 * const s = StaffSchema.parse('șef centru -1, Logoped -1 kinetoterapeut - 1, Educatori- 3') as Staff;
 * s.roles; //=> [{ role: 'șef centru', count: 1 }, { role: 'Logoped', count: 1 }, { role: 'kinetoterapeut', count: 1 }, { role: 'Educatori', count: 3 }]
 * ```
 */
export interface Staff {
  /** Discriminant: this cell holds staff roles. */
  readonly kind: 'staff';
  /** Roles with counts. */
  readonly roles: readonly StaffRole[];
  /** The text as written. */
  readonly raw?: string;
}

/**
 * What a staff cell accepts: the text as written or the object form.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { StaffInput } from 'plan-servicii-sociale';
 * const input: StaffInput = { raw: '-1 asistent social (SSC) 3 ingrijitori.', roles: [{ role: 'asistent social (SSC)', count: 1 }, { role: 'ingrijitori', count: 3 }] };
 * input.roles?.length; //=> 2
 * ```
 */
export type StaffInput = string | null | Marker | { kind?: 'staff'; roles?: readonly StaffRole[]; raw?: string };

/**
 * Splits "șef centru -1, Logoped -1 kinetoterapeut - 1" into roles: each "- N" (or ": N") closes
 * the role written before it. Text that has no letters before a count gives no role.
 */
export function parseStaffText(text: string): ReadResult<StaffRole[]> {
  const roles: StaffRole[] = [];
  let start = 0;
  for (const m of text.matchAll(/[-\u2013:]\s*(\d+)/g)) {
    const role = text.slice(start, m.index).replace(/^[\s,;.]+/, '').replace(/[\s,;]+$/, '');
    if (/\p{L}/u.test(role)) {
      const count = readCount(m[1]);
      if (!count.ok) return count;
      roles.push({ role, count: count.value });
    }
    start = m.index + m[0].length;
  }
  return { ok: true, value: roles };
}

function staffFromText(raw: string, path: (string | number)[]): ReadResult<Staff> {
  const roles = parseStaffText(raw);
  return roles.ok ? { ok: true, value: { kind: 'staff', roles: roles.value, raw } } : { ...roles, path };
}

/** Reads a staff cell. */
export function readStaff(value: unknown): ReadResult<Staff | Marker> {
  const marker = readMarker(value);
  if (marker) return { ok: true, value: marker };
  if (typeof value === 'string') {
    if (value.length > 5000) return fail('text.too_long', { length: value.length, max: 5000 });
    return staffFromText(value, []);
  }
  if (!isRecord(value)) return fail('type.invalid', { expected: 'staff', received: showValue(value) });
  const badKeys = checkKeys(value, ['kind', 'roles', 'raw']);
  if (badKeys) return badKeys;
  if (value.roles === undefined) {
    if (typeof value.raw === 'string') return staffFromText(value.raw, ['raw']);
    return fail('value.required', {}, ['roles']);
  }
  if (!Array.isArray(value.roles)) return fail('type.invalid', { expected: 'array', received: showValue(value.roles) }, ['roles']);
  if (value.roles.length > 200) return fail('list.too_long', { max: 200 }, ['roles']);
  const roles: StaffRole[] = [];
  for (const [i, r] of value.roles.entries()) {
    if (!isRecord(r)) return fail('type.invalid', { expected: 'object', received: showValue(r) }, ['roles', i]);
    const badRole = checkKeys(r, ['role', 'count'], ['roles', i]);
    if (badRole) return badRole;
    if (typeof r.role !== 'string' || r.role.trim() === '') {
      return fail(r.role === undefined ? 'value.required' : 'text.blank', {}, ['roles', i, 'role']);
    }
    const count = readCount(r.count);
    if (!count.ok) return { ...count, path: ['roles', i, 'count'] };
    roles.push({ role: r.role, count: count.value });
  }
  return { ok: true, value: { kind: 'staff', roles, ...(value.raw !== undefined ? { raw: value.raw as string } : {}) } };
}

/**
 * The zod schema of the human-resources cell of a proposed service.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { StaffSchema } from 'plan-servicii-sociale';
 * StaffSchema.parse('Psiholog - 1'); //=> { kind: 'staff', roles: [{ role: 'Psiholog', count: 1 }], raw: 'Psiholog - 1' }
 * StaffSchema.parse('Nu este cazul'); //=> { kind: 'not_applicable', raw: 'Nu este cazul' }
 * ```
 */
export const StaffSchema = cellSchema<StaffInput, Staff | Marker>(readStaff, 'Staff', {
  description: 'Staff needed: the text as written, or an object with roles and counts.',
  anyOf: [
    { type: 'string', maxLength: 5000 },
    { type: 'null' },
    MARKER_JSON_SCHEMA,
    {
      type: 'object',
      properties: {
        kind: { const: 'staff' },
        raw: { type: 'string' },
        roles: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'object',
            properties: { role: { type: 'string', minLength: 1 }, count: { type: 'integer', minimum: 0 } },
            required: ['role', 'count'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
  ],
});
