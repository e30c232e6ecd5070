export { renderPlanHtml } from './renderPlanHtml.js';
export { renderPlanMarkdown } from './renderPlanMarkdown.js';
export { renderReportHtml, type RenderReportOptions } from './renderReportHtml.js';
export type { RenderLanguage, RenderPlanOptions, RenderResult } from './types.js';
