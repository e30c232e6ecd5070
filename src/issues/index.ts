export { ISSUE_CATALOGUE, type IssueRule } from './catalogue.js';
export { createIssue } from './createIssue.js';
export { PlanValidationError } from './PlanValidationError.js';
export type { Issue, IssueCode, LocalizedMessage, Severity } from './types.js';
