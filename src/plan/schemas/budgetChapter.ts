import * as z from 'zod';
import { amountJsonSchema, readAmountCell, type AmountCell, type AmountCellInput } from '../cells/amount.js';
import { cellSchema } from '../cells/cellSchema.js';
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

/** Budget table cells may be negative (title 85). */
const BUDGET_AMOUNT = { negative: true } as const;

/**
 * The zod schema of one cell of a budget table: like a plan's budget cell ({@link AmountCellInput}:
 * a decimal string, an exactly convertible number, a marker such as "-", or `{ value, raw }`),
 * in the table's unit, except that a value may be negative (title 85, payments of earlier years
 * recovered this year, is negative by definition; `reconcileBudgetTable` reports a negative value
 * anywhere else).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetCellSchema } from 'plan-servicii-sociale';
 * BudgetCellSchema.parse({ value: '2233600', raw: '2.233.600' }); //=> { kind: 'amount', value: '2233600', currency: 'RON', raw: '2.233.600' }
 * BudgetCellSchema.parse('-1500'); //=> { kind: 'amount', value: '-1500', currency: 'RON' }
 * BudgetCellSchema.safeParse('2.233.600').success; //=> false
 * ```
 */
export const BudgetCellSchema = cellSchema<AmountCellInput, AmountCell>((value) => readAmountCell(value, BUDGET_AMOUNT), 'BudgetCell', amountJsonSchema(BUDGET_AMOUNT));

/** Quarter columns of a budget table, in order. */
export const QUARTERS = ['q1', 'q2', 'q3', 'q4'] as const;

/**
 * One row of a budget table: the label and code as printed, the annual value (*TOTAL AN*), the
 * four quarters (*TRIM I–IV*) and, optionally, the twelve months.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetRowSchema } from 'plan-servicii-sociale';
 * const row = BudgetRowSchema.parse({ label: 'Salarii de baza', code: '10.01.01', annual: '1400000', q1: '400000', q2: '400000', q3: '300000', q4: '300000' });
 * row.q3; //=> { kind: 'amount', value: '300000', currency: 'RON' }
 * BudgetRowSchema.safeParse({ code: '10', q5: '1' }).success; //=> false
 * ```
 */
export const BudgetRowSchema = z.strictObject({
  /** *Denumirea indicatorilor*, as written. */
  label: text().optional(),
  /** Budget code as written ("10.01.01", "*01", "20.02.00", "0" for the total row). */
  code: text().optional(),
  /** *TOTAL AN*, in the table's unit. */
  annual: BudgetCellSchema.optional(),
  /** *TRIM I*. */
  q1: BudgetCellSchema.optional(),
  /** *TRIM II*. */
  q2: BudgetCellSchema.optional(),
  /** *TRIM III*. */
  q3: BudgetCellSchema.optional(),
  /** *TRIM IV*. */
  q4: BudgetCellSchema.optional(),
  /** Monthly detail, January to December, when the table gives it: exactly twelve cells. */
  months: list(BudgetCellSchema)
    .superRefine((m, ctx) => {
      if (m.length !== 12) ctx.addIssue({ code: 'custom', params: { code: 'budget_table.months_count', count: m.length }, message: 'Expected twelve months.' });
    })
    .optional(),
  /** Transcriber's remarks on the row. */
  notes: text().optional(),
});

/**
 * A budget table row once parsed. See {@link BudgetRowSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { BudgetRowSchema, type BudgetRow } from 'plan-servicii-sociale';
 * const row: BudgetRow = BudgetRowSchema.parse({ label: 'Plati din buget local' });
 * row.annual; //=> undefined
 * ```
 */
export type BudgetRow = z.output<typeof BudgetRowSchema>;

/**
 * One quarterly budget table: a functional budget code, rows by economic code with the annual
 * value and four quarters, and the unit printed over it, all as published.
 * `reconcileBudgetTable` (in `plan-servicii-sociale/budget`) checks that it adds up.
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
  /** Transcriber's remarks on the table (a header printed oddly, a page break). */
  notes: text().optional(),
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
