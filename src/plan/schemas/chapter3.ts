import * as z from 'zod';
import { AmountCellSchema } from '../cells/amount.js';
import { CountCellSchema } from '../cells/count.js';
import { text } from '../cells/text.js';
import { checkSectionStatus, section, sectionShape } from './section.js';

/**
 * Audiences of the instruction sessions (chapter III, point 1.c): c.1 centre staff, c.2 personal
 * assistants, c.3 informal carers, c.4 volunteers.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { INSTRUCTION_AUDIENCES } from 'plan-servicii-sociale';
 * INSTRUCTION_AUDIENCES; //=> ['centre_staff', 'personal_assistants', 'informal_carers', 'volunteers']
 * ```
 */
export const INSTRUCTION_AUDIENCES = ['centre_staff', 'personal_assistants', 'informal_carers', 'volunteers'] as const;

const TrainingRowSchema = z.strictObject({
  /** *Nr. crt.* as written. */
  no: z.union([z.string().max(20), z.int().min(0)]).optional(),
  /** Staff category (*personalul de specialitate*, *tipuri de personal*). */
  staffCategory: text().optional(),
  /** Theme (*teme de interes*), for peer review and sessions. */
  theme: text().optional(),
  /** For instruction sessions: which audience (c.1–c.4), when the document says. */
  audience: z.enum(INSTRUCTION_AUDIENCES).optional(),
  /** *Număr de persoane*. */
  persons: CountCellSchema.optional(),
  /** *Buget estimat*. */
  budget: AmountCellSchema.optional(),
  /** Transcriber's remarks (a second table printed under the same heading...). */
  notes: text().optional(),
});

const trainingGroup = () =>
  z
    .strictObject({
      ...sectionShape(TrainingRowSchema),
      /** The total printed under the table ("TOTAL BUGET 15000 lei"); checked against the rows. */
      printedTotal: AmountCellSchema.optional(),
    })
    .superRefine(checkSectionStatus);

const SupervisionRowSchema = z.strictObject({
  /** For whom: social workers, psychologists, others. */
  category: z.enum(['social_workers', 'psychologists', 'other']),
  /** Label as written. */
  label: text().optional(),
  /** Number of contracts or persons. */
  persons: CountCellSchema.optional(),
  /** Estimated budget. */
  budget: AmountCellSchema.optional(),
});

/**
 * Chapter III, *Programul de formare și îndrumare metodologică a personalului*: training proposals
 * a) to f), each a table of staff category, persons and budget, and supervision contracts (2).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { TrainingSchema } from 'plan-servicii-sociale';
 * const t = TrainingSchema.parse({
 *   refresherCourses: { rows: [{ staffCategory: 'Personal de conducere', persons: 1, budget: '3000' }] },
 *   qualificationCourses: { status: 'not_applicable', statement: 'Nu este cazul' },
 * });
 * t.refresherCourses?.rows[0]?.budget; //=> { kind: 'amount', value: '3000', currency: 'RON' }
 * ```
 */
export const TrainingSchema = z.strictObject({
  /** Text printed under the chapter heading, as written. */
  intro: text().optional(),
  /** a) *Cursuri de perfecționare*. */
  refresherCourses: trainingGroup().optional(),
  /** b) *Cursuri de calificare*. */
  qualificationCourses: trainingGroup().optional(),
  /** c) *Sesiuni de instruire* for c.1–c.4; rows may name their audience. */
  instruction: z
    .strictObject({
      ...sectionShape(TrainingRowSchema),
      printedTotal: AmountCellSchema.optional(),
      /** What the document says for each audience, as written. */
      statements: z
        .strictObject({
          centre_staff: text().optional(),
          personal_assistants: text().optional(),
          informal_carers: text().optional(),
          volunteers: text().optional(),
        })
        .optional(),
    })
    .superRefine(checkSectionStatus)
    .optional(),
  /** d) *Întâlniri de tip peer review*. */
  peerReview: trainingGroup().optional(),
  /** e) *Programe de interes național*. */
  nationalProgrammes: trainingGroup().optional(),
  /** f) *Altele*. */
  other: trainingGroup().optional(),
  /** 2. Supervision contracts (*contracte de supervizare*). */
  supervision: section(SupervisionRowSchema).optional(),
});

/**
 * Chapter III once parsed. See {@link TrainingSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { TrainingSchema, type Training } from 'plan-servicii-sociale';
 * const t: Training = TrainingSchema.parse({ supervision: { rows: [{ category: 'psychologists', persons: 0, budget: '0' }] } });
 * t.supervision?.rows[0]?.persons; //=> 0
 * ```
 */
export type Training = z.output<typeof TrainingSchema>;
