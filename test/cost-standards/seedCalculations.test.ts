// Every worked calculation of the seeds (all in 004_31a501b2804b256a.txt; seeds 000–003 have none):
// the library reproduces the stated result or reports the document's error with the right figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from 'plan-servicii-sociale';
import { checkPlanBudgets, checkWrittenCalculation, estimateServiceCost } from 'plan-servicii-sociale/cost-standards';

const written: [line: number, text: string, computed: string, stated: string][] = [
  [170, '25 copii/ tineri x 14.313 lei (standard de cost ) =357825', '357825', '357825'],
  [177, '50 persoane x 15 lei/ora x 2 ore/zi x 20 zile x 12 luni=264,000 lei (calcul facut pe baza standardului de cost in vigoare)', '360000', '264000'],
  [178, '10 copii x 11,283 lei (standardul de cost)= 112,830', '112830', '112830'],
  [127, '257,083 lei= 7 copii in medie pe luna 3 copii *46,321 lei 4 copii *29,530 lei', '257083', '257083'],
  [134, '41, 220 lei =  916 lei /lună/familie *15 familii (cu o medie de 3 copii) *3 luni', '41220', '41220'],
  [205, '<b>25 copii/</b> tineri x 2100 lei subvenție / an / beneficiar =52500', '52500', '52500'],
];

describe('calculations written in seed 004', () => {
  it.each(written)('line %i: %s', (_line, text, computed, stated) => {
    const c = checkWrittenCalculation(text);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect([c.computed, c.stated, c.matches]).toEqual([computed, stated, computed === stated]);
    expect(c.issues.map((i) => i.code)).toEqual(computed === stated ? [] : ['budget.calculation_wrong']);
  });

  it('line 177: the error is reported with the right figure and the likely slip (11 lei/oră)', () => {
    const c = checkWrittenCalculation(written[1]?.[1]);
    expect(c.ok && c.issues[0]?.params).toMatchObject({ expected: '360000', found: '264000', difference: '-96000' });
    expect(c.ok && c.impliedFactors).toEqual([{ written: '15', wouldBe: '11' }]);
    expect(c.ok && c.issues[0]?.message.ro).toContain('dă 360000, nu 264000');
  });

  it('line 127: the mixed group is two products, and "7 copii" is set aside', () => {
    const c = checkWrittenCalculation(written[3]?.[1]);
    expect(c.ok && c.terms.map((t) => t.product)).toEqual(['138963', '118120']);
    expect(c.ok && c.ignored).toEqual(['7']);
  });

  it('estimateServiceCost reproduces each calculation and shows its steps', () => {
    const day = estimateServiceCost({ groups: [{ count: 25, label: 'copii/tineri', rate: { value: '14313', period: 'year' } }] });
    expect(day.ok && [day.total, day.steps[0]?.ro]).toEqual(['357825', '25 copii/tineri × 14.313 lei/an = 357.825 lei']);
    const home = estimateServiceCost({ groups: [{ count: 50, label: 'persoane', rate: { value: '15', period: 'hour' }, hoursPerDay: 2, daysPerMonth: 20, months: 12 }] });
    expect(home.ok && home.total).toBe('360000');
    const mozaic = estimateServiceCost({ groups: [{ count: 10, label: 'copii', rate: { value: '11283', period: 'year' } }] });
    expect(mozaic.ok && mozaic.total).toBe('112830');
    const sos = estimateServiceCost({
      groups: [
        { count: 3, label: 'copii', rate: { value: '46321', period: 'year' } },
        { count: 4, label: 'copii', rate: { value: '29530', period: 'year' } },
      ],
    });
    expect(sos.ok && [sos.total, sos.subtotals, sos.steps.at(-1)?.ro]).toEqual(['257083', ['138963', '118120'], 'Total: 138.963 lei + 118.120 lei = 257.083 lei']);
    const community = estimateServiceCost({ groups: [{ count: 15, label: 'familii', rate: { value: '916', period: 'month', perUnit: 'family' }, months: 3 }] });
    expect(community.ok && [community.total, community.steps[0]?.en]).toEqual(['41220', '15 families × 916 lei/month × 3 months = 41,220 lei']);
    const subsidy = estimateServiceCost({ groups: [{ count: 25, rate: { value: '2100', period: 'year', source: 'subvenție Legea 34/1998' } }] });
    expect(subsidy.ok && [subsidy.total, subsidy.parameters[1]?.source]).toEqual(['52500', 'subvenție Legea 34/1998']);
  });
});

describe('a calculation whose result is not in the budget', () => {
  it('is reported with the total it should match', async () => {
    const { assertPlan } = await import('plan-servicii-sociale');
    const plan = assertPlan({
      meta: { authority: { kind: 'local_council', name: 'CL X', uat: 'X' }, year: 2021 },
      chapter1: { contracting: { rows: [{ name: 'Centru de zi', capacity: 10,
        estimatedValue: { local: '100000', other: '12830', calculation: '10 copii x 11,283 lei = 112,830' } }] } },
    });
    const ok = checkPlanBudgets(plan);
    expect(ok.ok && ok.issues.map((i) => i.code)).toEqual([]);
    const off = checkPlanBudgets(assertPlan({ ...plan, chapter1: { contracting: { rows: [{ name: 'Centru de zi',
      estimatedValue: { local: '100000', calculation: '10 copii x 11,283 lei = 112,830' } }] } } }));
    expect(off.ok && off.issues.map((i) => [i.code, i.path.join('.'), i.params.found, i.params.expected, i.params.difference])).toEqual([
      ['budget.calculation_not_in_budget', 'chapter1.contracting.rows.0.estimatedValue.calculation', '112830', '100000', '12830'],
    ]);
  });
});

describe('the implicit calculations of seed 004 (budgets beside a cited standard), on the transcribed chapter I', () => {
  const read = parsePlan(JSON.parse(readFileSync(new URL('../../examples/plans/bacau-2021.json', import.meta.url), 'utf8')));
  if (!read.ok) throw new Error('bacau-2021.json does not parse');
  const check = checkPlanBudgets(read.plan);
  if (!check.ok) throw new Error('checkPlanBudgets failed');
  const found = check.issues.map((i) => [i.code, i.path.slice(1).join('.'), i.params.expected ?? i.params.count, i.params.found ?? i.params.capacity]);

  it('reports every finding, and nothing else', () => {
    expect(found).toEqual([
      // line 70: 700000 for 30 and 1630000 for 70 beneficiaries against 36669: 2330000 < 3666900.
      ['budget.below_standard', 'proposedServices.rows.1.budget', '3666900', '2330000'],
      ['budget.below_standard', 'proposedServices.rows.1.budget.local', '1100070', '700000'],
      ['budget.below_standard', 'proposedServices.rows.1.budget.other', '2566830', '1630000'],
      // line 170: 25 funded of a capacity of 40 at 14313.
      ['budget.below_standard', 'contracting.rows.4.estimatedValue', '572520', '357825'],
      // line 177: the product is 360000, not 264000.
      ['budget.calculation_wrong', 'contracting.rows.5.calculation', '360000', '264000'],
      // line 178: 10 funded of a capacity of 25 at 11283 (the row says sponsors pay for the other 15).
      ['budget.below_standard', 'contracting.rows.6.estimatedValue', '282075', '112830'],
      // line 183: capacity 75 × 36669 = 2750175 > 2350000; the local cell's 30 × 36669 = 1100070 > 720000.
      ['budget.below_standard', 'contracting.rows.7.estimatedValue', '2750175', '2350000'],
      ['budget.below_standard', 'contracting.rows.7.estimatedValue.local', '1100070', '720000'],
      // line 188: "/3000 beneficiari" against a capacity of 100; the five cells add up to 100 × 36669.
      ['budget.beneficiaries_mismatch', 'contracting.rows.8.estimatedValue.local', 3000, '100'],
    ]);
  });

  it('line 188: the sources add up to capacity × standard, so the service itself is not under-funded', () => {
    const row = check.services.find((s) => s.part === 'I.C' && s.index === 8);
    expect(row && [row.totals[0]?.total, row.legalMinimum, row.shortfall, row.standard?.citation]).toEqual([
      '3666900',
      '3666900',
      undefined,
      'HG 978/2015, anexa 2 (citat în plan / cited in the plan)',
    ]);
    expect(row?.shares).toEqual({ local: '19.6', county: '2.1', state: '0.0', beneficiaries: '0.0', other: '78.3' });
  });

  it('shares add up to exactly 100 for every service with a lei budget', () => {
    for (const s of check.services) {
      if (!s.shares) continue;
      const sum = Object.values(s.shares).reduce((a, v) => a + Math.round(Number(v) * 10), 0);
      expect(sum).toBe(1000);
    }
  });
});
