// Non-TypeScript consumers: the shipped JSON Schema validates the same documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { planJsonSchema } from 'plan-servicii-sociale';

const require = createRequire(import.meta.url);
const shipped = JSON.parse(readFileSync(require.resolve('plan-servicii-sociale/plan.schema.json'), 'utf8'));
assert.deepEqual(shipped, planJsonSchema, 'the shipped file and the export are the same schema');
const validate = new Ajv2020({ strict: false }).compile(shipped);
const plan = JSON.parse(readFileSync(new URL('./plans/videle-2024.json', import.meta.url), 'utf8'));
assert.equal(validate(plan), true, JSON.stringify(validate.errors));
assert.equal(validate({ ...plan, unknownField: 1 }), false);
console.log('plan.schema.json: the Videle plan is valid; an unknown field is rejected');
