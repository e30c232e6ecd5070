// Internal: a parsed budget table's rows, read against the classification.
import { Dec } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { AmountCell } from '../plan/cells/amount.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { BudgetTableSchema, type BudgetRow, type BudgetTable } from '../plan/schemas/budgetChapter.js';
import { economicAncestors, indexOf, type ClassificationIndex } from './classificationIndex.js';
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { foldLabel } from './labels.js';
import { parseBudgetCode } from './parseBudgetCode.js';
import type { BudgetClassification } from './types.js';

/**
 * Columns of a budget table: the annual value (*TOTAL AN*) and the four quarters (*TRIM I–IV*).
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { BUDGET_COLUMNS } from 'plan-servicii-sociale/budget';
 * BUDGET_COLUMNS; //=> ['annual', 'q1', 'q2', 'q3', 'q4']
 * ```
 */
export const BUDGET_COLUMNS = ['annual', 'q1', 'q2', 'q3', 'q4'] as const;

/**
 * A column of a budget table. See {@link BUDGET_COLUMNS}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { BudgetColumn } from 'plan-servicii-sociale/budget';
 * const c: BudgetColumn = 'q3';
 * c; //=> 'q3'
 * ```
 */
export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];

/** How the printed table heads each column. */
export const COLUMN_LABELS: Readonly<Record<BudgetColumn, string>> = { annual: 'TOTAL AN', q1: 'TRIM I', q2: 'TRIM II', q3: 'TRIM III', q4: 'TRIM IV' };

/**
 * What a row of a budget table is, once read against the classification:
 * `total` (code "0" or a label with *total*), an economic position (`aggregate` such as 01,
 * `title`, `article`, `alineat`), a `heading` (no amounts: "Plati din buget local"), `uncoded`
 * (amounts but no code, and a label that names no single position) or `invalid` (a code that
 * cannot be read).
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { BudgetRowKind } from 'plan-servicii-sociale/budget';
 * const k: BudgetRowKind = 'alineat';
 * k; //=> 'alineat'
 * ```
 */
export type BudgetRowKind = 'total' | 'aggregate' | 'title' | 'article' | 'alineat' | 'heading' | 'uncoded' | 'invalid';

const KIND_BY_DEPTH: readonly BudgetRowKind[] = ['aggregate', 'title', 'article', 'alineat'];

/** One row as read: its code, kind, depth, ancestors and values. */
export interface RowInfo {
  readonly position: number;
  readonly row: BudgetRow;
  /** Canonical code ("0" for a total), `null` for headings, uncoded and invalid rows. */
  readonly code: string | null;
  readonly kind: BudgetRowKind;
  readonly codeFrom?: 'printed' | 'label';
  /** Official name, when known. */
  readonly name?: string;
  /** -1 total, 0 aggregate, 1 title, 2 article, 3 alineat. */
  readonly depth: number;
  /** Ancestor codes, nearest first, ending with "0" (the total) for every economic row. */
  readonly ancestors: readonly string[];
  /** Values by column; `undefined` when the cell is absent or unknown. Markers such as "-" are 0. */
  readonly values: Readonly<Record<BudgetColumn, Dec | undefined>>;
  readonly months?: readonly (Dec | undefined)[];
}

/** A table read, or why it cannot be. */
export type ReadTable =
  | { readonly ok: true; readonly table: BudgetTable; readonly rows: readonly RowInfo[]; readonly index: ClassificationIndex; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options shared by the functions that read tables. */
export interface ReadTableOptions {
  /** The classification to use; the bundled one by default. */
  readonly classification?: BudgetClassification;
  /** Where the table sits in the caller's data, put before every issue's path. */
  readonly path?: readonly (string | number)[];
}

/** The value of a cell: an amount, 0 for a marker that means nothing ("-", "Nu este cazul"), `undefined` when absent or unknown. */
export function cellValue(cell: AmountCell | undefined): Dec | undefined {
  if (cell === undefined || cell.kind === 'unknown') return undefined;
  return cell.kind === 'amount' ? new Dec(cell.value) : new Dec(0);
}

function hasAmounts(row: BudgetRow): boolean {
  return [row.annual, row.q1, row.q2, row.q3, row.q4, ...(row.months ?? [])].some((c) => c !== undefined && c.kind !== 'unknown');
}

/** Params naming a row in a finding. */
export function rowParams(info: RowInfo): { rowCode: string; position: number; line: number } {
  return { rowCode: info.code ?? info.row.code ?? info.row.label ?? '—', position: info.position, line: info.position + 1 };
}

/** Reads a row's code, or infers it from a label that is exactly the name of one position. */
function readRow(row: BudgetRow, position: number, index: ClassificationIndex, path: readonly (string | number)[], issues: Issue[]): RowInfo {
  const values = {
    annual: cellValue(row.annual),
    q1: cellValue(row.q1),
    q2: cellValue(row.q2),
    q3: cellValue(row.q3),
    q4: cellValue(row.q4),
  };
  const months = row.months?.map(cellValue);
  const base = { position, row, values, ...(months ? { months } : {}) };
  const at = (code: string, codeFrom: 'printed' | 'label'): RowInfo => {
    if (code === '0') return { ...base, code, kind: 'total', codeFrom, depth: -1, ancestors: [] };
    const entry = index.economic.get(code);
    const ancestors = [...economicAncestors(code, index), '0'];
    const depth = entry ? entry.level : code.split('.').length;
    return { ...base, code, kind: KIND_BY_DEPTH[depth] ?? 'alineat', codeFrom, ...(entry ? { name: entry.name } : {}), depth, ancestors };
  };
  const printed = row.code?.trim();
  if (printed) {
    const parsed = parseBudgetCode(printed, { kind: 'economic', classification: index.classification });
    if (parsed.ok) return at(parsed.code, 'printed');
    const issue = parsed.issues[0] as Issue;
    issues.push(createIssue(issue.code, [...path, 'rows', position, 'code'], { ...issue.params, rowCode: printed, position, line: position + 1 }));
    // A well-formed code the classification lacks still has a place by its segments.
    if (parsed.code !== undefined && issue.code === 'budget_code.unknown') return at(parsed.code, 'printed');
    return { ...base, code: null, kind: 'invalid', depth: 99, ancestors: [] };
  }
  if (!hasAmounts(row)) return { ...base, code: null, kind: 'heading', depth: 99, ancestors: [] };
  const words = foldLabel(row.label ?? '');
  if (words[0] === 'total') return at('0', 'label');
  const named = index.economicByName.get(words.join(' '));
  if (named?.length === 1) return at(named[0] as string, 'label');
  issues.push(createIssue('budget_table.row_without_code', [...path, 'rows', position], { position, line: position + 1, label: row.label ?? '' }));
  return { ...base, code: null, kind: 'uncoded', depth: 99, ancestors: [] };
}

/** Positions of the rows each row adds up into (nearest ancestor present, else the total row). */
export function parentsOf(rows: readonly RowInfo[]): { parent: (number | null)[]; before: Set<number> } {
  const byCode = new Map<string, number[]>();
  for (const r of rows) if (r.code !== null) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r.position]);
  const parent: (number | null)[] = rows.map(() => null);
  const before = new Set<number>();
  for (const r of rows) {
    if (r.code === null || r.kind === 'total') continue;
    for (const a of r.ancestors) {
      const at = byCode.get(a);
      if (!at) continue;
      const preceding = at.filter((p) => p < r.position);
      const chosen = preceding.length ? (preceding[preceding.length - 1] as number) : (at[0] as number);
      parent[r.position] = chosen;
      if (chosen > r.position) before.add(r.position);
      break;
    }
  }
  return { parent, before };
}

/** The table's total by column: its total row when it has one, else the sum of the rows that add up into no other row. */
export function tableTotal(rows: readonly RowInfo[], parent: readonly (number | null)[]): Record<BudgetColumn, Dec | undefined> {
  const total = rows.find((r) => r.kind === 'total');
  if (total) return { ...total.values };
  const top = rows.filter((r) => r.code !== null && parent[r.position] === null);
  const out = {} as Record<BudgetColumn, Dec | undefined>;
  for (const column of BUDGET_COLUMNS) {
    out[column] = top.some((r) => r.values[column] === undefined) ? undefined : top.reduce((a: Dec, r) => a.plus(r.values[column] as Dec), new Dec(0));
  }
  return out;
}

/**
 * Validates a table with the model's schema and reads every row against the classification; the
 * issues are those of the schema, or those of the row codes.
 */
export function readTable(input: unknown, options: ReadTableOptions = {}): ReadTable {
  const path = options.path ?? [];
  const parsed = safeParseWithIssues(BudgetTableSchema, input);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((i) => createIssue(i.code, [...path, ...i.path], i.params, i.severity)) };
  const index = indexOf(options.classification ?? BUDGET_CLASSIFICATION);
  const issues: Issue[] = [];
  const rows = parsed.data.rows.map((row, i) => readRow(row, i, index, path, issues));
  return { ok: true, table: parsed.data, rows, index, issues };
}
