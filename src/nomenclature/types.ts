import * as z from 'zod';
import { isCalendarDay } from '../plan/cells/text.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected an ISO day YYYY-MM-DD.')
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isCalendarDay(v), { params: { code: 'date.invalid' }, message: 'Not a calendar day.' });
const text = z.string().min(1).max(2000);

const ActSchema = z.strictObject({
  /** The act, e.g. "HG 1433/2022". */
  act: text,
  /** Date it applies from (ISO day). */
  date: isoDay,
  /** What it did to the code. */
  change: z.enum(['listed', 'created', 'confirmed', 'renamed', 'amended', 'removed']),
  /** Detail: publication, what was seen. */
  note: z.string().max(2000).optional(),
});

/**
 * One code of the nomenclature, with the acts behind it, its dates, sources and whether the
 * reference data could verify it.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { NomenclatureEntrySchema } from 'plan-servicii-sociale/nomenclature';
 * const e = NomenclatureEntrySchema.parse({ code: '8891 CZ-C-II', caen: '8891', type: 'CZ', category: 'C', index: 'II', name: 'Centre de zi pentru copii', section: null, validFrom: '2015-11-09', acts: [], sources: ['https://example.org/hg'], verified: false, note: '' });
 * e.code; //=> '8891 CZ-C-II'
 * ```
 */
export const NomenclatureEntrySchema = z.strictObject({
  /** Canonical code: "8891 CZ-C-II". */
  code: text,
  /** CAEN Rev.2 class: "8891". */
  caen: z.string().regex(/^\d{4}$/),
  /** Name of the CAEN class (secondary code lists; see the edition's `caenClasses` for its verification), `null` when not known. */
  caenName: text.nullable().optional(),
  /** Service type acronym: CR, CZ, ID, SIS, CPDH, CPCSA, SF. */
  type: z.string().regex(/^[A-Z]{2,6}$/),
  /** Beneficiary category (or qualifier) acronym, `null` when the code has none. */
  category: z.string().regex(/^[A-Z]{1,4}$/).nullable(),
  /** Roman index, `null` when the code has none. */
  index: z.string().regex(/^[IVX]{1,6}$/).nullable(),
  /** Official name (the latest known). */
  name: text,
  /** Dated names, when the name changed. */
  names: z.array(z.strictObject({ name: text, from: isoDay, act: text })).max(50).optional(),
  /** Section (title) of the nomenclature the code sits under. */
  section: text.nullable(),
  /** Date from which the code exists; `null` when not known. */
  validFrom: isoDay.nullable(),
  /** Date from which the code no longer exists (exclusive), when an act removed it. */
  validTo: isoDay.optional(),
  /** Acts that listed, created, changed or removed it. */
  acts: z.array(ActSchema).max(50),
  /** Where the facts come from. */
  sources: z.array(text).min(1).max(50),
  /** Whether the reference data could verify code and name. */
  verified: z.boolean(),
  /** What was and was not seen. */
  note: z.string().max(5000),
});

/**
 * A code of the nomenclature with its provenance. See {@link NomenclatureEntrySchema}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { lookupServiceCode, type NomenclatureEntry } from 'plan-servicii-sociale/nomenclature';
 * const r = lookupServiceCode('8891 CZ-C-II', { asOf: '2024-01-31' });
 * const entry: NomenclatureEntry | undefined = r.entry;
 * entry?.caen; //=> '8891'
 * ```
 */
export type NomenclatureEntry = z.output<typeof NomenclatureEntrySchema>;

const AcronymSchema = z.strictObject({ acronym: z.string().regex(/^[A-Z]{1,6}$/), meaning: z.string().max(500).nullable(), verified: z.boolean() });

/**
 * A whole edition of the nomenclature as data: its act, its code grammar, whether it is complete,
 * the acronyms, CAEN classes and entries. Load a fuller or newer official list in this shape.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { HG_867_2015, NomenclatureEditionSchema } from 'plan-servicii-sociale/nomenclature';
 * NomenclatureEditionSchema.safeParse(HG_867_2015).success; //=> true
 * ```
 */
export const NomenclatureEditionSchema = z.strictObject({
  /** Stable id: "hg-867-2015". */
  id: z.string().regex(/^[a-z0-9-]{1,60}$/),
  /** Title as an official text would give it. */
  title: text,
  /** Code grammar the edition uses. Only `hg-867-2015` ("8891 CZ-C-II") is implemented. */
  grammar: z.literal('hg-867-2015'),
  /** The act that approves it. */
  act: text,
  /** Date the edition applies from. */
  validFrom: isoDay,
  /** Date it stops applying (exclusive), when known. */
  validTo: isoDay.optional(),
  /** The day someone last checked the data against its sources. */
  lastChecked: isoDay,
  /** `true`: a code not listed does not exist (error); `false`: the list is partial (warning). */
  complete: z.boolean(),
  /** What the data covers. */
  coverage: z.string().max(5000),
  /** Service type acronyms. */
  serviceTypes: z.array(AcronymSchema).max(100),
  /** Beneficiary category and qualifier acronyms. */
  categories: z.array(AcronymSchema).max(100),
  /** CAEN classes used by the codes. */
  caenClasses: z.array(z.strictObject({ code: z.string().regex(/^\d{4}$/), name: text, verified: z.boolean() })).max(100),
  /** The CAEN act. */
  caenAct: z.string().max(2000),
  /** The codes. */
  entries: z.array(NomenclatureEntrySchema).max(10_000),
});

/**
 * An edition of the nomenclature. See {@link NomenclatureEditionSchema}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { HG_867_2015, type NomenclatureEdition } from 'plan-servicii-sociale/nomenclature';
 * const edition: NomenclatureEdition = HG_867_2015;
 * edition.grammar; //=> 'hg-867-2015'
 * ```
 */
export type NomenclatureEdition = z.output<typeof NomenclatureEditionSchema>;
