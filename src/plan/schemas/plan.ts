import * as z from 'zod';
import { textList } from '../cells/text.js';
import { ActionPlanSchema } from './actionPlan.js';
import { BudgetChapterSchema } from './budgetChapter.js';
import { Chapter1Schema } from './chapter1.js';
import { PublicInformationSchema } from './chapter2.js';
import { TrainingSchema } from './chapter3.js';
import { DomainProgrammeSchema } from './domainProgramme.js';
import { PlanMetaSchema } from './meta.js';
import { MonitoringSchema } from './monitoring.js';

/**
 * A whole annual action plan for social services, laid out as the template of Ordinul MMJS
 * 1086/2018: identity (`meta`), chapter I (services and their funding), chapter II (public
 * information), chapter III (training), plus the parts councils add: an action plan, a
 * domain-organised programme, a budget chapter and a monitoring section.
 *
 * Use {@link parsePlan} rather than this schema directly: it adds the checks that do not make a
 * plan invalid (warnings) and returns the library's issues. The schema alone works with zod and
 * with any Standard Schema consumer (`PlanSchema['~standard'].validate`).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { PlanSchema } from 'plan-servicii-sociale';
 * const r = PlanSchema.safeParse({ meta: { authority: { kind: 'local_council', name: 'Consiliul Local al Orașului Videle', uat: 'Videle' }, year: 2024 } });
 * r.success; //=> true
 * ```
 */
export const PlanSchema = z.strictObject({
  /** Address of the JSON Schema, for editors (ignored by the library). */
  $schema: z.string().max(2000).optional(),
  /** Identity of the plan. */
  meta: PlanMetaSchema,
  /** Chapter I: administration, setting up and funding of social services. */
  chapter1: Chapter1Schema.optional(),
  /** Chapter II: public information. */
  chapter2: PublicInformationSchema.optional(),
  /** Chapter III: staff training. */
  chapter3: TrainingSchema.optional(),
  /** The action plan (objectives and actions) that councils add. */
  actionPlan: ActionPlanSchema.optional(),
  /** The domain-organised programme form (education, health, housing...). */
  domainProgramme: DomainProgrammeSchema.optional(),
  /** Budget chapter with quarterly tables. */
  budgetChapter: BudgetChapterSchema.optional(),
  /** Monitoring section. */
  monitoring: MonitoringSchema.optional(),
  /** Transcriber's remarks on the document as a whole. */
  notes: textList().optional(),
});

/**
 * A plan once parsed: every amount a canonical decimal string, every cell normalised with its raw
 * text kept. See {@link PlanSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { assertPlan, type Plan } from 'plan-servicii-sociale';
 * const plan: Plan = assertPlan({ meta: { authority: { kind: 'local_council', name: 'CL Videle', uat: 'Videle' }, year: 2024 } });
 * plan.meta.year; //=> 2024
 * ```
 */
export type Plan = z.output<typeof PlanSchema>;

/**
 * What {@link parsePlan} accepts when the input is well formed: the shorthand forms of each cell
 * (strings, exact numbers, markers) as well as the parsed form (a parsed plan is valid input).
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { PlanInput } from 'plan-servicii-sociale';
 * const input: PlanInput = { meta: { authority: { kind: 'local_council', name: 'CL Videle', uat: 'Videle' }, year: 2024 }, chapter1: { existingServices: { rows: [{ name: 'Centru de zi', capacity: 10 }] } } };
 * input.meta.year; //=> 2024
 * ```
 */
export type PlanInput = z.input<typeof PlanSchema>;
