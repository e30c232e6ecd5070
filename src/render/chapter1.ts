// Chapter I of the template: existing services (A), proposed services (B), the contracting
// programme (C) and the subsidy programme (D), with totals by funding source computed here.
import { sumAmountCells } from '../plan/amounts.js';
import type { Chapter1, ContractingService, ExistingService, FundingBudget, ProposedService } from '../plan/schemas/chapter1.js';
import { FUNDING_SOURCES } from '../plan/schemas/fundingSources.js';
import {
  amountText,
  capacityText,
  codeText,
  countText,
  occupancyText,
  quantityText,
  staffText,
  textCellText,
  totalsText,
  withContact,
} from './cells.js';
import { paragraph, sectionText, statusLabel, type BuildContext } from './context.js';
import type { Block } from './document.js';
import { buildTable, plainRows, type ColumnSpec, type TotalsSpec } from './tables.js';

/** The five source columns of a budget, under one group header. */
function sourceColumns<R>(group: string, budgetOf: (row: R) => FundingBudget | undefined, ctx: BuildContext): ColumnSpec<R>[] {
  return FUNDING_SOURCES.map((source) => ({
    key: source,
    label: ctx.L(`source_${source}`),
    group,
    numeric: true,
    cell: (row: R) => {
      const budget = budgetOf(row);
      const text = amountText(budget?.[source], ctx.L);
      // The named other source is kept even when no amount was written for it.
      return source === 'other' && budget?.otherSource ? [text, `(${budget.otherSource})`].filter(Boolean).join('\n') : text;
    },
  }));
}

/** The two totals rows under a budget table: per source, then all sources together ("-" where nothing adds up). */
function budgetTotals(budgets: readonly (FundingBudget | undefined)[], ctx: BuildContext): TotalsSpec[] {
  const bySource = FUNDING_SOURCES.map((s) => [s, budgets.map((b) => b?.[s])] as const);
  return [
    { label: ctx.L('total'), values: Object.fromEntries(bySource.map(([s, cells]) => [s, totalsText(sumAmountCells(cells))])) },
    { label: ctx.L('totalAllSources'), values: { local: totalsText(sumAmountCells(bySource.flatMap(([, cells]) => cells))) }, merge: FUNDING_SOURCES },
  ];
}

function calculationColumn<R>(calculationOf: (row: R) => string | undefined, ctx: BuildContext): ColumnSpec<R> {
  return { key: 'calculation', label: ctx.L('calculation'), optional: true, cell: (r) => calculationOf(r) ?? '' };
}

function existingTable(rows: readonly ExistingService[], caption: string, ctx: BuildContext): Block {
  const { L } = ctx;
  const columns: ColumnSpec<ExistingService>[] = [
    { key: 'no', label: L('no'), optional: true, cell: (r) => String(r.no ?? '') },
    { key: 'provider', label: L('provider'), optional: true, cell: (r) => withContact(r.provider?.name, r.provider?.contact) },
    { key: 'code', label: L('serviceCodeFull'), cell: (r) => codeText(r.serviceCode, L) },
    { key: 'name', label: L('serviceName'), cell: (r) => withContact(r.name, r.contact) },
    { key: 'capacity', label: L('capacity'), cell: (r) => capacityText(r.capacity, L) },
    { key: 'occupancy', label: L('occupancy'), cell: (r) => occupancyText(r.occupancy, L) },
    { key: 'waiting', label: L('waitingRequests'), optional: true, numeric: true, cell: (r) => countText(r.waitingRequests, L) },
    { key: 'offered', label: L('servicesOffered'), optional: true, cell: (r) => r.servicesOffered ?? '' },
    ...sourceColumns<ExistingService>(L('fundingGroupExisting'), (r) => r.budget, ctx),
    calculationColumn<ExistingService>((r) => r.budget?.calculation, ctx),
    { key: 'functionalCode', label: L('functionalCode'), optional: true, cell: (r) => r.functionalCode ?? '' },
    { key: 'results', label: L('resultIndicators'), optional: true, cell: (r) => r.resultIndicators ?? '' },
  ];
  return buildTable({ id: ctx.tableId(), caption, columns, rows: plainRows(rows), totals: budgetTotals(rows.map((r) => r.budget), ctx), wide: true });
}

function proposedTable(rows: readonly ProposedService[], caption: string, ctx: BuildContext): Block {
  const { L } = ctx;
  const group = L('neededCapacity');
  const columns: ColumnSpec<ProposedService>[] = [
    { key: 'no', label: L('no'), optional: true, cell: (r) => String(r.no ?? '') },
    { key: 'name', label: L('proposedName'), cell: (r) => r.name ?? '' },
    { key: 'code', label: L('serviceCode'), cell: (r) => codeText(r.serviceCode, L) },
    { key: 'category', label: L('beneficiaryCategory'), cell: (r) => r.beneficiaryCategory ?? '' },
    { key: 'perDay', label: L('beneficiariesPerDay'), group, numeric: true, cell: (r) => countText(r.neededCapacity?.beneficiariesPerDay, L) },
    { key: 'places', label: L('places'), group, numeric: true, cell: (r) => countText(r.neededCapacity?.places, L) },
    { key: 'area', label: L('area'), numeric: true, cell: (r) => quantityText(r.areaSqm, L) },
    { key: 'staff', label: L('staff'), cell: (r) => staffText(r.staff, L) },
    ...sourceColumns<ProposedService>(L('fundingGroupProposed'), (r) => r.budget, ctx),
    calculationColumn<ProposedService>((r) => r.budget?.calculation, ctx),
    { key: 'functionalCode', label: L('functionalCode'), optional: true, cell: (r) => r.functionalCode ?? '' },
    { key: 'justification', label: L('justification'), cell: (r) => r.justification ?? '' },
  ];
  return buildTable({ id: ctx.tableId(), caption, columns, rows: plainRows(rows), totals: budgetTotals(rows.map((r) => r.budget), ctx), wide: true });
}

function contractingTable(rows: readonly ContractingService[], caption: string, ctx: BuildContext): Block {
  const { L } = ctx;
  const columns: ColumnSpec<ContractingService>[] = [
    { key: 'no', label: L('no'), optional: true, cell: (r) => String(r.no ?? '') },
    { key: 'provider', label: L('provider'), optional: true, cell: (r) => withContact(r.provider?.name, r.provider?.contact) },
    { key: 'code', label: L('serviceCode'), cell: (r) => codeText(r.serviceCode, L) },
    { key: 'cpv', label: L('cpvCode'), optional: true, cell: (r) => r.cpvCode ?? '' },
    { key: 'name', label: L('serviceName'), cell: (r) => r.name ?? '' },
    { key: 'categories', label: L('beneficiaryCategories'), cell: (r) => r.beneficiaryCategories ?? '' },
    { key: 'capacity', label: L('capacity'), cell: (r) => capacityText(r.capacity, L) },
    { key: 'offered', label: L('servicesOffered'), optional: true, cell: (r) => r.servicesOffered ?? '' },
    { key: 'place', label: L('place'), optional: true, cell: (r) => r.place ?? '' },
    { key: 'justification', label: L('justification'), optional: true, cell: (r) => r.justification ?? '' },
    ...sourceColumns<ContractingService>(L('valueGroup'), (r) => r.estimatedValue, ctx),
    calculationColumn<ContractingService>((r) => r.calculation ?? r.estimatedValue?.calculation, ctx),
  ];
  return buildTable({ id: ctx.tableId(), caption, columns, rows: plainRows(rows), totals: budgetTotals(rows.map((r) => r.estimatedValue), ctx), wide: true });
}

function tableSection<R>(
  section: { heading?: string; status?: 'not_applicable' | 'none'; statement?: string; rows: readonly R[] } | undefined,
  title: string,
  table: (rows: readonly R[], caption: string, ctx: BuildContext) => Block,
  ctx: BuildContext,
): Block[] {
  if (!section) return [];
  return [{ kind: 'heading', level: 3, text: title }, ...sectionText(section, title, ctx), ...(section.rows.length ? [table(section.rows, title, ctx)] : [])];
}

function subsidyBlocks(d: Chapter1['subsidy'], ctx: BuildContext): Block[] {
  if (!d) return [];
  const { L } = ctx;
  const out: Block[] = [{ kind: 'heading', level: 3, text: L('partD') }, ...paragraph(d.statement)];
  if (d.status && !d.statement) out.push(...paragraph(L(statusLabel(d.status)), 'status'));
  const items = [
    { label: L('subsidy1'), value: textCellText(d.eligibleServices, L), present: d.eligibleServices !== undefined },
    { label: L('subsidy2'), value: textCellText(d.expenseChapters, L), present: d.expenseChapters !== undefined },
    { label: L('subsidy3'), value: amountText(d.estimatedBudget, L), present: d.estimatedBudget !== undefined },
  ].filter((x) => x.present);
  if (items.length) out.push({ kind: 'fields', items: items.map(({ label, value }) => ({ label, value: value || L('empty') })) });
  return out;
}

/** Chapter I, or nothing when the plan has none. */
export function chapter1Blocks(ch: Chapter1 | undefined, ctx: BuildContext): Block[] {
  if (!ch) return [];
  const { L } = ctx;
  return [
    { kind: 'heading', level: 2, text: L('chapter1'), id: 'capitolul-1' },
    ...paragraph(ch.intro),
    ...tableSection(ch.existingServices, L('partA'), existingTable, ctx),
    ...tableSection(ch.proposedServices, L('partB'), proposedTable, ctx),
    ...tableSection(ch.contracting, L('partC'), contractingTable, ctx),
    ...subsidyBlocks(ch.subsidy, ctx),
  ];
}
