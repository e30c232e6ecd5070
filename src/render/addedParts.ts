// The parts councils add to the template: the action plan (objectives, measures, actions), the
// programme by domain, the budget chapter's quarterly tables (as printed) and the monitoring section.
import type { Action, ActionPlan, GeneralObjective, Indicator } from '../plan/schemas/actionPlan.js';
import type { BudgetChapter, BudgetRow } from '../plan/schemas/budgetChapter.js';
import type { DomainProgramme } from '../plan/schemas/domainProgramme.js';
import type { Monitoring } from '../plan/schemas/monitoring.js';
import { bareAmountText, numbered } from './cells.js';
import { paragraph, type BuildContext } from './context.js';
import type { Block } from './document.js';
import { buildTable, plainRows, type ColumnSpec, type SourceRow } from './tables.js';

function indicatorsText(indicators: readonly Indicator[] | undefined, ctx: BuildContext): string {
  return (indicators ?? [])
    .map((i) => {
      const extra = [i.target ? `${ctx.L('target')}: ${i.target}` : '', i.baseline ? `${ctx.L('baseline')}: ${i.baseline}` : ''].filter(Boolean);
      return extra.length ? `${i.text} (${extra.join('; ')})` : i.text;
    })
    .join('\n');
}

const lines = (list: readonly string[] | undefined) => (list ?? []).join('\n');

/** A row of the action table: an action, or a measure with the fields it prints once. */
interface ActionRow {
  readonly id?: string | undefined;
  readonly title: string;
  readonly expectedResult?: string | undefined;
  readonly indicators?: readonly Indicator[] | undefined;
  readonly responsible?: readonly string[] | undefined;
  readonly partners?: readonly string[] | undefined;
  readonly deadline?: string | undefined;
  readonly funding?: string | undefined;
  readonly beneficiaries?: string | undefined;
}

function actionTable(rows: readonly SourceRow<ActionRow>[], caption: string, ctx: BuildContext): Block {
  const { L } = ctx;
  const columns: ColumnSpec<ActionRow>[] = [
    { key: 'id', label: L('no'), optional: true, cell: (r) => r.id ?? '' },
    { key: 'title', label: L('action'), cell: (r) => r.title },
    { key: 'result', label: L('expectedResult'), optional: true, cell: (r) => r.expectedResult ?? '' },
    { key: 'indicators', label: L('indicators'), optional: true, cell: (r) => indicatorsText(r.indicators, ctx) },
    { key: 'responsible', label: L('responsible'), optional: true, cell: (r) => lines(r.responsible) },
    { key: 'partners', label: L('partners'), optional: true, cell: (r) => lines(r.partners) },
    { key: 'deadline', label: L('deadline'), optional: true, cell: (r) => r.deadline ?? '' },
    { key: 'funding', label: L('funding'), optional: true, cell: (r) => r.funding ?? '' },
    { key: 'beneficiaries', label: L('beneficiaries'), optional: true, cell: (r) => r.beneficiaries ?? '' },
  ];
  return buildTable({ id: ctx.tableId(), caption, columns, rows, wide: true });
}

const actionRows = (actions: readonly Action[] | undefined): SourceRow<ActionRow>[] => plainRows(actions ?? []);

function generalObjectiveBlocks(go: GeneralObjective, level: 3 | 4, ctx: BuildContext): Block[] {
  const title = numbered(go.id, go.title);
  const out: Block[] = [{ kind: 'heading', level, text: title }];
  if (go.actions?.length) out.push(actionTable(actionRows(go.actions), title, ctx));
  for (const so of go.specificObjectives ?? []) {
    const soTitle = numbered(so.id, so.title);
    const rows = [...actionRows(so.actions), ...(so.measures ?? []).flatMap((m) => [{ row: m, strong: true }, ...actionRows(m.actions)])];
    out.push({ kind: 'heading', level: (level + 1) as 4 | 5, text: soTitle });
    if (rows.length) out.push(actionTable(rows, soTitle, ctx));
    else out.push(...paragraph(ctx.L('empty'), 'status'));
  }
  return out;
}

/** The action plan, or nothing. */
export function actionPlanBlocks(ap: ActionPlan | undefined, ctx: BuildContext): Block[] {
  if (!ap) return [];
  const out: Block[] = [{ kind: 'heading', level: 2, text: ctx.L('actionPlan'), id: 'plan-de-actiune' }, ...paragraph(ap.title)];
  for (const c of ap.components ?? []) {
    out.push({ kind: 'heading', level: 3, text: numbered(c.id, c.title) });
    for (const go of c.generalObjectives) out.push(...generalObjectiveBlocks(go, 4, ctx));
  }
  for (const go of ap.generalObjectives ?? []) out.push(...generalObjectiveBlocks(go, 3, ctx));
  return out;
}

type DomainObjective = DomainProgramme['domains'][number]['objectives'][number];

/** The programme by domain, or nothing. */
export function domainProgrammeBlocks(p: DomainProgramme | undefined, ctx: BuildContext): Block[] {
  if (!p) return [];
  const { L } = ctx;
  const out: Block[] = [
    { kind: 'heading', level: 2, text: p.year ? `${L('domainProgramme')}, ${p.year}` : L('domainProgramme'), id: 'program-pe-domenii' },
    ...paragraph(p.title),
  ];
  for (const d of p.domains) {
    const columns: ColumnSpec<DomainObjective>[] = [
      { key: 'objectives', label: L('objectives'), cell: (r) => lines(r.objectives) },
      { key: 'categories', label: L('beneficiaryCategories'), optional: true, cell: (r) => lines(r.beneficiaryCategories) },
      { key: 'actions', label: L('actions'), optional: true, cell: (r) => lines(r.actions) },
      { key: 'indicators', label: L('indicators'), optional: true, cell: (r) => indicatorsText(r.indicators, ctx) },
      { key: 'deadline', label: L('deadline'), optional: true, cell: (r) => r.deadline ?? '' },
      { key: 'responsible', label: L('institutions'), optional: true, cell: (r) => lines(r.responsible) },
    ];
    out.push({ kind: 'heading', level: 3, text: d.label });
    if (d.objectives.length) out.push(buildTable({ id: ctx.tableId(), caption: d.label, columns, rows: plainRows(d.objectives), wide: true }));
    else out.push(...paragraph(L('empty'), 'status'));
  }
  return out;
}

/** The budget chapter's tables as printed, in their own unit (their sums are checked by `reconcileBudgetTable`). */
export function budgetChapterBlocks(b: BudgetChapter | undefined, ctx: BuildContext): Block[] {
  if (!b) return [];
  const { L } = ctx;
  const out: Block[] = [{ kind: 'heading', level: 2, text: L('budgetChapter'), id: 'buget' }, ...paragraph(b.intro)];
  for (const t of b.tables) {
    const caption = [t.functionalCode, t.title].filter(Boolean).join(' ') || L('tableOf');
    const money = (key: 'annual' | 'q1' | 'q2' | 'q3' | 'q4') => (r: BudgetRow) => bareAmountText(r[key], L);
    const columns: ColumnSpec<BudgetRow>[] = [
      { key: 'label', label: L('budgetLabel'), cell: (r) => r.label ?? '' },
      { key: 'code', label: L('budgetCode'), cell: (r) => r.code ?? '' },
      { key: 'annual', label: t.year ? `${L('annual')} ${t.year}` : L('annual'), numeric: true, cell: money('annual') },
      { key: 'q1', label: L('q1'), numeric: true, cell: money('q1') },
      { key: 'q2', label: L('q2'), numeric: true, cell: money('q2') },
      { key: 'q3', label: L('q3'), numeric: true, cell: money('q3') },
      { key: 'q4', label: L('q4'), numeric: true, cell: money('q4') },
    ];
    out.push(
      { kind: 'heading', level: 3, text: caption },
      ...paragraph(t.unit ? L('budgetUnit', { unit: t.unit }) : L('budgetUnitMissing'), 'note'),
      buildTable({ id: ctx.tableId(), caption, columns, rows: plainRows(t.rows) }),
    );
  }
  return out;
}

type MonitoringEntry = Monitoring['entries'][number];

/** The monitoring section, or nothing. */
export function monitoringBlocks(m: Monitoring | undefined, ctx: BuildContext): Block[] {
  if (!m) return [];
  const { L } = ctx;
  const fields = [
    { label: L('responsibleInstitution'), value: m.responsibleInstitution },
    { label: L('frequency'), value: m.frequency },
  ].flatMap((f) => (f.value ? [{ label: f.label, value: f.value }] : []));
  const out: Block[] = [{ kind: 'heading', level: 2, text: L('monitoring'), id: 'monitorizare' }, ...paragraph(m.intro)];
  if (fields.length) out.push({ kind: 'fields', items: fields });
  if (m.reportContents?.length) out.push(...paragraph(L('reportContents')), { kind: 'list', items: m.reportContents });
  if (m.entries.length) {
    const columns: ColumnSpec<MonitoringEntry>[] = [
      { key: 'action', label: L('actionRef'), cell: (r) => r.actionRef ?? '' },
      { key: 'institution', label: L('responsibleInstitution'), cell: (r) => r.institution ?? '' },
      { key: 'stage', label: L('stage'), cell: (r) => r.stage ?? '' },
      { key: 'revisions', label: L('revisions'), cell: (r) => r.revisions ?? '' },
      { key: 'completion', label: L('estimatedCompletion'), cell: (r) => r.estimatedCompletion ?? '' },
    ];
    out.push(buildTable({ id: ctx.tableId(), caption: L('monitoring'), columns, rows: plainRows(m.entries), wide: true }));
  }
  return out;
}
