import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { allocate } from '../money/allocate.js';
import { parseAmount } from '../money/parseAmount.js';
import { codeOf, serviceBudgets, type ServiceBudget } from '../money/sumPlanBudgets.js';
import { sourceTotals } from '../plan/amounts.js';
import type { Capacity } from '../plan/cells/capacity.js';
import type { CountCell } from '../plan/cells/count.js';
import { parsePlanShape } from '../plan/parsePlanShape.js';
import { planDate } from '../plan/planDate.js';
import type { FundingBudget } from '../plan/schemas/chapter1.js';
import { FUNDING_SOURCES } from '../plan/schemas/fundingSources.js';
import type { Plan } from '../plan/schemas/plan.js';
import type { SourceTotals } from '../plan/summarizePlan.js';
import { checkWrittenCalculation, type CheckedCalculation } from './checkWrittenCalculation.js';
import { citationOf, costStandardAsOf, type CostStandardAsOfOptions } from './costStandardAsOf.js';
import type { EstimateRate } from './estimateServiceCost.js';
import type { CostStandard } from './types.js';

/**
 * A service as {@link CheckPlanBudgetsOptions.standardFor} sees it.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { PlanServiceRef } from 'plan-servicii-sociale/cost-standards';
 * const s: PlanServiceRef = { part: 'I.C', index: 0, name: 'Centrul de zi Mozaic', code: '8891 CZ-C-II' };
 * s.code; //=> '8891 CZ-C-II'
 * ```
 */
export interface PlanServiceRef {
  /** Part of chapter I. */
  readonly part: ServiceBudget['part'];
  /** Row index in its part. */
  readonly index: number;
  /** Service name, when written. */
  readonly name?: string;
  /** Canonical code when it could be read, else as written. */
  readonly code?: string;
}

/**
 * Options of {@link checkPlanBudgets}.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { CheckPlanBudgetsOptions } from 'plan-servicii-sociale/cost-standards';
 * const o: CheckPlanBudgetsOptions = { standardFor: (s) => (s.code === '8891 CZ-C-II' ? { value: '11283', period: 'year', source: 'standard citat' } : undefined) };
 * typeof o.standardFor; //=> 'function'
 * ```
 */
export interface CheckPlanBudgetsOptions extends CostStandardAsOfOptions {
  /** Day the standards are taken as of. Default: the plan's decision date, or 1 January of its year. */
  readonly asOf?: string;
  /**
   * Which standard applies to a service: a table key (looked up as of `asOf`), a table value, or a
   * rate. The bundled table links no standard to nomenclature codes, so without this only the
   * standards a plan cites in its own cells are used.
   */
  readonly standardFor?: (service: PlanServiceRef) => string | CostStandard | EstimateRate | undefined;
  /** Read standards a cell cites ("standard minim de cost/beneficiar/an = 36.669,00 lei"). Default `true`. */
  readonly citedStandards?: boolean;
  /** Beneficiaries from the `capacity` (default) or from capacity × occupancy. */
  readonly basis?: 'capacity' | 'occupancy';
}

/**
 * The check of one service's budget.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { ServiceBudgetCheck } from 'plan-servicii-sociale/cost-standards';
 * const c: Pick<ServiceBudgetCheck, 'legalMinimum' | 'shortfall'> = { legalMinimum: '3666900', shortfall: '1336900' };
 * c.shortfall; //=> '1336900'
 * ```
 */
export interface ServiceBudgetCheck extends PlanServiceRef {
  /** Path of the budget in the plan. */
  readonly path: readonly (string | number)[];
  /** Totals by source, one record per currency. */
  readonly totals: readonly SourceTotals[];
  /** Share of each source in the lei total, in percent with one decimal, adding up to exactly 100. */
  readonly shares?: Readonly<Record<(typeof FUNDING_SOURCES)[number], string>>;
  /** Beneficiaries the minimum is computed for. */
  readonly beneficiaries?: string;
  /** The yearly standard per beneficiary used, and where it comes from. */
  readonly standard?: { readonly value: string; readonly citation: string; readonly verified: boolean; readonly from: 'table' | 'option' | 'cited' };
  /** Beneficiaries × standard. */
  readonly legalMinimum?: string;
  /** How much the lei total is below the minimum (absent when it is not). */
  readonly shortfall?: string;
  /** Each written calculation found in the budget, redone. */
  readonly calculations: readonly CheckedCalculation[];
}

/**
 * What {@link checkPlanBudgets} returns.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { PlanBudgetsCheck } from 'plan-servicii-sociale/cost-standards';
 * const r: PlanBudgetsCheck = { ok: true, services: [], issues: [] };
 * r.ok; //=> true
 * ```
 */
export type PlanBudgetsCheck =
  | { readonly ok: true; readonly services: readonly ServiceBudgetCheck[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** "standard minim de cost/beneficiar/an = 36.669,00 lei" or "14.313 lei (standard de cost)". */
const CITED = [/standard[^=]{0,160}=\s*(\d[\d., ]*\d|\d)\s*lei/iu, /(\d[\d.,]*\d|\d)\s*lei\s*\(\s*standard/iu];

function citedStandard(texts: readonly string[]): { value: string; citation: string } | undefined {
  for (const text of texts) {
    const m = CITED.map((re) => re.exec(text)).find((x) => x !== null);
    if (!m) continue;
    const read = parseAmount(m[1] ?? '', { unit: 'lei' });
    if (!read.ok) continue;
    const act = /(?:HG|HOT[ĂA]R[ÂA]REA?)\s*(?:nr\.?\s*)?(\d+)\s*\/\s*(\d{4})/iu.exec(text);
    const annex = /anexa\s*(?:nr\.?\s*)?(\d+)/iu.exec(text);
    const citation = [act ? `HG ${act[1]}/${act[2]}` : 'standard de cost', annex ? `anexa ${annex[1]}` : ''].filter(Boolean).join(', ');
    return { value: read.value, citation: `${citation} (citat în plan / cited in the plan)` };
  }
  return undefined;
}

function beneficiariesOf(row: Record<string, unknown>, basis: 'capacity' | 'occupancy'): Dec | undefined {
  const capacity = row.capacity as Capacity | undefined;
  let count: Dec | undefined;
  if (capacity?.kind === 'capacity' && capacity.parts.length > 0) count = capacity.parts.reduce((a, p) => a.plus(p.count), new Dec(0));
  const needed = row.neededCapacity as { beneficiariesPerDay?: CountCell; places?: CountCell } | undefined;
  if (!count && needed) {
    const n = typeof needed.beneficiariesPerDay === 'number' ? needed.beneficiariesPerDay : typeof needed.places === 'number' ? needed.places : undefined;
    if (n !== undefined) count = new Dec(n);
  }
  const occupancy = row.occupancy as { kind?: string; rates?: readonly { percent: string }[] } | undefined;
  if (count && basis === 'occupancy' && occupancy?.kind === 'occupancy' && occupancy.rates?.length === 1) {
    count = count.times(new Dec(occupancy.rates[0]?.percent ?? '100')).dividedBy(100);
  }
  return count;
}

function textsOf(row: Record<string, unknown>, budget: FundingBudget | undefined): string[] {
  const texts = [budget?.calculation, typeof row.calculation === 'string' ? row.calculation : undefined];
  for (const source of FUNDING_SOURCES) {
    const cell = budget?.[source] as { raw?: string } | undefined;
    texts.push(cell?.raw);
  }
  return [...new Set(texts.filter((t): t is string => typeof t === 'string' && t.length > 0))];
}

/**
 * Checks the budget of every service of chapters I.A, I.B and I.C:
 *
 * - redoes each calculation written in a budget cell and reports a wrong result
 *   (`budget.calculation_wrong`: "50 persoane x 15 lei/ora x 2 ore/zi x 20 zile x 12 luni=264,000"
 *   is 360.000), and a result that is neither a source's amount nor the total
 *   (`budget.calculation_not_in_budget`: the totals do not add up);
 * - gives each source's share of the total (percentages that add up to exactly 100);
 * - compares the lei total with beneficiaries × the yearly cost standard and reports under-funding
 *   against that legal minimum (`budget.below_standard`), for the whole service and for a cell that
 *   says whom it pays for ("700.000,00 lei/an/30 beneficiari");
 * - reports a cell written for more beneficiaries than the service's capacity
 *   (`budget.beneficiaries_mismatch`).
 *
 * The standard is the one `standardFor` names (as of `asOf`), else one the row's own cells cite. A
 * standard that is not known as of the date is reported (`cost_standard.superseded`...), never guessed.
 * Findings are issues with paths into the plan; the plan is not changed.
 *
 * @param plan - A parsed plan (anything else gives the validation issues).
 * @param options - Date, table, overrides, `standardFor`, basis.
 * @category Estimates
 * @example
 * ```ts
 * import { assertPlan } from 'plan-servicii-sociale';
 * import { checkPlanBudgets } from 'plan-servicii-sociale/cost-standards';
 * const plan = assertPlan({
 *   meta: { authority: { kind: 'local_council', name: 'CL Bacău', uat: 'Bacău' }, year: 2021 },
 *   chapter1: { contracting: { rows: [{ name: 'Îngrijire la domiciliu', capacity: 50,
 *     estimatedValue: { local: '264000', calculation: '50 persoane x 15 lei/ora x 2 ore/zi x 20 zile x 12 luni=264,000 lei' } }] } },
 * });
 * const r = checkPlanBudgets(plan);
 * r.ok && r.issues.map((i) => [i.code, i.params.expected]); //=> [['budget.calculation_wrong', '360000']]
 * ```
 */
export function checkPlanBudgets(plan: Plan, options: CheckPlanBudgetsOptions = {}): PlanBudgetsCheck {
  const parsed = parsePlanShape(plan);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const asOf = options.asOf ?? planDate(parsed.plan);
  const issues: Issue[] = [];
  const services: ServiceBudgetCheck[] = [];
  for (const { part, index, path, row, budget } of serviceBudgets(parsed.plan)) {
    const record = row as Record<string, unknown>;
    const code = codeOf(row.serviceCode);
    const ref: PlanServiceRef = { part, index, ...(row.name !== undefined ? { name: row.name } : {}), ...(code !== undefined ? { code } : {}) };
    const totals = sourceTotals([budget]);
    const lei = totals.find((t) => t.currency === 'RON');
    const rowPath = path.slice(0, -1);

    // Written calculations.
    const calculations: CheckedCalculation[] = [];
    for (const text of textsOf(record, budget)) {
      if (!text.includes('=') || !/\d[^=\d]*[x×*]/iu.test(text)) continue;
      const where = text === budget?.calculation ? [...path, 'calculation'] : text === record.calculation ? [...rowPath, 'calculation'] : path;
      const checked = checkWrittenCalculation(text, { path: where });
      if (!checked.ok) continue;
      calculations.push(checked);
      issues.push(...checked.issues);
      // The stated result must be what the budget says: a source's amount or the lei total.
      const amounts = [lei?.total, ...FUNDING_SOURCES.map((s) => budget?.[s]).map((c) => (c?.kind === 'amount' && c.currency === 'RON' ? c.value : undefined))];
      if (!amounts.some((a) => a !== undefined && new Dec(a).equals(checked.stated))) {
        const total = lei?.total ?? '0';
        issues.push(
          createIssue('budget.calculation_not_in_budget', where, {
            text: text.slice(0, 300),
            found: checked.stated,
            expected: total,
            difference: toDecimalString(new Dec(checked.stated).minus(total)),
          }),
        );
      }
    }

    // Shares of the sources in the lei total.
    let shares: ServiceBudgetCheck['shares'];
    if (lei && new Dec(lei.total).greaterThan(0)) {
      const split = allocate('100', FUNDING_SOURCES.map((s) => lei.bySource[s]), { decimals: 1 });
      if (split.ok) shares = Object.fromEntries(FUNDING_SOURCES.map((s, i) => [s, new Dec(split.parts[i] as string).toFixed(1)])) as ServiceBudgetCheck['shares'];
    }

    // The standard.
    let standard: ServiceBudgetCheck['standard'];
    const chosen = options.standardFor?.(ref);
    if (typeof chosen === 'string') {
      const answer = costStandardAsOf({ key: chosen }, asOf, options);
      if (answer.known && answer.standard.period === 'year') {
        standard = { value: answer.standard.value, citation: answer.citation, verified: answer.standard.verified, from: 'table' };
        issues.push(...answer.warnings.map((w) => createIssue(w.code, path, w.params)));
      } else if (!answer.known) issues.push(createIssue(answer.issue.code, path, answer.issue.params));
    } else if (chosen && 'key' in chosen && 'act' in chosen) {
      if (chosen.period === 'year') standard = { value: chosen.value, citation: citationOf(chosen), verified: chosen.verified, from: 'table' };
    } else if (chosen && (chosen as EstimateRate).period === 'year') {
      standard = { value: chosen.value, citation: chosen.source ?? 'dat de apelant / given by the caller', verified: true, from: 'option' };
    }
    if (!standard && options.citedStandards !== false) {
      const cited = citedStandard(textsOf(record, budget));
      if (cited) standard = { ...cited, verified: false, from: 'cited' };
    }

    // Beneficiaries and the legal minimum: from the capacity, else from the cells that say whom
    // they pay for ("700.000,00 lei/an/30 beneficiari" + "1.630.000,00 lei/an/70 beneficiari").
    const perCell = FUNDING_SOURCES.map((source) => {
      const cell = budget?.[source];
      if (cell?.kind !== 'amount' || cell.raw === undefined || cell.currency !== 'RON') return undefined;
      const read = parseAmount(cell.raw, { unit: 'lei' });
      return read.ok && read.perCount !== undefined && read.per.includes('beneficiary') ? { source, value: cell.value, raw: cell.raw, count: read.perCount } : undefined;
    }).filter((c) => c !== undefined);
    const beneficiaries =
      beneficiariesOf(record, options.basis ?? 'capacity') ??
      (perCell.length > 1 ? perCell.reduce((a, c) => a.plus(c.count), new Dec(0)) : undefined);
    let legalMinimum: Dec | undefined;
    let shortfall: Dec | undefined;
    if (standard && beneficiaries && lei) {
      legalMinimum = beneficiaries.times(standard.value);
      const total = new Dec(lei.total);
      if (total.lessThan(legalMinimum)) {
        shortfall = legalMinimum.minus(total);
        issues.push(
          createIssue('budget.below_standard', path, {
            found: lei.total,
            expected: toDecimalString(legalMinimum.toDecimalPlaces(2)),
            difference: toDecimalString(shortfall.toDecimalPlaces(2)),
            beneficiaries: toDecimalString(beneficiaries),
            standard: standard.value,
            reference: standard.citation,
          }),
        );
      }
    }
    // Cells that say whom they pay for.
    for (const cell of perCell) {
      if (beneficiaries && new Dec(cell.count).greaterThan(beneficiaries)) {
        issues.push(createIssue('budget.beneficiaries_mismatch', [...path, cell.source], { raw: cell.raw, count: cell.count, capacity: toDecimalString(beneficiaries) }));
        continue;
      }
      if (!standard) continue;
      const minimum = new Dec(cell.count).times(standard.value);
      if (new Dec(cell.value).lessThan(minimum)) {
        issues.push(
          createIssue('budget.below_standard', [...path, cell.source], {
            found: cell.value,
            expected: toDecimalString(minimum.toDecimalPlaces(2)),
            difference: toDecimalString(minimum.minus(cell.value).toDecimalPlaces(2)),
            beneficiaries: String(cell.count),
            standard: standard.value,
            reference: standard.citation,
          }),
        );
      }
    }
    services.push({
      ...ref,
      path,
      totals,
      ...(shares ? { shares } : {}),
      ...(beneficiaries ? { beneficiaries: toDecimalString(beneficiaries) } : {}),
      ...(standard ? { standard } : {}),
      ...(legalMinimum ? { legalMinimum: toDecimalString(legalMinimum.toDecimalPlaces(2)) } : {}),
      ...(shortfall ? { shortfall: toDecimalString(shortfall.toDecimalPlaces(2)) } : {}),
      calculations,
    });
  }
  return { ok: true, services, issues };
}
