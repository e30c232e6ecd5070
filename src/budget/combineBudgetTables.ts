import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { BudgetTable } from '../plan/schemas/budgetChapter.js';
import { inTableOrder, indexOf } from './classificationIndex.js';
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { parseBudgetCode } from './parseBudgetCode.js';
import { decOfCents } from './cents.js';
import { BUDGET_COLUMNS, parentsOf, readTable, tableTotal, type BudgetColumn } from './readTable.js';
import type { BudgetClassification } from './types.js';

/**
 * Options of {@link combineBudgetTables} and {@link totalsByFunctionalCode}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { CombineBudgetTablesOptions } from 'plan-servicii-sociale/budget';
 * const o: CombineBudgetTablesOptions = { assumeUnit: 'mii lei' };
 * o.assumeUnit; //=> 'mii lei'
 * ```
 */
export interface CombineBudgetTablesOptions {
  /** Unit of a table that prints none; `lei` by default (with a `budget_table.unit_missing` warning). */
  readonly assumeUnit?: 'lei' | 'mii lei';
  /** The classification to use; the bundled one by default. */
  readonly classification?: BudgetClassification;
  /** Where the tables sit in the caller's data (`['budgetChapter', 'tables']`), put before issue paths. */
  readonly path?: readonly (string | number)[];
}

/**
 * What {@link combineBudgetTables} returns.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { combineBudgetTables, type CombinedBudgetTables } from 'plan-servicii-sociale/budget';
 * const r: CombinedBudgetTables = combineBudgetTables([]);
 * r.ok && r.table.rows.length; //=> 0
 * ```
 */
export type CombinedBudgetTables =
  | { readonly ok: true; readonly table: BudgetTable; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** One table read for adding up: its rows by code and its total, in the target unit. */
export interface ScaledTable {
  readonly position: number;
  readonly table: BudgetTable;
  readonly byCode: ReadonlyMap<string, Record<BudgetColumn, Dec | undefined>>;
  readonly total: Record<BudgetColumn, Dec | undefined>;
}

/** Reads every table and converts its amounts to `unit`; the issues of unreadable tables, and of tables without a unit. */
export function readScaledTables(tables: unknown, options: CombineBudgetTablesOptions): { ok: true; tables: ScaledTable[]; issues: Issue[] } | { ok: false; issues: Issue[] } {
  const path = options.path ?? [];
  if (!Array.isArray(tables)) return { ok: false, issues: [createIssue('type.invalid', path, { expected: 'array of budget tables', received: typeof tables })] };
  const issues: Issue[] = [];
  const out: ScaledTable[] = [];
  tables.forEach((input: unknown, position) => {
    const read = readTable(input, { ...(options.classification ? { classification: options.classification } : {}), path: [...path, position] });
    if (!read.ok) {
      issues.push(...read.issues);
      return;
    }
    let from = read.table.unit;
    if (from === undefined) {
      from = options.assumeUnit ?? 'lei';
      issues.push(createIssue('budget_table.unit_missing', [...path, position, 'unit'], { table: position + 1, assumed: from }));
    }
    // Results are in lei: mii lei × 1000 is exact, and a sum never needs more than two decimals.
    const factor = from === 'mii lei' ? new Dec(1000) : new Dec(1);
    const scale = (values: Record<BudgetColumn, bigint | undefined>) => {
      const o = {} as Record<BudgetColumn, Dec | undefined>;
      for (const c of BUDGET_COLUMNS) {
        const v = values[c];
        o[c] = v === undefined ? undefined : decOfCents(v).times(factor);
      }
      return o;
    };
    const byCode = new Map<string, Record<BudgetColumn, Dec | undefined>>();
    for (const r of read.rows) {
      if (r.code === null || r.kind === 'total') continue;
      const now = byCode.get(r.code);
      const values = scale(r.values);
      if (now) for (const c of BUDGET_COLUMNS) now[c] = now[c] && values[c] ? now[c].plus(values[c]) : undefined;
      else byCode.set(r.code, values);
    }
    out.push({ position, table: read.table, byCode, total: scale(tableTotal(read.rows, parentsOf(read.rows).parent)) });
  });
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, tables: out, issues };
}

/** The deepest functional code every code falls under ("68.02.05.02" and "68.02.15.01" → "68.02"). */
function commonFunctionalCode(codes: readonly (string | undefined)[], classification: BudgetClassification): string | undefined {
  let common: string[] | undefined;
  for (const raw of codes) {
    const parsed = raw === undefined ? undefined : parseBudgetCode(raw, { kind: 'functional', classification });
    if (!parsed?.ok) return undefined;
    const segments = parsed.code.split('.');
    if (!common) common = segments;
    else {
      let k = 0;
      while (k < common.length && common[k] === segments[k]) k++;
      common = common.slice(0, k);
    }
  }
  return common?.length ? common.join('.') : undefined;
}

/**
 * Adds up several budget tables into one — the tables of a plan's budget chapter into the
 * chapter's total by economic code. Each code's row is the exact sum of that code's rows in the
 * tables that print it (rows of the same code within a table are added too); the total row "0" is
 * the sum of each table's total (its total row, else the sum of its top rows). The result is in
 * lei: a *mii lei* table counts × 1000, exactly. Parent rows are added only from the tables that
 * print them, so tables printed at different depths (one with title 10 and its alineate, one with
 * alineate only) give a sum whose parents do not add up: reconcile the result too. The tables are taken as
 * printed: reconcile them first, since an inconsistent table stays inconsistent in the sum. The
 * functional code of the result is the deepest code all the tables fall under, when there is one.
 *
 * @param tables - Budget tables (input of `BudgetTableSchema`).
 * @param options - Unit assumed for tables that print none, classification, path.
 * @category Budget tables
 * @example
 * ```ts
 * import { combineBudgetTables } from 'plan-servicii-sociale/budget';
 * const r = combineBudgetTables([
 *   { functionalCode: '68.02.05.02', unit: 'lei', rows: [{ code: '10.01.01', annual: '1400000', q1: '400000', q2: '400000', q3: '300000', q4: '300000' }] },
 *   { functionalCode: '68.02.11', unit: 'mii lei', rows: [{ code: '10.01.01', annual: '266', q1: '70', q2: '70', q3: '63', q4: '63' }] },
 * ]);
 * r.ok && r.table.functionalCode; //=> '68.02'
 * r.ok && r.table.rows.map((row) => [row.code, row.annual?.kind === 'amount' && row.annual.value]); //=> [['0', '1666000'], ['10.01.01', '1666000']]
 * ```
 */
export function combineBudgetTables(tables: readonly unknown[], options: CombineBudgetTablesOptions = {}): CombinedBudgetTables {
  const read = readScaledTables(tables, options);
  if (!read.ok) return read;
  const sums = new Map<string, Record<BudgetColumn, Dec | undefined>>();
  const add = (code: string, values: Record<BudgetColumn, Dec | undefined>) => {
    const now = sums.get(code);
    if (!now) sums.set(code, { ...values });
    else for (const c of BUDGET_COLUMNS) now[c] = now[c] && values[c] ? now[c].plus(values[c]) : undefined;
  };
  for (const t of read.tables) {
    add('0', t.total);
    for (const [code, values] of t.byCode) add(code, values);
  }
  const classification = options.classification ?? BUDGET_CLASSIFICATION;
  const index = indexOf(classification);
  const codes = inTableOrder(sums.keys(), index);
  const cell = (v: Dec | undefined) => (v === undefined ? { kind: 'unknown' as const } : { kind: 'amount' as const, value: toDecimalString(v), currency: 'RON' as const });
  const functionalCode = commonFunctionalCode(read.tables.map((t) => t.table.functionalCode), classification);
  const table = {
    ...(functionalCode !== undefined ? { functionalCode } : {}),
    unit: 'lei',
    rows: codes.map((code) => {
      const v = sums.get(code) as Record<BudgetColumn, Dec | undefined>;
      return { label: code === '0' ? 'TOTAL' : (index.economic.get(code)?.name ?? code), code, annual: cell(v.annual), q1: cell(v.q1), q2: cell(v.q2), q3: cell(v.q3), q4: cell(v.q4) };
    }),
  } as BudgetTable;
  return { ok: true, table, issues: read.issues };
}
