// Kept apart from the zod schemas so that code adding up budgets does not pull zod in.
/**
 * The five funding sources of the template, in its column order: *buget local*, *buget județean*,
 * *buget de stat*, *contribuții persoane beneficiare*, *alte surse*.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { FUNDING_SOURCES } from 'plan-servicii-sociale';
 * FUNDING_SOURCES; //=> ['local', 'county', 'state', 'beneficiaries', 'other']
 * ```
 */
export const FUNDING_SOURCES = ['local', 'county', 'state', 'beneficiaries', 'other'] as const;
