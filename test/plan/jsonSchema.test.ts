import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/index.js';
import { buildPlanJsonSchema } from '../../src/plan/buildPlanJsonSchema.js';
import { EXAMPLES, examplePlan, minimalPlan } from './fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
const validate = ajv.compile(planJsonSchema as object);

describe('plan.schema.json', () => {
  it('is up to date with the zod schemas (run `npm run build` to regenerate)', () => {
    const committed = readFileSync(new URL('../../src/plan/plan.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(buildPlanJsonSchema());
  });

  it.each(EXAMPLES)('a real JSON Schema validator accepts the example plan %s', (name) => {
    const ok = validate(examplePlan(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what the model rejects structurally', () => {
    expect(validate(minimalPlan())).toBe(true);
    expect(validate({})).toBe(false);
    expect(validate({ ...minimalPlan(), unknown: 1 })).toBe(false);
    expect(validate({ ...minimalPlan(), chapter1: { existingServices: { rows: [{ budget: { european: '1' } }] } } })).toBe(false);
    expect(validate({ meta: { ...minimalPlan().meta, year: 20245 } })).toBe(false);
    expect(validate({ ...minimalPlan(), chapter1: { existingServices: { rows: [{ capacity: -1 }] } } })).toBe(false);
    expect(validate({ ...minimalPlan(), chapter1: { existingServices: { rows: [{ budget: { local: { value: '1', currency: 'USD' } } }] } } })).toBe(false);
  });

  it('names its reusable parts', () => {
    expect(Object.keys(planJsonSchema.$defs as object)).toEqual(expect.arrayContaining(['AmountCell', 'FundingBudget', 'ExistingService', 'Action']));
  });
});
