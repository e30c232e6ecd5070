export { checkPlanBudgets, type CheckPlanBudgetsOptions, type PlanBudgetsCheck, type PlanServiceRef, type ServiceBudgetCheck } from './checkPlanBudgets.js';
export { UNREADABLE_REASONS, checkWrittenCalculation, type CalculationTerm, type CheckedCalculation, type WrittenCalculationResult } from './checkWrittenCalculation.js';
export {
  NOT_KNOWN_REASONS,
  costStandardAsOf,
  type CostStandardAnswer,
  type CostStandardAsOfOptions,
  type CostStandardKnown,
  type CostStandardNotKnown,
  type CostStandardQuery,
} from './costStandardAsOf.js';
export { COST_STANDARDS } from './data/standards.js';
export {
  estimateServiceCost,
  type EstimateGroup,
  type EstimateInput,
  type EstimateParameter,
  type EstimateRate,
  type EstimateResult,
  type ServiceEstimate,
} from './estimateServiceCost.js';
export { loadCostStandards, type LoadCostStandardsResult } from './loadCostStandards.js';
export {
  CostStandardActSchema,
  CostStandardSchema,
  CostStandardTableSchema,
  STANDARD_PERIODS,
  type CostStandard,
  type CostStandardAct,
  type CostStandardTable,
} from './types.js';
