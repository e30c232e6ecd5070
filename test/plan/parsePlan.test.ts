import { describe, expect, it } from 'vitest';
import { PlanSchema, PlanValidationError, assertPlan, checkPlan, parsePlan, type Issue } from '../../src/index.js';
import { minimalPlan } from './fixtures.js';

const errorsOf = (input: unknown) => {
  const r = parsePlan(input);
  expect(r.ok).toBe(false);
  return r.issues.filter((i) => i.severity === 'error').map((i) => ({ code: i.code, path: i.path.join('.') }));
};

const withService = (service: Record<string, unknown>) => ({
  ...minimalPlan(),
  chapter1: { existingServices: { rows: [service] } },
});

describe('parsePlan: bad documents answer with the right path and code, and never throw', () => {
  it.each<[string, unknown, { code: string; path: string }]>([
    ['not an object', 'plan', { code: 'type.invalid', path: '' }],
    ['null', null, { code: 'type.invalid', path: '' }],
    ['an array', [minimalPlan()], { code: 'type.invalid', path: '' }],
    ['missing meta', {}, { code: 'value.required', path: 'meta' }],
    ['missing year', { meta: { authority: minimalPlan().meta.authority } }, { code: 'value.required', path: 'meta.year' }],
    ['a year like 20245', { meta: { ...minimalPlan().meta, year: 20245 } }, { code: 'year.invalid', path: 'meta.year' }],
    ['a year as text', { meta: { ...minimalPlan().meta, year: '2024' } }, { code: 'year.invalid', path: 'meta.year' }],
    ['a fractional year', { meta: { ...minimalPlan().meta, year: 2024.5 } }, { code: 'year.invalid', path: 'meta.year' }],
    ['a wrong authority kind', { meta: { ...minimalPlan().meta, authority: { ...minimalPlan().meta.authority, kind: 'primarie' } } }, { code: 'value.not_allowed', path: 'meta.authority.kind' }],
    ['a wrong type', { meta: { ...minimalPlan().meta, authority: { ...minimalPlan().meta.authority, name: 42 } } }, { code: 'type.invalid', path: 'meta.authority.name' }],
    ['a UAT name of only spaces', { meta: { ...minimalPlan().meta, authority: { ...minimalPlan().meta.authority, uat: '    ' } } }, { code: 'text.blank', path: 'meta.authority.uat' }],
    ['a 1 MB string', { ...minimalPlan(), notes: ['x'.repeat(1_000_000)] }, { code: 'text.too_long', path: 'notes.0' }],
    ['a decision date in Romanian form', { meta: { ...minimalPlan().meta, decision: { kind: 'HCL', number: '13', date: '31.01.2024' } } }, { code: 'date.invalid', path: 'meta.decision.date' }],
    ['a day that does not exist', { meta: { ...minimalPlan().meta, decision: { kind: 'HCL', number: '13', date: '2023-02-29' } } }, { code: 'date.invalid', path: 'meta.decision.date' }],
    ['negative capacity', withService({ name: 'Centru', capacity: -10 }), { code: 'count.negative', path: 'chapter1.existingServices.rows.0.capacity' }],
    ['text in an amount', withService({ name: 'Centru', budget: { local: 'o sută de lei' } }), { code: 'amount.invalid', path: 'chapter1.existingServices.rows.0.budget.local' }],
    ['an amount with three decimals', withService({ name: 'Centru', budget: { local: '158838.125' } }), { code: 'amount.too_many_decimals', path: 'chapter1.existingServices.rows.0.budget.local' }],
    ['a float amount', withService({ name: 'Centru', budget: { state: 0.1 + 0.2 } }), { code: 'amount.not_exact', path: 'chapter1.existingServices.rows.0.budget.state' }],
    ['1e308', withService({ name: 'Centru', budget: { county: 1e308 } }), { code: 'amount.not_exact', path: 'chapter1.existingServices.rows.0.budget.county' }],
    ['an unknown funding source', withService({ name: 'Centru', budget: { european: '100' } }), { code: 'budget.unknown_source', path: 'chapter1.existingServices.rows.0.budget.european' }],
    ['a misspelt field', withService({ nmae: 'Centru' }), { code: 'object.unknown_key', path: 'chapter1.existingServices.rows.0.nmae' }],
    ['rows in a not-applicable section', { ...minimalPlan(), chapter1: { contracting: { status: 'not_applicable', rows: [{ name: 'x' }] } } }, { code: 'section.rows_when_not_applicable', path: 'chapter1.contracting.status' }],
    ['an unknown currency', withService({ name: 'Centru', budget: { other: { value: '10000', currency: 'USD' } } }), { code: 'value.not_allowed', path: 'chapter1.existingServices.rows.0.budget.other.currency' }],
  ])('%s', (_name, input, expected) => {
    expect(errorsOf(input)).toContainEqual(expected);
  });

  it('deeply nested garbage is reported at the first wrong level, without recursion limits', () => {
    let garbage: unknown = 'x';
    for (let i = 0; i < 100_000; i += 1) garbage = [garbage];
    expect(errorsOf({ ...minimalPlan(), chapter1: garbage })).toEqual([{ code: 'type.invalid', path: 'chapter1' }]);
    let nested: Record<string, unknown> = {};
    const top = nested;
    for (let i = 0; i < 10_000; i += 1) nested = nested.a = {} as Record<string, unknown>;
    expect(errorsOf({ ...minimalPlan(), extra: top })).toEqual([{ code: 'object.unknown_key', path: 'extra' }]);
  });

  it('__proto__, constructor and prototype keys pollute nothing and are reported', () => {
    const input = JSON.parse(
      '{"meta":{"authority":{"kind":"local_council","name":"CL","uat":"X","__proto__":{"polluted":true}},"year":2024},"constructor":{"prototype":{"polluted":true}},"prototype":1}',
    ) as unknown;
    const errors = errorsOf(input);
    expect(errors).toContainEqual({ code: 'object.unknown_key', path: 'meta.authority.__proto__' });
    expect(errors).toContainEqual({ code: 'object.unknown_key', path: 'constructor' });
    expect(errors).toContainEqual({ code: 'object.unknown_key', path: 'prototype' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('an input whose getter throws gives input.unreadable', () => {
    const input = {
      get meta(): never {
        throw new Error('boom');
      },
    };
    const r = parsePlan(input);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'input.unreadable', path: [], severity: 'error', params: { reason: 'boom' } });
  });

  it('cycles are reported, not followed forever', () => {
    const input: Record<string, unknown> = { ...minimalPlan() };
    input.self = input;
    expect(errorsOf(input)).toEqual([{ code: 'object.unknown_key', path: 'self' }]);
  });

  it('every issue has a code, a path, a severity, params and messages in both languages', () => {
    const r = parsePlan({ meta: { year: 'x' }, chapter1: 5, notes: [' '] });
    expect(r.ok).toBe(false);
    for (const issue of r.issues) {
      expect(issue).toEqual({
        code: expect.stringMatching(/\./),
        path: expect.any(Array),
        severity: 'error',
        params: expect.any(Object),
        message: { ro: expect.any(String), en: expect.any(String) },
      } satisfies Record<keyof Omit<Issue, 'legalReference'>, unknown>);
    }
  });
});

describe('parsePlan: valid documents', () => {
  it('returns the normalised plan and its warnings', () => {
    const r = parsePlan(withService({ name: 'Centru de zi', capacity: 10, occupancy: '120%', budget: { local: '158838' } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.chapter1?.existingServices?.rows[0]?.budget?.local).toEqual({ kind: 'amount', value: '158838', currency: 'RON' });
    expect(r.issues.map((i) => [i.code, i.severity, i.path.join('.')])).toEqual([
      ['service.code_missing', 'warning', 'chapter1.existingServices.rows.0.serviceCode'],
      ['occupancy.over_100', 'warning', 'chapter1.existingServices.rows.0.occupancy'],
    ]);
  });

  it('ignore leaves out warnings but never errors', () => {
    const r = parsePlan(withService({ name: 'Centru', budget: { local: '1' } }), { ignore: ['service.code_missing'] });
    expect(r.ok && r.issues).toEqual([]);
    const bad = parsePlan({}, { ignore: ['value.required'] });
    expect(bad.ok).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = withService({ name: 'Centru', capacity: '30 locuri și 20 locuri în ambulatoriu', budget: { local: 36669.5 } });
    const before = structuredClone(input);
    parsePlan(input);
    expect(input).toEqual(before);
    const frozen = Object.freeze(withService({ name: 'x' }));
    expect(() => parsePlan(frozen)).not.toThrow();
  });

  it('the plan it returns shares nothing mutable with the input', () => {
    const input = withService({ name: 'Centru', budget: { local: '1' } });
    const r = parsePlan(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    (input.chapter1.existingServices.rows[0] as Record<string, unknown>).name = 'changed';
    expect(r.plan.chapter1?.existingServices?.rows[0]?.name).toBe('Centru');
  });
});

describe('assertPlan', () => {
  it('returns the plan or throws PlanValidationError with every issue', () => {
    expect(assertPlan(minimalPlan()).meta.year).toBe(2024);
    let caught: unknown;
    try {
      assertPlan({ meta: { year: 20245 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanValidationError);
    const error = caught as PlanValidationError;
    expect(error.message).toMatch(/^plan-servicii-sociale: invalid plan, 2 error\(s\)/);
    expect(error.issues.map((i) => i.code)).toEqual(['value.required', 'year.invalid']);
  });
});

describe('Standard Schema', () => {
  it('PlanSchema validates through ~standard and reports the library codes', async () => {
    const std = PlanSchema['~standard'];
    expect(std.vendor).toBe('zod');
    const good = await std.validate(minimalPlan());
    expect('value' in good && good.value).toMatchObject({ meta: { year: 2024 } });
    const bad = await std.validate(withService({ name: 'x', budget: { local: 1.234 } }));
    expect(bad.issues?.[0]?.path).toEqual(['chapter1', 'existingServices', 'rows', 0, 'budget', 'local']);
    expect((bad.issues?.[0] as { params?: { code?: string } }).params?.code).toBe('amount.not_exact');
  });
});

describe('review findings stay fixed', () => {
  it('capacity and staff numbers too large to count are errors, so the round trip holds', () => {
    expect(errorsOf(withService({ name: 'x', capacity: `${'9'.repeat(400)} locuri` }))).toEqual([{ code: 'count.invalid', path: 'chapter1.existingServices.rows.0.capacity' }]);
    expect(errorsOf(withService({ name: 'x', capacity: '99999999999999999999 locuri' }))).toEqual([{ code: 'count.invalid', path: 'chapter1.existingServices.rows.0.capacity' }]);
    const staff = { ...minimalPlan(), chapter1: { proposedServices: { rows: [{ name: 'x', staff: 'educator - 99999999999999999999' }] } } };
    expect(errorsOf(staff)).toEqual([{ code: 'count.invalid', path: 'chapter1.proposedServices.rows.0.staff' }]);
  });

  it('Romanian thousands in counts and capacities: "1.000" is a thousand', () => {
    const r = parsePlan(withService({ name: 'x', capacity: '1.000 locuri', waitingRequests: '1.200' }));
    expect(r.ok && r.plan.chapter1?.existingServices?.rows[0]?.capacity).toEqual({ kind: 'capacity', parts: [{ count: 1000, unit: 'places', label: 'locuri' }], raw: '1.000 locuri' });
    expect(r.ok && r.plan.chapter1?.existingServices?.rows[0]?.waitingRequests).toBe(1200);
  });

  it('negative occupancy and capacity with a Unicode minus are errors', () => {
    expect(errorsOf(withService({ name: 'x', occupancy: '-5%' }))).toEqual([{ code: 'percent.invalid', path: 'chapter1.existingServices.rows.0.occupancy' }]);
    expect(errorsOf(withService({ name: 'x', capacity: '\u22125 locuri' }))).toEqual([{ code: 'count.negative', path: 'chapter1.existingServices.rows.0.capacity' }]);
  });

  it('checkPlan reports, never throws, on an edited plan whose amounts broke', () => {
    const plan = assertPlan(withService({ name: 'x', serviceCode: '8891 CZ-C-II', budget: { local: '1' } }));
    const edited = structuredClone(plan);
    const budget = edited.chapter1?.existingServices?.rows[0]?.budget;
    if (budget) budget.local = { kind: 'amount', value: '1.005', currency: 'RON' };
    expect(checkPlan(edited).map((i) => [i.code, i.severity])).toEqual([['amount.too_many_decimals', 'error']]);
  });

  it('markers: dash variants, "- Nu este cazul", blanks to fill and zero-width spaces', () => {
    const r = parsePlan(
      withService({ name: 'x', budget: { local: '\u2212', county: '- -', state: '- Nu este cazul', beneficiaries: '___', other: '\u200B' } }),
    );
    expect(r.ok && r.plan.chapter1?.existingServices?.rows[0]?.budget).toEqual({
      local: { kind: 'none', raw: '\u2212' },
      county: { kind: 'none', raw: '- -' },
      state: { kind: 'not_applicable', raw: '- Nu este cazul' },
      beneficiaries: { kind: 'unknown', raw: '___' },
      other: { kind: 'unknown', raw: '\u200B' },
    });
  });

  it('-0 counts are 0', () => {
    const r = parsePlan(withService({ name: 'x', waitingRequests: -0 }));
    expect(r.ok && Object.is(r.plan.chapter1?.existingServices?.rows[0]?.waitingRequests, 0)).toBe(true);
  });

  it('odd options never make parsePlan throw', () => {
    expect(() => parsePlan(minimalPlan(), null as never)).not.toThrow();
    expect(() => parsePlan(minimalPlan(), { ignore: 5 as never })).not.toThrow();
  });

  it('an error on an object cell does not invent a value param, and duplicates are merged', () => {
    const r = parsePlan(withService({ name: 'x', budget: { local: { value: '1.234' } } }));
    expect(r.issues[0]?.params).toEqual({ value: '1.234' });
    const y = parsePlan({ meta: { ...minimalPlan().meta, year: 1e308 } });
    expect(y.issues.map((i) => i.code)).toEqual(['year.invalid']);
  });
});
