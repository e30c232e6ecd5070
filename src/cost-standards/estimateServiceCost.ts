import { Dec, isNonNegativeDecimal, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue, LocalizedMessage } from '../issues/types.js';
import { writeDecimal } from '../money/formatAmount.js';
import { roundDec, roundingOf, type RoundingOptions } from '../money/roundAmount.js';
import { citationOf, type CostStandardKnown } from './costStandardAsOf.js';
import type { CostStandard } from './types.js';

/**
 * A rate given by the caller (a provider's own cost, a standard cited in a plan) rather than taken
 * from the table: the amount in lei, what it is per, and where it comes from.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { EstimateRate } from 'plan-servicii-sociale/cost-standards';
 * const rate: EstimateRate = { value: '916', period: 'month', perUnit: 'family', source: 'costul furnizorului' };
 * rate.period; //=> 'month'
 * ```
 */
export interface EstimateRate {
  /** Amount in lei, a decimal string. */
  readonly value: string;
  /** `year`, `month`, `day` or `hour`. */
  readonly period: CostStandard['period'];
  /** What the rate is per. Default `beneficiary` (`person` for an hourly rate). */
  readonly perUnit?: CostStandard['perUnit'];
  /** Where the value comes from ("standard de cost citat în plan"). */
  readonly source?: string;
}

/**
 * One group of beneficiaries in an estimate: how many, at what rate, for how long. Mixed groups
 * (3 children at one standard, 4 at another) are several groups.
 *
 * Duration, by the rate's period:
 * - per **year**: the whole year, or prorated by `months` (× months/12) or `days` (× days/`daysInYear`);
 * - per **month**: × `months` (default 12);
 * - per **day**: × `days`, or × `daysPerMonth` × `months`;
 * - per **hour**: × `hoursPerDay` × `daysPerMonth` × `months` (default 12).
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { EstimateGroup } from 'plan-servicii-sociale/cost-standards';
 * const g: EstimateGroup = { count: 50, label: 'persoane', rate: { value: '15', period: 'hour' }, hoursPerDay: 2, daysPerMonth: 20, months: 12 };
 * g.count; //=> 50
 * ```
 */
export interface EstimateGroup {
  /** Beneficiaries, families or persons: a whole number or a decimal string (an average). */
  readonly count: number | string;
  /** Romanian word for them in the steps ("copii", "familii"); default from the rate's `perUnit`. */
  readonly label?: string;
  /** English word for them; default from the rate's `perUnit`. */
  readonly labelEn?: string;
  /** A caller's rate, a table value, or an answer of `costStandardAsOf` that is known. */
  readonly rate: EstimateRate | CostStandard | CostStandardKnown;
  /** Months of operation. */
  readonly months?: number | string;
  /** Days of operation. */
  readonly days?: number | string;
  /** Hours of care a day (hourly rates). */
  readonly hoursPerDay?: number | string;
  /** Days of care a month (hourly or daily rates). */
  readonly daysPerMonth?: number | string;
}

/**
 * What {@link estimateServiceCost} takes.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { EstimateInput } from 'plan-servicii-sociale/cost-standards';
 * const input: EstimateInput = { groups: [{ count: 25, rate: { value: '14313', period: 'year' } }] };
 * input.groups.length; //=> 1
 * ```
 */
export interface EstimateInput {
  /** One or more groups; their subtotals add up to the total. */
  readonly groups: readonly EstimateGroup[];
  /**
   * HG 426/2020 art. 2(3): when contracting a residential child-care service (annex 1, pct. 3 and
   * 4) from a private provider, the standard is reduced by the yearly value of the monthly
   * placement allowance (Legea 272/2004 art. 128). Give the monthly allowance and where it comes
   * from: the library ships no verified amount. Applies to every group with a yearly rate.
   */
  readonly placementAllowance?: { readonly monthly: string; readonly source: string };
  /** Days in the year when a yearly rate is prorated by days. Default 365. */
  readonly daysInYear?: 365 | 366;
  /** The one rounding step, on the total. Default 2 decimals, `half-up`. */
  readonly rounding?: RoundingOptions;
}

/**
 * A parameter of an estimate with where it comes from.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { EstimateParameter } from 'plan-servicii-sociale/cost-standards';
 * const p: EstimateParameter = { group: 0, name: 'rate', value: '14313', unit: 'lei/an/beneficiar', source: 'dat de apelant' };
 * p.name; //=> 'rate'
 * ```
 */
export interface EstimateParameter {
  /** Index of the group, or `null` for a parameter of the whole estimate. */
  readonly group: number | null;
  /** `count`, `rate`, `months`, `days`, `hoursPerDay`, `daysPerMonth`, `placementAllowance`. */
  readonly name: string;
  /** Decimal string. */
  readonly value: string;
  /** Unit as written in a plan ("lei/an/beneficiar", "luni"). */
  readonly unit: string;
  /** Citation ("HG 426/2020, anexa 1") or the caller's source. */
  readonly source: string;
  /** The table value behind a rate, with act, dates, sources and `verified`. */
  readonly standard?: CostStandard;
}

/**
 * An estimate that shows its work: the total, each group's subtotal, the parameters with their
 * provenance, and the steps in Romanian and English ("25 beneficiari × 14.313 lei/an = 357.825 lei").
 *
 * @category Estimates
 * @example
 * ```ts
 * import { estimateServiceCost, type ServiceEstimate } from 'plan-servicii-sociale/cost-standards';
 * const e = estimateServiceCost({ groups: [{ count: 10, label: 'copii', rate: { value: '11283', period: 'year' } }] }) as ServiceEstimate;
 * e.steps.map((s) => s.ro); //=> ['10 copii × 11.283 lei/an = 112.830 lei']
 * ```
 */
export interface ServiceEstimate {
  /** Discriminant. */
  readonly ok: true;
  /** The total after the one rounding step. */
  readonly total: string;
  /** The total before rounding (equal when nothing was rounded). */
  readonly exactTotal: string;
  /** Always `RON`. */
  readonly currency: 'RON';
  /** Subtotal of each group, exact. */
  readonly subtotals: readonly string[];
  /** Every parameter used, with its provenance. */
  readonly parameters: readonly EstimateParameter[];
  /** The calculation, one line per step. */
  readonly steps: readonly LocalizedMessage[];
  /** Unverified standards, rounding. */
  readonly warnings: readonly Issue[];
}

/**
 * What {@link estimateServiceCost} returns: the estimate, or the issues with the input.
 *
 * @category Estimates
 * @example
 * ```ts
 * import { estimateServiceCost, type EstimateResult } from 'plan-servicii-sociale/cost-standards';
 * const r: EstimateResult = estimateServiceCost({ groups: [{ count: -1, rate: { value: '1', period: 'year' } }] });
 * r.ok || r.issues[0]?.code; //=> 'estimate.invalid_parameter'
 * ```
 */
export type EstimateResult = ServiceEstimate | { readonly ok: false; readonly issues: readonly Issue[] };

const PERIOD_WORDS = {
  year: { ro: 'an', en: 'year' },
  month: { ro: 'lună', en: 'month' },
  day: { ro: 'zi', en: 'day' },
  hour: { ro: 'oră', en: 'hour' },
} as const;
const UNIT_WORDS = {
  beneficiary: { ro: ['beneficiar', 'beneficiari'], en: ['beneficiary', 'beneficiaries'] },
  family: { ro: ['familie', 'familii'], en: ['family', 'families'] },
  person: { ro: ['persoană', 'persoane'], en: ['person', 'persons'] },
} as const;

/** A number in the language's grouping: "14.313,50" or "14,313.50". */
function show(value: Dec, lang: 'ro' | 'en'): string {
  return writeDecimal(value, undefined, lang);
}

function both(build: (lang: 'ro' | 'en') => string): LocalizedMessage {
  return { ro: build('ro'), en: build('en') };
}

interface NormalRate {
  value: Dec;
  period: CostStandard['period'];
  perUnit: CostStandard['perUnit'];
  source: string;
  standard?: CostStandard;
  warnings: readonly Issue[];
}

function rateOf(rate: EstimateGroup['rate']): NormalRate | string {
  if (rate === null || typeof rate !== 'object') return 'rate';
  if ('known' in rate) {
    if (rate.known !== true || !rate.standard) return 'rate';
    const s = rate.standard;
    return { value: new Dec(s.value), period: s.period, perUnit: s.perUnit, source: rate.citation, standard: s, warnings: rate.warnings };
  }
  if ('key' in rate && 'act' in rate) {
    const s = rate;
    if (!isNonNegativeDecimal(s.value)) return 'rate';
    const warnings = s.verified ? [] : [createIssue('estimate.unverified_standard', [], { key: s.key, value: s.value, note: s.note ?? '' })];
    return { value: new Dec(s.value), period: s.period, perUnit: s.perUnit, source: citationOf(s), standard: s, warnings };
  }
  const r = rate as EstimateRate;
  if (!isNonNegativeDecimal(r.value)) return 'rate.value';
  if (!['year', 'month', 'day', 'hour'].includes(r.period)) return 'rate.period';
  if (r.perUnit !== undefined && !['beneficiary', 'family', 'person'].includes(r.perUnit)) return 'rate.perUnit';
  return {
    value: new Dec(r.value),
    period: r.period,
    perUnit: r.perUnit ?? (r.period === 'hour' ? 'person' : 'beneficiary'),
    source: typeof r.source === 'string' ? r.source : 'dat de apelant / given by the caller',
    warnings: [],
  };
}

/** A non-negative quantity: a safe whole number or a decimal string. */
function quantity(value: unknown): Dec | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? new Dec(value) : undefined;
  if (isNonNegativeDecimal(value)) return new Dec(value);
  return undefined;
}

/**
 * Estimates a service's yearly cost from beneficiaries and a rate — a legal cost standard or a
 * given rate — and shows the work: the exact total, each group's subtotal, every parameter with its
 * provenance, and the steps in Romanian and English.
 *
 * Covers the shapes plans use: beneficiaries × yearly standard; prorated by months or days;
 * hourly care (persons × rate × hours/day × days/month × months); mixed groups (3 × A + 4 × B);
 * monthly amounts per family. With `placementAllowance`, applies HG 426/2020 art. 2(3).
 *
 * Arithmetic is exact; the only rounding is on the total (`rounding`, default 2 decimals
 * half-up), and a warning says when it changed the value. JS numbers are accepted only as whole
 * counts; rates and fractional quantities are decimal strings.
 *
 * @param input - Groups, optional placement allowance, rounding.
 * @category Estimates
 * @example
 * ```ts
 * import { estimateServiceCost } from 'plan-servicii-sociale/cost-standards';
 * const home = estimateServiceCost({
 *   groups: [{ count: 50, label: 'persoane', rate: { value: '15', period: 'hour' }, hoursPerDay: 2, daysPerMonth: 20, months: 12 }],
 * });
 * home.ok && home.total; //=> '360000'
 * home.ok && home.steps[0]?.ro; //=> '50 persoane × 15 lei/oră × 2 ore/zi × 20 zile/lună × 12 luni = 360.000 lei'
 * const mixed = estimateServiceCost({
 *   groups: [
 *     { count: 3, label: 'copii', rate: { value: '46321', period: 'year' } },
 *     { count: 4, label: 'copii', rate: { value: '29530', period: 'year' } },
 *   ],
 * });
 * mixed.ok && mixed.total; //=> '257083'
 * ```
 */
export function estimateServiceCost(input: EstimateInput): EstimateResult {
  const issues: Issue[] = [];
  const bad = (path: (string | number)[], name: string, value: unknown, expected: string) =>
    issues.push(createIssue('estimate.invalid_parameter', path, { name, value: String(value).slice(0, 40), expected }));
  if (input === null || typeof input !== 'object' || !Array.isArray(input.groups) || input.groups.length === 0) {
    return { ok: false, issues: [createIssue('estimate.invalid_parameter', ['groups'], { name: 'groups', value: 'none', expected: 'a list of one or more groups' })] };
  }
  const rounding = roundingOf(input.rounding);
  const daysInYear = input.daysInYear ?? 365;
  if (daysInYear !== 365 && daysInYear !== 366) bad(['daysInYear'], 'daysInYear', daysInYear, '365 or 366');
  let allowance: Dec | undefined;
  if (input.placementAllowance !== undefined) {
    allowance = quantity(input.placementAllowance?.monthly);
    if (!allowance) bad(['placementAllowance', 'monthly'], 'placementAllowance.monthly', input.placementAllowance?.monthly, 'a decimal amount in lei per month');
  }

  const parameters: EstimateParameter[] = [];
  const steps: LocalizedMessage[] = [];
  const warnings: Issue[] = [];
  const subtotals: Dec[] = [];
  input.groups.forEach((group, g) => {
    const at = (key: string) => ['groups', g, key];
    const rate = rateOf(group?.rate);
    if (typeof rate === 'string') {
      bad(['groups', g, ...rate.split('.')], rate, group?.rate === undefined ? 'none' : JSON.stringify(group.rate).slice(0, 40), 'a rate { value, period }, a cost standard or a known answer of costStandardAsOf');
      return;
    }
    const count = quantity(group.count);
    if (!count) bad(at('count'), 'count', group.count, 'a whole number or a decimal string, zero or more');
    const opt = (key: 'months' | 'days' | 'hoursPerDay' | 'daysPerMonth'): Dec | undefined | null => {
      if (group[key] === undefined) return undefined;
      const q = quantity(group[key]);
      if (!q) {
        bad(at(key), key, group[key], 'a whole number or a decimal string, zero or more');
        return null;
      }
      return q;
    };
    const months = opt('months');
    const days = opt('days');
    const hoursPerDay = opt('hoursPerDay');
    const daysPerMonth = opt('daysPerMonth');
    if (!count || months === null || days === null || hoursPerDay === null || daysPerMonth === null) return;
    const missing = (name: string) =>
      issues.push(createIssue('estimate.missing_parameter', at(name), { name, per: `per ${PERIOD_WORDS[rate.period].en} / pe ${PERIOD_WORDS[rate.period].ro}` }));

    warnings.push(...rate.warnings);
    const noun = UNIT_WORDS[rate.perUnit];
    const label = (lang: 'ro' | 'en') =>
      (lang === 'ro' ? group.label : group.labelEn) ?? noun[lang][count.equals(1) ? 0 : 1];
    const rateUnit = (lang: 'ro' | 'en') => `lei/${PERIOD_WORDS[rate.period][lang]}`;
    let effective = rate.value;
    if (allowance) {
      if (rate.period !== 'year' || rate.perUnit !== 'beneficiary') {
        issues.push(createIssue('estimate.deduction_not_applicable', ['placementAllowance'], { per: `per ${PERIOD_WORDS[rate.period].en}` }));
        return;
      }
      const yearly = allowance.times(12);
      effective = rate.value.minus(yearly);
      if (effective.isNegative()) {
        issues.push(createIssue('estimate.negative_after_deduction', ['placementAllowance'], { rate: toDecimalString(rate.value), deduction: toDecimalString(yearly) }));
        return;
      }
      steps.push(
        both((l) =>
          l === 'ro'
            ? `${show(rate.value, l)} lei/an − 12 × ${show(allowance as Dec, l)} lei/lună alocație de plasament = ${show(effective, l)} lei/an (HG 426/2020, art. 2 alin. (3))`
            : `${show(rate.value, l)} lei/year − 12 × ${show(allowance as Dec, l)} lei/month placement allowance = ${show(effective, l)} lei/year (HG 426/2020, art. 2(3))`,
        ),
      );
    }

    // Factors after "count × rate", each with its words.
    const factors: { value: Dec; ro: string; en: string; name: string; unit: string }[] = [];
    let multiplier = new Dec(1);
    const factor = (value: Dec, name: string, unit: string, ro: string, en: string) => {
      factors.push({ value, name, unit, ro, en });
      multiplier = multiplier.times(value);
    };
    if (rate.period === 'year') {
      if (months !== undefined && days !== undefined) bad(at('days'), 'days', group.days, 'absent when months is given');
      else if (months !== undefined) {
        multiplier = months.dividedBy(12);
        factors.push({ value: months, name: 'months', unit: 'luni', ro: `${show(months, 'ro')}/12 luni`, en: `${show(months, 'en')}/12 months` });
      } else if (days !== undefined) {
        multiplier = days.dividedBy(daysInYear);
        factors.push({ value: days, name: 'days', unit: 'zile', ro: `${show(days, 'ro')}/${daysInYear} zile`, en: `${show(days, 'en')}/${daysInYear} days` });
      }
    } else if (rate.period === 'month') {
      const m = months ?? new Dec(12);
      factor(m, 'months', 'luni', `${show(m, 'ro')} luni`, `${show(m, 'en')} months`);
    } else if (rate.period === 'day') {
      if (days !== undefined) factor(days, 'days', 'zile', `${show(days, 'ro')} zile`, `${show(days, 'en')} days`);
      else if (daysPerMonth !== undefined) {
        const m = months ?? new Dec(12);
        factor(daysPerMonth, 'daysPerMonth', 'zile/lună', `${show(daysPerMonth, 'ro')} zile/lună`, `${show(daysPerMonth, 'en')} days/month`);
        factor(m, 'months', 'luni', `${show(m, 'ro')} luni`, `${show(m, 'en')} months`);
      } else return missing('days');
    } else {
      if (hoursPerDay === undefined) return missing('hoursPerDay');
      if (daysPerMonth === undefined) return missing('daysPerMonth');
      const m = months ?? new Dec(12);
      factor(hoursPerDay, 'hoursPerDay', 'ore/zi', `${show(hoursPerDay, 'ro')} ore/zi`, `${show(hoursPerDay, 'en')} hours/day`);
      factor(daysPerMonth, 'daysPerMonth', 'zile/lună', `${show(daysPerMonth, 'ro')} zile/lună`, `${show(daysPerMonth, 'en')} days/month`);
      factor(m, 'months', 'luni', `${show(m, 'ro')} luni`, `${show(m, 'en')} months`);
    }
    const subtotal = count.times(effective).times(multiplier);
    subtotals.push(subtotal);
    steps.push(
      both((l) => {
        const parts = [`${show(count, l)} ${label(l)}`, `${show(effective, l)} ${rateUnit(l)}`, ...factors.map((f) => f[l])];
        const exact = subtotal.decimalPlaces() <= 10;
        return `${parts.join(' × ')} ${exact ? '=' : '≈'} ${show(exact ? subtotal : subtotal.toDecimalPlaces(10), l)} lei`;
      }),
    );
    const rateUnitRo = `lei/${PERIOD_WORDS[rate.period].ro}/${UNIT_WORDS[rate.perUnit].ro[0]}`;
    parameters.push({ group: g, name: 'count', value: toDecimalString(count), unit: label('ro'), source: 'dat de apelant / given by the caller' });
    parameters.push({ group: g, name: 'rate', value: toDecimalString(rate.value), unit: rateUnitRo, source: rate.source, ...(rate.standard ? { standard: rate.standard } : {}) });
    for (const f of factors) parameters.push({ group: g, name: f.name, value: toDecimalString(f.value), unit: f.unit, source: 'dat de apelant / given by the caller' });
  });
  if (allowance && input.placementAllowance) {
    parameters.push({ group: null, name: 'placementAllowance', value: toDecimalString(allowance), unit: 'lei/lună', source: String(input.placementAllowance.source ?? '') });
  }
  if (issues.length) return { ok: false, issues };

  const exact = subtotals.reduce((a, b) => a.plus(b), new Dec(0));
  if (subtotals.length > 1) {
    steps.push(both((l) => `${l === 'ro' ? 'Total' : 'Total'}: ${subtotals.map((s) => `${show(s.toDecimalPlaces(10), l)} lei`).join(' + ')} = ${show(exact.toDecimalPlaces(10), l)} lei`));
  }
  const total = roundDec(exact, rounding);
  if (!total.equals(exact)) {
    warnings.push(
      createIssue('estimate.rounded', [], {
        exact: toDecimalString(exact.toDecimalPlaces(10)),
        value: toDecimalString(total),
        decimals: rounding.decimals,
        mode: rounding.mode,
      }),
    );
  }
  return {
    ok: true,
    total: toDecimalString(total),
    exactTotal: toDecimalString(exact.toDecimalPlaces(20)),
    currency: 'RON',
    subtotals: subtotals.map((s) => toDecimalString(s.toDecimalPlaces(20))),
    parameters,
    steps,
    warnings,
  };
}
