import { COUNT_BUCKETS, type CountBucket } from './counts.js';
import type { RollupNode } from './rollupStatuses.js';
import { STATUS_LABELS } from './status.js';

/**
 * The labels of every {@link CountBucket}, in Romanian and English: the statuses'
 * {@link STATUS_LABELS}, plus *fără stadiu* (evidence only) and *neraportat* (no record).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { BUCKET_LABELS } from 'plan-servicii-sociale/monitoring';
 * BUCKET_LABELS.evidenceOnly; //=> { ro: 'fără stadiu (doar descriere)', en: 'evidence only (no status)' }
 * ```
 */
export const BUCKET_LABELS: Readonly<Record<CountBucket, { readonly ro: string; readonly en: string }>> = Object.freeze({
  ...STATUS_LABELS,
  evidenceOnly: { ro: 'fără stadiu (doar descriere)', en: 'evidence only (no status)' },
  noRecord: { ro: 'neraportat', en: 'no record' },
});

/**
 * The colour of every {@link CountBucket} in charts: the Okabe–Ito palette, told apart by
 * readers with any common colour-vision deficiency (*realizat* bluish green, *parțial realizat*
 * orange, *nerealizat* vermilion...). Charts never rely on colour alone: every segment is also
 * labelled.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { BUCKET_COLORS } from 'plan-servicii-sociale/monitoring';
 * BUCKET_COLORS.done; //=> '#009E73'
 * ```
 */
export const BUCKET_COLORS: Readonly<Record<CountBucket, string>> = Object.freeze({
  not_started: '#999999',
  in_progress: '#56B4E9',
  done: '#009E73',
  partly_done: '#E69F00',
  not_done: '#D55E00',
  cancelled: '#000000',
  postponed: '#CC79A7',
  evidenceOnly: '#0072B2',
  noRecord: '#F0E442',
});

/**
 * One segment of a chart: a bucket with its count, its percentage (as in the rollup, adding up
 * to 100), its label and colour.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { ChartSegment } from 'plan-servicii-sociale/monitoring';
 * const s: ChartSegment = { bucket: 'done', label: 'realizat', count: 137, percentage: '89.5', color: '#009E73' };
 * s.label; //=> 'realizat'
 * ```
 */
export interface ChartSegment {
  /** The bucket. */
  readonly bucket: CountBucket;
  /** Its label in the chart's language. */
  readonly label: string;
  /** How many. */
  readonly count: number;
  /** Percentage of the total, as a decimal string. */
  readonly percentage: string;
  /** Fill colour. */
  readonly color: string;
}

/**
 * Chart-shaped counts of one level: its title, total and the non-empty segments in bucket order
 * — what a chart library (or {@link statusChartSvg}) draws as a pie or a stacked bar.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusChartData } from 'plan-servicii-sociale/monitoring';
 * const d: StatusChartData = { key: 'c1', title: 'Protecția copilului', total: 0, segments: [] };
 * d.segments.length; //=> 0
 * ```
 */
export interface StatusChartData {
  /** Key of the level. */
  readonly key: string;
  /** Its number and title, as printed ("O.S.1.1 ASIGURAREA…"); "Planul de acțiune" when it has none. */
  readonly title: string;
  /** How many were counted. */
  readonly total: number;
  /** The non-empty buckets, in {@link COUNT_BUCKETS} order. */
  readonly segments: readonly ChartSegment[];
}

/**
 * Options of {@link statusChartData}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusChartDataOptions } from 'plan-servicii-sociale/monitoring';
 * const o: StatusChartDataOptions = { lang: 'en' };
 * o.lang; //=> 'en'
 * ```
 */
export interface StatusChartDataOptions {
  /** Language of the labels; Romanian by default. */
  readonly lang?: 'ro' | 'en';
}

/**
 * Turns one node of a rollup into chart data: the non-empty buckets with their counts,
 * percentages (adding up to 100), labels and colours.
 *
 * @param node - A node of {@link rollupStatuses}' result.
 * @param options - The labels' language.
 * @category Monitoring
 * @example
 * ```ts
 * import { actionTree, rollupStatuses, statusChartData } from 'plan-servicii-sociale/monitoring';
 * const tree = actionTree({ actionPlan: { generalObjectives: [{ title: 'OG', specificObjectives: [{ title: 'OS', actions: [{ title: 'A' }, { title: 'B' }, { title: 'C' }] }] }] } });
 * const periods = [{ year: 2021 }];
 * const records = ['done', 'done', 'not_done'].map((status, i) => ({ action: `g1.s1.a${i + 1}`, period: { year: 2021 }, status: status as 'done' | 'not_done' }));
 * const r = rollupStatuses(tree, { records, periods });
 * const data = r.ok ? statusChartData(r.root.children[0]!) : undefined;
 * data?.segments.map((s) => `${s.label} ${s.count} (${s.percentage}%)`); //=> ['realizat 2 (66.7%)', 'nerealizat 1 (33.3%)']
 * ```
 */
export function statusChartData(node: RollupNode, options: StatusChartDataOptions = {}): StatusChartData {
  const lang = options.lang === 'en' ? 'en' : 'ro';
  const segments: ChartSegment[] = [];
  for (const bucket of COUNT_BUCKETS) {
    const count = node.counts[bucket];
    if (count > 0) segments.push({ bucket, label: BUCKET_LABELS[bucket][lang], count, percentage: node.percentages[bucket], color: BUCKET_COLORS[bucket] });
  }
  const named = node.id !== undefined && !node.title.startsWith(node.id) ? `${node.id} ${node.title}` : node.title;
  // A level without a title (a plan whose action plan has none) still needs an accessible name.
  const title = named.trim() !== '' ? named : lang === 'en' ? 'Action plan' : 'Planul de acțiune';
  return { key: node.key, title, total: node.counts.total, segments };
}
