import * as z from 'zod';
import { AmountCellSchema } from '../cells/amount.js';
import { list, text } from '../cells/text.js';

/**
 * Units a budget table is printed in: lei, or thousands of lei (*mii lei*).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BUDGET_TABLE_UNITS } from 'plan-servicii-sociale';
 * BUDGET_TABLE_UNITS; //=> ['lei', 'mii lei']
 * ```
 */
export const BUDGET_TABLE_UNITS = ['lei', 'mii lei'] as const;

const BudgetRowSchema = z.strictObject({
  /** *Denumirea indicatorilor*, as written. */
  label: text().optional(),
  /** Budget code as written ("10.01.01", "*01", "0"). */
  code: text().optional(),
  /** *TOTAL AN*, in the table's unit. */
  annual: AmountCellSchema.optional(),
  /** *TRIM I*. */
  q1: AmountCellSchema.optional(),
  /** *TRIM II*. */
  q2: AmountCellSchema.optional(),
  /** *TRIM III*. */
  q3: AmountCellSchema.optional(),
  /** *TRIM IV*. */
  q4: AmountCellSchema.optional(),
});

/**
 * One quarterly budget table: a functional budget code, rows by economic code with the annual
 * value and four quarters, and the unit printed over it. The reconciliation of these tables is a
 * later capability; the model keeps them as published.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetTableSchema } from 'plan-servicii-sociale';
 * const t = BudgetTableSchema.parse({ functionalCode: '68.02.05.02', unit: 'mii lei', rows: [{ code: '10.01.01', label: 'Salarii de baza', annual: '1400000', q1: '400000', q2: '400000', q3: '300000', q4: '300000' }] });
 * t.rows[0]?.annual; //=> { kind: 'amount', value: '1400000', currency: 'RON' }
 * ```
 */
export const BudgetTableSchema = z.strictObject({
  /** Functional budget code as written: "68.02.05.02" (some tables print none). */
  functionalCode: text().optional(),
  /** Title as written: "ASISTENȚA SOCIALĂ ÎN CAZ DE INVALIDITATE". */
  title: text().optional(),
  /** Unit printed over the table; absent when the table prints none. */
  unit: z.enum(BUDGET_TABLE_UNITS).optional(),
  /** Year of the annual column, when printed ("TOTAL AN 2020"). */
  year: z.int().min(2000).max(2100).optional(),
  /** Rows in document order. */
  rows: list(BudgetRowSchema).default([]),
});

/**
 * A budget table once parsed. See {@link BudgetTableSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetTableSchema, type BudgetTable } from 'plan-servicii-sociale';
 * const t: BudgetTable = BudgetTableSchema.parse({ functionalCode: '68.02.15.01', unit: 'lei' });
 * t.unit; //=> 'lei'
 * ```
 */
export type BudgetTable = z.output<typeof BudgetTableSchema>;

/**
 * The budget chapter some councils add (*buget estimat și surse de finanțare*): an introduction and
 * quarterly tables.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetChapterSchema } from 'plan-servicii-sociale';
 * BudgetChapterSchema.parse({}).tables; //=> []
 * ```
 */
export const BudgetChapterSchema = z.strictObject({
  /** Introductory text, as written. */
  intro: text().optional(),
  /** Quarterly tables in document order. */
  tables: list(BudgetTableSchema).default([]),
});

/**
 * The budget chapter once parsed. See {@link BudgetChapterSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetChapterSchema, type BudgetChapter } from 'plan-servicii-sociale';
 * const b: BudgetChapter = BudgetChapterSchema.parse({ intro: 'Beneficiile se finanțează...' });
 * b.tables.length; //=> 0
 * ```
 */
export type BudgetChapter = z.output<typeof BudgetChapterSchema>;
