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

/** Counts object from a bucket array. */
export function countsOf(a: ArrayLike<number>): StatusCounts {
  let total = 0;
  const o: Record<string, number> = { total: 0 };
  for (let i = 0; i < BUCKET_COUNT; i++) {
    o[COUNT_BUCKETS[i] as string] = a[i] as number;
    total += a[i] as number;
  }
  o['total'] = total;
  return o as StatusCounts;
}

function decimalString(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const s = String(units).padStart(decimals + 1, '0');
  const whole = s.slice(0, -decimals);
  const frac = s.slice(-decimals).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
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
  if (total > 0) {
    const order = r.map((x, i) => i).sort((i, j) => (r[j] as number) - (r[i] as number) || i - j);
    for (let k = 0; k < left; k++) q[order[k] as number] = (q[order[k] as number] as number) + 1;
  }
  const o: Record<string, string> = {};
  for (let i = 0; i < BUCKET_COUNT; i++) o[COUNT_BUCKETS[i] as string] = decimalString(q[i] as number, decimals);
  return o as StatusPercentages;
}
