import { toDecimalString } from '../internal/decimal.js';
import { centsString, decOfCents, sumCents } from './cents.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { BudgetTable } from '../plan/schemas/budgetChapter.js';
import { compareCodes } from './classificationIndex.js';
import { parseBudgetCode } from './parseBudgetCode.js';
import { BUDGET_COLUMNS, COLUMN_LABELS, parentsOf, readTable, rowParams, type BudgetColumn, type BudgetRowKind, type RowInfo } from './readTable.js';
import type { BudgetClassification } from './types.js';

/**
 * Options of {@link reconcileBudgetTable}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { ReconcileBudgetTableOptions } from 'plan-servicii-sociale/budget';
 * const o: ReconcileBudgetTableOptions = { path: ['budgetChapter', 'tables', 0] };
 * o.path; //=> ['budgetChapter', 'tables', 0]
 * ```
 */
export interface ReconcileBudgetTableOptions {
  /** The classification to use; the bundled one by default. */
  readonly classification?: BudgetClassification;
  /** Where the table sits in the caller's data (`['budgetChapter', 'tables', 0]`), put before every issue's path. */
  readonly path?: readonly (string | number)[];
}

/**
 * A row of a reconciled table: what the row is and which row it adds up into.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { reconcileBudgetTable, type ReconciledRow } from 'plan-servicii-sociale/budget';
 * const r = reconcileBudgetTable({ rows: [{ code: '*20', annual: '5', q1: '5', q2: '0', q3: '0', q4: '0' }, { code: '20.01.01', annual: '5', q1: '5', q2: '0', q3: '0', q4: '0' }] });
 * const row: ReconciledRow | undefined = r.ok ? r.rows[1] : undefined;
 * row; //=> { position: 1, code: '20.01.01', kind: 'alineat', codeFrom: 'printed', name: 'Furnituri de birou', parentPosition: 0 }
 * ```
 */
export interface ReconciledRow {
  /** Index in the table's `rows`. */
  readonly position: number;
  /** Canonical code ("0" for a total row); `null` for headings and rows without a readable code. */
  readonly code: string | null;
  /** What the row is. */
  readonly kind: BudgetRowKind;
  /** Whether the code was printed, or read from a label that is exactly the name of one position ("Cheltuieli curente" is 01). */
  readonly codeFrom?: 'printed' | 'label';
  /** Official name, when the code is in the classification. */
  readonly name?: string;
  /** Position of the row it adds up into, `null` when none (the total, a heading, a row outside any parent). */
  readonly parentPosition: number | null;
}

/**
 * A cell that, changed alone, would explain several findings at once: its row's quarters do not
 * add up to its annual value, and the same column does not add up in the row above it (or in the
 * rows under it). The likeliest typo.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { SuspectCell } from 'plan-servicii-sociale/budget';
 * const s: SuspectCell = { rowCode: '10.01.01', position: 4, column: 'q2' };
 * s.column; //=> 'q2'
 * ```
 */
export interface SuspectCell {
  readonly rowCode: string;
  readonly position: number;
  readonly column: BudgetColumn;
}

/**
 * What {@link reconcileBudgetTable} returns: the findings, or (`ok: false`) why the table could
 * not be read at all.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { reconcileBudgetTable, type BudgetTableReconciliation } from 'plan-servicii-sociale/budget';
 * const r: BudgetTableReconciliation = reconcileBudgetTable({ rows: [{ code: '10.01.01', annual: '10', q1: '1', q2: '2', q3: '3', q4: '4' }] });
 * r.ok && r.consistent; //=> true
 * ```
 */
export type BudgetTableReconciliation =
  | {
      readonly ok: true;
      /** Whether nothing was found. */
      readonly consistent: boolean;
      /** The table as validated (what `BudgetTableSchema` gives). */
      readonly table: BudgetTable;
      /** Every row, read. */
      readonly rows: readonly ReconciledRow[];
      /** Cells whose correction would resolve several findings at once. */
      readonly suspects: readonly SuspectCell[];
      /** The findings, in the order of the checks (codes, row sums, parent sums, structure, unit). */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const d = centsString;
/** 100 lei and 100,000 lei, in bani. */
const HUNDRED_LEI = 10_000n;
const LEI_LOOKING_LARGEST = 10_000_000n;

/**
 * Checks a quarterly budget table as published and reports every inconsistency, each an issue
 * whose `params` name the row (`rowCode`: its canonical code, "0" for the total; `position`: its
 * index in `rows`; `line`: the same, counted from 1), the `column` (`annual`, `q1`…`q4`), and
 * `expected` (what the parts add up to), `found` (what is printed) and `difference`
 * (`found − expected`) as decimal strings:
 *
 * - codes that cannot be read or are not in the classification (`budget_code.*`), rows with
 *   amounts but no code (`budget_table.row_without_code`; a row labelled *TOTAL…* is the total,
 *   one labelled exactly as a position, such as *Cheltuieli curente*, is that position);
 * - a row whose quarters do not add up to its annual value (`budget_table.quarters_mismatch`),
 *   whose months do not add up to a quarter (`budget_table.months_mismatch`), a missing cell;
 * - a row whose children do not add up to it, per column (`budget_table.children_mismatch`). A
 *   row's children are the rows whose nearest ancestor in the table it is: with title 57 absent,
 *   57.02 counts directly under 01; the total row adds up the rows with no other parent;
 * - a child larger than its parent (`budget_table.child_exceeds_parent`), a duplicated code, a
 *   row printed under the wrong parent, before its parent or out of order;
 * - a negative amount outside title 85 (and the total row, which adds title 85 in);
 * - a table headed *mii lei* whose amounts are plainly lei (`budget_table.unit_suspect`): every
 *   amount a whole multiple of 100 and the largest at least 100,000 (a hundred million lei, read
 *   as *mii lei*);
 * - a functional code that cannot be read, is unknown, or is outside chapter 68.
 *
 * The input is validated first (`ok: false` with the schema's issues when it is not a table); it
 * is never changed. Amounts are added exactly.
 *
 * @param table - A budget table as published (input of `BudgetTableSchema`).
 * @param options - Classification data; the path of the table in the caller's data.
 * @category Budget tables
 * @example
 * ```ts
 * import { reconcileBudgetTable } from 'plan-servicii-sociale/budget';
 * const r = reconcileBudgetTable({
 *   functionalCode: '68.02.05.02',
 *   unit: 'lei',
 *   rows: [
 *     { label: 'Ajutoare sociale', code: '57.02', annual: '3038000', q1: '800000', q2: '800000', q3: '719000', q4: '719000' },
 *     { label: 'Ajutoare sociale num.', code: '57.02.01', annual: '3038000', q1: '800000', q2: '800000', q3: '719000', q4: '719000' },
 *     { label: 'Ajutoare sociale natura', code: '57.02.02', annual: '196000', q1: '52000', q2: '50000', q3: '45000', q4: '49000' },
 *   ],
 * });
 * r.ok && r.issues.length; //=> 5
 * r.ok && r.issues[0]?.params; //=> { rowCode: '57.02', position: 0, line: 1, column: 'annual', columnLabel: 'TOTAL AN', expected: '3234000', found: '3038000', difference: '-196000' }
 * reconcileBudgetTable({ rows: [{ code: '10', q5: '1' }] }).ok; //=> false
 * ```
 */
export function reconcileBudgetTable(table: unknown, options: ReconcileBudgetTableOptions = {}): BudgetTableReconciliation {
  const path = options.path ?? [];
  const read = readTable(table, options);
  if (!read.ok) return read;
  const { rows } = read;
  const issues: Issue[] = [];
  const cellPath = (r: RowInfo, column: string) => [...path, 'rows', r.position, column];
  const finding = (r: RowInfo, column: BudgetColumn, expected: bigint, found: bigint) => ({
    ...rowParams(r),
    column,
    columnLabel: COLUMN_LABELS[column],
    expected: d(expected),
    found: d(found),
    difference: d(found - expected),
  });

  // The functional code of the table.
  if (read.table.functionalCode?.trim()) {
    const f = parseBudgetCode(read.table.functionalCode, { kind: 'functional', classification: read.index.classification });
    for (const i of f.issues) issues.push(createIssue(i.code, [...path, 'functionalCode'], i.params, i.severity));
  }
  issues.push(...read.issues);

  // Each row on its own: negative amounts, missing cells, quarters and months.
  const quartersWrong = new Set<number>();
  const mayBeNegative = (r: RowInfo) => r.kind === 'total' || (r.code ?? '').startsWith('85');
  for (const r of rows) {
    if (r.kind === 'heading') continue;
    for (const column of BUDGET_COLUMNS) {
      const v = r.values[column];
      if (v === undefined) issues.push(createIssue('budget_table.cell_missing', cellPath(r, column), { ...rowParams(r), column, columnLabel: COLUMN_LABELS[column] }));
      else if (v < 0n && !mayBeNegative(r)) {
        issues.push(createIssue('budget_table.negative_amount', cellPath(r, column), { ...rowParams(r), column, columnLabel: COLUMN_LABELS[column], found: d(v) }));
      }
    }
    const { annual, q1, q2, q3, q4 } = r.values;
    if (annual !== undefined && q1 !== undefined && q2 !== undefined && q3 !== undefined && q4 !== undefined) {
      const sum = q1 + q2 + q3 + q4;
      if (sum !== annual) {
        quartersWrong.add(r.position);
        issues.push(createIssue('budget_table.quarters_mismatch', cellPath(r, 'annual'), finding(r, 'annual', sum, annual)));
      }
    }
    r.months?.forEach((m, i) => {
      if (m !== undefined && m < 0n && !mayBeNegative(r)) {
        issues.push(createIssue('budget_table.negative_amount', [...path, 'rows', r.position, 'months', i], { ...rowParams(r), column: `m${i + 1}`, columnLabel: `luna ${i + 1}`, found: d(m) }));
      }
    });
    if (r.months?.length === 12) {
      (['q1', 'q2', 'q3', 'q4'] as const).forEach((q, i) => {
        const months = r.months?.slice(i * 3, i * 3 + 3) ?? [];
        const quarter = r.values[q];
        if (quarter === undefined || months.some((m) => m === undefined)) return;
        const sum = sumCents(months as bigint[]);
        if (sum !== quarter) issues.push(createIssue('budget_table.months_mismatch', cellPath(r, q), finding(r, q, sum, quarter)));
      });
    }
  }

  // Parents and children.
  const { parent, before } = parentsOf(rows);
  const children = new Map<number, RowInfo[]>();
  for (const r of rows) {
    const p = parent[r.position];
    if (p === null || p === undefined) continue;
    const kids = children.get(p);
    if (kids) kids.push(r);
    else children.set(p, [r]);
  }
  const sumsWrong = new Map<number, Set<BudgetColumn>>();
  for (const [p, kids] of children) {
    const pr = rows[p] as RowInfo;
    for (const column of BUDGET_COLUMNS) {
      const found = pr.values[column];
      if (found === undefined) continue;
      let expected: bigint | undefined = 0n;
      for (const k of kids) {
        const v = k.values[column];
        if (v === undefined) {
          expected = undefined;
          break;
        }
        expected += v;
      }
      if (expected !== undefined && expected !== found) {
        sumsWrong.set(p, (sumsWrong.get(p) ?? new Set()).add(column));
        issues.push(createIssue('budget_table.children_mismatch', cellPath(pr, column), finding(pr, column, expected, found)));
      }
    }
  }
  for (const [p, kids] of children) {
    const pr = rows[p] as RowInfo;
    // Only meaningful when nothing under the parent is negative (title 85 lowers a total).
    const columns = BUDGET_COLUMNS.filter((c) => !kids.some((k) => (k.values[c] ?? 0n) < 0n));
    for (const k of kids) {
      for (const column of columns) {
        const limit = pr.values[column];
        const value = k.values[column];
        if (limit === undefined || value === undefined || value <= limit) continue;
        issues.push(createIssue('budget_table.child_exceeds_parent', cellPath(k, column), { ...finding(k, column, limit, value), parentCode: pr.code }));
      }
    }
  }

  // Structure: duplicates, placement, order.
  const firstAt = new Map<string, number>();
  for (const r of rows) {
    if (r.code === null) continue;
    const first = firstAt.get(r.code);
    if (first === undefined) firstAt.set(r.code, r.position);
    else issues.push(createIssue('budget_table.duplicate_code', [...path, 'rows', r.position, 'code'], { ...rowParams(r), firstPosition: first, firstLine: first + 1 }));
  }
  const stack: RowInfo[] = [];
  for (const r of rows) {
    if (r.code === null) continue;
    while (stack.length && !r.ancestors.includes((stack[stack.length - 1] as RowInfo).code as string)) stack.pop();
    const p = parent[r.position];
    if (p !== null && p !== undefined && before.has(r.position)) {
      const pr = rows[p] as RowInfo;
      issues.push(createIssue('budget_table.before_parent', [...path, 'rows', r.position], { ...rowParams(r), parentCode: pr.code, parentPosition: p, parentLine: p + 1 }));
    } else if (p !== null && p !== undefined && (rows[p] as RowInfo).kind !== 'total' && !stack.includes(rows[p] as RowInfo)) {
      const placed = rows.slice(0, r.position).reverse().find((x) => x.code !== null && x.depth < r.depth);
      issues.push(
        createIssue('budget_table.wrong_parent', [...path, 'rows', r.position], { ...rowParams(r), placedUnder: placed?.code ?? '—', belongsUnder: (rows[p] as RowInfo).code }),
      );
    }
    stack.push(r);
  }
  for (const kids of children.values()) {
    kids.forEach((k, i) => {
      const prev = kids[i - 1];
      if (prev && k.kind !== 'total' && compareCodes(k.code as string, prev.code as string) < 0) {
        issues.push(createIssue('budget_table.out_of_order', [...path, 'rows', k.position], { ...rowParams(k), after: prev.code }));
      }
    });
  }

  // Unit: lei printed under a "mii lei" heading.
  if (read.table.unit === 'mii lei') {
    let largest: { r: RowInfo; column: BudgetColumn; value: bigint } | undefined;
    let allHundreds = true;
    for (const r of rows) {
      for (const column of BUDGET_COLUMNS) {
        const v = r.values[column];
        if (v === undefined) continue;
        const abs = v < 0n ? -v : v;
        if (abs % HUNDRED_LEI !== 0n) allHundreds = false;
        if (!largest || abs > largest.value) largest = { r, column, value: abs };
      }
      for (const m of r.months ?? []) if (m !== undefined && m % HUNDRED_LEI !== 0n) allHundreds = false;
    }
    if (largest && allHundreds && largest.value >= LEI_LOOKING_LARGEST) {
      const found = decOfCents(largest.value);
      const expected = found.dividedBy(1000);
      issues.push(
        createIssue('budget_table.unit_suspect', [...path, 'unit'], {
          ...rowParams(largest.r),
          column: largest.column,
          columnLabel: COLUMN_LABELS[largest.column],
          expected: toDecimalString(expected),
          found: toDecimalString(found),
          difference: toDecimalString(found.minus(expected)),
          unit: 'mii lei',
          asLei: toDecimalString(found.times(1000)),
        }),
      );
    }
  }

  // Cells whose change alone explains a row finding and a column finding.
  const suspects: SuspectCell[] = [];
  for (const position of quartersWrong) {
    const p = parent[position];
    const columns = new Set([...(sumsWrong.get(position) ?? []), ...(p !== null && p !== undefined ? (sumsWrong.get(p) ?? []) : [])]);
    const r = rows[position] as RowInfo;
    for (const column of BUDGET_COLUMNS) if (columns.has(column)) suspects.push({ rowCode: rowParams(r).rowCode, position, column });
  }

  return {
    ok: true,
    consistent: issues.length === 0,
    table: read.table,
    rows: rows.map((r) => ({
      position: r.position,
      code: r.code,
      kind: r.kind,
      ...(r.codeFrom ? { codeFrom: r.codeFrom } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
      parentPosition: parent[r.position] ?? null,
    })),
    suspects,
    issues,
  };
}
