import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { showValue } from '../plan/cells/markers.js';
import { YEAR_RANGE } from '../plan/cells/text.js';
import type { Plan } from '../plan/schemas/plan.js';
import { actionTree, type StatusTreeNode, type TreeLevel } from './actionTree.js';
import type { CountBucket, StatusCounts, StatusPercentages } from './counts.js';
import type { Deadline } from './deadline.js';
import { finalDueDate } from './dueDates.js';
import { dayOf } from './isOverdue.js';
import { parseDeadline } from './parseDeadline.js';
import { rollupStatuses, type CountingUnit, type EvidencePolicy, type RollupNode } from './rollupStatuses.js';
import { periodKey, type Period, type StatusRecord } from './status.js';

/**
 * Options of {@link buildReport}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { BuildReportOptions } from 'plan-servicii-sociale/monitoring';
 * const o: BuildReportOptions = { periods: [{ year: 2024, quarter: 1 }, { year: 2024, quarter: 2 }], asOf: '2024-07-01' };
 * o.asOf; //=> '2024-07-01'
 * ```
 */
export interface BuildReportOptions {
  /** The periods reported on, in order. */
  readonly periods: readonly Period[];
  /** The day overdue actions are judged on: a Date (its local day) or "YYYY-MM-DD". */
  readonly asOf: Date | string;
  /** The year deadlines without one are read in ("trim I- IV", "Anual"); the latest period's year by default. */
  readonly planYear?: number;
  /** Counting unit of the rollup; `'action'` by default. */
  readonly unit?: CountingUnit;
  /** How evidence without a status counts; `'separate'` by default. */
  readonly evidence?: EvidencePolicy;
  /** Decimals of the percentages (0–4); 1 by default. */
  readonly decimals?: number;
}

/**
 * A text recorded for one period: evidence of a result, or a revision (problem, obstacle, risk).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { PeriodText } from 'plan-servicii-sociale/monitoring';
 * const t: PeriodText = { period: '2022', text: '5 angajări 3 transferuri' };
 * t.period; //=> '2022'
 * ```
 */
export interface PeriodText {
  /** Period key: "2022", "2024-Q2". */
  readonly period: string;
  /** The text as recorded. */
  readonly text: string;
}

/**
 * One action in the report: where it sits, who is responsible, its deadline, its stage
 * (*stadiul*) overall and per period, evidence, revisions (*revizuiri*: problems, obstacles,
 * risks), the estimated completion date and whether it is overdue.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { ReportAction } from 'plan-servicii-sociale/monitoring';
 * const a: Pick<ReportAction, 'key' | 'stage' | 'overdue'> = { key: 'c1.g1.s1.m1.a1', stage: 'done', overdue: false };
 * a.stage; //=> 'done'
 * ```
 */
export interface ReportAction {
  /** Key of the action in the plan's tree. */
  readonly key: string;
  /** Its number as printed, if any. */
  readonly id?: string;
  /** The action. */
  readonly title: string;
  /** The levels above it, from the component (or general objective) down: number and title. */
  readonly path: readonly { readonly level: TreeLevel; readonly id?: string; readonly title: string }[];
  /** Responsible units (*responsabil*), as written. */
  readonly responsible: readonly string[];
  /** The deadline as written and read, when the plan gives one. */
  readonly deadline?: Deadline;
  /** The stage across the periods (the rollup's bucket; absent when evidence is excluded). */
  readonly stage?: CountBucket;
  /** The stage per period. */
  readonly stageByPeriod: Readonly<Record<string, CountBucket>>;
  /** Evidence recorded, per period. */
  readonly evidence: readonly PeriodText[];
  /** Revisions recorded (notes: problems, obstacles, risks), per period. */
  readonly revisions: readonly PeriodText[];
  /** Figures recorded, per period. */
  readonly figures: readonly { readonly period: string; readonly figures: Readonly<Record<string, string>> }[];
  /**
   * Estimated completion (*timpul estimat pentru finalizare*), for an action not done or
   * cancelled: the latest recorded `expectedCompletion`, else the deadline's last due day.
   */
  readonly estimatedCompletion?: { readonly date: string; readonly source: 'recorded' | 'deadline' };
  /** Whether it is overdue on `asOf`: see {@link buildReport}. */
  readonly overdue: boolean;
}

/**
 * The data of the monitoring chapter (see {@link buildReport}).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { MonitoringReport } from 'plan-servicii-sociale/monitoring';
 * const r: Pick<MonitoringReport, 'asOf' | 'periods'> = { asOf: '2024-01-31', periods: ['2021', '2022', '2023'] };
 * r.periods.length; //=> 3
 * ```
 */
export interface MonitoringReport {
  /** The institution responsible for monitoring (*instituția responsabilă*): the plan's monitoring section, else who drafted the plan. */
  readonly responsibleInstitution?: string;
  /** The day overdue actions were judged on (YYYY-MM-DD). */
  readonly asOf: string;
  /** The periods, by key. */
  readonly periods: readonly string[];
  /** The year deadlines without one were read in. */
  readonly planYear: number;
  /** Counting unit of the rollup. */
  readonly unit: CountingUnit;
  /** Evidence policy of the rollup. */
  readonly evidence: EvidencePolicy;
  /** Every action, in the plan's order. */
  readonly actions: readonly ReportAction[];
  /** The keys of the overdue actions. */
  readonly overdue: readonly string[];
  /** The rollup of the statuses. */
  readonly rollup: RollupNode;
  /** The whole plan's counts, percentages and number of overdue actions. */
  readonly summary: { readonly counts: StatusCounts; readonly percentages: StatusPercentages; readonly overdue: number };
}

/**
 * What {@link buildReport} returns: the report and the issues about the records and deadlines, or
 * `ok: false` with the issues when the options cannot be used.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { buildReport, type BuildReportResult } from 'plan-servicii-sociale/monitoring';
 * const r: BuildReportResult = buildReport({ meta: { authority: { kind: 'local_council', name: 'CL Videle' }, year: 2024 } } as never, [], { periods: [], asOf: '2024-12-31' });
 * r.ok; //=> false
 * ```
 */
export type BuildReportResult =
  | { readonly ok: true; readonly report: MonitoringReport; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Stages that leave nothing to finish. */
const CLOSED: ReadonlySet<CountBucket | undefined> = new Set<CountBucket | undefined>(['done', 'cancelled', 'evidenceOnly', undefined]);

function nonBlank(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/**
 * Builds what the template's monitoring chapter asks for, from a plan and the statuses recorded
 * for its actions: the responsible institution, the stage of each action, revisions (problems,
 * obstacles, risks — the records' notes), the estimated completion and the overdue actions as of
 * a day, with the rollup of the statuses.
 *
 * An action is **overdue** when its deadline's last due day (see `isOverdue`) is before `asOf`
 * and it is open: its stage is not started, in progress, partly done, not done, postponed, or
 * nothing recorded, and its latest recorded period is not done or cancelled (2021 not done, 2022
 * done is finished). Done or cancelled actions are not overdue, nor are those with evidence and
 * no status (nothing says they are unfinished: record a status to decide). Deadlines are read with
 * `parseDeadline` in `planYear`; those it cannot read are kept and reported.
 *
 * @param plan - The plan (its `actionPlan`, `monitoring` and `meta`).
 * @param records - The recorded statuses, keyed by `actionTree` keys.
 * @param options - Periods, the day, and the rollup's options.
 * @category Monitoring
 * @example
 * ```ts
 * import { buildReport } from 'plan-servicii-sociale/monitoring';
 * const plan = {
 *   meta: { authority: { kind: 'local_council' as const, name: 'Consiliul Local Videle' }, year: 2024, draftedBy: { name: 'DAS Videle' } },
 *   actionPlan: { generalObjectives: [{ title: 'Servicii', specificObjectives: [{ title: 'Informare', actions: [
 *     { title: 'Campanie de informare', deadline: 'Martie 2024', responsible: ['DAS'] },
 *     { title: 'Evaluarea nevoilor', deadline: 'Permanent' },
 *   ] }] }] },
 * };
 * const records = [{ action: 'g1.s1.a1', period: { year: 2024 }, status: 'in_progress' as const, note: 'Lipsă personal' }];
 * const r = buildReport(plan as never, records, { periods: [{ year: 2024 }], asOf: '2024-06-30' });
 * r.ok && r.report.responsibleInstitution; //=> 'DAS Videle'
 * r.ok && r.report.overdue; //=> ['g1.s1.a1']
 * r.ok && r.report.actions[0]?.revisions; //=> [{ period: '2024', text: 'Lipsă personal' }]
 * r.ok && r.report.actions[1]?.stage; //=> 'noRecord'
 * ```
 */
export function buildReport(plan: Plan, records: readonly StatusRecord[], options: BuildReportOptions): BuildReportResult {
  const o = (options ?? {}) as Partial<BuildReportOptions>;
  const issues: Issue[] = [];
  let asOf: string | undefined;
  try {
    asOf = dayOf(o.asOf as Date | string);
  } catch {
    issues.push(createIssue('date.invalid', ['asOf'], { value: showValue(o.asOf) }));
  }
  const periods = Array.isArray(o.periods) ? o.periods : [];
  const lastYear = periods.at(-1)?.year;
  const wanted = o.planYear ?? lastYear;
  const planYear = typeof wanted === 'number' && Number.isInteger(wanted) && wanted >= YEAR_RANGE.min && wanted <= YEAR_RANGE.max ? wanted : undefined;
  const tree = actionTree(typeof plan === 'object' && plan !== null ? plan : {});
  const rollup = rollupStatuses(tree, {
    records,
    periods,
    ...(o.unit !== undefined ? { unit: o.unit } : {}),
    ...(o.evidence !== undefined ? { evidence: o.evidence } : {}),
    ...(o.decimals !== undefined ? { decimals: o.decimals } : {}),
  });
  if (!rollup.ok || asOf === undefined || planYear === undefined) {
    if (planYear === undefined && rollup.ok) issues.push(createIssue('year.invalid', ['planYear'], { value: showValue(wanted), min: YEAR_RANGE.min, max: YEAR_RANGE.max }));
    return { ok: false, issues: [...(rollup.ok ? [] : rollup.issues), ...issues] };
  }
  issues.push(...rollup.issues);

  // What was recorded, per action key, in the order of the periods.
  const order = new Map(rollup.periods.map((k, i) => [k, i]));
  const byAction = new Map<string, StatusRecord[]>();
  for (const r of Array.isArray(records) ? records : []) {
    if (typeof r !== 'object' || r === null || typeof r.action !== 'string' || typeof r.period !== 'object' || r.period === null) continue;
    if (!order.has(periodKey(r.period))) continue;
    const list = byAction.get(r.action) ?? [];
    list.push(r);
    byAction.set(r.action, list);
  }

  const actions: ReportAction[] = [];
  const path: { level: TreeLevel; id?: string; title: string }[] = [];
  const walk = (n: StatusTreeNode, r: RollupNode): void => {
    if (n.level !== 'action') {
      if (n.level !== 'plan') path.push({ level: n.level, ...(n.id !== undefined ? { id: n.id } : {}), title: n.title });
      n.children.forEach((c, i) => walk(c, r.children[i] as RollupNode));
      if (n.level !== 'plan') path.pop();
      return;
    }
    const a = (n.action ?? {}) as Partial<Record<string, unknown>>;
    const recs = [...(byAction.get(n.key) ?? [])].sort((x, y) => (order.get(periodKey(x.period)) as number) - (order.get(periodKey(y.period)) as number));
    let deadline: Deadline | undefined;
    const raw = nonBlank(a['deadline']);
    if (raw !== undefined) {
      const d = parseDeadline(raw, { planYear });
      if (d.ok) {
        deadline = d.deadline;
        issues.push(...d.issues.map((i) => ({ ...i, path: ['actions', n.key, 'deadline', ...i.path] })));
      }
    }
    const texts = (field: 'evidence' | 'note'): PeriodText[] =>
      recs.flatMap((x) => (nonBlank(x[field]) !== undefined ? [{ period: periodKey(x.period), text: x[field] as string }] : []));
    const stage = r.status;
    // Open: the combined stage is unfinished and the latest period with a status is not done.
    const latest = Object.values(r.statusByPeriod ?? {})
      .filter((b) => b !== 'noRecord')
      .at(-1);
    const open = !CLOSED.has(stage) && !CLOSED.has(latest ?? 'noRecord');
    const due = deadline ? finalDueDate(deadline) : undefined;
    const recorded = recs.map((x) => x.expectedCompletion).filter((x): x is string => typeof x === 'string').at(-1);
    const estimatedCompletion = !open ? undefined : recorded !== undefined ? { date: recorded, source: 'recorded' as const } : due !== undefined ? { date: due, source: 'deadline' as const } : undefined;
    const responsible = Array.isArray(a['responsible']) ? (a['responsible'] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    actions.push({
      key: n.key,
      ...(n.id !== undefined ? { id: n.id } : {}),
      title: n.title,
      path: path.map((p) => ({ ...p })),
      responsible,
      ...(deadline ? { deadline } : {}),
      ...(stage !== undefined ? { stage } : {}),
      stageByPeriod: r.statusByPeriod ?? {},
      evidence: texts('evidence'),
      revisions: texts('note'),
      figures: recs.flatMap((x) => (x.figures && typeof x.figures === 'object' ? [{ period: periodKey(x.period), figures: { ...x.figures } }] : [])),
      ...(estimatedCompletion ? { estimatedCompletion } : {}),
      overdue: open && due !== undefined && due < asOf,
    });
  };
  walk(tree, rollup.root);

  const p = plan as Partial<Plan> | null;
  const responsibleInstitution = nonBlank(p?.monitoring?.responsibleInstitution) ?? nonBlank(p?.meta?.draftedBy?.name);
  const overdue = actions.filter((a) => a.overdue).map((a) => a.key);
  return {
    ok: true,
    report: {
      ...(responsibleInstitution !== undefined ? { responsibleInstitution } : {}),
      asOf,
      periods: rollup.periods,
      planYear,
      unit: rollup.unit,
      evidence: rollup.evidence,
      actions,
      overdue,
      rollup: rollup.root,
      summary: { counts: rollup.root.counts, percentages: rollup.root.percentages, overdue: overdue.length },
    },
    issues,
  };
}
