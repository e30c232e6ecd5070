import * as z from 'zod';
import { list, requiredText, text, textList } from '../cells/text.js';

/**
 * A result indicator (*indicator de rezultat*) with its target, as written.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { IndicatorSchema } from 'plan-servicii-sociale';
 * IndicatorSchema.parse({ text: 'nr. de campanii de informare realizate', target: '2' }).target; //=> '2'
 * ```
 */
export const IndicatorSchema = z.strictObject({
  /** The indicator as written. */
  text: requiredText(),
  /** Target (*țintă*), as written: "cel puțin 2 campanii". */
  target: text().optional(),
  /** Baseline, as written. */
  baseline: text().optional(),
});

/**
 * A result indicator once parsed. See {@link IndicatorSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { Indicator } from 'plan-servicii-sociale';
 * const i: Indicator = { text: 'Nr. beneficiari' };
 * i.text; //=> 'Nr. beneficiari'
 * ```
 */
export type Indicator = z.output<typeof IndicatorSchema>;

/**
 * An action (*acțiune*, *măsură*) of the action plan: what is done, how it is measured, who is
 * responsible, with whom, by when (as written) and with what money.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ActionSchema } from 'plan-servicii-sociale';
 * const a = ActionSchema.parse({ title: 'repartizarea bugetului primit', indicators: [{ text: 'buget aprobat' }], responsible: ['D.A.S', 'șefi centre', 'economist'], deadline: 'După aprobare' });
 * a.deadline; //=> 'După aprobare'
 * ```
 */
export const ActionSchema = z.strictObject({
  /** Number as printed: "1.1.1", "2". */
  id: text().optional(),
  /** The action as written. */
  title: requiredText(),
  /** Expected result (*rezultat așteptat*). */
  expectedResult: text().optional(),
  /** Result indicators and targets. */
  indicators: list(IndicatorSchema).optional(),
  /** Responsible units (*responsabil*). */
  responsible: textList().optional(),
  /** Partner institutions. */
  partners: textList().optional(),
  /** Deadline as written (*termen*): "Permanent", "trim I- IV", "Martie 2020". */
  deadline: text().optional(),
  /** Resources and funding source, as written (*resurse*, *sursă de finanțare*). */
  funding: text().optional(),
  /** Beneficiaries targeted, as written. */
  beneficiaries: text().optional(),
  /** Transcriber's remarks. */
  notes: text().optional(),
});

/**
 * An action once parsed. See {@link ActionSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ActionSchema, type Action } from 'plan-servicii-sociale';
 * const a: Action = ActionSchema.parse({ title: 'Distribuire pliante' });
 * a.title; //=> 'Distribuire pliante'
 * ```
 */
export type Action = z.output<typeof ActionSchema>;

const MeasureSchema = z.strictObject({
  /** Number as printed: "1.1.1". */
  id: text().optional(),
  /** Measure or direction of action (*măsură*, *direcție de acțiune*), as written. */
  title: requiredText(),
  /** Indicators printed once for the whole measure (a merged cell). */
  indicators: list(IndicatorSchema).optional(),
  /** Responsible units printed once for the whole measure. */
  responsible: textList().optional(),
  /** Deadline printed once for the whole measure, as written. */
  deadline: text().optional(),
  /** Resources and funding printed once for the whole measure, as written. */
  funding: text().optional(),
  /** Its actions. */
  actions: list(ActionSchema).default([]),
  /** Transcriber's remarks (another wording of the title in the table...). */
  notes: text().optional(),
});

const SpecificObjectiveSchema = z.strictObject({
  /** Number as printed: "O.S. 1.1", "1". */
  id: text().optional(),
  /** The specific objective as written. */
  title: requiredText(),
  /** Measures (or directions of action), each with actions. */
  measures: list(MeasureSchema).optional(),
  /** Actions directly under the objective. */
  actions: list(ActionSchema).optional(),
  /** Transcriber's remarks. */
  notes: text().optional(),
});

/**
 * A general objective (*obiectiv general*) with its specific objectives (*obiective specifice*),
 * their measures and actions.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { GeneralObjectiveSchema } from 'plan-servicii-sociale';
 * const g = GeneralObjectiveSchema.parse({ id: '9', title: 'Repartizarea judicioasă a bugetului', specificObjectives: [{ title: 'Organizare, conducere operațională', actions: [{ title: 'repartizarea bugetului primit', deadline: 'După aprobare' }] }] });
 * g.specificObjectives?.[0]?.actions?.length; //=> 1
 * ```
 */
export const GeneralObjectiveSchema = z.strictObject({
  /** Number as printed: "OBIECTIV GENERAL 1". */
  id: text().optional(),
  /** The general objective as written. */
  title: requiredText(),
  /** Specific objectives. */
  specificObjectives: list(SpecificObjectiveSchema).optional(),
  /** Actions directly under the general objective. */
  actions: list(ActionSchema).optional(),
  /** Transcriber's remarks (a per-centre table modelled as an objective...). */
  notes: text().optional(),
});

/**
 * A general objective with its specific objectives, measures and actions.
 *
 * @category Plan model
 * @example
 * ```ts
 * import type { GeneralObjective } from 'plan-servicii-sociale';
 * const g: GeneralObjective = { title: 'Dezvoltarea și diversificarea serviciilor sociale', specificObjectives: [{ title: 'Înregistrarea datelor privind nevoile' }] };
 * g.specificObjectives?.length; //=> 1
 * ```
 */
export type GeneralObjective = z.output<typeof GeneralObjectiveSchema>;

/**
 * The action plan councils add to the template: components (optional, as in a yearly report:
 * child protection, disability...) → general objectives → specific objectives → measures →
 * actions. A plan without components lists its general objectives directly.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ActionPlanSchema } from 'plan-servicii-sociale';
 * const ap = ActionPlanSchema.parse({
 *   generalObjectives: [{ id: '1', title: 'Dezvoltarea și diversificarea serviciilor sociale', specificObjectives: [{ id: '1', title: 'Înregistrarea datelor', actions: [{ title: 'Identificarea nevoilor', deadline: 'Februarie 2020' }] }] }],
 * });
 * ap.generalObjectives?.[0]?.specificObjectives?.[0]?.actions?.[0]?.deadline; //=> 'Februarie 2020'
 * ```
 */
export const ActionPlanSchema = z.strictObject({
  /** Title as written. */
  title: text().optional(),
  /** Components, each with its general objectives. */
  components: list(
    z.strictObject({
      /** Number as printed. */
      id: text().optional(),
      /** Component title: "Protecția copilului". */
      title: requiredText(),
      /** Its general objectives. */
      generalObjectives: list(GeneralObjectiveSchema).default([]),
    }),
  ).optional(),
  /** General objectives not grouped in components. */
  generalObjectives: list(GeneralObjectiveSchema).optional(),
});

/**
 * The action plan once parsed. See {@link ActionPlanSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ActionPlanSchema, type ActionPlan } from 'plan-servicii-sociale';
 * const ap: ActionPlan = ActionPlanSchema.parse({ components: [{ title: 'Protecția copilului' }] });
 * ap.components?.[0]?.generalObjectives; //=> []
 * ```
 */
export type ActionPlan = z.output<typeof ActionPlanSchema>;
