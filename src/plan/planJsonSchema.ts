import schema from './plan.schema.json' with { type: 'json' };

/**
 * The JSON Schema (draft 2020-12) of a plan document, generated from the zod schemas at build time.
 * The same file ships as `plan-servicii-sociale/plan.schema.json`, so programs in other languages
 * validate the same documents. It checks structure (fields, types, enumerations); value rules such
 * as exact amounts, calendar dates and non-blank names are checked by {@link parsePlan}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { planJsonSchema } from 'plan-servicii-sociale';
 * planJsonSchema.$schema; //=> 'https://json-schema.org/draft/2020-12/schema'
 * (planJsonSchema.required as string[]).includes('meta'); //=> true
 * ```
 */
export const planJsonSchema: Readonly<Record<string, unknown>> = schema;
