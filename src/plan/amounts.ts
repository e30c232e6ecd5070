import { Dec, toCanonicalAmount } from '../internal/decimal.js';
import type { AmountCell } from './cells/amount.js';
import type { FundingBudget } from './schemas/chapter1.js';
import { FUNDING_SOURCES } from './schemas/fundingSources.js';
import type { SourceTotals } from './summarizePlan.js';

/**
 * Totals of amounts, one per currency, as canonical decimal strings. Lei and euro are never added
 * together.
 *
 * @category Summary
 * @example
 * ```ts
 * import type { CurrencyTotals } from 'plan-servicii-sociale';
 * const t: CurrencyTotals = { RON: '27000' };
 * t.RON; //=> '27000'
 * ```
 */
export type CurrencyTotals = Partial<Record<'RON' | 'EUR', string>>;

const CANONICAL = /^(?:0|[1-9]\d{0,14})(?:\.\d{2})?$/;

/** A decimal of a canonical amount string; a programmer mistake (an unparsed plan) throws. */
function dec(value: string): Dec {
  if (!CANONICAL.test(value)) {
    throw new TypeError(`plan-servicii-sociale: "${value.slice(0, 40)}" is not a canonical amount; pass a plan returned by parsePlan`);
  }
  return new Dec(value);
}

/** Adds the amounts among `cells` (markers count as nothing), separately per currency. */
export function sumAmountCells(cells: Iterable<AmountCell | undefined>): CurrencyTotals {
  const totals = new Map<'RON' | 'EUR', Dec>();
  for (const cell of cells) {
    if (cell?.kind !== 'amount') continue;
    totals.set(cell.currency, (totals.get(cell.currency) ?? new Dec(0)).plus(dec(cell.value)));
  }
  const out: CurrencyTotals = {};
  for (const [currency, total] of totals) out[currency] = toCanonicalAmount(total);
  return out;
}

/** Difference `a - b` of two canonical amounts, as a canonical string (may be negative). */
export function differenceOf(a: string, b: string): string {
  return toCanonicalAmount(dec(a).minus(dec(b)));
}

/** Whether two canonical amounts are equal. */
export function sameAmount(a: string, b: string): boolean {
  return dec(a).equals(dec(b));
}

/** Totals by funding source of a set of budgets, one record per currency present. */
export function sourceTotals(budgets: readonly (FundingBudget | undefined)[]): SourceTotals[] {
  const perSource = FUNDING_SOURCES.map((s) => [s, sumAmountCells(budgets.map((b) => b?.[s]))] as const);
  const currencies = (['RON', 'EUR'] as const).filter((c) => perSource.some(([, t]) => t[c] !== undefined));
  return currencies.map((currency) => {
    const bySource = Object.fromEntries(perSource.map(([s, t]) => [s, t[currency] ?? '0'])) as SourceTotals['bySource'];
    const total = sumAmountCells(FUNDING_SOURCES.map((s) => ({ kind: 'amount', value: bySource[s], currency }) as const))[currency] ?? '0';
    return { currency, bySource, total };
  });
}
