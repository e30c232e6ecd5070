export { allocate, type AllocateOptions, type AllocateResult } from './allocate.js';
export { convertAmountUnit } from './convertAmountUnit.js';
export { formatAmount, type FormatAmountOptions } from './formatAmount.js';
export { parseAmount, type AmountNotRead, type ParseAmountOptions, type ParseAmountResult, type ParsedAmount } from './parseAmount.js';
export { roundAmount, type RoundingOptions } from './roundAmount.js';
export { sumAmounts } from './sumAmounts.js';
export { BUDGET_PARTS, sumPlanBudgets, type PlanBudgetTotals, type ServiceBudget } from './sumPlanBudgets.js';
export { MONEY_UNITS, PER_UNITS, ROUNDING_MODES, type MoneyUnit, type PerUnit, type RoundingMode } from './units.js';
