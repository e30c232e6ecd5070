export { buildBudgetTable, type BudgetLeaf, type BuildBudgetTableOptions, type BuildBudgetTableResult } from './buildBudgetTable.js';
export { checkBudgetLabel, type BudgetLabelCheck, type LabelMatch } from './checkBudgetLabel.js';
export { combineBudgetTables, type CombineBudgetTablesOptions, type CombinedBudgetTables } from './combineBudgetTables.js';
export {
  compareServicesWithBudget,
  type CompareServicesWithBudgetOptions,
  type ServicesBudgetCheck,
  type ServicesBudgetComparison,
} from './compareServicesWithBudget.js';
export { BUDGET_CLASSIFICATION } from './data/classification.js';
export { loadBudgetClassification, type LoadBudgetClassificationResult } from './loadBudgetClassification.js';
export { parseBudgetCode, type BudgetCode, type BudgetCodeError, type BudgetCodeResult, type ParseBudgetCodeOptions } from './parseBudgetCode.js';
export { BUDGET_COLUMNS, type BudgetColumn, type BudgetRowKind } from './readTable.js';
export {
  reconcileBudgetTable,
  type BudgetTableReconciliation,
  type ReconcileBudgetTableOptions,
  type ReconciledRow,
  type SuspectCell,
} from './reconcileBudgetTable.js';
export { splitIntoQuarters, type QuarterProfile, type QuarterSplit, type SplitIntoQuartersOptions } from './splitIntoQuarters.js';
export { totalsByFunctionalCode, type FunctionalTotal, type FunctionalTotals } from './totalsByFunctionalCode.js';
export {
  BudgetClassificationEntrySchema,
  BudgetClassificationSchema,
  type BudgetClassification,
  type BudgetClassificationEntry,
} from './types.js';
export { yearToDate, type QuarterToDate, type YearToDateResult } from './yearToDate.js';
export {
  BUDGET_TABLE_UNITS,
  BudgetCellSchema,
  BudgetChapterSchema,
  BudgetRowSchema,
  BudgetTableSchema,
  type BudgetChapter,
  type BudgetRow,
  type BudgetTable,
} from '../plan/schemas/budgetChapter.js';
