import { createIssue } from '../issues/createIssue.js';
import type { Issue, LocalizedMessage } from '../issues/types.js';
import { isCalendarDay } from '../plan/cells/text.js';
import { COST_STANDARDS } from './data/standards.js';
import type { CostStandard, CostStandardAct, CostStandardTable } from './types.js';

/**
 * What to look up: a standard's `key` ("family-type-home/disability"), or a nomenclature code the
 * table links to a standard.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import type { CostStandardQuery } from 'plan-servicii-sociale/cost-standards';
 * const q: CostStandardQuery = { key: 'maternal-assistance/one-child' };
 * q.key; //=> 'maternal-assistance/one-child'
 * ```
 */
export type CostStandardQuery = { readonly key: string; readonly serviceCode?: never } | { readonly serviceCode: string; readonly key?: never };

/**
 * Options of {@link costStandardAsOf}.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import type { CostStandardAsOfOptions } from 'plan-servicii-sociale/cost-standards';
 * const o: CostStandardAsOfOptions = { includeUnverified: true };
 * o.includeUnverified; //=> true
 * ```
 */
export interface CostStandardAsOfOptions {
  /** The table to read. Default {@link COST_STANDARDS}; pass one loaded with `loadCostStandards`. */
  readonly table?: CostStandardTable;
  /**
   * Values that take precedence for this call: an override replaces the table's value with the
   * same `key` and `effectiveFrom`, or adds a value.
   */
  readonly overrides?: readonly CostStandard[];
  /** Also answer with values no source verifies (each answer then carries a warning). Default `false`. */
  readonly includeUnverified?: boolean;
}

/**
 * Why {@link costStandardAsOf} does not know the value:
 * - `superseded`: a later act replaced the last known value and its new value is not known;
 * - `unverified_only`: only unverified values would apply (ask with `includeUnverified`);
 * - `undated_only`: the only values have no act or date, so none can be said to apply on a day;
 * - `before_first_value`: the date is before the first known value;
 * - `unknown_key`: no value has this key, or no value is linked to this code;
 * - `invalid_date`: the date is not a calendar day (YYYY-MM-DD).
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { NOT_KNOWN_REASONS } from 'plan-servicii-sociale/cost-standards';
 * NOT_KNOWN_REASONS[0]; //=> 'superseded'
 * ```
 */
export const NOT_KNOWN_REASONS = ['superseded', 'unverified_only', 'undated_only', 'before_first_value', 'unknown_key', 'invalid_date'] as const;

/**
 * A value in force, with its provenance.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { costStandardAsOf, type CostStandardKnown } from 'plan-servicii-sociale/cost-standards';
 * const a = costStandardAsOf({ key: 'adults-disability/care-and-assistance-centre' }, '2021-06-30') as CostStandardKnown;
 * [a.standard.value, a.citation, a.validUntil]; //=> ['66852', 'HG 426/2020', '2022-10-20']
 * ```
 */
export interface CostStandardKnown {
  /** Discriminant. */
  readonly known: true;
  /** The value and its provenance (act, annex, sources, verified). */
  readonly standard: CostStandard;
  /** The act record, when the table has it. */
  readonly act?: CostStandardAct;
  /** "HG 426/2020, anexa 1, pct. 3" — as much as is known. */
  readonly citation: string;
  /** First day the value applies. */
  readonly validFrom: string;
  /** First day it no longer applies (a later act), when known. */
  readonly validUntil?: string;
  /** `estimate.unverified_standard` when the value is not verified. */
  readonly warnings: readonly Issue[];
}

/**
 * A clear "not known", with the reason and, for information only, the value that no longer applies
 * or the unverified candidates.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { costStandardAsOf, type CostStandardNotKnown } from 'plan-servicii-sociale/cost-standards';
 * const a = costStandardAsOf({ key: 'maternal-assistance/one-child' }, '2026-03-01') as CostStandardNotKnown;
 * [a.reason, a.superseded?.value, a.supersededBy]; //=> ['superseded', '49766', 'HG ?/2026']
 * ```
 */
export interface CostStandardNotKnown {
  /** Discriminant. */
  readonly known: false;
  /** One of {@link NOT_KNOWN_REASONS}. */
  readonly reason: (typeof NOT_KNOWN_REASONS)[number];
  /** The reason in Romanian and English. */
  readonly message: LocalizedMessage;
  /** The same as an issue (`cost_standard.<reason>`), to report with other findings. */
  readonly issue: Issue;
  /** The last value that applied before a later act replaced it. Never to be used as the answer. */
  readonly superseded?: CostStandard;
  /** The act that replaced it. */
  readonly supersededBy?: string;
  /** Unverified or undated values that would match, for a human to judge. */
  readonly candidates?: readonly CostStandard[];
}

/**
 * What {@link costStandardAsOf} returns.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { costStandardAsOf, type CostStandardAnswer } from 'plan-servicii-sociale/cost-standards';
 * const a: CostStandardAnswer = costStandardAsOf({ key: 'elderly/residential-dependent' }, '2021-01-01');
 * a.known && a.standard.value; //=> '50554'
 * ```
 */
export type CostStandardAnswer = CostStandardKnown | CostStandardNotKnown;

function notKnown(
  queryName: string,
  date: string,
  reason: CostStandardNotKnown['reason'],
  params: Record<string, string> = {},
  extra: Partial<Pick<CostStandardNotKnown, 'superseded' | 'supersededBy' | 'candidates'>> = {},
): CostStandardNotKnown {
  const issue = createIssue(`cost_standard.${reason}`, [], { key: queryName, date, ...params });
  return { known: false, reason, message: issue.message, issue, ...extra };
}

/** "HG 426/2020, anexa 1, pct. 3" from what is known. */
export function citationOf(standard: CostStandard): string {
  return [standard.act, standard.annex ? `anexa ${standard.annex}` : '', standard.point ? `pct. ${standard.point}` : ''].filter(Boolean).join(', ');
}

/** The day a value stops applying because a later act replaced it (earliest possible day), if any. */
function endOf(standard: CostStandard, acts: readonly CostStandardAct[]): { until: string; by: string } | undefined {
  let end: { until: string; by: string } | undefined;
  for (const act of acts) {
    for (const s of act.supersedes) {
      if (s.act !== standard.act) continue;
      if (s.annexes !== 'all' && (standard.annex === null || !s.annexes.includes(standard.annex))) continue;
      const from = act.effectiveFromEarliest ?? act.effectiveFrom;
      if (standard.effectiveFrom !== null && from <= standard.effectiveFrom) continue;
      if (!end || from < end.until) end = { until: from, by: act.act };
    }
  }
  return end;
}

function normalCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * The cost standard in force on a date, with its provenance, or a clear "not known" and why.
 *
 * Never a guess: a value applies from its `effectiveFrom` until the day a later value of the same
 * key starts or a later act that replaces its act applies (at the earliest possible day when that
 * day is uncertain). After that, the answer is "not known" even when the new value is unknown — the
 * old value is given only as `superseded`, for information. Unverified values are left out unless
 * `includeUnverified` is set; undated values never apply on a date.
 *
 * @param query - `{ key }` or `{ serviceCode }`.
 * @param date - The day, YYYY-MM-DD (the plan's decision date, or 1 January of the plan year).
 * @param options - Table, per-call overrides, `includeUnverified`.
 * @category Cost standards
 * @example
 * ```ts
 * import { costStandardAsOf } from 'plan-servicii-sociale/cost-standards';
 * const a = costStandardAsOf({ key: 'family-type-home/disability' }, '2019-05-01');
 * a.known && [a.standard.value, a.standard.act]; //=> ['33955', 'HG 978/2015']
 * const b = costStandardAsOf({ key: 'family-type-home/disability' }, '2023-05-01');
 * b.known || b.reason; //=> 'superseded'
 * const c = costStandardAsOf({ key: 'adults-disability/annex-2-unnamed' }, '2019-05-01');
 * c.known || c.reason; //=> 'unverified_only'
 * const d = costStandardAsOf({ key: 'adults-disability/annex-2-unnamed' }, '2019-05-01', { includeUnverified: true });
 * d.known && [d.standard.value, d.warnings[0]?.code]; //=> ['36669', 'estimate.unverified_standard']
 * ```
 */
export function costStandardAsOf(query: CostStandardQuery, date: string, options: CostStandardAsOfOptions = {}): CostStandardAnswer {
  const queryName = typeof query?.key === 'string' ? query.key : typeof query?.serviceCode === 'string' ? query.serviceCode : '?';
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isCalendarDay(date)) {
    return notKnown(queryName, String(date).slice(0, 40), 'invalid_date');
  }
  const table = options.table ?? COST_STANDARDS;
  const overrides = options.overrides ?? [];
  const values = [
    ...table.standards.filter((s) => !overrides.some((o) => o.key === s.key && o.effectiveFrom === s.effectiveFrom)),
    ...overrides,
  ];
  const code = typeof query?.serviceCode === 'string' ? normalCode(query.serviceCode) : undefined;
  const matching = values.filter((s) => (code !== undefined ? s.nomenclatureCodes.some((c) => normalCode(c) === code) : s.key === query?.key));
  if (matching.length === 0) return notKnown(queryName, date, 'unknown_key');

  const dated = matching.filter((s) => s.effectiveFrom !== null);
  if (dated.length === 0) return notKnown(queryName, date, 'undated_only', {}, { candidates: matching });
  // The value in force is the one that started last on or before the date, verified or not;
  // `verified` only decides whether it may be given.
  const started = dated.filter((s) => (s.effectiveFrom as string) <= date).sort((a, b) => (b.effectiveFrom as string).localeCompare(a.effectiveFrom as string));
  const latest = started[0];
  if (!latest) {
    const first = dated.map((s) => s.effectiveFrom as string).sort()[0] as string;
    return notKnown(queryName, date, 'before_first_value', { from: first });
  }
  // A later value of the same key or an act that replaces this one ends it.
  const nextValue = dated
    .filter((s) => (s.effectiveFrom as string) > (latest.effectiveFrom as string))
    .map((s) => s.effectiveFrom as string)
    .sort()[0];
  const byAct = endOf(latest, table.acts);
  const until = [nextValue, byAct?.until].filter((d): d is string => d !== undefined).sort()[0];
  if (until !== undefined && until <= date) {
    const by = byAct && byAct.until === until ? byAct.by : 'a later value';
    return notKnown(queryName, date, 'superseded', { act: latest.act, by, from: until }, { superseded: latest, supersededBy: by });
  }
  if (!latest.verified && options.includeUnverified !== true) return notKnown(queryName, date, 'unverified_only', {}, { candidates: [latest] });
  const act = table.acts.find((a) => a.act === latest.act);
  const warnings = latest.verified
    ? []
    : [createIssue('estimate.unverified_standard', [], { key: latest.key, value: latest.value, note: latest.note ?? '' })];
  return {
    known: true,
    standard: latest,
    ...(act ? { act } : {}),
    citation: citationOf(latest),
    validFrom: latest.effectiveFrom as string,
    ...(until !== undefined ? { validUntil: until } : {}),
    warnings,
  };
}
