import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { compareCodes, indexOf } from './classificationIndex.js';
import { readScaledTables, type CombineBudgetTablesOptions } from './combineBudgetTables.js';
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { parseBudgetCode } from './parseBudgetCode.js';
import { BUDGET_COLUMNS, type BudgetColumn } from './readTable.js';

/**
 * One line of {@link totalsByFunctionalCode}: a functional code, the tables under it, and their
 * total by column (`undefined` where a table lacks the value).
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { FunctionalTotal } from 'plan-servicii-sociale/budget';
 * const t: FunctionalTotal = { functionalCode: '68.02', name: 'Asigurari si asistenta sociala', own: false, tables: [1, 3], annual: '4500000', q1: '1', q2: '1', q3: '1', q4: '1' };
 * t.own; //=> false
 * ```
 */
export interface FunctionalTotal extends Readonly<Partial<Record<BudgetColumn, string>>> {
  /** Canonical functional code. */
  readonly functionalCode: string;
  /** Official name, when the classification has the code. */
  readonly name?: string;
  /** `true` when a table is headed by this very code; `false` for a parent code that only adds up others. */
  readonly own: boolean;
  /** Indexes of the tables it adds up. */
  readonly tables: readonly number[];
}

/**
 * What {@link totalsByFunctionalCode} returns.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { totalsByFunctionalCode, type FunctionalTotals } from 'plan-servicii-sociale/budget';
 * const r: FunctionalTotals = totalsByFunctionalCode([]);
 * r.ok && r.totals; //=> []
 * ```
 */
export type FunctionalTotals =
  | { readonly ok: true; readonly unit: 'lei'; readonly totals: readonly FunctionalTotal[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Totals of budget tables by functional code: each table's total (its total row, else the sum of
 * its top rows) under its own code and under every parent code, in lei,
 * so that the paragraphs of a plan's budget chapter add up to their subchapter and to chapter
 * 68.02. A code in the generic form ("68.15.01") counts under its local-budget twin ("68.02.15.01"). A table with no functional code, or one that cannot be read ("68.02.1.00"), is left out
 * with a warning; a code outside chapter 68 is kept, with the code's warning.
 *
 * @param tables - Budget tables (input of `BudgetTableSchema`).
 * @param options - Unit assumed for tables that print none, classification, path.
 * @category Budget tables
 * @example
 * ```ts
 * import { totalsByFunctionalCode } from 'plan-servicii-sociale/budget';
 * const r = totalsByFunctionalCode([
 *   { functionalCode: '68.02.15.01', unit: 'lei', rows: [{ code: '0', annual: '6000', q1: '2000', q2: '1000', q3: '1000', q4: '2000' }] },
 *   { functionalCode: '68.02.15.02', unit: 'lei', rows: [{ code: '0', annual: '4000', q1: '1000', q2: '1000', q3: '1000', q4: '1000' }] },
 * ]);
 * r.ok && r.totals.map((t) => [t.functionalCode, t.annual, t.own]); //=> [['68.02', '10000', false], ['68.02.15', '10000', false], ['68.02.15.01', '6000', true], ['68.02.15.02', '4000', true]]
 * ```
 */
export function totalsByFunctionalCode(tables: readonly unknown[], options: CombineBudgetTablesOptions = {}): FunctionalTotals {
  const read = readScaledTables(tables, options);
  if (!read.ok) return read;
  const classification = options.classification ?? BUDGET_CLASSIFICATION;
  const index = indexOf(classification);
  const path = options.path ?? [];
  const issues = [...read.issues];
  const lines = new Map<string, { own: boolean; tables: number[]; values: Record<BudgetColumn, Dec | undefined> }>();
  for (const t of read.tables) {
    const raw = t.table.functionalCode?.trim();
    if (!raw) {
      issues.push(createIssue('budget_table.functional_code_missing', [...path, t.position, 'functionalCode'], { table: t.position + 1, title: t.table.title ?? '—' }));
      continue;
    }
    const printed = parseBudgetCode(raw, { kind: 'functional', classification });
    for (const i of printed.issues) issues.push(createIssue(i.code, [...path, t.position, 'functionalCode'], i.params, i.severity));
    if (!printed.ok) continue;
    // A code in the generic form counts under its local-budget twin, so that both forms add up together.
    const twin = printed.form === 'generic' && printed.equivalent !== undefined ? parseBudgetCode(printed.equivalent, { kind: 'functional', form: 'local', classification }) : undefined;
    const code = twin?.ok ? twin : printed;
    for (const c of [code.code, ...code.ancestors]) {
      const line = lines.get(c) ?? { own: false, tables: [], values: { annual: new Dec(0), q1: new Dec(0), q2: new Dec(0), q3: new Dec(0), q4: new Dec(0) } };
      if (c === code.code) line.own = true;
      line.tables.push(t.position);
      for (const col of BUDGET_COLUMNS) line.values[col] = line.values[col] && t.total[col] ? line.values[col].plus(t.total[col]) : undefined;
      lines.set(c, line);
    }
  }
  const totals = [...lines.keys()].sort(compareCodes).map((functionalCode) => {
    const line = lines.get(functionalCode) as { own: boolean; tables: number[]; values: Record<BudgetColumn, Dec | undefined> };
    const name = (index.functional.get(functionalCode) ?? index.generic.get(functionalCode))?.name;
    const values: Partial<Record<BudgetColumn, string>> = {};
    for (const col of BUDGET_COLUMNS) if (line.values[col] !== undefined) values[col] = toDecimalString(line.values[col]);
    return { functionalCode, ...(name !== undefined ? { name } : {}), own: line.own, tables: line.tables, ...values };
  });
  return { ok: true, unit: 'lei', totals, issues };
}
