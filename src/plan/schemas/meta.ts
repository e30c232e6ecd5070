import * as z from 'zod';
import { isoDay, list, planYear, requiredText, text, textList } from '../cells/text.js';

/**
 * Kinds of authority that approve a plan: a local council (*consiliu local*, by HCL), a county
 * council (*consiliu județean*, by HCJ), or the General Council of Bucharest (by HCGMB).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { AUTHORITY_KINDS } from 'plan-servicii-sociale';
 * AUTHORITY_KINDS[0]; //=> 'local_council'
 * ```
 */
export const AUTHORITY_KINDS = ['local_council', 'county_council', 'general_council_bucharest'] as const;

/**
 * Kinds of administrative unit (UAT): commune, town, municipality, county, Bucharest sector.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { UAT_KINDS } from 'plan-servicii-sociale';
 * UAT_KINDS.includes('oras'); //=> true
 * ```
 */
export const UAT_KINDS = ['comuna', 'oras', 'municipiu', 'judet', 'sector', 'bucuresti'] as const;

/**
 * Kinds of council decision: HCL (local), HCJ (county), HCGMB (Bucharest).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { DECISION_KINDS } from 'plan-servicii-sociale';
 * DECISION_KINDS; //=> ['HCL', 'HCJ', 'HCGMB']
 * ```
 */
export const DECISION_KINDS = ['HCL', 'HCJ', 'HCGMB'] as const;

const AuthoritySchema = z.strictObject({
  /** Local council, county council or Bucharest's General Council. */
  kind: z.enum(AUTHORITY_KINDS),
  /** Name of the authority as written: "Consiliul Local al Orașului Videle". */
  name: requiredText(),
  /** Name of the administrative unit: "Videle". */
  uat: requiredText(),
  /** Kind of administrative unit. */
  uatKind: z.enum(UAT_KINDS).optional(),
  /** County (*județ*): "Teleorman". */
  county: text().optional(),
});

const DecisionSchema = z.strictObject({
  /** HCL, HCJ or HCGMB. */
  kind: z.enum(DECISION_KINDS),
  /** Decision number as written: "13". */
  number: requiredText(),
  /** Date of the decision, ISO day. */
  date: isoDay().optional(),
  /** The reference as printed: "Nr. 13 din 31.01.2024". */
  raw: text().optional(),
  /** The vote as printed: "16 voturi pentru, din 17 consilieri în funcție, 16 prezenți". */
  vote: text().optional(),
});

const StrategySchema = z.strictObject({
  /** Title as written. */
  title: requiredText(),
  /** Level of the strategy. */
  level: z.enum(['local', 'county', 'national']).optional(),
  /** Period as written: "2023-2028". */
  period: text().optional(),
  /** Act approving it, as written: "HCL Videle nr. 46/31.03.2023". */
  approvedBy: text().optional(),
  /** Its objective as the plan summarises it. */
  objective: text().optional(),
  /** Priorities or directions the plan quotes from it. */
  priorities: textList().optional(),
});

/**
 * The plan's identity: who adopts it, for which year, by which decision, who drafted it and which
 * strategies it implements.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { PlanMetaSchema } from 'plan-servicii-sociale';
 * const meta = PlanMetaSchema.parse({
 *   authority: { kind: 'local_council', name: 'Consiliul Local al Orașului Videle', uat: 'Videle', uatKind: 'oras', county: 'Teleorman' },
 *   year: 2024,
 *   decision: { kind: 'HCL', number: '13', date: '2024-01-31' },
 * });
 * meta.decision?.date; //=> '2024-01-31'
 * ```
 */
export const PlanMetaSchema = z.strictObject({
  /** Council that approves the plan. */
  authority: AuthoritySchema,
  /** Year the plan is for. */
  year: planYear(),
  /** Title as written. */
  title: text().optional(),
  /** Council decision approving the plan (HCL/HCJ number and date). */
  decision: DecisionSchema.optional(),
  /** Department that drafted the plan (SPAS/DAS/DGASPC) and its report reference. */
  draftedBy: z
    .strictObject({
      /** Name: "Direcția de Asistență Socială Videle". */
      name: requiredText(),
      /** Reference of its report, as written: "Raport de specialitate nr. 1471/29.01.2024". */
      reference: text().optional(),
    })
    .optional(),
  /** Strategies the plan implements. */
  strategies: list(StrategySchema).optional(),
  /** The plan's general objective as written. */
  generalObjective: text().optional(),
  /** Legal acts the plan cites, as written. */
  legalBasis: textList().optional(),
  /** The plan's own registration number as printed ("nr. 29075/08.02.2019"). */
  registration: text().optional(),
  /** Where this data comes from (published document, address). */
  source: text().optional(),
});

/**
 * The plan's identity once parsed. See {@link PlanMetaSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { PlanMetaSchema, type PlanMeta } from 'plan-servicii-sociale';
 * const meta: PlanMeta = PlanMetaSchema.parse({ authority: { kind: 'county_council', name: 'Consiliul Județean Iași', uat: 'Iași' }, year: 2025 });
 * meta.year; //=> 2025
 * ```
 */
export type PlanMeta = z.output<typeof PlanMetaSchema>;
