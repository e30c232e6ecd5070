import { ACTION_STATUSES, type ActionStatus } from './status.js';

/**
 * What a rollup counts: each {@link ActionStatus}, plus `evidenceOnly` (a result with free text and
 * no status, when the rollup keeps them apart) and `noRecord` (nothing recorded).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { COUNT_BUCKETS } from 'plan-servicii-sociale/monitoring';
 * COUNT_BUCKETS.slice(-2); //=> ['evidenceOnly', 'noRecord']
 * ```
 */
export const COUNT_BUCKETS = [...ACTION_STATUSES, 'evidenceOnly', 'noRecord'] as const;

/**
 * One of {@link COUNT_BUCKETS}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { CountBucket } from 'plan-servicii-sociale/monitoring';
 * const b: CountBucket = 'noRecord';
 * b; //=> 'noRecord'
 * ```
 */
export type CountBucket = ActionStatus | 'evidenceOnly' | 'noRecord';

/**
 * Counts per {@link CountBucket} and their `total`.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusCounts } from 'plan-servicii-sociale/monitoring';
 * const c: StatusCounts = { total: 4, not_started: 0, in_progress: 0, done: 3, partly_done: 0, not_done: 1, cancelled: 0, postponed: 0, evidenceOnly: 0, noRecord: 0 };
 * c.done + c.not_done === c.total; //=> true
 * ```
 */
export type StatusCounts = { readonly total: number } & { readonly [B in CountBucket]: number };

/**
 * Percentages per {@link CountBucket}, as decimal strings that add up to exactly "100" (or all
 * "0" when nothing is counted).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusPercentages } from 'plan-servicii-sociale/monitoring';
 * const p: Partial<StatusPercentages> = { done: '75', not_done: '25' };
 * p.done; //=> '75'
 * ```
 */
export type StatusPercentages = { readonly [B in CountBucket]: string };

export const BUCKET_COUNT = COUNT_BUCKETS.length;
export const EVIDENCE = COUNT_BUCKETS.indexOf('evidenceOnly');
export const NO_RECORD = COUNT_BUCKETS.indexOf('noRecord');

/** Counts object from a bucket array (a literal, so every counts object has the same shape). */
export function countsOf(a: ArrayLike<number>, from = 0): StatusCounts {
  const c = (i: number): number => a[from + i] as number;
  let total = 0;
  for (let i = 0; i < BUCKET_COUNT; i++) total += c(i);
  return {
    total,
    not_started: c(0),
    in_progress: c(1),
    done: c(2),
    partly_done: c(3),
    not_done: c(4),
    cancelled: c(5),
    postponed: c(6),
    evidenceOnly: c(7),
    noRecord: c(8),
  };
}

/** `units` hundredths (for 2 decimals) as a canonical decimal string: 3330 → "33.3". */
function decimalString(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const s = String(units).padStart(decimals + 1, '0');
  let end = s.length;
  while (end > s.length - decimals && s.charCodeAt(end - 1) === 48) end--;
  const whole = s.slice(0, s.length - decimals);
  return end > s.length - decimals ? `${whole}.${s.slice(s.length - decimals, end)}` : whole;
}

/** Largest-remainder percentages of a bucket array (integer arithmetic, ties to the earlier bucket). */
export function percentagesOf(a: ArrayLike<number>, decimals: number): StatusPercentages {
  let total = 0;
  for (let i = 0; i < BUCKET_COUNT; i++) total += a[i] as number;
  const units = 100 * 10 ** decimals;
  const q: number[] = [];
  const r: number[] = [];
  let left = units;
  for (let i = 0; i < BUCKET_COUNT; i++) {
    const n = (a[i] as number) * units;
    const qi = total === 0 ? 0 : Math.floor(n / total);
    q.push(qi);
    r.push(total === 0 ? 0 : n - qi * total);
    left -= qi;
  }
  if (total > 0 && left > 0) {
    const order = r.map((x, i) => i).sort((i, j) => (r[j] as number) - (r[i] as number) || i - j);
    for (let k = 0; k < left; k++) q[order[k] as number] = (q[order[k] as number] as number) + 1;
  }
  const d = (i: number): string => decimalString(q[i] as number, decimals);
  return {
    not_started: d(0),
    in_progress: d(1),
    done: d(2),
    partly_done: d(3),
    not_done: d(4),
    cancelled: d(5),
    postponed: d(6),
    evidenceOnly: d(7),
    noRecord: d(8),
  };
}

/** Frozen counts with one in bucket `b` (or none for -1): shared by every action node. */
export const ONE_HOT: readonly StatusCounts[] = Object.freeze(
  Array.from({ length: BUCKET_COUNT + 1 }, (_, b) => {
    const a = new Int32Array(BUCKET_COUNT);
    if (b < BUCKET_COUNT) a[b] = 1;
    return Object.freeze(countsOf(a));
  }),
);

const PERCENT_CACHE = new Map<number, readonly StatusPercentages[]>();
/** Frozen percentages of {@link ONE_HOT}[b] at `decimals`. */
export function oneHotPercentages(b: number, decimals: number): StatusPercentages {
  let list = PERCENT_CACHE.get(decimals);
  if (!list) {
    list = ONE_HOT.map((c) => Object.freeze(percentagesOf(COUNT_BUCKETS.map((k) => c[k]), decimals)));
    PERCENT_CACHE.set(decimals, list);
  }
  return list[b] as StatusPercentages;
}
