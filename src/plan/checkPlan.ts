import { createIssue } from '../issues/createIssue.js';
import type { Issue, IssueCode } from '../issues/types.js';
import { parsePlanShape } from './parsePlanShape.js';
import { planDate } from './planDate.js';
import { editionInForce, inForce, indexOf } from '../nomenclature/editionIndex.js';
import { HG_867_GRAMMAR, readServiceCode } from '../nomenclature/readServiceCode.js';
import { scanServiceCodes } from '../nomenclature/scanServiceCodes.js';
import type { NomenclatureEdition } from '../nomenclature/types.js';
import type { Marker } from './cells/markers.js';
import type { ServiceCode } from './cells/serviceCode.js';
import { differenceOf, sameAmount, sumAmountCells } from './amounts.js';
import type { AmountCell } from './cells/amount.js';
import type { FundingBudget } from './schemas/chapter1.js';
import { FUNDING_SOURCES } from './schemas/chapter1.js';
import type { Plan } from './schemas/plan.js';

type Path = (string | number)[];

const DECISION_FOR_AUTHORITY = {
  local_council: 'HCL',
  county_council: 'HCJ',
  general_council_bucharest: 'HCGMB',
} as const;

function checkBudget(budget: FundingBudget | undefined, name: string, path: Path, out: Issue[]): void {
  if (!budget || !FUNDING_SOURCES.some((s) => budget[s]?.kind === 'amount')) {
    out.push(createIssue('budget.empty', path, { name }));
    return;
  }
  if (budget.other?.kind === 'amount' && budget.other.value !== '0' && !budget.otherSource?.trim()) {
    out.push(createIssue('budget.other_source_undescribed', [...path, 'otherSource'], {}));
  }
}

function labelOf(name: string | undefined, index: number): string {
  return name?.trim() ? name : `#${index + 1}`;
}

interface ServiceLike {
  name?: string | undefined;
  serviceCode?: ServiceCode | Marker | undefined;
}



function checkServiceCode(row: ServiceLike, path: Path, plan: Plan, options: CheckPlanOptions | null | undefined, out: Issue[]): void {
  const code = row.serviceCode;
  if (code?.kind !== 'code') return;
  const edition = options?.nomenclature;
  let index: ReturnType<typeof indexOf> | undefined;
  try {
    index = edition ? indexOf(edition) : undefined;
  } catch {
    index = undefined; // not an edition: only the grammar is checked
  }
  const grammar = index?.grammar ?? HG_867_GRAMMAR;
  const read = readServiceCode(code.raw, grammar);
  let canonicals: readonly string[];
  if (read.ok) canonicals = [read.canonical];
  else {
    const found = scanServiceCodes(code.raw, grammar);
    const several = found.length > 1 && found.every((f) => f.kind === 'service');
    if (!several) {
      out.push(createIssue('service_code.unreadable', [...path, 'serviceCode'], { value: code.raw, cause: read.issues[0]?.code ?? 'service_code.invalid' }));
      return;
    }
    canonicals = found.flatMap((f) => (f.kind === 'service' ? [f.result.canonical] : []));
  }
  if (!edition || !index) return;
  const asOf = planDate(plan);
  const editionApplies = editionInForce(edition, asOf);
  for (const canonical of canonicals) {
    const entry = index.byCode.get(canonical);
    if (!entry) out.push(createIssue('service_code.unknown', [...path, 'serviceCode'], { code: canonical, edition: edition.id }));
    else if (!editionApplies || !inForce(entry, asOf)) {
      out.push(createIssue('service_code.not_in_force', [...path, 'serviceCode'], { code: canonical, asOf, edition: edition.id }));
    }
  }
}

function checkServiceIdentity(row: ServiceLike, i: number, path: Path, requireCode: boolean, out: Issue[]): void {
  if (!row.name?.trim()) out.push(createIssue('service.name_missing', [...path, 'name'], { row: i + 1 }));
  if (requireCode && row.serviceCode?.kind !== 'code') {
    out.push(createIssue('service.code_missing', [...path, 'serviceCode'], { name: labelOf(row.name, i) }));
  }
}

function checkSectionEmpty(sec: { status?: string | undefined; rows: readonly unknown[] } | undefined, label: string, path: Path, out: Issue[]): void {
  if (sec && sec.rows.length === 0 && sec.status === undefined) out.push(createIssue('section.empty', path, { section: label }));
}

function checkChapter1(plan: Plan, options: CheckPlanOptions | null | undefined, out: Issue[]): void {
  const ch = plan.chapter1;
  if (!ch) return;
  checkSectionEmpty(ch.existingServices, 'I.A', ['chapter1', 'existingServices'], out);
  checkSectionEmpty(ch.proposedServices, 'I.B', ['chapter1', 'proposedServices'], out);
  checkSectionEmpty(ch.contracting, 'I.C', ['chapter1', 'contracting'], out);

  ch.existingServices?.rows.forEach((row, i) => {
    const path: Path = ['chapter1', 'existingServices', 'rows', i];
    checkServiceIdentity(row, i, path, true, out);
    checkServiceCode(row, path, plan, options, out);
    if (row.capacity?.kind === 'capacity' && row.capacity.parts.length === 0) {
      out.push(createIssue('capacity.unparsed', [...path, 'capacity'], { value: row.capacity.raw ?? '' }));
    }
    if (row.occupancy?.kind === 'occupancy') {
      for (const rate of row.occupancy.rates) {
        if (Number(rate.percent) > 100) out.push(createIssue('occupancy.over_100', [...path, 'occupancy'], { value: rate.percent }));
      }
    }
    checkBudget(row.budget, labelOf(row.name, i), [...path, 'budget'], out);
  });
  ch.proposedServices?.rows.forEach((row, i) => {
    const path: Path = ['chapter1', 'proposedServices', 'rows', i];
    checkServiceIdentity(row, i, path, false, out);
    checkServiceCode(row, path, plan, options, out);
    if (row.staff?.kind === 'staff' && row.staff.roles.length === 0 && row.staff.raw?.trim()) {
      out.push(createIssue('staff.unparsed', [...path, 'staff'], { value: row.staff.raw }));
    }
    checkBudget(row.budget, labelOf(row.name, i), [...path, 'budget'], out);
  });
  ch.contracting?.rows.forEach((row, i) => {
    const path: Path = ['chapter1', 'contracting', 'rows', i];
    checkServiceIdentity(row, i, path, true, out);
    checkServiceCode(row, path, plan, options, out);
    checkBudget(row.estimatedValue, labelOf(row.name, i), [...path, 'estimatedValue'], out);
  });
}

interface TotalledGroup {
  rows: readonly { budget?: AmountCell | undefined }[];
  printedTotal?: AmountCell | undefined;
}

function checkPrintedTotal(group: TotalledGroup | undefined, path: Path, out: Issue[]): void {
  const printed = group?.printedTotal;
  if (!group || printed?.kind !== 'amount') return;
  const computed = sumAmountCells(group.rows.map((r) => r.budget))[printed.currency] ?? '0';
  if (!sameAmount(computed, printed.value)) {
    out.push(
      createIssue('total.mismatch', [...path, 'printedTotal'], {
        expected: computed,
        found: printed.value,
        difference: differenceOf(printed.value, computed),
        currency: printed.currency,
      }),
    );
  }
}

function checkChapter3(plan: Plan, out: Issue[]): void {
  const t = plan.chapter3;
  if (!t) return;
  for (const key of ['refresherCourses', 'qualificationCourses', 'instruction', 'peerReview', 'nationalProgrammes', 'other'] as const) {
    checkPrintedTotal(t[key], ['chapter3', key], out);
  }
}

function checkMeta(plan: Plan, out: Issue[]): void {
  const { authority, decision, year } = plan.meta;
  if (!decision) return;
  const expected = DECISION_FOR_AUTHORITY[authority.kind];
  if (decision.kind !== expected) {
    out.push(createIssue('decision.kind_mismatch', ['meta', 'decision', 'kind'], { authority: authority.kind, expected, found: decision.kind }));
  }
  if (decision.date) {
    const decisionYear = Number(decision.date.slice(0, 4));
    if (decisionYear !== year && decisionYear !== year - 1) {
      out.push(createIssue('decision.date_outside_plan_year', ['meta', 'decision', 'date'], { date: decision.date, year }));
    }
  }
}

/**
 * Options of {@link checkPlan} and {@link parsePlan}.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { CheckPlanOptions } from 'plan-servicii-sociale';
 * const options: CheckPlanOptions = { ignore: ['section.empty'] };
 * options.ignore?.length; //=> 1
 * ```
 */
export interface CheckPlanOptions {
  /**
   * A nomenclature edition (`HG_867_2015` from `plan-servicii-sociale/nomenclature`, or your own).
   * When given, service codes are also looked up as of the plan's decision date (or 1 January of
   * its year): `service_code.unknown` and `service_code.not_in_force`. Without it, only the code
   * grammar is checked, and the plan subpath carries no reference table.
   */
  readonly nomenclature?: NomenclatureEdition;
  /**
   * Codes of warnings and notes to leave out. Errors cannot be ignored: a code of severity `error`
   * listed here is still reported.
   */
  readonly ignore?: readonly IssueCode[];
}

/**
 * Runs the checks that do not make a plan invalid — printed totals that do not add up, services
 * without a name or code, empty sections, a decision that does not match the authority — on a
 * {@link Plan}. {@link parsePlan} calls it for you; call it yourself after editing a parsed plan.
 * The plan is validated first, so an edit that broke it (an amount "1.005") is reported as an
 * error, never thrown.
 *
 * @param plan - A parsed plan.
 * @param options - Codes to leave out.
 * @returns Warnings and notes in document order, or the errors of a plan that is not valid. Never throws.
 * @category Validation
 * @example
 * ```ts
 * import { assertPlan, checkPlan } from 'plan-servicii-sociale';
 * const plan = assertPlan({
 *   meta: { authority: { kind: 'local_council', name: 'CL Câmpia Turzii', uat: 'Câmpia Turzii' }, year: 2020 },
 *   chapter3: { refresherCourses: { rows: [{ persons: 1, budget: '5000' }, { persons: 1, budget: '5000' }], printedTotal: '15000' } },
 * });
 * const [issue] = checkPlan(plan);
 * issue?.code; //=> 'total.mismatch'
 * issue?.params; //=> { expected: '10000', found: '15000', difference: '5000', currency: 'RON' }
 * ```
 */
export function checkPlan(plan: Plan, options: CheckPlanOptions = {}): Issue[] {
  const parsed = parsePlanShape(plan);
  if (!parsed.ok) return [...parsed.issues];
  return runChecks(parsed.plan, options);
}

/** The checks on a plan known to have the model's shape (parsePlan's second step). */
export function runChecks(plan: Plan, options: CheckPlanOptions | null | undefined): Issue[] {
  const out: Issue[] = [];
  checkMeta(plan, out);
  checkChapter1(plan, options, out);
  checkChapter3(plan, out);
  const ignore = new Set(Array.isArray(options?.ignore) ? options.ignore : []);
  return out.filter((i) => i.severity === 'error' || !ignore.has(i.code));
}
