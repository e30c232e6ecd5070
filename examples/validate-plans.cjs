// CommonJS consumer of the built package: the same library through `require`.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { assertPlan, PlanValidationError } = require('plan-servicii-sociale');
const { parsePlan } = require('plan-servicii-sociale/plan');

const plan = assertPlan(JSON.parse(readFileSync(path.join(__dirname, 'plans', 'videle-2024.json'), 'utf8')));
assert.equal(plan.meta.year, 2024);
assert.throws(() => assertPlan({ meta: { year: 20245 } }), PlanValidationError);
const bad = parsePlan({ meta: { authority: { kind: 'local_council', name: 'CL', uat: 'X' }, year: 2024 }, chapter1: { existingServices: { rows: [{ budget: { local: 0.1 + 0.2 } }] } } });
assert.equal(bad.ok, false);
assert.equal(bad.issues[0].code, 'amount.not_exact');
console.log(`require: ${plan.meta.authority.name} ${plan.meta.year} valid; a float amount is rejected with ${bad.issues[0].code}`);
