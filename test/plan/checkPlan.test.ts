// One small fixture per rule: code, path and severity (never the message text).
import { describe, expect, it } from 'vitest';
import { assertPlan, checkPlan } from '../../src/index.js';
import { minimalPlan } from './fixtures.js';

const found = (input: unknown) => checkPlan(assertPlan(input)).map((i) => ({ code: i.code, path: i.path.join('.'), severity: i.severity }));

const plan = (extra: Record<string, unknown>) => ({ ...minimalPlan(), ...extra });
const service = (row: Record<string, unknown>) => plan({ chapter1: { existingServices: { rows: [row] } } });
const named = { name: 'Centru de zi', serviceCode: '8891 CZ-C-II', budget: { local: '1' } };

describe('checkPlan rules', () => {
  it('a clean plan has no findings', () => {
    expect(found(service(named))).toEqual([]);
  });
  it.each<[string, unknown, { code: string; path: string; severity: string }]>([
    ['section.empty', plan({ chapter1: { existingServices: { rows: [] } } }), { code: 'section.empty', path: 'chapter1.existingServices', severity: 'info' }],
    ['service.name_missing', service({ ...named, name: undefined }), { code: 'service.name_missing', path: 'chapter1.existingServices.rows.0.name', severity: 'warning' }],
    ['service.code_missing', service({ ...named, serviceCode: '-' }), { code: 'service.code_missing', path: 'chapter1.existingServices.rows.0.serviceCode', severity: 'warning' }],
    ['budget.empty', service({ ...named, budget: { local: '-', state: '' } }), { code: 'budget.empty', path: 'chapter1.existingServices.rows.0.budget', severity: 'info' }],
    ['budget.other_source_undescribed', service({ ...named, budget: { other: '100' } }), { code: 'budget.other_source_undescribed', path: 'chapter1.existingServices.rows.0.budget.otherSource', severity: 'info' }],
    ['occupancy.over_100', service({ ...named, occupancy: '101%' }), { code: 'occupancy.over_100', path: 'chapter1.existingServices.rows.0.occupancy', severity: 'warning' }],
    ['capacity.unparsed', service({ ...named, capacity: 'după caz' }), { code: 'capacity.unparsed', path: 'chapter1.existingServices.rows.0.capacity', severity: 'warning' }],
    ['staff.unparsed', plan({ chapter1: { proposedServices: { rows: [{ name: 'Centru', budget: { local: '1' }, staff: 'personal calificat' }] } } }), { code: 'staff.unparsed', path: 'chapter1.proposedServices.rows.0.staff', severity: 'info' }],
    ['total.mismatch', plan({ chapter3: { peerReview: { rows: [{ budget: '1000' }], printedTotal: '1500' } } }), { code: 'total.mismatch', path: 'chapter3.peerReview.printedTotal', severity: 'warning' }],
    ['decision.kind_mismatch', plan({ meta: { ...minimalPlan().meta, decision: { kind: 'HCJ', number: '1' } } }), { code: 'decision.kind_mismatch', path: 'meta.decision.kind', severity: 'warning' }],
    ['decision.date_outside_plan_year', plan({ meta: { ...minimalPlan().meta, decision: { kind: 'HCL', number: '1', date: '2021-12-30' } } }), { code: 'decision.date_outside_plan_year', path: 'meta.decision.date', severity: 'warning' }],
    ['service.code_missing in I.C', plan({ chapter1: { contracting: { rows: [{ name: 'Îngrijire', estimatedValue: { local: '264000' } }] } } }), { code: 'service.code_missing', path: 'chapter1.contracting.rows.0.serviceCode', severity: 'warning' }],
  ])('%s', (_rule, input, expected) => {
    expect(found(input)).toContainEqual(expected);
  });

  it('a not-applicable or none section is not "empty"', () => {
    expect(found(plan({ chapter1: { contracting: { status: 'not_applicable' }, proposedServices: { status: 'none' } } }))).toEqual([]);
  });

  it('totals compare per currency, exactly', () => {
    const ok = plan({ chapter3: { refresherCourses: { rows: [{ budget: '0.10' }, { budget: '0.20' }], printedTotal: '0.30' } } });
    expect(found(ok)).toEqual([]);
    const issues = checkPlan(assertPlan(plan({ chapter3: { refresherCourses: { rows: [{ budget: '5000' }, { budget: '5000' }, { budget: '5000' }], printedTotal: { value: '15001', raw: '15001 lei' } } } })));
    expect(issues[0]?.params).toEqual({ expected: '15000', found: '15001', difference: '1', currency: 'RON' });
  });

  it('a decision in December of the year before is normal', () => {
    expect(found(plan({ meta: { ...minimalPlan().meta, decision: { kind: 'HCL', number: '1', date: '2023-12-14' } } }))).toEqual([]);
  });
});
