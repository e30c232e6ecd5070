// The yearly report as a document: the summary of stages, the rollup table at every level above
// the actions, the charts of the monitoring capability, the overdue actions and every action's stage.
import { COUNT_BUCKETS, type CountBucket } from '../monitoring/counts.js';
import type { MonitoringReport, ReportAction } from '../monitoring/buildReport.js';
import type { RollupNode } from '../monitoring/rollupStatuses.js';
import { BUCKET_LABELS } from '../monitoring/statusChartData.js';
import { statusChartSvg } from '../monitoring/statusChartSvg.js';
import type { Plan } from '../plan/schemas/plan.js';
import { numbered, roDate } from './cells.js';
import { paragraph } from './context.js';
import type { Block, RenderedDocument } from './document.js';
import { buildTable, plainRows, type ColumnSpec } from './tables.js';
import type { RenderLanguage } from './types.js';

const WORDS = {
  ro: {
    title: 'Raport privind stadiul implementării Planului anual de acțiune privind serviciile sociale – {authority}, {year}',
    asOf: 'Situația la',
    periods: 'Perioade raportate',
    unit: 'Se numără',
    unit_action: 'fiecare acțiune o dată (perioadele combinate)',
    'unit_action-period': 'fiecare acțiune în fiecare perioadă',
    responsible: 'Instituția responsabilă',
    summary: 'Stadiul acțiunilor',
    stage: 'Stadiul',
    count: 'Număr',
    percent: 'Procent',
    total: 'Total',
    rollup: 'Stadiul pe componente și obiective',
    level: 'Nivel',
    title_: 'Titlu',
    charts: 'Grafice',
    barCaption: 'Stadiul acțiunilor pe nivelul de sub plan.',
    pieCaption: 'Stadiul tuturor acțiunilor.',
    overdue: 'Acțiuni restante la {date}',
    noOverdue: 'Nicio acțiune restantă la {date}.',
    actions: 'Stadiul fiecărei acțiuni',
    action: 'Acțiunea',
    deadline: 'Termen',
    responsibleUnit: 'Responsabil',
    evidence: 'Rezultate / observații',
    revisions: 'Revizuiri (probleme, obstacole, riscuri)',
    completion: 'Finalizare estimată',
    generatedBy: 'Document generat cu plan-servicii-sociale; numărătorile și procentele sunt calculate de bibliotecă.',
    levels: { plan: 'Plan', component: 'Componentă', generalObjective: 'Obiectiv general', specificObjective: 'Obiectiv specific', measure: 'Măsură', action: 'Acțiune' },
  },
  en: {
    title: 'Report on the implementation of the annual action plan for social services – {authority}, {year}',
    asOf: 'As of',
    periods: 'Periods reported',
    unit: 'Counted',
    unit_action: 'each action once (periods combined)',
    'unit_action-period': 'each action in each period',
    responsible: 'Responsible institution',
    summary: 'Stage of the actions',
    stage: 'Stage',
    count: 'Count',
    percent: 'Percent',
    total: 'Total',
    rollup: 'Stage by component and objective',
    level: 'Level',
    title_: 'Title',
    charts: 'Charts',
    barCaption: 'Stage of the actions by the level below the plan.',
    pieCaption: 'Stage of all the actions.',
    overdue: 'Actions overdue on {date}',
    noOverdue: 'No action overdue on {date}.',
    actions: 'Stage of every action',
    action: 'Action',
    deadline: 'Deadline',
    responsibleUnit: 'Responsible',
    evidence: 'Results / remarks',
    revisions: 'Revisions (problems, obstacles, risks)',
    completion: 'Estimated completion',
    generatedBy: 'Document generated with plan-servicii-sociale; counts and percentages are computed by the library.',
    levels: { plan: 'Plan', component: 'Component', generalObjective: 'General objective', specificObjective: 'Specific objective', measure: 'Measure', action: 'Action' },
  },
} as const;

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

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
  const W = WORDS[lang];
  const label = (b: CountBucket) => BUCKET_LABELS[b][lang];
  const heading = title ?? fill(W.title, { authority: plan.meta.authority.name, year: plan.meta.year });
  const root = report.rollup;
  const buckets = usedBuckets(root);
  const asOf = roDate(report.asOf);
  let tables = 0;
  const tableId = () => `t${(tables += 1)}`;

  const summaryColumns: ColumnSpec<CountBucket>[] = [
    { key: 'stage', label: W.stage, cell: label },
    { key: 'count', label: W.count, numeric: true, cell: (b) => String(root.counts[b]) },
    { key: 'percent', label: W.percent, numeric: true, cell: (b) => percent(root.percentages[b]) },
  ];
  const rollupColumns: ColumnSpec<RollupNode>[] = [
    { key: 'level', label: W.level, cell: (n) => W.levels[n.level] },
    { key: 'title', label: W.title_, cell: (n) => numbered(n.id, n.title) },
    { key: 'total', label: W.total, numeric: true, cell: (n) => String(n.counts.total) },
    ...buckets.map((b) => ({ key: b, label: label(b), numeric: true, cell: (n: RollupNode) => String(n.counts[b]) })),
  ];
  const actionColumns = (periods: readonly string[]): ColumnSpec<ReportAction>[] => [
    { key: 'id', label: 'Nr.', optional: true, cell: (a) => a.id ?? '' },
    { key: 'action', label: W.action, cell: (a) => a.title },
    { key: 'deadline', label: W.deadline, optional: true, cell: (a) => a.deadline?.raw ?? '' },
    { key: 'responsible', label: W.responsibleUnit, optional: true, cell: (a) => a.responsible.join('\n') },
    ...periods.map((p) => ({ key: `p${p}`, label: p, cell: (a: ReportAction) => (a.stageByPeriod[p] ? label(a.stageByPeriod[p]) : '') })),
    { key: 'stage', label: W.stage, cell: (a) => (a.stage ? label(a.stage) : '') },
    { key: 'evidence', label: W.evidence, optional: true, cell: (a) => a.evidence.map((e) => `${e.period}: ${e.text}`).join('\n') },
    { key: 'revisions', label: W.revisions, optional: true, cell: (a) => a.revisions.map((e) => `${e.period}: ${e.text}`).join('\n') },
    { key: 'completion', label: W.completion, optional: true, cell: (a) => (a.estimatedCompletion ? roDate(a.estimatedCompletion.date) : '') },
  ];
  const overdue = report.actions.filter((a) => a.overdue);
  const fields = [
    { label: W.responsible, value: report.responsibleInstitution ?? '' },
    { label: W.asOf, value: asOf },
    { label: W.periods, value: report.periods.join(', ') },
    { label: W.unit, value: W[`unit_${report.unit}`] },
  ].filter((f) => f.value !== '');

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'fields', items: fields },
    { kind: 'heading', level: 2, text: W.summary, id: 'stadiu' },
    buildTable({
      id: tableId(),
      caption: W.summary,
      columns: summaryColumns,
      rows: plainRows(buckets),
      totals: [{ label: W.total, values: { count: String(root.counts.total), percent: root.counts.total ? '100%' : '' } }],
    }),
    { kind: 'heading', level: 2, text: W.charts, id: 'grafice' },
    { kind: 'figure', svg: statusChartSvg(root, { kind: 'bar', lang, idPrefix: 'report-bar' }), caption: W.barCaption },
    { kind: 'figure', svg: statusChartSvg(root, { kind: 'pie', lang, idPrefix: 'report-pie' }), caption: W.pieCaption },
    { kind: 'heading', level: 2, text: W.rollup, id: 'componente' },
    buildTable({ id: tableId(), caption: W.rollup, columns: rollupColumns, rows: levelsAboveActions(root).map((n) => ({ row: n, strong: n.level === 'component' })), wide: true }),
    { kind: 'heading', level: 2, text: fill(W.overdue, { date: asOf }), id: 'restante' },
    ...(overdue.length
      ? [buildTable({ id: tableId(), caption: fill(W.overdue, { date: asOf }), columns: actionColumns(report.periods), rows: plainRows(overdue), wide: true })]
      : paragraph(fill(W.noOverdue, { date: asOf }), 'status')),
    { kind: 'heading', level: 2, text: W.actions, id: 'actiuni' },
    buildTable({ id: tableId(), caption: W.actions, columns: actionColumns(report.periods), rows: plainRows(report.actions), wide: true }),
    ...paragraph(W.generatedBy, 'note'),
  ];
  return { lang, title: heading, blocks };
}
