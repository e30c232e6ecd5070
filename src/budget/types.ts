import * as z from 'zod';

const code = () => z.string().regex(/^\d{2}(?:\.\d{2}){0,3}$/, 'expected a code of two-digit segments such as "68.02.05.02" or "10.01.01"');

/**
 * One position of the budget classification: a functional code (*capitol*, *subcapitol*,
 * *paragraf*) or an economic one (*agregat*, *titlu*, *articol*, *alineat*), with its official
 * name as the source writes it and the source it comes from.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { BudgetClassificationEntrySchema } from 'plan-servicii-sociale/budget';
 * const e = BudgetClassificationEntrySchema.parse({ code: '10.01.01', name: 'Salarii de baza', parent: '10.01', level: 3, levelName: 'alineat', source: 'mf-annex-ec-2026' });
 * e.levelName; //=> 'alineat'
 * ```
 */
export const BudgetClassificationEntrySchema = z.strictObject({
  /** Code without padding: "68.02.05.02", "10.01.01", "01". */
  code: code(),
  /** Official name, exactly as the source writes it. */
  name: z.string().min(1).max(500),
  /** Code of the parent position, `null` for a top position (a chapter, a title, an aggregate). */
  parent: code().nullable(),
  /** Depth: functional 1 *capitol*, 2 *subcapitol*, 3 *paragraf*; economic 0 *agregat*, 1 *titlu*, 2 *articol*, 3 *alineat*. */
  level: z.int().min(0).max(3),
  /** Name of the level in Romanian. */
  levelName: z.enum(['capitol', 'subcapitol', 'paragraf', 'agregat', 'titlu', 'articol', 'alineat']),
  /** Other wordings of the name found in official data (another edition, the execution data). */
  otherNames: z.array(z.string().min(1).max(500)).max(20).optional(),
  /** For an aggregate (01, 70, 79): the titles it adds up, e.g. 70 = 71 + 72 + 75. */
  members: z.array(code()).min(1).max(50).optional(),
  /** Functional, local form: the equivalent in the generic form ("68.05.02"). */
  genericCode: code().optional(),
  /** Functional, generic form: the equivalent in the local form ("68.02.05.02"). */
  localCode: code().optional(),
  /** Functional, local form: `false` when the position is absent from the 2024 annex. */
  inAnnex2024: z.boolean().optional(),
  /** Id of the source in the classification's `sources`. */
  source: z.string().min(1).max(100),
  /** Doubts and remarks. */
  note: z.string().max(2000).optional(),
});

/**
 * A position of the budget classification. See {@link BudgetClassificationEntrySchema}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { BUDGET_CLASSIFICATION, type BudgetClassificationEntry } from 'plan-servicii-sociale/budget';
 * const e: BudgetClassificationEntry | undefined = BUDGET_CLASSIFICATION.economic.find((x) => x.code === '57.02.01');
 * e?.name; //=> 'Ajutoare sociale in numerar'
 * ```
 */
export type BudgetClassificationEntry = z.output<typeof BudgetClassificationEntrySchema>;

/**
 * A whole budget classification: the functional positions in the local-budget form
 * (`CC.02.SS.PP`), optionally in the generic form (`CC.SS.PP`), the economic positions, and the
 * sources the entries cite. The shape a newer official edition must have for
 * `loadBudgetClassification`.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { BudgetClassificationSchema } from 'plan-servicii-sociale/budget';
 * const c = BudgetClassificationSchema.parse({ name: 'test', edition: '2027', sources: [], functional: [], economic: [] });
 * c.functionalGeneric; //=> []
 * ```
 */
export const BudgetClassificationSchema = z.strictObject({
  /** What the classification is. */
  name: z.string().min(1).max(500),
  /** Edition: the budget year it is for ("2026"). */
  edition: z.string().min(1).max(50),
  /** What it covers and does not. */
  coverage: z.string().max(5000).optional(),
  /** Sources the entries cite, by id. */
  sources: z.array(z.strictObject({ id: z.string().min(1).max(100), description: z.string().min(1).max(2000) })).max(50),
  /** Functional positions, local-budget form (`68.02`, `68.02.05`, `68.02.05.02`). */
  functional: z.array(BudgetClassificationEntrySchema).max(5000),
  /** Functional positions, generic form without the budget segment (`68`, `68.05`, `68.05.02`). */
  functionalGeneric: z.array(BudgetClassificationEntrySchema).max(5000).default([]),
  /** Economic positions of expenditure. */
  economic: z.array(BudgetClassificationEntrySchema).max(10000),
});

/**
 * A budget classification once parsed. See {@link BudgetClassificationSchema}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { BUDGET_CLASSIFICATION, type BudgetClassification } from 'plan-servicii-sociale/budget';
 * const c: BudgetClassification = BUDGET_CLASSIFICATION;
 * c.edition; //=> '2026'
 * ```
 */
export type BudgetClassification = z.output<typeof BudgetClassificationSchema>;
