import { centsString, sumCents } from './cents.js';
import type { Issue } from '../issues/types.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { BudgetRowSchema } from '../plan/schemas/budgetChapter.js';
import { cellValue } from './readTable.js';

/**
 * One quarter of {@link yearToDate}: what the quarter plans, what is planned up to its end, and
 * what remains of the annual value after it.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { QuarterToDate } from 'plan-servicii-sociale/budget';
 * const q: QuarterToDate = { quarter: 1, planned: '622900', yearToDate: '622900', remaining: '1610700' };
 * q.remaining; //=> '1610700'
 * ```
 */
export interface QuarterToDate {
  readonly quarter: 1 | 2 | 3 | 4;
  readonly planned: string;
  readonly yearToDate: string;
  readonly remaining: string;
}

/**
 * What {@link yearToDate} returns.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { yearToDate, type YearToDateResult } from 'plan-servicii-sociale/budget';
 * const r: YearToDateResult = yearToDate({ q1: '1', q2: '1', q3: '1', q4: '1' });
 * r.ok && r.annual; //=> '4'
 * ```
 */
export type YearToDateResult =
  | { readonly ok: true; readonly annual: string; readonly quarters: readonly QuarterToDate[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Year-to-date and remaining amounts of a budget row, quarter by quarter: after each quarter, how
 * much of the year is planned so far and how much of the annual value is left. The annual value
 * is the printed one when there is one (so a row whose quarters do not add up shows a remainder
 * at the end of the year), else the sum of the quarters. A quarter without a value counts as 0 ("-"
 * is 0 in budget tables). Bad input comes back as issues.
 *
 * @param row - A budget table row (input of `BudgetRowSchema`).
 * @category Budget tables
 * @example
 * ```ts
 * import { yearToDate } from 'plan-servicii-sociale/budget';
 * const r = yearToDate({ code: '0', annual: '2233600', q1: '622900', q2: '562000', q3: '551700', q4: '497000' });
 * r.ok && r.quarters.map((q) => [q.yearToDate, q.remaining]); //=> [['622900', '1610700'], ['1184900', '1048700'], ['1736600', '497000'], ['2233600', '0']]
 * yearToDate({ q1: 'o mie' }).ok; //=> false
 * ```
 */
export function yearToDate(row: unknown): YearToDateResult {
  const parsed = safeParseWithIssues(BudgetRowSchema, row);
  if (!parsed.ok) return parsed;
  const quarters = [parsed.data.q1, parsed.data.q2, parsed.data.q3, parsed.data.q4].map((c) => cellValue(c) ?? 0n);
  const annual = cellValue(parsed.data.annual) ?? sumCents(quarters);
  let sum = 0n;
  return {
    ok: true,
    annual: centsString(annual),
    quarters: quarters.map((q, i) => {
      sum += q;
      return { quarter: (i + 1) as 1 | 2 | 3 | 4, planned: centsString(q), yearToDate: centsString(sum), remaining: centsString(annual - sum) };
    }),
  };
}
