import * as z from 'zod';
import { centsString, sumCents } from './cents.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { BudgetRowSchema, type BudgetRow, type BudgetTable } from '../plan/schemas/budgetChapter.js';
import { economicAncestors, inTableOrder, indexOf } from './classificationIndex.js';
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { parseBudgetCode } from './parseBudgetCode.js';
import { BUDGET_COLUMNS, COLUMN_LABELS, cellValue, type BudgetColumn } from './readTable.js';
import type { BudgetClassification } from './types.js';

/**
 * One lowest row given to {@link buildBudgetTable}: an economic code and its amounts — the four
 * quarters (the annual value is their sum, checked when given) or the twelve months (the quarters
 * are their sums). Same fields as a table row.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { BudgetLeaf } from 'plan-servicii-sociale/budget';
 * const leaf: BudgetLeaf = { code: '10.01.01', q1: '400000', q2: '400000', q3: '300000', q4: '300000' };
 * leaf.code; //=> '10.01.01'
 * ```
 */
export type BudgetLeaf = z.input<typeof BudgetRowSchema> & { readonly code: string };

/**
 * Options of {@link buildBudgetTable}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { BuildBudgetTableOptions } from 'plan-servicii-sociale/budget';
 * const o: BuildBudgetTableOptions = { functionalCode: '68.02.11', unit: 'lei', year: 2020 };
 * o.unit; //=> 'lei'
 * ```
 */
export interface BuildBudgetTableOptions {
  /** Functional code of the table ("68.02.11"). */
  readonly functionalCode?: string;
  /** Title of the table. */
  readonly title?: string;
  /** Unit of the amounts; `lei` by default. */
  readonly unit?: 'lei' | 'mii lei';
  /** Year of the annual column. */
  readonly year?: number;
  /** Whether to add the total row "0" (*TOTAL*) first; `true` by default. */
  readonly total?: boolean;
  /** The classification to use; the bundled one by default. */
  readonly classification?: BudgetClassification;
}

/**
 * What {@link buildBudgetTable} returns: the table, or why it cannot be built.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { buildBudgetTable, type BuildBudgetTableResult } from 'plan-servicii-sociale/budget';
 * const r: BuildBudgetTableResult = buildBudgetTable([]);
 * r.ok && r.table.rows.length; //=> 0
 * ```
 */
export type BuildBudgetTableResult = { readonly ok: true; readonly table: BudgetTable } | { readonly ok: false; readonly issues: readonly Issue[] };

const LeavesSchema = z.array(BudgetRowSchema).max(5000);
const d = centsString;

/** A leaf's five values (and months), derived upward: months → quarters → annual, each checked when given. */
interface Sums {
  values: Record<BudgetColumn, bigint>;
  months?: bigint[];
}

function leafValues(row: BudgetRow, i: number, code: string, issues: Issue[]): Sums | undefined {
  const params = { rowCode: code, position: i, line: i + 1 };
  const months = row.months?.map(cellValue);
  const quarters = (['q1', 'q2', 'q3', 'q4'] as const).map((q, k) => {
    const given = cellValue(row[q]);
    if (!months || months.slice(k * 3, k * 3 + 3).some((m) => m === undefined)) return given;
    const sum = sumCents(months.slice(k * 3, k * 3 + 3) as bigint[]);
    if (given !== undefined && given !== sum) {
      issues.push(createIssue('budget_table.months_mismatch', [i, q], { ...params, column: q, columnLabel: COLUMN_LABELS[q], expected: d(sum), found: d(given), difference: d(given - sum) }));
    }
    return sum;
  });
  if (quarters.some((q) => q === undefined)) {
    issues.push(createIssue('budget_table.quarters_missing', [i], params));
    return undefined;
  }
  const [q1, q2, q3, q4] = quarters as [bigint, bigint, bigint, bigint];
  const annual = q1 + q2 + q3 + q4;
  const given = cellValue(row.annual);
  if (given !== undefined && given !== annual) {
    issues.push(createIssue('budget_table.quarters_mismatch', [i, 'annual'], { ...params, column: 'annual', columnLabel: 'TOTAL AN', expected: d(annual), found: d(given), difference: d(given - annual) }));
  }
  const values = { annual, q1, q2, q3, q4 };
  for (const column of BUDGET_COLUMNS) {
    if (values[column] < 0n && !code.startsWith('85')) {
      issues.push(createIssue('budget_table.negative_amount', [i, column], { ...params, column, columnLabel: COLUMN_LABELS[column], found: d(values[column]) }));
    }
  }
  return months?.every((m) => m !== undefined) ? { values, months: months as bigint[] } : { values };
}

/**
 * Builds a budget table from its lowest rows (*alineate*, or articles and titles that have none):
 * every parent line — article, title, the aggregate 01 *cheltuieli curente* (70 and 79 for capital
 * and financial lines) and the total row "0" — is derived, each column the exact sum of the rows
 * under it; the annual value of each leaf is the sum of its quarters, and the quarters of a leaf
 * given by months the sums of its months. Rows come in classification order, labelled with the
 * official names. What it builds, `reconcileBudgetTable` finds consistent.
 *
 * Fails (never throws) when a leaf's code is missing, malformed or not in the classification, a
 * code is given twice, a leaf is the parent of another leaf, a leaf lacks quarters, a given annual
 * value or quarter does not match, or an amount is negative outside title 85.
 *
 * @param leaves - The lowest rows, in any order.
 * @param options - Functional code, title, unit, year, whether to add the total row.
 * @category Budget tables
 * @example
 * ```ts
 * import { buildBudgetTable } from 'plan-servicii-sociale/budget';
 * const r = buildBudgetTable(
 *   [
 *     { code: '57.02.01', q1: '2000', q2: '1000', q3: '1000', q4: '2000' },
 *     { code: '57.02.02', q1: '0', q2: '0', q3: '0', q4: '0' },
 *   ],
 *   { functionalCode: '68.02.15.01', title: 'AJUTOR SOCIAL' },
 * );
 * r.ok && r.table.rows.map((row) => row.code); //=> ['0', '01', '57', '57.02', '57.02.01', '57.02.02']
 * r.ok && r.table.rows[2]; //=> { label: 'Asistenta sociala', code: '57', annual: { kind: 'amount', value: '6000', currency: 'RON' }, q1: { kind: 'amount', value: '2000', currency: 'RON' }, q2: { kind: 'amount', value: '1000', currency: 'RON' }, q3: { kind: 'amount', value: '1000', currency: 'RON' }, q4: { kind: 'amount', value: '2000', currency: 'RON' } }
 * buildBudgetTable([{ code: '57.02', q1: '1', q2: '1', q3: '1', q4: '1' }, { code: '57.02.01', q1: '1', q2: '1', q3: '1', q4: '1' }]).ok; //=> false
 * ```
 */
export function buildBudgetTable(leaves: readonly BudgetLeaf[], options: BuildBudgetTableOptions = {}): BuildBudgetTableResult {
  const parsed = safeParseWithIssues(LeavesSchema, leaves);
  if (!parsed.ok) return parsed;
  const classification = options.classification ?? BUDGET_CLASSIFICATION;
  const index = indexOf(classification);
  const issues: Issue[] = [];
  const sums = new Map<string, Sums>();
  const leafAt = new Map<string, number>();
  parsed.data.forEach((row, i) => {
    if (!row.code?.trim()) {
      issues.push(createIssue('value.required', [i, 'code'], {}));
      return;
    }
    const code = parseBudgetCode(row.code, { kind: 'economic', classification });
    if (!code.ok || code.kind !== 'economic') {
      for (const issue of code.issues) issues.push(createIssue(issue.code, [i, 'code'], issue.params));
      if (code.ok) issues.push(createIssue('budget_code.unknown', [i, 'code'], { code: row.code, edition: classification.edition }));
      return;
    }
    const first = leafAt.get(code.code);
    if (first !== undefined) {
      issues.push(createIssue('budget_table.duplicate_code', [i, 'code'], { rowCode: code.code, position: i, line: i + 1, firstPosition: first, firstLine: first + 1 }));
      return;
    }
    leafAt.set(code.code, i);
    const values = leafValues(row, i, code.code, issues);
    if (values) sums.set(code.code, values);
  });
  for (const [code] of leafAt) {
    for (const a of economicAncestors(code, index)) {
      if (leafAt.has(a)) issues.push(createIssue('budget_table.leaf_has_children', [leafAt.get(a) as number, 'code'], { rowCode: a, childCode: code }));
    }
  }
  if (issues.length) return { ok: false, issues };

  // Parents: every ancestor of a leaf, each column the sum of its leaves (months too when every leaf has them).
  const withMonths = [...sums.values()].every((s) => s.months);
  const add = (code: string, from: Sums) => {
    const now = sums.get(code);
    if (!now) {
      sums.set(code, { values: { ...from.values }, ...(withMonths && from.months ? { months: from.months.slice() } : {}) });
      return;
    }
    for (const column of BUDGET_COLUMNS) now.values[column] += from.values[column];
    if (now.months && from.months) now.months = now.months.map((m, k) => m + ((from.months as bigint[])[k] as bigint));
  };
  for (const code of leafAt.keys()) {
    const own = sums.get(code) as Sums;
    for (const a of economicAncestors(code, index)) add(a, own);
    if (options.total !== false) add('0', own);
  }
  const cell = (v: bigint) => ({ kind: 'amount' as const, value: d(v), currency: 'RON' as const });
  const rows = inTableOrder(sums.keys(), index).map((code) => {
    const s = sums.get(code) as Sums;
    const label = code === '0' ? 'TOTAL' : (index.economic.get(code)?.name ?? code);
    return {
      label,
      code,
      annual: cell(s.values.annual),
      q1: cell(s.values.q1),
      q2: cell(s.values.q2),
      q3: cell(s.values.q3),
      q4: cell(s.values.q4),
      ...(s.months ? { months: s.months.map(cell) } : {}),
    };
  });
  const table: BudgetTable = {
    ...(options.functionalCode !== undefined ? { functionalCode: options.functionalCode } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
    unit: options.unit ?? 'lei',
    ...(options.year !== undefined ? { year: options.year } : {}),
    rows,
  };
  return { ok: true, table };
}
