import * as z from 'zod';
import { isCalendarDay, planYear, text } from '../plan/cells/text.js';

/**
 * The stages of an action in a monitoring report: *neînceput* (not started), *în curs* (in
 * progress), *realizat* (done), *parțial realizat* (partly done), *nerealizat* (not done),
 * *anulat* (cancelled), *amânat* (postponed).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { ACTION_STATUSES } from 'plan-servicii-sociale/monitoring';
 * ACTION_STATUSES; //=> ['not_started', 'in_progress', 'done', 'partly_done', 'not_done', 'cancelled', 'postponed']
 * ```
 */
export const ACTION_STATUSES = ['not_started', 'in_progress', 'done', 'partly_done', 'not_done', 'cancelled', 'postponed'] as const;

/**
 * One of {@link ACTION_STATUSES}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { ActionStatus } from 'plan-servicii-sociale/monitoring';
 * const s: ActionStatus = 'partly_done';
 * s; //=> 'partly_done'
 * ```
 */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The Romanian and English label of each {@link ActionStatus}, as a report prints it.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { STATUS_LABELS } from 'plan-servicii-sociale/monitoring';
 * STATUS_LABELS.partly_done; //=> { ro: 'parțial realizat', en: 'partly done' }
 * ```
 */
export const STATUS_LABELS: Readonly<Record<ActionStatus, { readonly ro: string; readonly en: string }>> = Object.freeze({
  not_started: { ro: 'neînceput', en: 'not started' },
  in_progress: { ro: 'în curs', en: 'in progress' },
  done: { ro: 'realizat', en: 'done' },
  partly_done: { ro: 'parțial realizat', en: 'partly done' },
  not_done: { ro: 'nerealizat', en: 'not done' },
  cancelled: { ro: 'anulat', en: 'cancelled' },
  postponed: { ro: 'amânat', en: 'postponed' },
});

/**
 * A reporting period: a year, or a quarter of it.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { PeriodSchema } from 'plan-servicii-sociale/monitoring';
 * PeriodSchema.parse({ year: 2022, quarter: 2 }); //=> { year: 2022, quarter: 2 }
 * ```
 */
export const PeriodSchema = z.strictObject({
  /** The year. */
  year: planYear(),
  /** The quarter (1–4), when the status is recorded per quarter. */
  quarter: z.int().min(1).max(4).optional(),
});

/**
 * A reporting period. See {@link PeriodSchema}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { Period } from 'plan-servicii-sociale/monitoring';
 * const p: Period = { year: 2021 };
 * p.year; //=> 2021
 * ```
 */
export type Period = z.output<typeof PeriodSchema>;

/**
 * The status of one action in one period, as a monitoring team records it: the stage, with an
 * optional note (revisions: problems, obstacles, risks), evidence (the result as written), figures
 * and the expected completion date. A record without `status` keeps evidence only ("În 2021 8
 * angajări"): no status is invented for it, and the rollup's `evidence` option says how it counts.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { StatusRecordSchema } from 'plan-servicii-sociale/monitoring';
 * const r = StatusRecordSchema.parse({ action: 'c1.g1.s1.m5.a5', period: { year: 2023 }, status: 'not_done', note: 'Activitate amânată' });
 * r.status; //=> 'not_done'
 * ```
 */
export const StatusRecordSchema = z.strictObject({
  /** Key of the action in the plan's tree (see `actionTree`): "c1.g1.s1.m1.a1". */
  action: z.string().min(1).max(200),
  /** The period the status is for. */
  period: PeriodSchema,
  /** The stage; absent when only evidence is known. */
  status: z.enum(ACTION_STATUSES).optional(),
  /** Evidence: the result as written ("8 angajări", "activitatea cu 1 ONG partener"). */
  evidence: text().optional(),
  /** Revisions: problems, obstacles, risks. */
  note: text().optional(),
  /** Figures reached, by name: `{ "participanți": "11" }` (decimal strings). */
  figures: z.record(z.string().max(200), z.string().regex(/^-?\d+(?:\.\d+)?$/, 'A decimal string such as "11" or "2.5".')).optional(),
  /** Expected completion date (YYYY-MM-DD), for an action not done yet. */
  expectedCompletion: z
    .string()
    .refine((v) => isCalendarDay(v), { params: { code: 'date.invalid' }, message: 'Not a calendar day in the YYYY-MM-DD format.' })
    .optional(),
});

/**
 * A status record once parsed. See {@link StatusRecordSchema}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { StatusRecord } from 'plan-servicii-sociale/monitoring';
 * const r: StatusRecord = { action: 'c1.g1.s1.m1.a1', period: { year: 2021 }, status: 'done' };
 * r.status; //=> 'done'
 * ```
 */
export type StatusRecord = z.output<typeof StatusRecordSchema>;

/** The key of a period: "2021", "2021-Q2". */
export function periodKey(p: Period): string {
  return p.quarter === undefined ? String(p.year) : `${p.year}-Q${p.quarter}`;
}
