import * as z from 'zod';
import { list, planYear, requiredText, text, textList } from '../cells/text.js';
import { IndicatorSchema } from './actionPlan.js';

/**
 * Domains of a community action programme organised by domain (seed 000): education, health,
 * housing and infrastructure, social assistance, employment, or another.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ACTION_DOMAINS } from 'plan-servicii-sociale';
 * ACTION_DOMAINS; //=> ['education', 'health', 'housing', 'social_assistance', 'employment', 'other']
 * ```
 */
export const ACTION_DOMAINS = ['education', 'health', 'housing', 'social_assistance', 'employment', 'other'] as const;

const DomainObjectiveSchema = z.strictObject({
  /** Objectives (*obiective*), as written; a row may list several. */
  objectives: textList(),
  /** Beneficiary categories (*categorie de beneficiari*), as written. */
  beneficiaryCategories: textList().optional(),
  /** Proposed actions or measures, as written. */
  actions: textList().optional(),
  /** Result indicators and targets. */
  indicators: list(IndicatorSchema).optional(),
  /** Deadline as written. */
  deadline: text().optional(),
  /** Institutions involved or responsible. */
  responsible: textList().optional(),
});

/**
 * The domain-organised form of an action programme (*domeniul de acțiune* → objectives with
 * beneficiary categories, actions, indicators, deadline, institutions).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { DomainProgrammeSchema } from 'plan-servicii-sociale';
 * const p = DomainProgrammeSchema.parse({
 *   year: 2025,
 *   domains: [{ domain: 'health', label: 'Sănătate', objectives: [{ objectives: ['Creșterea acoperirii vaccinării la copii'], deadline: 'Permanent' }] }],
 * });
 * p.domains[0]?.objectives[0]?.deadline; //=> 'Permanent'
 * ```
 */
export const DomainProgrammeSchema = z.strictObject({
  /** Title as written. */
  title: text().optional(),
  /** Year of the programme. */
  year: planYear().optional(),
  /** Domains in document order. */
  domains: list(
    z.strictObject({
      /** Which domain. */
      domain: z.enum(ACTION_DOMAINS),
      /** Heading as written: "Domeniul de acțiune: Educație". */
      label: requiredText(),
      /** Objective rows. */
      objectives: list(DomainObjectiveSchema).default([]),
    }),
  ).default([]),
});

/**
 * The domain-organised programme once parsed. See {@link DomainProgrammeSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { DomainProgrammeSchema, type DomainProgramme } from 'plan-servicii-sociale';
 * const p: DomainProgramme = DomainProgrammeSchema.parse({});
 * p.domains; //=> []
 * ```
 */
export type DomainProgramme = z.output<typeof DomainProgrammeSchema>;
