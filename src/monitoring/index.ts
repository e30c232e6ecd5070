export { actionTree, TREE_LEVELS, type StatusTreeNode, type TreeLevel } from './actionTree.js';
export {
  buildReport,
  type BuildReportOptions,
  type BuildReportResult,
  type MonitoringReport,
  type PeriodText,
  type ReportAction,
} from './buildReport.js';
export {
  comparePublishedCounts,
  type ComparePublishedResult,
  type CountDifference,
  type PublishedCounts,
} from './comparePublishedCounts.js';
export { COUNT_BUCKETS, type CountBucket, type StatusCounts, type StatusPercentages } from './counts.js';
export { DEADLINE_KINDS, RECURRENCE_PERIODS, type Deadline, type DeadlineKind, type RecurrencePeriod } from './deadline.js';
export { dueDates } from './dueDates.js';
export { isOverdue } from './isOverdue.js';
export { parseDeadline, type ParseDeadlineOptions, type ParseDeadlineResult } from './parseDeadline.js';
export { parseStatus, type ParsedStatus, type ParseStatusResult, type StatusEvidence } from './parseStatus.js';
export { recordsFromResults, type ActionResult, type RecordsFromResultsResult } from './recordsFromResults.js';
export {
  rollupStatuses,
  type CountingUnit,
  type EvidencePolicy,
  type RollupNode,
  type RollupOptions,
  type RollupResult,
} from './rollupStatuses.js';
export {
  ACTION_STATUSES,
  PeriodSchema,
  STATUS_LABELS,
  StatusRecordSchema,
  type ActionStatus,
  type Period,
  type StatusRecord,
} from './status.js';
export {
  BUCKET_COLORS,
  BUCKET_LABELS,
  statusChartData,
  type ChartSegment,
  type StatusChartData,
  type StatusChartDataOptions,
} from './statusChartData.js';
export { statusChartSvg, type StatusChartSvgOptions } from './statusChartSvg.js';
