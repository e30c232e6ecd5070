import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { showValue } from '../plan/cells/markers.js';
import type { TreeLevel } from './actionTree.js';
import { COUNT_BUCKETS, type CountBucket } from './counts.js';
import type { RollupNode, RollupResult } from './rollupStatuses.js';

/**
 * The counts a report printed for one level of the tree — a *total / realizat / parțial realizat
 * / nerealizat* box. `node` is the tree key ("c1", "c1.g1.s1"); give the columns the report
 * prints, named as in {@link StatusCounts} (`done` for *realizat*, `partly_done` for *parțial
 * realizat*, `not_done` for *nerealizat*); `line` says where it is printed.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { PublishedCounts } from 'plan-servicii-sociale/monitoring';
 * const box: PublishedCounts = { node: 'c1.g1.s4', total: 6, done: 5, partly_done: 1, not_done: 0, line: 389 };
 * box.total; //=> 6
 * ```
 */
export type PublishedCounts = {
  readonly node: string;
  readonly total?: number;
  readonly line?: number;
} & { readonly [B in CountBucket]?: number };

/**
 * One difference {@link comparePublishedCounts} found, in one column of one published box:
 *
 * - `kind: 'computed'` — the report's number against the rollup of the actions (`computed`);
 * - `kind: 'parts'` — the box's total against the sum of its own columns (`computed` is the sum);
 * - `kind: 'children'` — the box against the sum of the boxes printed for the levels below it
 *   (`computed` is that sum, `children` names them).
 *
 * `difference` is `published − computed`: positive when the report says more.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { CountDifference } from 'plan-servicii-sociale/monitoring';
 * const d: CountDifference = { kind: 'computed', node: 'c1.g1.s5', level: 'specificObjective', title: 'CREȘTEREA CAPACITĂȚII…', column: 'total', published: 8, computed: 9, difference: -1 };
 * d.difference; //=> -1
 * ```
 */
export interface CountDifference {
  /** What the published number is compared with. */
  readonly kind: 'computed' | 'parts' | 'children';
  /** Key of the level. */
  readonly node: string;
  /** Its level in the tree. */
  readonly level: TreeLevel;
  /** Its number as printed ("O.S.1.5."). */
  readonly id?: string;
  /** Its title. */
  readonly title: string;
  /** Where the box is printed, when given. */
  readonly line?: number;
  /** The column. */
  readonly column: 'total' | CountBucket;
  /** The printed number. */
  readonly published: number;
  /** What it is compared with. */
  readonly computed: number;
  /** `published − computed`. */
  readonly difference: number;
  /** For `kind: 'children'`: the keys of the boxes below it. */
  readonly children?: readonly string[];
}

/**
 * What {@link comparePublishedCounts} returns: `matches` when nothing differs, the differences
 * in the order of the published boxes (with `computed`, then `parts`, then `children` for each),
 * and one issue per difference (`monitoring.published_mismatch`,
 * `monitoring.published_parts_mismatch`, `monitoring.published_children_mismatch`) plus those
 * about unusable boxes. `ok: false` only when the rollup itself is not usable.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { comparePublishedCounts, type ComparePublishedResult } from 'plan-servicii-sociale/monitoring';
 * const r: ComparePublishedResult = comparePublishedCounts({ ok: false, issues: [] }, []);
 * r.ok; //=> false
 * ```
 */
export type ComparePublishedResult =
  | { readonly ok: true; readonly matches: boolean; readonly differences: readonly CountDifference[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const COLUMNS: readonly ('total' | CountBucket)[] = ['total', ...COUNT_BUCKETS];

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * Compares the counts a report printed with a rollup of its actions, and checks the printed
 * boxes against each other. For every box it reports, column by column:
 *
 * 1. where the printed number differs from the rollup's (`computed`);
 * 2. where the printed total is not the sum of the printed columns (`parts`) — checked when the
 *    box prints a total and at least one column;
 * 3. where it differs from the sum of the boxes printed just below it (`children`) — checked
 *    when those boxes cover every action under it, so a level without a box (or an action
 *    outside every box) never makes a false alarm.
 *
 * The rollup decides what "computed" means: run it with the report's counting unit and the
 * evidence policy the report seems to follow (yearly reports usually count one unit per action
 * and any reported activity as *realizat*: `{ unit: 'action', evidence: 'done' }`). Boxes that
 * name no level of the tree, or print a negative or fractional count, are reported as issues
 * and skipped.
 *
 * @param rollup - What {@link rollupStatuses} returned.
 * @param published - The printed boxes.
 * @category Monitoring
 * @example
 * ```ts
 * import { actionTree, comparePublishedCounts, rollupStatuses } from 'plan-servicii-sociale/monitoring';
 * const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'OG', specificObjectives: [{ title: 'OS', actions: [{ title: 'A' }, { title: 'B' }] }] }] } });
 * const rollup = rollupStatuses(tree, {
 *   periods: [{ year: 2021 }],
 *   records: [
 *     { action: 'g1.s1.a1', period: { year: 2021 }, status: 'done' },
 *     { action: 'g1.s1.a2', period: { year: 2021 }, status: 'not_done' },
 *   ],
 * });
 * const r = comparePublishedCounts(rollup, [{ node: 'g1.s1', total: 2, done: 2, not_done: 1 }]);
 * r.ok && r.differences.map((d) => [d.kind, d.column, d.published, d.computed]); //=> [['computed', 'done', 2, 1], ['parts', 'total', 2, 3]]
 * ```
 */
export function comparePublishedCounts(rollup: RollupResult, published: readonly PublishedCounts[]): ComparePublishedResult {
  if (typeof rollup !== 'object' || rollup === null || !rollup.ok || typeof rollup.root !== 'object' || rollup.root === null) {
    return { ok: false, issues: [createIssue('type.invalid', ['rollup'], { expected: 'a successful rollupStatuses result', received: showValue(rollup) })] };
  }
  if (!Array.isArray(published)) {
    return { ok: false, issues: [createIssue('type.invalid', ['published'], { expected: 'array', received: showValue(published) })] };
  }
  const issues: Issue[] = [];
  const nodes = new Map<string, RollupNode>();
  const stack: RollupNode[] = [rollup.root];
  while (stack.length) {
    const n = stack.pop() as RollupNode;
    nodes.set(n.key, n);
    stack.push(...n.children);
  }

  // The usable boxes, by node (the last box printed for a node wins, as in the rollup).
  const boxes = new Map<string, { box: PublishedCounts; index: number }>();
  published.forEach((box, i) => {
    const b = (typeof box === 'object' && box !== null ? box : {}) as Partial<Record<string, unknown>>;
    if (typeof b.node !== 'string') {
      issues.push(createIssue('type.invalid', ['published', i, 'node'], { expected: 'tree key', received: showValue(b.node) }));
      return;
    }
    if (!nodes.has(b.node)) {
      issues.push(createIssue('monitoring.unknown_node', ['published', i, 'node'], { node: b.node }));
      return;
    }
    const bad = COLUMNS.find((c) => b[c] !== undefined && !isCount(b[c]));
    if (bad !== undefined) {
      issues.push(createIssue('type.invalid', ['published', i, bad], { expected: 'non-negative integer', received: showValue(b[bad]) }));
      return;
    }
    boxes.set(b.node, { box: box, index: i });
  });

  /** The nearest boxes below `n`, or undefined when they do not cover every action under it. */
  function boxesBelow(n: RollupNode): RollupNode[] | undefined {
    const found: RollupNode[] = [];
    for (const c of n.children) {
      if (boxes.has(c.key)) found.push(c);
      else if (c.level === 'action') return undefined;
      else {
        const below = boxesBelow(c);
        if (below === undefined) return undefined;
        found.push(...below);
      }
    }
    return found;
  }

  const differences: CountDifference[] = [];
  for (const { box, index } of [...boxes.values()].sort((a, b) => a.index - b.index)) {
    const n = nodes.get(box.node) as RollupNode;
    const at = { node: n.key, level: n.level, ...(n.id !== undefined ? { id: n.id } : {}), title: n.title, ...(isCount(box.line) ? { line: box.line } : {}) };
    const name = n.id ?? n.key;
    for (const column of COLUMNS) {
      const p = box[column];
      if (p === undefined) continue;
      const computed = n.counts[column];
      if (p !== computed) {
        differences.push({ kind: 'computed', ...at, column, published: p, computed, difference: p - computed });
        issues.push(createIssue('monitoring.published_mismatch', ['published', index, column], { node: name, column, published: p, computed, difference: p - computed }));
      }
    }
    const parts = COUNT_BUCKETS.filter((c) => box[c] !== undefined);
    if (box.total !== undefined && parts.length > 0) {
      const sum = parts.reduce((s, c) => s + (box[c] as number), 0);
      if (sum !== box.total) {
        differences.push({ kind: 'parts', ...at, column: 'total', published: box.total, computed: sum, difference: box.total - sum });
        issues.push(createIssue('monitoring.published_parts_mismatch', ['published', index, 'total'], { node: name, total: box.total, sum }));
      }
    }
    const below = n.level === 'action' ? undefined : boxesBelow(n);
    if (below !== undefined && below.length > 0) {
      const children = below.map((c) => c.key);
      for (const column of COLUMNS) {
        const p = box[column];
        const values = below.map((c) => boxes.get(c.key)?.box[column]);
        if (p === undefined || values.some((v) => v === undefined)) continue;
        const sum = (values as number[]).reduce((s, v) => s + v, 0);
        if (sum !== p) {
          differences.push({ kind: 'children', ...at, column, published: p, computed: sum, difference: p - sum, children });
          issues.push(createIssue('monitoring.published_children_mismatch', ['published', index, column], { node: name, column, published: p, sum }));
        }
      }
    }
  }
  return { ok: true, matches: differences.length === 0, differences, issues };
}
