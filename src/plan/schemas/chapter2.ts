import * as z from 'zod';
import { requiredText, text } from '../cells/text.js';
import { checkSectionStatus, section, sectionShape } from './section.js';

/**
 * What chapter II, point 1, says is published (HG 797/2017 art. 6): the strategy, the annual plan,
 * the own services with their costs, the list of providers, the services of the public social
 * assistance service, statistics, or something else.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { PUBLISHED_ITEM_KINDS } from 'plan-servicii-sociale';
 * PUBLISHED_ITEM_KINDS.includes('statistics'); //=> true
 * ```
 */
export const PUBLISHED_ITEM_KINDS = ['strategy', 'annual_plan', 'own_services', 'providers_list', 'spas_services', 'statistics', 'other'] as const;

/**
 * Kinds of activity table in chapter II: public information, the free phone line, information
 * campaigns, promotion campaigns, meetings with providers, community information and counselling,
 * public-interest media messages, or another.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ACTIVITY_TABLE_KINDS } from 'plan-servicii-sociale';
 * ACTIVITY_TABLE_KINDS.length; //=> 8
 * ```
 */
export const ACTIVITY_TABLE_KINDS = [
  'public_information',
  'green_line',
  'information_campaigns',
  'promotion_campaigns',
  'stakeholder_meetings',
  'community_information',
  'media_messages',
  'other',
] as const;

const PublishedItemSchema = z.strictObject({
  /** Reference as printed: "a", "d.i". */
  ref: text().optional(),
  /** What kind of information it is. */
  kind: z.enum(PUBLISHED_ITEM_KINDS).optional(),
  /** The item as written. */
  item: requiredText(),
  /** How often it is revised, as written: "anual", "trimestrial/anual". */
  revisionPeriod: text().optional(),
  /** Where it is published, as written. */
  where: text().optional(),
});

const ActivitySchema = z.strictObject({
  /** *Nr. crt.* as written. */
  no: z.union([z.string().max(20), z.int().min(0)]).optional(),
  /** *Tematică*. */
  theme: text().optional(),
  /** *Scurtă descriere*. */
  description: text().optional(),
  /** *Perioada estimată de desfășurare*, as written: "Martie 2024", "Permanent". */
  period: text().optional(),
  /** *Organizator*. */
  organizer: text().optional(),
  /** *Locul de desfășurare*. */
  place: text().optional(),
});

/**
 * Chapter II, *Planificarea activităților de informare a publicului* (HG 797/2017 art. 6): the
 * published items with their revision period, and the activity tables.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { PublicInformationSchema } from 'plan-servicii-sociale';
 * const ch = PublicInformationSchema.parse({
 *   activityTables: [{ kind: 'information_campaigns', rows: [{ no: '1.', theme: 'Ziua Mondială a Asistenței Sociale', period: 'Martie 2024', organizer: 'Direcția Asistență Socială' }] }],
 * });
 * ch.activityTables?.[0]?.rows[0]?.period; //=> 'Martie 2024'
 * ```
 */
export const PublicInformationSchema = z.strictObject({
  /** Introductory text, as written. */
  intro: text().optional(),
  /** 1. Information published on the provider's site or at its seat. */
  publishedItems: section(PublishedItemSchema).optional(),
  /** 2–8. Activity tables, in document order. */
  activityTables: z
    .array(
      z
        .strictObject({
          /** Which table of the template it is. */
          kind: z.enum(ACTIVITY_TABLE_KINDS),
          ...sectionShape(ActivitySchema),
        })
        .superRefine(checkSectionStatus),
    )
    .max(100)
    .optional(),
});

/**
 * Chapter II once parsed. See {@link PublicInformationSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { PublicInformationSchema, type PublicInformation } from 'plan-servicii-sociale';
 * const ch: PublicInformation = PublicInformationSchema.parse({ publishedItems: { rows: [{ ref: 'a', kind: 'strategy', item: 'Strategia locală' }] } });
 * ch.publishedItems?.rows[0]?.kind; //=> 'strategy'
 * ```
 */
export type PublicInformation = z.output<typeof PublicInformationSchema>;
