import { sourceTotals, sumAmountCells, type CurrencyTotals } from './amounts.js';
import type { Capacity } from './cells/capacity.js';
import type { Marker } from './cells/markers.js';
import type { CountCell } from './cells/count.js';
import type { Occupancy } from './cells/occupancy.js';
import type { ServiceCode } from './cells/serviceCode.js';
import type { FUNDING_SOURCES } from './schemas/chapter1.js';
import type { Plan } from './schemas/plan.js';

/**
 * How a section of the plan is filled: with rows, empty as published, "not applicable", "none", or
 * absent from the document.
 *
 * @category Summary
 * @example
 * ```ts
 * import type { SectionState } from 'plan-servicii-sociale';
 * const s: SectionState = 'not_applicable';
 * s; //=> 'not_applicable'
 * ```
 */
export type SectionState = 'rows' | 'empty' | 'not_applicable' | 'none' | 'absent';

/**
 * Totals of a set of budgets by funding source, for one currency.
 *
 * @category Summary
 * @example
 * ```ts
 * import type { SourceTotals } from 'plan-servicii-sociale';
 * const t: SourceTotals = { currency: 'RON', bySource: { local: '158838', county: '0', state: '0', beneficiaries: '0', other: '0' }, total: '158838' };
 * t.total; //=> '158838'
 * ```
 */
export interface SourceTotals {
  /** Currency of every amount in this record. */
  readonly currency: 'RON' | 'EUR';
  /** Sum per funding source, canonical decimal strings. */
  readonly bySource: Readonly<Record<(typeof FUNDING_SOURCES)[number], string>>;
  /** Sum of all sources. */
  readonly total: string;
}

/**
 * What {@link summarizePlan} returns: the figures a reader of a plan looks for first.
 *
 * @category Summary
 * @example
 * ```ts
 * import { assertPlan, summarizePlan, type PlanSummary } from 'plan-servicii-sociale';
 * const s: PlanSummary = summarizePlan(assertPlan({ meta: { authority: { kind: 'local_council', name: 'CL Videle', uat: 'Videle' }, year: 2024 } }));
 * s.year; //=> 2024
 * ```
 */
export interface PlanSummary {
  /** Name of the authority. */
  readonly authority: string;
  /** Plan year. */
  readonly year: number;
  /** The approving decision as "HCL nr. 13 din 2024-01-31", when known. */
  readonly decision?: string;
  /** State and row count of each part of the template. */
  readonly sections: readonly { readonly section: string; readonly state: SectionState; readonly rows: number }[];
  /** One line per existing (I.A) and proposed (I.B) service. */
  readonly services: readonly {
    readonly part: 'I.A' | 'I.B';
    readonly name: string;
    /** The code in canonical form when it could be read, else as written. */
    readonly code?: string;
    /** Capacity (I.A) or needed capacity (I.B), as a short text. */
    readonly capacity?: string;
    readonly occupancy?: string;
    readonly budget: readonly SourceTotals[];
  }[];
  /** Budget totals by source for chapter I parts A, B and C, one record per currency. */
  readonly budgets: {
    readonly existing: readonly SourceTotals[];
    readonly proposed: readonly SourceTotals[];
    readonly contracting: readonly SourceTotals[];
    /** I.D: the estimated budget of the subsidy programme (`{}` when it states none). */
    readonly subsidy: CurrencyTotals;
  };
  /** Chapter III: persons to train and the estimated training budget per currency. */
  readonly training: { readonly persons: number; readonly budget: CurrencyTotals };
  /** Size of the action plan. */
  readonly actionPlan: { readonly generalObjectives: number; readonly specificObjectives: number; readonly actions: number };
}

function sectionState(sec: { status?: 'not_applicable' | 'none' | undefined; rows: readonly unknown[] } | undefined): SectionState {
  if (!sec) return 'absent';
  if (sec.status) return sec.status;
  return sec.rows.length ? 'rows' : 'empty';
}

type Subsidy = NonNullable<Plan['chapter1']>['subsidy'];

/** Number of the three points of I.D that the document fills with a value. */
function subsidyPoints(d: Subsidy): number {
  if (!d) return 0;
  return [d.eligibleServices, d.expenseChapters, d.estimatedBudget].filter((c) => c !== undefined && c.kind !== 'unknown').length;
}

function subsidyState(d: Subsidy): SectionState {
  if (!d) return 'absent';
  if (d.status) return d.status;
  const kinds = [d.eligibleServices, d.expenseChapters, d.estimatedBudget].flatMap((c) => (c && c.kind !== 'unknown' ? [c.kind] : []));
  if (kinds.length === 0) return 'empty';
  if (kinds.every((k) => k === 'not_applicable')) return 'not_applicable';
  if (kinds.every((k) => k === 'none')) return 'none';
  return 'rows';
}

/** State of a chapter made of several sections: rows if any has rows, else their shared status. */
function groupState(sections: readonly ({ status?: 'not_applicable' | 'none' | undefined; rows: readonly unknown[] } | undefined)[]): SectionState {
  const present = sections.filter((x) => x !== undefined);
  if (present.length === 0) return 'empty';
  if (present.some((x) => x.rows.length > 0)) return 'rows';
  const statuses = new Set(present.map((x) => x.status));
  if (statuses.size === 1 && !statuses.has(undefined)) return [...statuses][0] as SectionState;
  return 'empty';
}

function describeCapacity(c: Capacity | Marker | undefined): string | undefined {
  if (!c) return undefined;
  if (c.kind !== 'capacity') return c.raw ?? c.kind;
  return c.raw ?? c.parts.map((p) => String(p.count)).join(' + ');
}

function describeNeeded(n: { beneficiariesPerDay?: CountCell | undefined; places?: CountCell | undefined } | undefined): string | undefined {
  if (!n) return undefined;
  const parts = [
    typeof n.beneficiariesPerDay === 'number' ? `${n.beneficiariesPerDay} beneficiari/zi` : undefined,
    typeof n.places === 'number' ? `${n.places} locuri` : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.length ? parts.join(', ') : undefined;
}

function describeOccupancy(o: Occupancy | Marker | undefined): string | undefined {
  if (!o) return undefined;
  if (o.kind !== 'occupancy') return o.raw ?? o.kind;
  return o.rates.map((r) => `${r.percent}%${r.regime ? ` (${r.regime})` : ''}`).join(', ');
}

/**
 * Summarises a parsed plan: the state of each part of the template ("not applicable" and "empty"
 * kept apart), each service with its capacity and occupancy, budgets by funding source per
 * currency (lei and euro are never added together), the training budget and the size of the action
 * plan. Amounts are exact decimal strings; a source written "-", "Nu este cazul" or left empty adds
 * nothing to the totals.
 *
 * @param plan - A plan returned by {@link parsePlan} (or edited and re-checked).
 * @throws TypeError when an amount is not canonical: the plan was not parsed.
 * @returns Plain data, ready to print or serialise.
 * @category Summary
 * @example
 * ```ts
 * import { assertPlan, summarizePlan } from 'plan-servicii-sociale';
 * const plan = assertPlan({
 *   meta: { authority: { kind: 'local_council', name: 'CL Videle', uat: 'Videle' }, year: 2024 },
 *   chapter1: {
 *     existingServices: { rows: [{ name: 'Centru de îngrijire de zi', capacity: 10, occupancy: '100%', budget: { local: '158838', county: '-' } }] },
 *     contracting: { status: 'not_applicable', statement: 'Nu este cazul' },
 *   },
 * });
 * const s = summarizePlan(plan);
 * s.budgets.existing; //=> [{ currency: 'RON', bySource: { local: '158838', county: '0', state: '0', beneficiaries: '0', other: '0' }, total: '158838' }]
 * s.sections.find((x) => x.section === 'I.C')?.state; //=> 'not_applicable'
 * ```
 */
export function summarizePlan(plan: Plan): PlanSummary {
  const ch1 = plan.chapter1;
  const existing = ch1?.existingServices?.rows ?? [];
  const proposed = ch1?.proposedServices?.rows ?? [];
  const contracting = ch1?.contracting?.rows ?? [];
  const t = plan.chapter3;
  const groups = t ? [t.refresherCourses, t.qualificationCourses, t.instruction, t.peerReview, t.nationalProgrammes, t.other] : [];
  const trainingRows = groups.flatMap((g) => g?.rows ?? []);
  const supervisionRows = t?.supervision?.rows ?? [];

  const gos = [...(plan.actionPlan?.generalObjectives ?? []), ...(plan.actionPlan?.components ?? []).flatMap((c) => c.generalObjectives)];
  const sos = gos.flatMap((g) => g.specificObjectives ?? []);
  const actions =
    gos.reduce((n, g) => n + (g.actions?.length ?? 0), 0) +
    sos.reduce((n, s) => n + (s.actions?.length ?? 0) + (s.measures ?? []).reduce((m, x) => m + x.actions.length, 0), 0);

  const chapter2Rows = plan.chapter2
    ? (plan.chapter2.publishedItems?.rows.length ?? 0) + (plan.chapter2.activityTables ?? []).reduce((n, x) => n + x.rows.length, 0)
    : undefined;
  const code = (c: ServiceCode | Marker | undefined) => (c?.kind === 'code' ? (c.canonical ?? c.codes?.join(' + ') ?? c.raw) : undefined);
  const line = (part: 'I.A' | 'I.B', r: (typeof existing)[number] | (typeof proposed)[number], i: number) => {
    const capacity = 'capacity' in r ? describeCapacity(r.capacity) : 'neededCapacity' in r ? describeNeeded(r.neededCapacity) : undefined;
    const occupancy = 'occupancy' in r ? describeOccupancy(r.occupancy) : undefined;
    const c = code(r.serviceCode);
    return {
      part,
      name: r.name?.trim() ? r.name : `(rândul ${i + 1} fără denumire)`,
      ...(c ? { code: c } : {}),
      ...(capacity ? { capacity } : {}),
      ...(occupancy ? { occupancy } : {}),
      budget: sourceTotals([r.budget]),
    };
  };

  return {
    authority: plan.meta.authority.name,
    year: plan.meta.year,
    ...(plan.meta.decision
      ? { decision: `${plan.meta.decision.kind} nr. ${plan.meta.decision.number}${plan.meta.decision.date ? ` din ${plan.meta.decision.date}` : ''}` }
      : {}),
    sections: [
      { section: 'I.A', state: sectionState(ch1?.existingServices), rows: existing.length },
      { section: 'I.B', state: sectionState(ch1?.proposedServices), rows: proposed.length },
      { section: 'I.C', state: sectionState(ch1?.contracting), rows: contracting.length },
      { section: 'I.D', state: subsidyState(ch1?.subsidy), rows: subsidyPoints(ch1?.subsidy) },
      { section: 'II', state: chapter2Rows === undefined ? 'absent' : chapter2Rows ? 'rows' : 'empty', rows: chapter2Rows ?? 0 },
      { section: 'III', state: t ? groupState([...groups, t.supervision]) : 'absent', rows: trainingRows.length + supervisionRows.length },
    ],
    services: [...existing.map((r, i) => line('I.A', r, i)), ...proposed.map((r, i) => line('I.B', r, i))],
    budgets: {
      existing: sourceTotals(existing.map((r) => r.budget)),
      proposed: sourceTotals(proposed.map((r) => r.budget)),
      contracting: sourceTotals(contracting.map((r) => r.estimatedValue)),
      subsidy: sumAmountCells([ch1?.subsidy?.estimatedBudget]),
    },
    training: {
      persons: [...trainingRows, ...supervisionRows].reduce((n, r) => n + (typeof r.persons === 'number' ? r.persons : 0), 0),
      budget: sumAmountCells([...trainingRows, ...supervisionRows].map((r) => r.budget)),
    },
    actionPlan: { generalObjectives: gos.length, specificObjectives: sos.length, actions },
  };
}
