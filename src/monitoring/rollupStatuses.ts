import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { showValue } from '../plan/cells/markers.js';
import type { StatusTreeNode, TreeLevel } from './actionTree.js';
import {
  BUCKET_COUNT,
  COUNT_BUCKETS,
  countsOf,
  EVIDENCE,
  NO_RECORD,
  ONE_HOT,
  oneHotPercentages,
  percentagesOf,
  type CountBucket,
  type StatusCounts,
  type StatusPercentages,
} from './counts.js';
import { ACTION_STATUSES, periodKey, type ActionStatus, type Period, type StatusRecord } from './status.js';

/**
 * What {@link rollupStatuses} counts: each `action` once, with its statuses over the periods
 * combined, or each `action-period` pair (an action over three years counts three times).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { CountingUnit } from 'plan-servicii-sociale/monitoring';
 * const u: CountingUnit = 'action-period';
 * u; //=> 'action-period'
 * ```
 */
export type CountingUnit = 'action' | 'action-period';

/**
 * How a result with evidence and no status counts: `'separate'` (in its own bucket,
 * `evidenceOnly`, the default), `'exclude'` (not counted at all: totals shrink), or as a given
 * status (`'done'` reproduces reports that count any reported activity as *realizat*).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { EvidencePolicy } from 'plan-servicii-sociale/monitoring';
 * const e: EvidencePolicy = 'done';
 * e; //=> 'done'
 * ```
 */
export type EvidencePolicy = 'separate' | 'exclude' | ActionStatus;

/**
 * Options of {@link rollupStatuses}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { RollupOptions } from 'plan-servicii-sociale/monitoring';
 * const o: RollupOptions = { records: [], periods: [{ year: 2021 }, { year: 2022 }, { year: 2023 }], unit: 'action' };
 * o.periods.length; //=> 3
 * ```
 */
export interface RollupOptions {
  /** The recorded statuses. */
  readonly records: readonly StatusRecord[];
  /** The periods of the report, in order (the last one is the latest). */
  readonly periods: readonly Period[];
  /** What is counted; `'action'` by default. */
  readonly unit?: CountingUnit;
  /** How evidence without a status counts; `'separate'` by default. */
  readonly evidence?: EvidencePolicy;
  /** Decimals of the percentages (0–4); 1 by default. */
  readonly decimals?: number;
}

/**
 * A node of a rollup: the tree node's key, level, number and title, its `counts` in the rollup's
 * unit with `percentages` that add up to 100, its counts per period (`byPeriod`, keyed "2021" or
 * "2021-Q2"), and its children. Counts at every node are the sum of its children's. Action nodes
 * also give their `status`: their periods combined (the bucket they count in with the unit
 * `'action'`, given with either unit; absent when excluded) and their bucket per period
 * (`statusByPeriod`).
 * The result is read-only: action nodes with the same buckets share frozen objects.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { RollupNode } from 'plan-servicii-sociale/monitoring';
 * const leaf: Pick<RollupNode, 'key' | 'status'> = { key: 'c1.g1.s1.m1.a1', status: 'done' };
 * leaf.status; //=> 'done'
 * ```
 */
export interface RollupNode {
  /** Key of the tree node. */
  readonly key: string;
  /** Its level. */
  readonly level: TreeLevel;
  /** Number as printed. */
  readonly id?: string;
  /** Title as printed. */
  readonly title: string;
  /** Counts in the rollup's unit. */
  readonly counts: StatusCounts;
  /** Percentages of `counts`, adding up to 100. */
  readonly percentages: StatusPercentages;
  /** Counts per period. */
  readonly byPeriod: Readonly<Record<string, StatusCounts>>;
  /** On actions: its periods combined. */
  readonly status?: CountBucket;
  /** On actions: its bucket per period (absent where excluded). */
  readonly statusByPeriod?: Readonly<Record<string, CountBucket>>;
  /** Children. */
  readonly children: readonly RollupNode[];
}

/**
 * What {@link rollupStatuses} returns: the rolled-up tree (`root`), the options it used, and the
 * issues about the records (unknown actions, periods outside the report, duplicates). `ok: false`
 * only when the options cannot be used.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { rollupStatuses, type RollupResult } from 'plan-servicii-sociale/monitoring';
 * const r: RollupResult = rollupStatuses({ key: '', level: 'plan', title: 'Plan', children: [] }, { records: [], periods: [{ year: 2021 }] });
 * r.ok && r.root.counts.total; //=> 0
 * ```
 */
export type RollupResult =
  | {
      readonly ok: true;
      readonly unit: CountingUnit;
      readonly evidence: EvidencePolicy;
      readonly periods: readonly string[];
      readonly root: RollupNode;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const DONE = ACTION_STATUSES.indexOf('done');
const PARTLY = ACTION_STATUSES.indexOf('partly_done');
const NOT_STARTED = ACTION_STATUSES.indexOf('not_started');
const IN_PROGRESS = ACTION_STATUSES.indexOf('in_progress');
const EXCLUDED = -2;
const STATUS_INDEX = new Map<unknown, number>(ACTION_STATUSES.map((s, i) => [s, i]));

/**
 * Combines an action's buckets over the periods (documented in {@link rollupStatuses}).
 * -1: no record; EXCLUDED: evidence excluded.
 */
function combine(cells: Int8Array, from: number, n: number): number {
  let status = -1;
  let mixed = false;
  let someDone = false;
  let setback = false;
  let last = -1;
  let evidence = false;
  let excluded = false;
  for (let p = from; p < from + n; p++) {
    const b = cells[p] as number;
    if (b === -1) continue;
    if (b === EXCLUDED) excluded = true;
    else if (b === EVIDENCE) evidence = true;
    else {
      if (status === -1) status = b;
      else if (status !== b) mixed = true;
      if (b === DONE || b === PARTLY) someDone = true;
      else if (b !== NOT_STARTED && b !== IN_PROGRESS) setback = true;
      last = b;
    }
  }
  if (status === -1) return evidence ? EVIDENCE : excluded ? EXCLUDED : NO_RECORD;
  if (!mixed) return status;
  if (last === DONE && !setback) return DONE; // progress that ended done: not started → in progress → done
  return someDone ? PARTLY : last;
}

function checkOptions(options: RollupOptions, issues: Issue[]): void {
  const o = options as Partial<RollupOptions> | null | undefined;
  if (!Array.isArray(o?.records)) issues.push(createIssue('type.invalid', ['records'], { expected: 'array', received: showValue(o?.records) }));
  if (!Array.isArray(o?.periods) || o.periods.length === 0) issues.push(createIssue('value.required', ['periods'], {}));
  else {
    const seen = new Set<string>();
    o.periods.forEach((p, i) => {
      const ok = typeof p === 'object' && p !== null && Number.isInteger(p.year) && (p.quarter === undefined || [1, 2, 3, 4].includes(p.quarter));
      if (!ok) issues.push(createIssue('value.not_allowed', ['periods', i], { value: showValue(p), allowed: ['{ year }', '{ year, quarter: 1–4 }'] }));
      // A period given twice, or a year given both whole and by quarters, would count twice.
      else if (seen.has(periodKey(p)) || seen.has(p.quarter === undefined ? `${p.year}-Q` : String(p.year))) {
        issues.push(createIssue('value.not_allowed', ['periods', i], { value: periodKey(p), allowed: ['periods that do not overlap'] }));
      } else seen.add(periodKey(p)).add(p.quarter === undefined ? String(p.year) : `${p.year}-Q`);
    });
  }
  if (o?.unit !== undefined && o.unit !== 'action' && o.unit !== 'action-period') {
    issues.push(createIssue('value.not_allowed', ['unit'], { value: showValue(o.unit), allowed: ["'action'", "'action-period'"] }));
  }
  if (o?.evidence !== undefined && o.evidence !== 'separate' && o.evidence !== 'exclude' && !STATUS_INDEX.has(o.evidence)) {
    issues.push(createIssue('value.not_allowed', ['evidence'], { value: showValue(o.evidence), allowed: ["'separate'", "'exclude'", ...ACTION_STATUSES.map((s) => `'${s}'`)] }));
  }
  if (o?.decimals !== undefined && !(Number.isInteger(o.decimals) && o.decimals >= 0 && o.decimals <= 4)) {
    issues.push(createIssue('value.not_allowed', ['decimals'], { value: showValue(o.decimals), allowed: ['0–4'] }));
  }
}

/**
 * Counts action statuses up a plan's tree — action → measure → specific objective → general
 * objective → component → plan — per period and across periods, the way a yearly report's
 * *total / realizat / parțial realizat / nerealizat* boxes do.
 *
 * - **Unit.** `'action'` (the default) counts each action once. Its statuses over the periods are
 *   combined: the same status in every period that has one gives that status; progress that ends
 *   done (not started, in progress, then done) gives done; other mixes of which one is *realizat*
 *   or *parțial realizat* give *parțial realizat* (2021 realizat, 2022 realizat, 2023 nerealizat
 *   → partly done, as yearly reports count them); other mixes give the latest period's status.
 *   Periods with nothing recorded are left out of the combination; an action with nothing
 *   recorded at all counts as `noRecord`. `'action-period'` counts every action in every period.
 * - **Evidence without a status** counts as the `evidence` option says (`'separate'` by default).
 * - **Percentages** use the largest remainder, so they add up to exactly 100 at every node.
 * - **Records** name actions by their tree key. A record for an action that is not in the tree, or
 *   for a period that is not one of `periods`, is reported and not counted; when two records give
 *   the same action and period, the last one counts.
 *
 * @param tree - The tree, usually `actionTree(plan)`.
 * @param options - Records, periods, unit, evidence policy, decimals.
 * @category Monitoring
 * @example
 * ```ts
 * import { actionTree, rollupStatuses } from 'plan-servicii-sociale/monitoring';
 * const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'OG', specificObjectives: [{ title: 'OS', actions: [{ title: 'Ziua Familiei' }, { title: 'Ziua Iei' }] }] }] } });
 * const periods = [{ year: 2021 }, { year: 2022 }];
 * const records = [
 *   { action: 'g1.s1.a1', period: { year: 2021 }, status: 'done' as const },
 *   { action: 'g1.s1.a1', period: { year: 2022 }, status: 'done' as const },
 *   { action: 'g1.s1.a2', period: { year: 2021 }, status: 'done' as const },
 *   { action: 'g1.s1.a2', period: { year: 2022 }, status: 'not_done' as const },
 * ];
 * const r = rollupStatuses(tree, { records, periods });
 * r.ok && [r.root.counts.done, r.root.counts.partly_done, r.root.percentages.done]; //=> [1, 1, '50']
 * const y = rollupStatuses(tree, { records, periods, unit: 'action-period' });
 * y.ok && [y.root.counts.total, y.root.counts.done, y.root.byPeriod['2022']?.not_done]; //=> [4, 3, 1]
 * ```
 */
export function rollupStatuses(tree: StatusTreeNode, options: RollupOptions): RollupResult {
  const issues: Issue[] = [];
  checkOptions(options, issues);
  if (typeof tree !== 'object' || tree === null || !Array.isArray(tree.children)) {
    issues.push(createIssue('type.invalid', ['tree'], { expected: 'tree node', received: showValue(tree) }));
  }
  if (issues.length) return { ok: false, issues };
  const unit = options.unit ?? 'action';
  const evidencePolicy = options.evidence ?? 'separate';
  const decimals = options.decimals ?? 1;
  const evidenceBucket = evidencePolicy === 'separate' ? EVIDENCE : evidencePolicy === 'exclude' ? EXCLUDED : (STATUS_INDEX.get(evidencePolicy) as number);
  const periodKeys = options.periods.map(periodKey);
  const P = periodKeys.length;
  // Periods by a number (year × 10 + quarter), so that records are matched without building strings.
  const code = (q: Partial<Period>): number => (q.year as number) * 10 + (q.quarter ?? 0);
  const periodIndex = new Map(options.periods.map((q, i) => [code(q), i]));

  // Index the actions.
  const actionIndex = new Map<string, number>();
  const stack: StatusTreeNode[] = [tree];
  while (stack.length) {
    const n = stack.pop() as StatusTreeNode;
    if (typeof n !== 'object' || n === null || !Array.isArray(n.children)) continue; // skipped by visit too
    if (n.level === 'action' && !actionIndex.has(n.key)) actionIndex.set(n.key, actionIndex.size);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as StatusTreeNode);
  }

  // One cell per action and period: -1 nothing, a bucket, or EXCLUDED.
  const cells = new Int8Array(actionIndex.size * P).fill(-1);
  const seen = new Uint8Array(actionIndex.size * P);
  options.records.forEach((r, i) => {
    const rec = (typeof r === 'object' && r !== null ? r : {}) as Partial<StatusRecord>;
    const a = typeof rec.action === 'string' ? actionIndex.get(rec.action) : undefined;
    if (a === undefined) {
      issues.push(createIssue('monitoring.unknown_action', ['records', i, 'action'], { action: showValue(rec.action) }));
      return;
    }
    const period = rec.period as Partial<Period> | null | undefined;
    const quarterOk = period?.quarter === undefined || period.quarter === 1 || period.quarter === 2 || period.quarter === 3 || period.quarter === 4;
    const p = typeof period === 'object' && period !== null && Number.isInteger(period.year) && quarterOk ? periodIndex.get(code(period)) : undefined;
    if (p === undefined) {
      const pk = typeof period === 'object' && period !== null ? periodKey(period as Period) : showValue(period);
      issues.push(createIssue('monitoring.period_outside', ['records', i, 'period'], { action: rec.action as string, period: pk, periods: periodKeys.join(', ') }));
      return;
    }
    let b: number;
    if (rec.status === undefined) b = evidenceBucket;
    else {
      const s = STATUS_INDEX.get(rec.status);
      if (s === undefined) {
        issues.push(createIssue('value.not_allowed', ['records', i, 'status'], { value: showValue(rec.status), allowed: ACTION_STATUSES.map((x) => `'${x}'`) }));
        return;
      }
      b = s;
    }
    const c = a * P + p;
    if (seen[c]) issues.push(createIssue('monitoring.duplicate_record', ['records', i], { action: rec.action as string, period: periodKeys[p] as string }));
    seen[c] = 1;
    cells[c] = b;
  });

  // Action nodes share frozen one-hot counts and percentages: a plan of 200 actions over three
  // years would otherwise allocate some 1,000 count objects that all look alike.
  const NONE = BUCKET_COUNT;
  const bucketAt = (a: number, p: number): number => {
    const b = cells[a * P + p] as number;
    return b === -1 ? NO_RECORD : b;
  };

  // An action's per-period objects depend only on its buckets: actions with the same buckets
  // (most of a plan: done every year) share one frozen pair.
  const perPeriodCache = new Map<string, { byPeriod: Readonly<Record<string, StatusCounts>>; statusByPeriod: Readonly<Record<string, CountBucket>> }>();
  function perPeriod(a: number): { byPeriod: Readonly<Record<string, StatusCounts>>; statusByPeriod: Readonly<Record<string, CountBucket>> } {
    let sig = '';
    for (let p = 0; p < P; p++) sig += String.fromCharCode(65 + bucketAt(a, p));
    let cached = perPeriodCache.get(sig);
    if (!cached) {
      const byPeriod: Record<string, StatusCounts> = {};
      const statusByPeriod: Record<string, CountBucket> = {};
      for (let p = 0; p < P; p++) {
        const b = bucketAt(a, p);
        const key = periodKeys[p] as string;
        byPeriod[key] = ONE_HOT[b === EXCLUDED ? NONE : b] as StatusCounts;
        if (b !== EXCLUDED) statusByPeriod[key] = COUNT_BUCKETS[b] as CountBucket;
      }
      cached = { byPeriod: Object.freeze(byPeriod), statusByPeriod: Object.freeze(statusByPeriod) };
      perPeriodCache.set(sig, cached);
    }
    return cached;
  }

  function actionNode(n: StatusTreeNode, a: number, combined: number): RollupNode {
    const { byPeriod, statusByPeriod } = perPeriod(a);
    let own: Int32Array | undefined;
    if (unit === 'action-period') {
      own = new Int32Array(BUCKET_COUNT);
      for (let p = 0; p < P; p++) {
        const b = bucketAt(a, p);
        if (b !== EXCLUDED) (own[b] as number)++;
      }
    }
    const single = combined === EXCLUDED ? NONE : combined;
    const node: { -readonly [K in keyof RollupNode]: RollupNode[K] } = {
      key: n.key,
      level: n.level,
      title: n.title,
      counts: own ? countsOf(own) : (ONE_HOT[single] as StatusCounts),
      percentages: own ? percentagesOf(own, decimals) : oneHotPercentages(single, decimals),
      byPeriod,
      statusByPeriod,
      children: [],
    };
    if (n.id !== undefined) node.id = n.id;
    if (combined !== EXCLUDED) node.status = COUNT_BUCKETS[combined] as CountBucket;
    return node;
  }

  // Bucket arrays, one pair per depth, reused for every node at that depth (zeroed on entry).
  const pool: { counts: Int32Array; periods: Int32Array }[] = [];
  const arraysAt = (depth: number): { counts: Int32Array; periods: Int32Array } => {
    const got = pool[depth] ?? (pool[depth] = { counts: new Int32Array(BUCKET_COUNT), periods: new Int32Array(BUCKET_COUNT * P) });
    got.counts.fill(0);
    got.periods.fill(0);
    return got;
  };

  /** Rolls up `n` into its depth's arrays, and adds them to its parent's. */
  function visit(n: StatusTreeNode, depth: number): RollupNode {
    const { counts, periods } = arraysAt(depth);
    const children: RollupNode[] = [];
    for (const child of n.children) {
      if (typeof child !== 'object' || child === null || !Array.isArray(child.children)) continue;
      const a = child.level === 'action' ? actionIndex.get(child.key) : undefined;
      if (a === undefined) {
        children.push(visit(child, depth + 1));
        const below = pool[depth + 1] as { counts: Int32Array; periods: Int32Array };
        for (let i = 0; i < BUCKET_COUNT; i++) counts[i] = (counts[i] as number) + (below.counts[i] as number);
        for (let i = 0; i < periods.length; i++) periods[i] = (periods[i] as number) + (below.periods[i] as number);
        continue;
      }
      for (let p = 0; p < P; p++) {
        const b = bucketAt(a, p);
        if (b === EXCLUDED) continue;
        (periods[p * BUCKET_COUNT + b] as number)++;
        if (unit === 'action-period') (counts[b] as number)++;
      }
      const combined = combine(cells, a * P, P);
      if (unit === 'action' && combined !== EXCLUDED) (counts[combined] as number)++;
      children.push(actionNode(child, a, combined));
    }
    const byPeriod: Record<string, StatusCounts> = {};
    for (let p = 0; p < P; p++) byPeriod[periodKeys[p] as string] = countsOf(periods, p * BUCKET_COUNT);
    const node: { -readonly [K in keyof RollupNode]: RollupNode[K] } = {
      key: n.key,
      level: n.level,
      title: n.title,
      counts: countsOf(counts),
      percentages: percentagesOf(counts, decimals),
      byPeriod,
      children,
    };
    if (n.id !== undefined) node.id = n.id;
    return node;
  }

  const root = visit(tree, 0);
  return { ok: true, unit, evidence: evidencePolicy, periods: periodKeys, root, issues };
}
