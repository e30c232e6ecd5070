// Chapter II (public information) and chapter III (staff training, with persons and budgets added
// up here and the totals the document printed compared with them).
import { sumAmountCells } from '../plan/amounts.js';
import type { AmountCell } from '../plan/cells/amount.js';
import type { CountCell } from '../plan/cells/count.js';
import type { PublicInformation } from '../plan/schemas/chapter2.js';
import type { Training } from '../plan/schemas/chapter3.js';
import { INSTRUCTION_AUDIENCES } from '../plan/schemas/chapter3.js';
import { amountText, countText, totalsText } from './cells.js';
import { paragraph, printedHeading, sectionText, type BuildContext } from './context.js';
import type { Block } from './document.js';
import type { LabelKey } from './labels.js';
import { buildTable, plainRows, type ColumnSpec } from './tables.js';

/** Numbers of the activity tables in the template (point 2 to 8 of chapter II). */
const ACTIVITY_NUMBERS: Readonly<Record<string, number>> = {
  public_information: 2,
  green_line: 3,
  information_campaigns: 4,
  promotion_campaigns: 5,
  stakeholder_meetings: 6,
  community_information: 7,
  media_messages: 8,
};

type PublishedItem = NonNullable<PublicInformation['publishedItems']>['rows'][number];
type ActivityTable = NonNullable<PublicInformation['activityTables']>[number];
type Activity = ActivityTable['rows'][number];

function activityBlocks(table: ActivityTable, ctx: BuildContext): Block[] {
  const { L } = ctx;
  const n = ACTIVITY_NUMBERS[table.kind];
  const title = `${n ? `${n}. ` : ''}${L(`activity_${table.kind}`)}`;
  const columns: ColumnSpec<Activity>[] = [
    { key: 'no', label: L('no'), optional: true, cell: (r) => String(r.no ?? '') },
    { key: 'theme', label: L('theme'), cell: (r) => r.theme ?? '' },
    { key: 'description', label: L('description'), cell: (r) => r.description ?? '' },
    { key: 'period', label: L('period'), cell: (r) => r.period ?? '' },
    { key: 'organizer', label: L('organizer'), optional: true, cell: (r) => r.organizer ?? '' },
    { key: 'place', label: L('venue'), optional: true, cell: (r) => r.place ?? '' },
  ];
  return [
    { kind: 'heading', level: 3, text: title },
    ...sectionText(table, title, ctx),
    ...(table.rows.length ? [buildTable({ id: ctx.tableId(), caption: title, columns, rows: plainRows(table.rows) })] : []),
  ];
}

/** Chapter II, or nothing when the plan has none. */
export function chapter2Blocks(ch: PublicInformation | undefined, ctx: BuildContext): Block[] {
  if (!ch) return [];
  const { L } = ctx;
  const out: Block[] = [{ kind: 'heading', level: 2, text: L('chapter2'), id: 'capitolul-2' }, ...paragraph(ch.intro)];
  const items = ch.publishedItems;
  if (items) {
    const columns: ColumnSpec<PublishedItem>[] = [
      { key: 'ref', label: L('ref'), optional: true, cell: (r) => r.ref ?? '' },
      { key: 'item', label: L('item'), cell: (r) => r.item },
      { key: 'revision', label: L('revisionPeriod'), optional: true, cell: (r) => r.revisionPeriod ?? '' },
      { key: 'where', label: L('where'), optional: true, cell: (r) => r.where ?? '' },
    ];
    out.push({ kind: 'heading', level: 3, text: L('publishedItems') }, ...sectionText(items, L('publishedItems'), ctx));
    if (items.rows.length) out.push(buildTable({ id: ctx.tableId(), caption: L('publishedItems'), columns, rows: plainRows(items.rows) }));
  }
  for (const table of ch.activityTables ?? []) out.push(...activityBlocks(table, ctx));
  return out;
}

interface TrainingRow {
  readonly no?: string | number | undefined;
  readonly audience?: (typeof INSTRUCTION_AUDIENCES)[number] | undefined;
  readonly staffCategory?: string | undefined;
  readonly theme?: string | undefined;
  readonly persons?: CountCell | undefined;
  readonly budget?: AmountCell | undefined;
}

interface TrainingGroup {
  readonly heading?: string | undefined;
  readonly status?: 'not_applicable' | 'none' | undefined;
  readonly statement?: string | undefined;
  readonly rows: readonly TrainingRow[];
  readonly printedTotal?: AmountCell | undefined;
}

/** Persons and budget added up over rows ("-" when no row gives a number); the budget per currency. */
function trainingTotals(rows: readonly { persons?: CountCell | undefined; budget?: AmountCell | undefined }[]) {
  const counts = rows.flatMap((r) => (typeof r.persons === 'number' ? [r.persons] : []));
  return {
    persons: counts.length ? String(counts.reduce((a, b) => a + b, 0)) : '-',
    budget: sumAmountCells(rows.map((r) => r.budget)),
  };
}

function trainingTable(rows: readonly TrainingRow[], caption: string, ctx: BuildContext): Block {
  const { L } = ctx;
  const columns: ColumnSpec<TrainingRow>[] = [
    { key: 'no', label: L('no'), optional: true, cell: (r) => String(r.no ?? '') },
    { key: 'audience', label: L('audience'), optional: true, cell: (r) => (r.audience ? L(`audience_${r.audience}`) : '') },
    { key: 'staff', label: L('staffCategory'), optional: true, cell: (r) => r.staffCategory ?? '' },
    { key: 'theme', label: L('interestTheme'), optional: true, cell: (r) => r.theme ?? '' },
    { key: 'persons', label: L('persons'), numeric: true, cell: (r) => countText(r.persons, L) },
    { key: 'budget', label: L('budget'), numeric: true, cell: (r) => amountText(r.budget, L) },
  ];
  const totals = trainingTotals(rows);
  return buildTable({
    id: ctx.tableId(),
    caption,
    columns,
    rows: plainRows(rows),
    totals: [{ label: L('total'), values: { persons: totals.persons, budget: totalsText(totals.budget) } }],
  });
}

/** A note when the total printed under a table is not the sum of its rows. */
function printedTotalNote(group: TrainingGroup, ctx: BuildContext): Block[] {
  const printed = group.printedTotal;
  if (printed?.kind !== 'amount') return [];
  const computed = sumAmountCells(group.rows.map((r) => r.budget));
  if (computed[printed.currency] === printed.value) return [];
  return paragraph(ctx.L('printedTotalDiffers', { printed: amountText(printed, ctx.L), computed: totalsText(computed) }), 'note');
}

function trainingGroupBlocks(group: TrainingGroup | undefined, titleKey: LabelKey, ctx: BuildContext, before: Block[] = []): Block[] {
  if (!group) return [];
  const title = ctx.L(titleKey);
  const hasStatements = before.length > 0;
  const text = hasStatements && group.rows.length === 0 && !group.status && !group.statement ? printedHeading(group.heading, title) : sectionText(group, title, ctx);
  return [
    { kind: 'heading', level: 4, text: title },
    ...before,
    ...text,
    ...(group.rows.length ? [trainingTable(group.rows, title, ctx), ...printedTotalNote(group, ctx)] : []),
  ];
}

/** Chapter III, or nothing when the plan has none. */
export function chapter3Blocks(t: Training | undefined, ctx: BuildContext): Block[] {
  if (!t) return [];
  const { L } = ctx;
  const statements = t.instruction?.statements;
  const audienceFields: Block[] = statements
    ? [
        {
          kind: 'fields',
          items: INSTRUCTION_AUDIENCES.flatMap((a) => (statements[a] !== undefined ? [{ label: L(`audience_${a}`), value: statements[a] ?? '' }] : [])),
        },
      ]
    : [];
  const out: Block[] = [
    { kind: 'heading', level: 2, text: L('chapter3'), id: 'capitolul-3' },
    ...paragraph(t.intro),
    { kind: 'heading', level: 3, text: L('trainingProposals') },
    ...trainingGroupBlocks(t.refresherCourses, 'refresherCourses', ctx),
    ...trainingGroupBlocks(t.qualificationCourses, 'qualificationCourses', ctx),
    ...trainingGroupBlocks(t.instruction, 'instruction', ctx, audienceFields),
    ...trainingGroupBlocks(t.peerReview, 'peerReview', ctx),
    ...trainingGroupBlocks(t.nationalProgrammes, 'nationalProgrammes', ctx),
    ...trainingGroupBlocks(t.other, 'otherTraining', ctx),
  ];
  const sup = t.supervision;
  if (sup) {
    type SupervisionRow = (typeof sup.rows)[number];
    const columns: ColumnSpec<SupervisionRow>[] = [
      { key: 'category', label: L('category'), cell: (r) => r.label ?? L(`supervision_${r.category}`) },
      { key: 'persons', label: L('persons'), numeric: true, cell: (r) => countText(r.persons, L) },
      { key: 'budget', label: L('budget'), numeric: true, cell: (r) => amountText(r.budget, L) },
    ];
    const totals = trainingTotals(sup.rows);
    out.push({ kind: 'heading', level: 3, text: L('supervision') }, ...sectionText(sup, L('supervision'), ctx));
    if (sup.rows.length) {
      out.push(
        buildTable({
          id: ctx.tableId(),
          caption: L('supervision'),
          columns,
          rows: plainRows(sup.rows),
          totals: [{ label: L('total'), values: { persons: totals.persons, budget: totalsText(totals.budget) } }],
        }),
      );
    }
  }
  return out;
}
