// Golden tests on the real plans in examples/plans/ (figures checked against the seeds by hand).
import { describe, expect, it } from 'vitest';
import { parsePlan, summarizePlan, type Plan } from '../../src/index.js';
import { EXAMPLES, examplePlan, viaJson } from './fixtures.js';

const parsed = (name: (typeof EXAMPLES)[number]): { plan: Plan; codes: string[] } => {
  const r = parsePlan(examplePlan(name));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.issues.slice(0, 3))}`);
  return { plan: r.plan, codes: r.issues.map((i) => `${i.severity} ${i.code} ${i.path.join('.')}`) };
};

describe.each(EXAMPLES)('example plan %s', (name) => {
  it('parses with no error', () => {
    const r = parsePlan(examplePlan(name));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('round-trips: parse → JSON.stringify → parse gives an equal plan', () => {
    const { plan } = parsed(name);
    const again = parsePlan(viaJson(plan));
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.plan).toEqual(plan);
  });

  it('is not mutated by parsing', () => {
    const input = examplePlan(name);
    const before = JSON.stringify(input);
    parsePlan(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('Videle 2024 (seed 002)', () => {
  const { plan, codes } = parsed('videle-2024');
  const s = summarizePlan(plan);

  it('has no warning: the document is consistent', () => {
    expect(codes).toEqual([]);
  });

  it('reads the identity', () => {
    expect(s.authority).toBe('Consiliul Local al Orașului Videle');
    expect(s.decision).toBe('HCL nr. 13 din 2024-01-31');
  });

  it('I.A: one day-care centre, 10 places, 100%, 158.838 lei from the local budget, "-" elsewhere', () => {
    const row = plan.chapter1?.existingServices?.rows[0];
    expect(plan.chapter1?.existingServices?.rows).toHaveLength(1);
    expect(row?.serviceCode).toEqual({ kind: 'code', raw: '8891Cz-C-II', canonical: '8891 CZ-C-II' });
    expect(row?.budget?.local).toEqual({ kind: 'amount', value: '158838', currency: 'RON', raw: '158838 lei' });
    expect(row?.budget?.county).toEqual({ kind: 'none', raw: '-' });
    expect(s.budgets.existing).toEqual([{ currency: 'RON', bySource: { local: '158838', county: '0', state: '0', beneficiaries: '0', other: '0' }, total: '158838' }]);
  });

  it('I.B: the Puzzle centre, 42 beneficiaries a day, 387 m², 9 staff, 1.640.958 lei PNRR', () => {
    const row = plan.chapter1?.proposedServices?.rows[0];
    expect(row?.serviceCode).toEqual({ kind: 'code', raw: '8891CZ-C III', canonical: '8891 CZ-C-III' });
    expect(row?.neededCapacity).toEqual({ beneficiariesPerDay: 42, places: { kind: 'none', raw: '-' } });
    expect(row?.areaSqm).toEqual({ kind: 'quantity', value: '387' });
    expect(row?.staff?.kind === 'staff' && row.staff.roles.reduce((n, r) => n + r.count, 0)).toBe(9);
    expect(row?.budget?.otherSource).toBe('PNRR');
    expect(s.budgets.proposed[0]?.bySource.other).toBe('1640958');
  });

  it('the summary lines name each service with its canonical code and capacity', () => {
    expect(s.services.map((x) => [x.part, x.code, x.capacity, x.occupancy])).toEqual([
      ['I.A', '8891 CZ-C-II', '10', '100%'],
      ['I.B', '8891 CZ-C-III', '42 beneficiari/zi', undefined],
    ]);
  });

  it('I.C and I.D are "Nu este cazul", kept apart from empty', () => {
    expect(s.sections.filter((x) => x.section === 'I.C' || x.section === 'I.D').map((x) => x.state)).toEqual(['not_applicable', 'not_applicable']);
  });

  it('chapter II: 7 published items and the activity tables with their rows', () => {
    const tables = plan.chapter2?.activityTables ?? [];
    expect(plan.chapter2?.publishedItems?.rows).toHaveLength(7);
    expect(tables.map((t) => [t.kind, t.rows.length])).toEqual([
      ['public_information', 7],
      ['green_line', 0],
      ['information_campaigns', 6],
      ['promotion_campaigns', 2],
      ['stakeholder_meetings', 2],
      ['community_information', 5],
      ['media_messages', 0],
    ]);
    expect(tables[2]?.rows.map((r) => r.period)).toEqual(['Martie 2024', 'Octombrie 2024', 'Octombrie 2024', 'Noiembrie 2024', 'Decembrie 2024', 'Decembrie 2024']);
  });

  it('chapter III: 9 persons and 27.000 lei of refresher courses, 77 persons in instruction', () => {
    expect(plan.chapter3?.refresherCourses?.rows.map((r) => r.budget)).toEqual(
      ['3000', '6000', '6000', '6000', '6000'].map((value) => ({ kind: 'amount', value, currency: 'RON' })),
    );
    expect(s.training).toEqual({ persons: 86, budget: { RON: '27000' } });
  });
});

describe('Târgu Frumos 2019 (seed 001): chapter I parts printed empty', () => {
  const { plan, codes } = parsed('targu-frumos-2019');
  const s = summarizePlan(plan);

  it('says plainly that I.A, I.B and I.C are empty, and I.D budgets 0 lei', () => {
    expect(codes).toEqual([
      'info section.empty chapter1.existingServices',
      'info section.empty chapter1.proposedServices',
      'info section.empty chapter1.contracting',
    ]);
    expect(s.sections.slice(0, 3).map((x) => x.state)).toEqual(['empty', 'empty', 'empty']);
    expect(plan.chapter1?.subsidy?.estimatedBudget).toEqual({ kind: 'amount', value: '0', currency: 'RON', raw: '0 lei' });
    expect(s.budgets).toEqual({ existing: [], proposed: [], contracting: [], subsidy: { RON: '0' } });
  });

  it('chapter III: 39 persons and 10.000 lei (2000 + 0 + 7000 + 1000, supervision 0)', () => {
    expect(s.training).toEqual({ persons: 39, budget: { RON: '10000' } });
    expect(plan.chapter3?.supervision?.rows.map((r) => [r.category, r.persons, r.budget])).toEqual([
      ['social_workers', 0, { kind: 'amount', value: '0', currency: 'RON' }],
      ['psychologists', 0, { kind: 'amount', value: '0', currency: 'RON' }],
    ]);
  });

  it('the action plan: one general objective, 4 objectives, 11 directions of action', () => {
    const go = plan.actionPlan?.generalObjectives ?? [];
    expect(go).toHaveLength(1);
    expect(go[0]?.specificObjectives?.map((so) => so.measures?.length)).toEqual([1, 3, 3, 4]);
    expect(s.actionPlan.generalObjectives).toBe(1);
  });
});

describe('Câmpia Turzii 2020 (seed 003): a mangled table, kept as published', () => {
  const { plan, codes } = parsed('campia-turzii-2020');
  const s = summarizePlan(plan);
  const existing = plan.chapter1?.existingServices?.rows ?? [];

  it('I.A: six rows; rows 5 and 6 lost their code and name in the document, and say so', () => {
    expect(existing.map((r) => (r.serviceCode?.kind === 'code' ? r.serviceCode.raw : null))).toEqual(['8810 ID-II', '8891 CZ-C III', '8810 CZ-V-I', '8891 CZ-C-I', null, null]);
    expect(codes.filter((c) => c.startsWith('warning'))).toEqual([
      'warning service.name_missing chapter1.existingServices.rows.4.name',
      'warning service.code_missing chapter1.existingServices.rows.4.serviceCode',
      'warning service.name_missing chapter1.existingServices.rows.5.name',
      'warning service.code_missing chapter1.existingServices.rows.5.serviceCode',
    ]);
  });

  it('I.A budgets: 350.000 lei local (row 5), 34.200 + 24.000 + 9.600 lei from beneficiaries', () => {
    expect(existing[4]?.budget?.local).toEqual({ kind: 'amount', value: '350000', currency: 'RON', raw: '350.000' });
    expect(s.budgets.existing).toEqual([{ currency: 'RON', bySource: { local: '350000', county: '0', state: '0', beneficiaries: '67800', other: '0' }, total: '417800' }]);
    expect(existing[0]?.budget?.otherSource).toBe('Taxă specială Conform HCL');
  });

  it('I.A capacities and occupancy as written', () => {
    expect(existing[0]?.capacity).toMatchObject({ parts: [{ count: 24, unit: 'beneficiariesPerDay' }] });
    expect(existing[4]?.occupancy).toEqual({ kind: 'occupancy', rates: [{ percent: '70' }], raw: '70%' });
  });

  it('I.B: four proposed services; the emergency centre needs 12 beneficiaries a day and 20 places', () => {
    const proposed = plan.chapter1?.proposedServices?.rows ?? [];
    expect(proposed).toHaveLength(4);
    expect(proposed[0]?.neededCapacity).toEqual({ beneficiariesPerDay: 12, places: 20 });
    expect(proposed[0]?.staff?.kind === 'staff' && proposed[0].staff.roles).toEqual([
      { role: 'asistent social (SSC)', count: 1 },
      { role: 'ingrijitori', count: 3 },
    ]);
  });

  it('chapter III: three courses of 5.000 lei and the printed total of 15.000 lei agree', () => {
    expect(plan.chapter3?.refresherCourses?.printedTotal).toEqual({ kind: 'amount', value: '15000', currency: 'RON', raw: '15000 lei' });
    expect(codes.some((c) => c.includes('total.mismatch'))).toBe(false);
    expect(s.training.budget).toEqual({ RON: '15000' });
    expect(plan.chapter3?.qualificationCourses?.status).toBe('none');
  });

  it('the action plan: the nine general objectives of chapter I come first', () => {
    const titles = (plan.actionPlan?.generalObjectives ?? []).map((g) => g.id);
    expect(titles.slice(0, 9)).toEqual([
      'OBIECTIV GENERAL 1',
      'OBIECTIV GENERAL 2',
      'OBIECTIV GENERAL 3',
      'OBIECTIV GENERAL 4',
      'OBIECTIV GENERAL 5',
      'OBIECTIV GENERAL 6',
      'OBIECTIV GENERAL 7',
      'OBIECTIV GENERAL 8',
      'OBIECTIVUL GENERAL 9',
    ]);
  });

  it('chapter IV: five tables kept as printed, three of them headed "mii lei" over values in lei', () => {
    const tables = plan.budgetChapter?.tables ?? [];
    expect(tables.map((t) => [t.functionalCode, t.unit, t.rows.length])).toEqual([
      ['65.02.50.00', 'mii lei', 3],
      ['68.02.05.02', 'mii lei', 15],
      ['68.02.1.00', 'mii lei', 31],
      ['68.02.15.01', undefined, 6],
      [undefined, undefined, 27],
    ]);
    expect(tables[0]?.rows[0]?.annual).toEqual({ kind: 'amount', value: '2233600', currency: 'RON', raw: '2.233.600' });
  });
});
