// The yearly report as a document: the summary of stages, the rollup table at every level above
// the actions, the charts of the monitoring capability, the overdue actions and every action's stage.
import { COUNT_BUCKETS, type CountBucket } from '../monitoring/counts.js';
import type { MonitoringReport, ReportAction } from '../monitoring/buildReport.js';
import type { RollupNode } from '../monitoring/rollupStatuses.js';
import { BUCKET_LABELS } from '../monitoring/statusChartData.js';
import { statusChartSvg } from '../monitoring/statusChartSvg.js';
import type { Plan } from '../plan/schemas/plan.js';
import { numbered } from './cells.js';
import { roDate } from '../internal/text.js';
import { paragraph } from './context.js';
import type { Block, RenderedDocument } from './document.js';
import { buildTable, plainRows, type ColumnSpec } from './tables.js';
import { labelsFor } from './labels.js';
import type { RenderLanguage } from './types.js';

/** Buckets with at least one action at the root, in the library's order. */
function usedBuckets(root: RollupNode): CountBucket[] {
  return COUNT_BUCKETS.filter((b) => root.counts[b] > 0);
}

/** The nodes above the actions, depth first. */
function levelsAboveActions(node: RollupNode): RollupNode[] {
  return node.children.filter((c) => c.level !== 'action').flatMap((c) => [c, ...levelsAboveActions(c)]);
}

const percent = (p: string) => `${p.replace('.', ',')}%`;

export function reportDocument(plan: Plan, report: MonitoringReport, lang: RenderLanguage, title?: string): RenderedDocument {
  const L = labelsFor(lang);
  const label = (b: CountBucket) => BUCKET_LABELS[b][lang];
  const heading = title ?? L('report_title', { authority: plan.meta.authority.name, year: plan.meta.year });
  const root = report.rollup;
  const buckets = usedBuckets(root);
  const asOf = roDate(report.asOf);
  let tables = 0;
  const tableId = () => `t${(tables += 1)}`;

  const summaryColumns: ColumnSpec<CountBucket>[] = [
    { key: 'stage', label: L('stage'), cell: label },
    { key: 'count', label: L('report_count'), numeric: true, cell: (b) => String(root.counts[b]) },
    { key: 'percent', label: L('report_percent'), numeric: true, cell: (b) => percent(root.percentages[b]) },
  ];
  const rollupColumns: ColumnSpec<RollupNode>[] = [
    { key: 'level', label: L('report_level'), cell: (n) => L(`level_${n.level}`) },
    { key: 'title', label: L('report_nodeTitle'), cell: (n) => numbered(n.id, n.title) },
    { key: 'total', label: L('total'), numeric: true, cell: (n) => String(n.counts.total) },
    ...buckets.map((b) => ({ key: b, label: label(b), numeric: true, cell: (n: RollupNode) => String(n.counts[b]) })),
  ];
  const actionColumns = (periods: readonly string[]): ColumnSpec<ReportAction>[] => [
    { key: 'id', label: L('no'), optional: true, cell: (a) => a.id ?? '' },
    { key: 'action', label: L('report_action'), cell: (a) => a.title },
    { key: 'deadline', label: L('deadline'), optional: true, cell: (a) => a.deadline?.raw ?? '' },
    { key: 'responsible', label: L('responsible'), optional: true, cell: (a) => a.responsible.join('\n') },
    // One column for every period ("2021: realizat"), not one per period: twelve quarters would
    // leave the other columns a word wide.
    {
      key: 'byPeriod',
      label: L('report_byPeriod'),
      cell: (a) =>
        periods
          .flatMap((p) => {
            const stage = a.stageByPeriod[p];
            return stage ? [`${p}: ${label(stage)}`] : [];
          })
          .join('\n'),
    },
    { key: 'stage', label: L('stage'), cell: (a) => (a.stage ? label(a.stage) : '') },
    { key: 'evidence', label: L('report_evidence'), optional: true, cell: (a) => a.evidence.map((e) => `${e.period}: ${e.text}`).join('\n') },
    { key: 'revisions', label: L('revisions'), optional: true, cell: (a) => a.revisions.map((e) => `${e.period}: ${e.text}`).join('\n') },
    { key: 'completion', label: L('report_completion'), optional: true, cell: (a) => (a.estimatedCompletion ? roDate(a.estimatedCompletion.date) : '') },
  ];
  const overdue = report.actions.filter((a) => a.overdue);
  const fields = [
    { label: L('responsibleInstitution'), value: report.responsibleInstitution ?? '' },
    { label: L('report_asOf'), value: asOf },
    { label: L('report_periods'), value: report.periods.join(', ') },
    { label: L('report_unit'), value: L(report.unit === 'action' ? 'report_unit_action' : 'report_unit_action_period') },
  ].filter((f) => f.value !== '');

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'fields', items: fields },
    { kind: 'heading', level: 2, text: L('report_summary'), id: 'stadiu' },
    buildTable({
      id: tableId(),
      caption: L('report_summary'),
      columns: summaryColumns,
      rows: plainRows(buckets),
      totals: [{ label: L('total'), values: { count: String(root.counts.total), percent: root.counts.total ? '100%' : '' } }],
    }),
    { kind: 'heading', level: 2, text: L('report_charts'), id: 'grafice' },
    { kind: 'figure', svg: statusChartSvg(root, { kind: 'bar', lang, idPrefix: 'report-bar' }), caption: L('report_barCaption') },
    { kind: 'figure', svg: statusChartSvg(root, { kind: 'pie', lang, idPrefix: 'report-pie' }), caption: L('report_pieCaption') },
    { kind: 'heading', level: 2, text: L('report_rollup'), id: 'componente' },
    buildTable({ id: tableId(), caption: L('report_rollup'), columns: rollupColumns, rows: levelsAboveActions(root).map((n) => ({ row: n, strong: n.level === 'component' })), wide: true }),
    { kind: 'heading', level: 2, text: L('report_overdue', { date: asOf }), id: 'restante' },
    ...(overdue.length
      ? [buildTable({ id: tableId(), caption: L('report_overdue', { date: asOf }), columns: actionColumns(report.periods), rows: plainRows(overdue), wide: true })]
      : paragraph(L('report_noOverdue', { date: asOf }), 'status')),
    { kind: 'heading', level: 2, text: L('report_actions'), id: 'actiuni' },
    buildTable({ id: tableId(), caption: L('report_actions'), columns: actionColumns(report.periods), rows: plainRows(report.actions), wide: true }),
    ...paragraph(L('report_generatedBy'), 'note'),
  ];
  return { lang, title: heading, blocks };
}
