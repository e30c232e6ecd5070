import * as z from 'zod';
import { list, text, textList } from '../cells/text.js';

/**
 * The monitoring section: what the annual report must state (responsible institution, stage of each
 * planned action, revisions — problems, obstacles, risks —, estimated time to completion). Status
 * tracking and rollups are a later capability; the model gives them this place.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { MonitoringSchema } from 'plan-servicii-sociale';
 * const m = MonitoringSchema.parse({ responsibleInstitution: 'Direcția de Asistență Socială', reportContents: ['stadiul în care se află acțiunile planificate'] });
 * m.entries; //=> []
 * ```
 */
export const MonitoringSchema = z.strictObject({
  /** Introductory text, as written. */
  intro: text().optional(),
  /** Institution responsible for monitoring. */
  responsibleInstitution: text().optional(),
  /** How often it is monitored, as written: "trimestrial/anual". */
  frequency: text().optional(),
  /** What the annual report must state, as written. */
  reportContents: textList().optional(),
  /** Per-action monitoring entries. */
  entries: list(
    z.strictObject({
      /** Id or title of the action it refers to. */
      actionRef: text().optional(),
      /** Responsible institution. */
      institution: text().optional(),
      /** Stage, as written. */
      stage: text().optional(),
      /** Revisions: problems, obstacles, risks. */
      revisions: text().optional(),
      /** Estimated time to completion, as written. */
      estimatedCompletion: text().optional(),
    }),
  ).default([]),
});

/**
 * The monitoring section once parsed. See {@link MonitoringSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { MonitoringSchema, type Monitoring } from 'plan-servicii-sociale';
 * const m: Monitoring = MonitoringSchema.parse({ frequency: 'trimestrial' });
 * m.frequency; //=> 'trimestrial'
 * ```
 */
export type Monitoring = z.output<typeof MonitoringSchema>;
