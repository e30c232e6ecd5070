import * as z from 'zod';
import { AmountCellSchema } from '../cells/amount.js';
import { CapacitySchema } from '../cells/capacity.js';
import { CountCellSchema } from '../cells/count.js';
import { OccupancySchema } from '../cells/occupancy.js';
import { ServiceCodeSchema } from '../cells/serviceCode.js';
import { StaffSchema } from '../cells/staff.js';
import { QuantityCellSchema, TextCellSchema } from '../cells/textCell.js';
import { text } from '../cells/text.js';
import { SECTION_STATUSES, section } from './section.js';

export { FUNDING_SOURCES } from './fundingSources.js';

/**
 * An estimated budget by the five funding sources (Ordinul 1086/2018, chapter I). A source that is
 * absent was not written; `otherSource` says what "other" is ("PNRR", "donații", "sponsorizare").
 * Any other key is reported as `budget.unknown_source`.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { FundingBudgetSchema } from 'plan-servicii-sociale';
 * const b = FundingBudgetSchema.parse({ local: '-', other: { value: '1640958', raw: '1640958 lei PNRR' }, otherSource: 'PNRR' });
 * b.other; //=> { kind: 'amount', value: '1640958', currency: 'RON', raw: '1640958 lei PNRR' }
 * FundingBudgetSchema.safeParse({ european: '100' }).success; //=> false
 * ```
 */
export const FundingBudgetSchema = z.strictObject({
  /** *Buget local*. */
  local: AmountCellSchema.optional(),
  /** *Buget județean*. */
  county: AmountCellSchema.optional(),
  /** *Buget de stat*. */
  state: AmountCellSchema.optional(),
  /** *Contribuții persoane beneficiare*. */
  beneficiaries: AmountCellSchema.optional(),
  /** *Alte surse*: donations, sponsorships, EU funds, PNRR... */
  other: AmountCellSchema.optional(),
  /** What the other source is, as written: "PNRR", "Sponsorizări, donații". */
  otherSource: text().optional(),
  /** How the estimate was computed, as written: "25 copii × 14.313 lei". */
  calculation: text().optional(),
});

/**
 * A budget by funding source once parsed. See {@link FundingBudgetSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { FundingBudgetSchema, type FundingBudget } from 'plan-servicii-sociale';
 * const b: FundingBudget = FundingBudgetSchema.parse({ local: '158838' });
 * b.local?.kind; //=> 'amount'
 * ```
 */
export type FundingBudget = z.output<typeof FundingBudgetSchema>;

const ProviderSchema = z.strictObject({
  /** Provider name as written. */
  name: text(),
  /** Contact details as written. */
  contact: text().optional(),
});

const rowNumber = () => z.union([z.string().max(20), z.int().min(0)]).optional();

/**
 * One existing social service (chapter I.A, *servicii sociale existente*).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ExistingServiceSchema } from 'plan-servicii-sociale';
 * const row = ExistingServiceSchema.parse({
 *   no: '1', serviceCode: '8891Cz-C-II', name: 'Centru de îngrijire de zi', capacity: 10, occupancy: '100%',
 *   budget: { local: { value: '158838', raw: '158838 lei' }, county: '-', state: '-', beneficiaries: '-', other: '-' },
 * });
 * row.capacity; //=> { kind: 'capacity', parts: [{ count: 10, unit: 'unspecified' }] }
 * ```
 */
export const ExistingServiceSchema = z.strictObject({
  /** *Nr. crt.* as written. */
  no: rowNumber(),
  /** Provider (*furnizor*): name and contact. */
  provider: ProviderSchema.optional(),
  /** *Cod serviciu social*, as written. */
  serviceCode: ServiceCodeSchema.optional(),
  /** *Denumirea serviciului social*. */
  name: text().optional(),
  /** Contact of the service, as written. */
  contact: text().optional(),
  /** *Capacitate*. */
  capacity: CapacitySchema.optional(),
  /** *Grad de ocupare*. */
  occupancy: OccupancySchema.optional(),
  /** Waiting requests (*număr de solicitări aflate pe listă de așteptare*). */
  waitingRequests: CountCellSchema.optional(),
  /** Services offered, as written. */
  servicesOffered: text().optional(),
  /** Estimated budget by funding source. */
  budget: FundingBudgetSchema.optional(),
  /** Result indicators (*indicatori rezultat*), as the report writes them. */
  resultIndicators: text().optional(),
  /** Functional budget code that finances the service ("68.02.11"), when known. */
  functionalCode: text().optional(),
  /** Remarks of whoever transcribed the row (a shifted column, an unreadable cell). */
  notes: text().optional(),
});

/**
 * An existing service once parsed. See {@link ExistingServiceSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ExistingServiceSchema, type ExistingService } from 'plan-servicii-sociale';
 * const s: ExistingService = ExistingServiceSchema.parse({ name: 'Centrul de zi Clement', capacity: '60 beneficiar/zi' });
 * s.name; //=> 'Centrul de zi Clement'
 * ```
 */
export type ExistingService = z.output<typeof ExistingServiceSchema>;

/**
 * One service proposed to be set up (chapter I.B, *servicii sociale propuse spre a fi înființate*).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ProposedServiceSchema } from 'plan-servicii-sociale';
 * const row = ProposedServiceSchema.parse({
 *   name: 'Centrul Social de Zi pentru copii cu dizabilități (Centrul "Puzzle")', serviceCode: '8891CZ-C III',
 *   neededCapacity: { beneficiariesPerDay: 42, places: '-' }, areaSqm: 387,
 *   staff: 'șef centru -1, Educatori- 3',
 * });
 * row.staff?.kind === 'staff' && row.staff.roles.length; //=> 2
 * ```
 */
export const ProposedServiceSchema = z.strictObject({
  /** *Nr. crt.* as written. */
  no: rowNumber(),
  /** *Denumire serviciu social propus*. */
  name: text().optional(),
  /** *Cod serviciu social*, as written. */
  serviceCode: ServiceCodeSchema.optional(),
  /** *Categorie beneficiari*, as written. */
  beneficiaryCategory: text().optional(),
  /** *Capacitate necesară*: beneficiaries per day and/or places (beds). */
  neededCapacity: z
    .strictObject({
      /** *Nr. benef./zi*. */
      beneficiariesPerDay: CountCellSchema.optional(),
      /** *Nr. locuri (în paturi)*. */
      places: CountCellSchema.optional(),
    })
    .optional(),
  /** *Capacitate clădire/spațiu necesar* in m². */
  areaSqm: QuantityCellSchema.optional(),
  /** *Resurse umane necesare*. */
  staff: StaffSchema.optional(),
  /** Estimated budget by funding source. */
  budget: FundingBudgetSchema.optional(),
  /** *Justificare*. */
  justification: text().optional(),
  /** Functional budget code that is to finance the service ("68.02.11"), when known. */
  functionalCode: text().optional(),
  /** Transcriber's remarks. */
  notes: text().optional(),
});

/**
 * A proposed service once parsed. See {@link ProposedServiceSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ProposedServiceSchema, type ProposedService } from 'plan-servicii-sociale';
 * const s: ProposedService = ProposedServiceSchema.parse({ name: 'Centru rezidențial seniori', justification: 'Finanțare europeană' });
 * s.justification; //=> 'Finanțare europeană'
 * ```
 */
export type ProposedService = z.output<typeof ProposedServiceSchema>;

/**
 * One service in the annual contracting programme (chapter I.C, *programul anual de contractare*,
 * Law 292/2011; Law 350/2005 for non-refundable grants).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ContractingServiceSchema } from 'plan-servicii-sociale';
 * const row = ContractingServiceSchema.parse({ provider: { name: 'Asociația X' }, serviceCode: '8810 ID-I', cpvCode: '85311200-4', estimatedValue: { local: '264000' }, calculation: '50 persoane × 15 lei/oră × 2 ore/zi × 20 zile × 12 luni' });
 * row.cpvCode; //=> '85311200-4'
 * ```
 */
export const ContractingServiceSchema = z.strictObject({
  /** *Nr. crt.* as written. */
  no: rowNumber(),
  /** Private provider. */
  provider: ProviderSchema.optional(),
  /** Nomenclature code, as written. */
  serviceCode: ServiceCodeSchema.optional(),
  /** CPV procurement code, as written ("85311200-4"). */
  cpvCode: text().optional(),
  /** Service name. */
  name: text().optional(),
  /** Beneficiary categories, as written. */
  beneficiaryCategories: text().optional(),
  /** Capacity. */
  capacity: CapacitySchema.optional(),
  /** Services offered. */
  servicesOffered: text().optional(),
  /** Space or place of delivery. */
  place: text().optional(),
  /** Justification. */
  justification: text().optional(),
  /** Estimated value by funding source. */
  estimatedValue: FundingBudgetSchema.optional(),
  /** How the value was computed from the cost standards, as written. */
  calculation: text().optional(),
  /** Transcriber's remarks. */
  notes: text().optional(),
});

/**
 * A contracted service once parsed. See {@link ContractingServiceSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { ContractingServiceSchema, type ContractingService } from 'plan-servicii-sociale';
 * const s: ContractingService = ContractingServiceSchema.parse({ name: 'Îngrijire la domiciliu' });
 * s.name; //=> 'Îngrijire la domiciliu'
 * ```
 */
export type ContractingService = z.output<typeof ContractingServiceSchema>;

/**
 * The subsidy programme (chapter I.D, Law 34/1998): eligible services, expense chapters that may be
 * subsidised, and the estimated budget. Each may say "Nu este cazul"; so may the whole programme
 * (`status`).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { SubsidyProgrammeSchema } from 'plan-servicii-sociale';
 * const d = SubsidyProgrammeSchema.parse({ eligibleServices: 'Nu este cazul', expenseChapters: 'Nu este cazul', estimatedBudget: 'Nu este cazul' });
 * d.estimatedBudget; //=> { kind: 'not_applicable', raw: 'Nu este cazul' }
 * ```
 */
export const SubsidyProgrammeSchema = z.strictObject({
  /** `not_applicable` or `none` when the whole programme is. */
  status: z.enum(SECTION_STATUSES).optional(),
  /** The text printed for the programme, as written. */
  statement: text().optional(),
  /** 1. Eligible/ineligible services. */
  eligibleServices: TextCellSchema.optional(),
  /** 2. Expense chapters for which a subsidy may be granted. */
  expenseChapters: TextCellSchema.optional(),
  /** 3. Estimated budget of the programme. */
  estimatedBudget: AmountCellSchema.optional(),
});

/**
 * The subsidy programme once parsed. See {@link SubsidyProgrammeSchema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { SubsidyProgrammeSchema, type SubsidyProgramme } from 'plan-servicii-sociale';
 * const d: SubsidyProgramme = SubsidyProgrammeSchema.parse({ estimatedBudget: '0' });
 * d.estimatedBudget; //=> { kind: 'amount', value: '0', currency: 'RON' }
 * ```
 */
export type SubsidyProgramme = z.output<typeof SubsidyProgrammeSchema>;

/**
 * Chapter I, *Administrarea, înființarea și finanțarea serviciilor sociale*: parts A to D. Parts
 * A–C are table sections (`rows`, or a `status` such as `not_applicable`).
 *
 * @category Plan model
 * @example
 * ```ts
 * import { Chapter1Schema } from 'plan-servicii-sociale';
 * const ch = Chapter1Schema.parse({ contracting: { status: 'not_applicable', statement: 'Nu este cazul' } });
 * ch.contracting?.rows; //=> []
 * ```
 */
export const Chapter1Schema = z.strictObject({
  /** Text printed under the chapter heading or between its parts, as written. */
  intro: text().optional(),
  /** A. Existing services. */
  existingServices: section(ExistingServiceSchema).optional(),
  /** B. Services proposed to be set up. */
  proposedServices: section(ProposedServiceSchema).optional(),
  /** C. Annual contracting programme. */
  contracting: section(ContractingServiceSchema).optional(),
  /** D. Subsidy programme. */
  subsidy: SubsidyProgrammeSchema.optional(),
});

/**
 * Chapter I once parsed. See {@link Chapter1Schema}.
 *
 * @category Plan model
 * @example
 * ```ts
 * import { Chapter1Schema, type Chapter1 } from 'plan-servicii-sociale';
 * const ch: Chapter1 = Chapter1Schema.parse({ existingServices: { rows: [] } });
 * ch.existingServices?.rows.length; //=> 0
 * ```
 */
export type Chapter1 = z.output<typeof Chapter1Schema>;
