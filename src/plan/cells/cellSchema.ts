import * as z from 'zod';
import { createIssue } from '../../issues/createIssue.js';
import type { IssueCode } from '../../issues/types.js';

/** What a cell reader returns: the normalised value, or what is wrong and where inside the cell. */
export type ReadResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: IssueCode;
      readonly params: Readonly<Record<string, unknown>>;
      readonly path?: readonly (string | number)[];
    };

/** Shorthand for a failed read. */
export function fail(code: IssueCode, params: Record<string, unknown>, path?: (string | number)[]): ReadResult<never> {
  return path ? { ok: false, code, params, path } : { ok: false, code, params };
}

/** Longest `raw` text kept beside a normalised cell. */
export const MAX_RAW = 5000;

/** JSON Schema fragments of the cell schemas, used when the plan's JSON Schema is generated. */
export const CELL_JSON_SCHEMAS = new Map<z.ZodType, { readonly id: string; readonly jsonSchema: Record<string, unknown> }>();

/**
 * A zod schema that reads a table cell with a hand-written reader. The reader never throws; a
 * failure becomes a zod issue whose `params.code` is the library's issue code.
 */
export function cellSchema<Input, Output>(
  read: (value: unknown) => ReadResult<Output>,
  id: string,
  jsonSchema: Record<string, unknown>,
): z.ZodType<Output, Input> {
  const schema = z.custom<Input>(() => true).transform((value, ctx) => {
    const result = read(value);
    if (result.ok) return result.value;
    ctx.issues.push({
      code: 'custom',
      message: createIssue(result.code, [], result.params).message.en,
      params: { ...result.params, code: result.code },
      input: value,
      ...(result.path && result.path.length ? { path: [...result.path] } : {}),
    });
    return z.NEVER;
  });
  CELL_JSON_SCHEMAS.set(schema, { id, jsonSchema });
  return schema as unknown as z.ZodType<Output, Input>;
}

/**
 * First problem with the keys of a cell object (or of an object inside it, at `path`): a key not in
 * `allowed`, or a `raw` that is not a string. `undefined` when there is none.
 */
export function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: (string | number)[] = []): ReadResult<never> | undefined {
  const extra = Object.keys(value).find((k) => !allowed.includes(k));
  if (extra !== undefined) return fail('object.unknown_key', { key: extra }, [...path, extra]);
  if (value.raw !== undefined && typeof value.raw !== 'string') {
    return fail('type.invalid', { expected: 'string', received: typeof value.raw }, [...path, 'raw']);
  }
  if (typeof value.raw === 'string' && value.raw.length > MAX_RAW) {
    return fail('text.too_long', { length: value.raw.length, max: MAX_RAW }, [...path, 'raw']);
  }
  return undefined;
}
