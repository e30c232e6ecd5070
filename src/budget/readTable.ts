// Internal: a parsed budget table's rows, read against the classification.
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { AmountCell } from '../plan/cells/amount.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { BudgetTableSchema, type BudgetRow, type BudgetTable } from '../plan/schemas/budgetChapter.js';
import { centsOf, sumCents } from './cents.js';
import { cachedRowCode, economicAncestors, indexOf, type ClassificationIndex } from './classificationIndex.js';
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
  readonly codeFrom: 'printed' | 'label' | undefined;
  /** Official name, when known. */
  readonly name: string | undefined;
  /** -1 total, 0 aggregate, 1 title, 2 article, 3 alineat. */
  readonly depth: number;
  /** Ancestor codes, nearest first, ending with "0" (the total) for every economic row. */
  readonly ancestors: readonly string[];
  /** Values by column in bani (see cents.ts); `undefined` when the cell is absent or unknown. Markers such as "-" are 0. */
  readonly values: Readonly<Record<BudgetColumn, bigint | undefined>>;
  readonly months: readonly (bigint | undefined)[] | undefined;
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
export function cellValue(cell: AmountCell | undefined): bigint | undefined {
  if (cell === undefined || cell.kind === 'unknown') return undefined;
  return cell.kind === 'amount' ? centsOf(cell.value) : 0n;
}

function hasAmounts(row: BudgetRow): boolean {
  return [row.annual, row.q1, row.q2, row.q3, row.q4, ...(row.months ?? [])].some((c) => c !== undefined && c.kind !== 'unknown');
}

/** Params naming a row in a finding. */
export function rowParams(info: RowInfo): { rowCode: string; position: number; line: number } {
  return { rowCode: info.code ?? info.row.code ?? info.row.label ?? '—', position: info.position, line: info.position + 1 };
}

/** What a row code means, once per code and classification. */
interface CodeMeaning {
  readonly code: string;
  readonly kind: BudgetRowKind;
  readonly depth: number;
  readonly ancestors: readonly string[];
  readonly name: string | undefined;
}

function meaningOf(code: string, index: ClassificationIndex): CodeMeaning {
  return cachedRowCode(index, `m:${code}`, () => {
    if (code === '0') return { code, kind: 'total', depth: -1, ancestors: [], name: undefined };
    const entry = index.economic.get(code);
    const depth = entry ? entry.level : code.split('.').length;
    return { code, kind: KIND_BY_DEPTH[depth] ?? 'alineat', depth, ancestors: [...economicAncestors(code, index), '0'], name: entry?.name };
  });
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
  // Every row object has the same fields in the same order: the checks run over thousands of them.
  const at = (m: CodeMeaning, codeFrom: 'printed' | 'label'): RowInfo => ({
    position, row, code: m.code, kind: m.kind, codeFrom, name: m.name, depth: m.depth, ancestors: m.ancestors, values, months,
  });
  const none = (kind: BudgetRowKind): RowInfo => ({ position, row, code: null, kind, codeFrom: undefined, name: undefined, depth: 99, ancestors: [], values, months });
  const printed = row.code?.trim();
  if (printed) {
    const parsed = cachedRowCode(index, `p:${printed}`, () => parseBudgetCode(printed, { kind: 'economic', classification: index.classification }));
    if (parsed.ok) return at(meaningOf(parsed.code, index), 'printed');
    const issue = parsed.issues[0] as Issue;
    issues.push(createIssue(issue.code, [...path, 'rows', position, 'code'], { ...issue.params, rowCode: printed, position, line: position + 1 }));
    // A well-formed code the classification lacks still has a place by its segments.
    if (parsed.code !== undefined && issue.code === 'budget_code.unknown') return at(meaningOf(parsed.code, index), 'printed');
    return none('invalid');
  }
  if (!hasAmounts(row)) return none('heading');
  const words = foldLabel(row.label ?? '');
  // "TOTAL CHELTUIELI DE PERSONAL" is title 10; "TOTAL", "TOTAL CHELTUIELI", "TOTAL din care" the total.
  const named = index.economicByName.get((words[0] === 'total' ? words.slice(1) : words).join(' '));
  if (words[0] === 'total' && named?.length !== 1) return at(meaningOf('0', index), 'label');
  if (named?.length === 1) return at(meaningOf(named[0] as string, index), 'label');
  issues.push(createIssue('budget_table.row_without_code', [...path, 'rows', position], { position, line: position + 1, label: row.label ?? '' }));
  return none('uncoded');
}

/** Positions of the rows each row adds up into (nearest ancestor present, else the total row). */
export function parentsOf(rows: readonly RowInfo[]): { parent: (number | null)[]; before: Set<number> } {
  const byCode = new Map<string, number[]>();
  for (const r of rows) {
    if (r.code === null) continue;
    const at = byCode.get(r.code);
    if (at) at.push(r.position);
    else byCode.set(r.code, [r.position]);
  }
  const parent: (number | null)[] = rows.map(() => null);
  const before = new Set<number>();
  for (const r of rows) {
    if (r.code === null || r.kind === 'total') continue;
    for (const a of r.ancestors) {
      const at = byCode.get(a);
      if (!at) continue;
      // The nearest occurrence before the row, else the first one (after it).
      let chosen = at[0] as number;
      for (const p of at) if (p < r.position) chosen = p;
      parent[r.position] = chosen;
      // A total row may come first or last; any other parent comes before its rows.
      if (chosen > r.position && a !== '0') before.add(r.position);
      break;
    }
  }
  return { parent, before };
}

/** The table's total by column: its total row when it has one, else the sum of the rows that add up into no other row. */
export function tableTotal(rows: readonly RowInfo[], parent: readonly (number | null)[]): Record<BudgetColumn, bigint | undefined> {
  const total = rows.find((r) => r.kind === 'total');
  if (total) return { ...total.values };
  const top = rows.filter((r) => r.code !== null && parent[r.position] === null);
  const out = {} as Record<BudgetColumn, bigint | undefined>;
  for (const column of BUDGET_COLUMNS) {
    out[column] = top.some((r) => r.values[column] === undefined) ? undefined : sumCents(top.map((r) => r.values[column] as bigint));
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
