export { assertPlan } from './assertPlan.js';
export { checkPlan, type CheckPlanOptions } from './checkPlan.js';
export { parsePlan, type ParsePlanOptions, type ParsePlanResult } from './parsePlan.js';
export { planJsonSchema } from './planJsonSchema.js';
export type { CurrencyTotals } from './amounts.js';
export { summarizePlan, type PlanSummary, type SectionState, type SourceTotals } from './summarizePlan.js';

export { AmountCellSchema, CURRENCIES, type Amount, type AmountCell, type AmountCellInput } from './cells/amount.js';
export { CAPACITY_UNITS, CapacitySchema, type Capacity, type CapacityInput, type CapacityPart } from './cells/capacity.js';
export { CountCellSchema, type CountCell, type CountCellInput } from './cells/count.js';
export type { Marker } from './cells/markers.js';
export { OccupancySchema, type Occupancy, type OccupancyInput, type OccupancyRate } from './cells/occupancy.js';
export { ServiceCodeSchema, type ServiceCode, type ServiceCodeInput } from './cells/serviceCode.js';
export { StaffSchema, type Staff, type StaffInput, type StaffRole } from './cells/staff.js';
export {
  QuantityCellSchema,
  TextCellSchema,
  type QuantityCell,
  type QuantityCellInput,
  type TextCell,
  type TextCellInput,
} from './cells/textCell.js';

export { ActionPlanSchema, ActionSchema, GeneralObjectiveSchema, IndicatorSchema, type Action, type ActionPlan, type GeneralObjective, type Indicator } from './schemas/actionPlan.js';
export {
  BUDGET_TABLE_UNITS,
  BudgetCellSchema,
  BudgetChapterSchema,
  BudgetRowSchema,
  BudgetTableSchema,
  type BudgetChapter,
  type BudgetRow,
  type BudgetTable,
} from './schemas/budgetChapter.js';
export {
  Chapter1Schema,
  ContractingServiceSchema,
  ExistingServiceSchema,
  FUNDING_SOURCES,
  FundingBudgetSchema,
  ProposedServiceSchema,
  SubsidyProgrammeSchema,
  type Chapter1,
  type ContractingService,
  type ExistingService,
  type FundingBudget,
  type ProposedService,
  type SubsidyProgramme,
} from './schemas/chapter1.js';
export { ACTIVITY_TABLE_KINDS, PUBLISHED_ITEM_KINDS, PublicInformationSchema, type PublicInformation } from './schemas/chapter2.js';
export { INSTRUCTION_AUDIENCES, TrainingSchema, type Training } from './schemas/chapter3.js';
export { ACTION_DOMAINS, DomainProgrammeSchema, type DomainProgramme } from './schemas/domainProgramme.js';
export { AUTHORITY_KINDS, DECISION_KINDS, PlanMetaSchema, UAT_KINDS, type PlanMeta } from './schemas/meta.js';
export { MonitoringSchema, type Monitoring } from './schemas/monitoring.js';
export { PlanSchema, type Plan, type PlanInput } from './schemas/plan.js';
export { SECTION_STATUSES } from './schemas/section.js';

export { ISSUE_CATALOGUE, PlanValidationError, createIssue, type Issue, type IssueCode, type IssueRule, type LocalizedMessage, type Severity } from '../issues/index.js';
