import * as z from 'zod';
import { isCalendarDay } from '../plan/cells/text.js';

const isoDay = () =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD').refine(isCalendarDay, 'not a calendar day');
const decimal = () => z.string().regex(/^(?:0|[1-9]\d{0,14})(?:\.\d{1,2})?$/, 'expected a decimal string such as "36669" or "33827.50"');

/**
 * How a standard is counted: per `year`, `month`, `day` or `hour` (the period), of a `beneficiary`,
 * a `family` or a `person` (the unit it is per).
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { STANDARD_PERIODS } from 'plan-servicii-sociale/cost-standards';
 * STANDARD_PERIODS; //=> ['year', 'month', 'day', 'hour']
 * ```
 */
export const STANDARD_PERIODS = ['year', 'month', 'day', 'hour'] as const;

/**
 * One value of a legal cost standard (*standard de cost*), with its provenance.
 *
 * `key` names the line of the standard ("family-type-home/disability") and stays the same across
 * acts, so the value in force on a date can be asked for by key. `verified: false` marks a value no
 * official or reliable source confirms; the library never uses one unless asked.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { CostStandardSchema } from 'plan-servicii-sociale/cost-standards';
 * const s = CostStandardSchema.parse({
 *   key: 'day-centre/children', act: 'HG 999/2027', annex: '1', point: '5', service: 'centru de zi pentru copii',
 *   beneficiaryGroup: 'copii', period: 'year', perUnit: 'beneficiary', value: '15000', effectiveFrom: '2027-01-01',
 *   nomenclatureCodes: ['8891 CZ-C-II'], sources: ['Monitorul Oficial nr. 1/2027'], verified: true,
 * });
 * s.value; //=> '15000'
 * ```
 */
export const CostStandardSchema = z.strictObject({
  /** Line of the standard, stable across acts: lowercase words with `-` and `/`. */
  key: z.string().regex(/^[a-z0-9]+(?:[-/][a-z0-9]+)*$/, 'expected a key such as "maternal-assistance/one-child"'),
  /** The act that sets the value ("HG 426/2020"), or `unknown` when the source does not name it. */
  act: z.string().min(1).max(100),
  /** Annex of the act, when known. */
  annex: z.string().max(20).nullable(),
  /** Point of the annex, when known. */
  point: z.string().max(20).nullable(),
  /** The service as the source names it (Romanian). */
  service: z.string().min(1).max(300),
  /** Beneficiaries the value is for (Romanian). */
  beneficiaryGroup: z.string().min(1).max(200),
  /** Period of the value. */
  period: z.enum(STANDARD_PERIODS),
  /** What the value is per. */
  perUnit: z.enum(['beneficiary', 'family', 'person']),
  /** Amount in lei, a decimal string. */
  value: decimal(),
  /** Day from which the value applies; `null` when the source gives no act or date. */
  effectiveFrom: isoDay().nullable(),
  /** Nomenclature codes the value applies to, where a source says so (else `[]`). */
  nomenclatureCodes: z.array(z.string().max(40)).max(100),
  /** Where the value was read: addresses or references. */
  sources: z.array(z.string().min(1).max(500)).min(1).max(20),
  /** Whether a source ties the value to the service and the act. */
  verified: z.boolean(),
  /** Doubts and remarks. */
  note: z.string().max(2000).optional(),
  /** The value as the source writes it ("33,827,50 lei"). */
  valueAsWritten: z.string().max(200).optional(),
});

/**
 * A cost standard value once validated. See {@link CostStandardSchema}.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { COST_STANDARDS, type CostStandard } from 'plan-servicii-sociale/cost-standards';
 * const first: CostStandard | undefined = COST_STANDARDS.standards[0];
 * first?.act; //=> 'HG 23/2010'
 * ```
 */
export type CostStandard = z.output<typeof CostStandardSchema>;

/**
 * An act of the cost-standard series: when it applies, and which earlier act's values it replaces.
 *
 * `effectiveFromEarliest` is set when the start date is not certain (the January 2026 act was
 * adopted on 14 January 2026 and applies from 1 February at the latest): values it replaces end at
 * the earliest possible date, so the library never gives an old value that may no longer apply.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { COST_STANDARDS, type CostStandardAct } from 'plan-servicii-sociale/cost-standards';
 * const act: CostStandardAct | undefined = COST_STANDARDS.acts.find((a) => a.act === 'HG 1253/2022');
 * act?.supersedes; //=> [{ act: 'HG 426/2020', annexes: 'all', basis: 'art. unic pct. 4: anexele nr. 1-5 se înlocuiesc cu anexele nr. 1-4' }]
 * ```
 */
export const CostStandardActSchema = z.strictObject({
  /** Short name, as standards cite it ("HG 426/2020"). */
  act: z.string().min(1).max(100),
  /** Official title. */
  title: z.string().max(2000),
  /** Day of adoption, when known. */
  adopted: isoDay().optional(),
  /** Where it was published ("Monitorul Oficial nr. 465 din 2 iunie 2020"). */
  publishedIn: z.string().max(300).optional(),
  /** Day from which it applies, best known. */
  effectiveFrom: isoDay(),
  /** Earliest day it may apply, when `effectiveFrom` is not certain. */
  effectiveFromEarliest: isoDay().optional(),
  /** Values of earlier acts this act replaces: the act, which annexes (`all` or a list), and on what basis. */
  supersedes: z
    .array(z.strictObject({ act: z.string().min(1).max(100), annexes: z.union([z.literal('all'), z.array(z.string().max(20))]), basis: z.string().max(500) }))
    .max(20),
  /** Where the act was read. */
  sources: z.array(z.string().min(1).max(500)).max(20),
  /** Doubts and remarks. */
  note: z.string().max(2000).optional(),
});

/**
 * An act once validated. See {@link CostStandardActSchema}.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { COST_STANDARDS } from 'plan-servicii-sociale/cost-standards';
 * COST_STANDARDS.acts.map((a) => a.act).slice(0, 3); //=> ['HG 23/2010', 'HG 978/2015', 'HG 426/2020']
 * ```
 */
export type CostStandardAct = z.output<typeof CostStandardActSchema>;

/**
 * A table of cost standards: the acts and their values. The library ships {@link COST_STANDARDS};
 * users load newer official tables with `loadCostStandards`, validated by this schema.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { CostStandardTableSchema, COST_STANDARDS } from 'plan-servicii-sociale/cost-standards';
 * CostStandardTableSchema.safeParse(COST_STANDARDS).success; //=> true
 * CostStandardTableSchema.safeParse({ name: 'x', acts: [], standards: [{ key: 'a' }] }).success; //=> false
 * ```
 */
export const CostStandardTableSchema = z.strictObject({
  /** What the table is ("standarde de cost, HG 426/2020 cu modificările ulterioare"). */
  name: z.string().min(1).max(300),
  /** What the table covers and does not, and its doubts. */
  coverage: z.string().max(5000).optional(),
  /** The acts the values cite. */
  acts: z.array(CostStandardActSchema).max(200),
  /** The values. */
  standards: z.array(CostStandardSchema).max(10000),
});

/**
 * A table of cost standards once validated. See {@link CostStandardTableSchema}.
 *
 * @category Cost standards
 * @example
 * ```ts
 * import { COST_STANDARDS, type CostStandardTable } from 'plan-servicii-sociale/cost-standards';
 * const table: CostStandardTable = COST_STANDARDS;
 * table.standards.length; //=> 40
 * ```
 */
export type CostStandardTable = z.output<typeof CostStandardTableSchema>;
