import { describe, expect, it } from 'vitest';
import {
  COST_STANDARDS,
  CostStandardTableSchema,
  costStandardAsOf,
  estimateServiceCost,
  loadCostStandards,
  type CostStandard,
} from 'plan-servicii-sociale/cost-standards';

const answer = (key: string, date: string, includeUnverified = false) => {
  const a = costStandardAsOf({ key }, date, { includeUnverified });
  return a.known ? [a.standard.value, a.standard.act, a.validUntil ?? null] : [a.reason];
};

describe('the bundled cost standards', () => {
  it('keep every value with its act, sources, date and verified flag', () => {
    expect(CostStandardTableSchema.safeParse(COST_STANDARDS).success).toBe(true);
    expect(COST_STANDARDS.standards).toHaveLength(40);
    expect(COST_STANDARDS.standards.filter((s) => s.verified)).toHaveLength(26);
    for (const s of COST_STANDARDS.standards) {
      expect(s.sources.length).toBeGreaterThan(0);
      if (s.act !== 'unknown') expect(COST_STANDARDS.acts.some((a) => a.act === s.act)).toBe(true);
      if (!s.verified) expect(s.note?.length).toBeGreaterThan(0);
    }
    expect(loadCostStandards(COST_STANDARDS)).toMatchObject({ ok: true, issues: [] });
  });
});

describe('costStandardAsOf', () => {
  it('follows the series of acts for one line of the standard', () => {
    expect(answer('maternal-assistance/one-child', '2009-12-31')).toEqual(['before_first_value']);
    expect(answer('maternal-assistance/one-child', '2012-01-01')).toEqual(['unverified_only']);
    expect(answer('maternal-assistance/one-child', '2012-01-01', true)).toEqual(['20896', 'HG 23/2010', '2015-12-24']);
    expect(answer('maternal-assistance/one-child', '2015-12-24')).toEqual(['21456', 'HG 978/2015', '2020-06-02']);
    expect(answer('maternal-assistance/one-child', '2020-06-01')).toEqual(['21456', 'HG 978/2015', '2020-06-02']);
    expect(answer('maternal-assistance/one-child', '2020-06-02')).toEqual(['38511', 'HG 426/2020', '2022-10-20']);
    expect(answer('maternal-assistance/one-child', '2022-10-20')).toEqual(['49766', 'HG 1253/2022', '2026-01-14']);
  });

  it('gives "not known" once a later act replaces the value, even when the new value is unknown', () => {
    const a = costStandardAsOf({ key: 'maternal-assistance/one-child' }, '2026-02-01');
    expect(a.known).toBe(false);
    if (a.known) return;
    expect([a.reason, a.superseded?.value, a.supersededBy, a.issue.code]).toEqual(['superseded', '49766', 'HG ?/2026', 'cost_standard.superseded']);
    // The 2026 act's start is uncertain (adopted 14 January, applies from 1 February at the latest).
    expect(answer('maternal-assistance/one-child', '2026-01-14')).toEqual(['superseded']);
    // HG 1253/2022 replaced all annexes of HG 426/2020: its CIA value ends, no 2022 value is known.
    expect(answer('adults-disability/care-and-assistance-centre', '2021-01-01')).toEqual(['66852', 'HG 426/2020', '2022-10-20']);
    expect(answer('adults-disability/care-and-assistance-centre', '2023-01-01')).toEqual(['superseded']);
  });

  it('never dates undated values, and says why for unknown keys and bad dates', () => {
    expect(answer('children/day-centre', '2021-01-01', true)).toEqual(['undated_only']);
    expect(answer('no-such-standard', '2021-01-01')).toEqual(['unknown_key']);
    expect(answer('maternal-assistance/one-child', '2021-02-30')).toEqual(['invalid_date']);
    expect(costStandardAsOf({ serviceCode: '8891 CZ-C-II' }, '2021-01-01')).toMatchObject({ known: false, reason: 'unknown_key' });
    expect(costStandardAsOf(null as never, 42 as never)).toMatchObject({ known: false, reason: 'invalid_date' });
  });

  it('takes overrides per call and newer tables, without changing the bundled one', () => {
    const official: CostStandard = {
      key: 'maternal-assistance/one-child', act: 'HG 6/2026', annex: '1', point: '1', service: 'asistență maternală',
      beneficiaryGroup: 'copii', period: 'year', perUnit: 'beneficiary', value: '70000', effectiveFrom: '2026-02-01',
      nomenclatureCodes: ['8790 CR-C-I'], sources: ['Monitorul Oficial'], verified: true,
    };
    const before = JSON.stringify(COST_STANDARDS);
    const withOverride = costStandardAsOf({ key: official.key }, '2026-03-01', { overrides: [official] });
    // The override has no act record, and the January 2026 act ends values only of HG 1253/2022.
    expect(withOverride.known && withOverride.standard.value).toBe('70000');
    const loaded = loadCostStandards({ ...COST_STANDARDS, standards: [...COST_STANDARDS.standards, official] });
    expect(loaded.ok && loaded.issues.map((i) => [i.code, i.params.act])).toEqual([['cost_standard.unknown_act', 'HG 6/2026']]);
    if (!loaded.ok) return;
    const byCode = costStandardAsOf({ serviceCode: '8790CR-C-I' }, '2026-03-01', { table: loaded.table });
    expect(byCode.known && byCode.standard.value).toBe('70000');
    expect(JSON.stringify(COST_STANDARDS)).toBe(before);
  });

  it('loadCostStandards gives issues with paths for a bad table', () => {
    const bad = loadCostStandards({ name: 'x', acts: [], standards: [{ ...COST_STANDARDS.standards[0], value: '1.234,5' }] });
    expect(!bad.ok && bad.issues.map((i) => i.path.join('.'))).toEqual(['standards.0.value']);
    expect(loadCostStandards(null).ok).toBe(false);
    const dup = loadCostStandards({ ...COST_STANDARDS, standards: [COST_STANDARDS.standards[0], COST_STANDARDS.standards[0]] });
    expect(!dup.ok && dup.issues[0]?.code).toBe('cost_standard.duplicate');
  });
});

describe('estimateServiceCost', () => {
  it('uses a table value with its provenance, and warns about an unverified one', () => {
    const a = costStandardAsOf({ key: 'family-type-home/disability' }, '2021-03-01');
    if (!a.known) throw new Error('expected a value');
    const e = estimateServiceCost({ groups: [{ count: 6, label: 'copii', rate: a }] });
    expect(e.ok && [e.total, e.parameters[1]?.source, e.parameters[1]?.standard?.verified]).toEqual(['390714', 'HG 426/2020, anexa 1', true]);
    const unverified = COST_STANDARDS.standards.find((s) => s.key === 'children/day-centre') as CostStandard;
    const u = estimateServiceCost({ groups: [{ count: 10, rate: unverified }] });
    expect(u.ok && [u.total, u.warnings.map((w) => w.code)]).toEqual(['112830', ['estimate.unverified_standard']]);
  });

  it('prorates by months and days, and rounds once, at the end, as asked', () => {
    const months = estimateServiceCost({ groups: [{ count: 25, rate: { value: '14313', period: 'year' }, months: 3 }] });
    expect(months.ok && [months.total, months.warnings]).toEqual(['89456.25', []]);
    const days = estimateServiceCost({ groups: [{ count: 1, rate: { value: '36669', period: 'year' }, days: 100 }] });
    expect(days.ok && [days.total, days.exactTotal.slice(0, 14), days.warnings[0]?.code]).toEqual(['10046.30', '10046.30136986', 'estimate.rounded']);
    const whole = estimateServiceCost({ groups: [{ count: 1, rate: { value: '36669', period: 'year' }, days: 100 }], rounding: { decimals: 0, mode: 'down' } });
    expect(whole.ok && whole.total).toBe('10046');
    const daily = estimateServiceCost({ groups: [{ count: 20, rate: { value: '32', period: 'day' }, daysPerMonth: 22, months: 10 }] });
    expect(daily.ok && daily.total).toBe('140800');
  });

  it('applies HG 426/2020 art. 2(3) only when asked, with the allowance as an input', () => {
    const e = estimateServiceCost({ groups: [{ count: 10, rate: { value: '38511', period: 'year' } }], placementAllowance: { monthly: '600', source: 'Legea 272/2004 art. 128 (valoare dată de utilizator)' } });
    expect(e.ok && [e.total, e.steps[0]?.ro]).toEqual(['313110', '38.511 lei/an − 12 × 600 lei/lună alocație de plasament = 31.311 lei/an (HG 426/2020, art. 2 alin. (3))']);
    const hourly = estimateServiceCost({ groups: [{ count: 1, rate: { value: '15', period: 'hour' }, hoursPerDay: 1, daysPerMonth: 1 }], placementAllowance: { monthly: '600', source: 'x' } });
    expect(!hourly.ok && hourly.issues[0]?.code).toBe('estimate.deduction_not_applicable');
    const negative = estimateServiceCost({ groups: [{ count: 1, rate: { value: '1000', period: 'year' } }], placementAllowance: { monthly: '600', source: 'x' } });
    expect(!negative.ok && negative.issues[0]?.code).toBe('estimate.negative_after_deduction');
  });

  it('answers bad input with issues and paths, never a throw', () => {
    const inputs: unknown[] = [null, {}, { groups: [] }, { groups: [null] }, { groups: [{ count: 1.5, rate: { value: '1', period: 'year' } }] },
      { groups: [{ count: 1, rate: { value: 1, period: 'year' } }] }, { groups: [{ count: 1, rate: { value: '1', period: 'week' } }] },
      { groups: [{ count: 1, rate: { value: '1', period: 'hour' } }] }, { groups: [{ count: 1, rate: { value: '1', period: 'day' } }] },
      { groups: [{ count: 1, rate: { value: '1', period: 'year' }, months: -1 }] }, { groups: [{ count: 1, rate: { value: '1', period: 'year' } }], placementAllowance: { monthly: 'x' } }];
    for (const input of inputs) {
      const r = estimateServiceCost(input as never);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toMatch(/^estimate\./);
    }
    const r = estimateServiceCost({ groups: [{ count: 1, rate: { value: '1', period: 'hour' } }] });
    expect(!r.ok && [r.issues[0]?.code, r.issues[0]?.path]).toEqual(['estimate.missing_parameter', ['groups', 0, 'hoursPerDay']]);
  });
});
