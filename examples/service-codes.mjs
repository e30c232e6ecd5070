// Service codes against the built package: read what clerks write, look codes up as of a plan's
// date, find codes in free text, and list a plan's codes with their catalogue status.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertPlan } from 'plan-servicii-sociale';
import { findServiceCodes, listPlanServiceCodes, lookupServiceCode, parseServiceCode, searchServices } from 'plan-servicii-sociale/nomenclature';

const read = parseServiceCode('8810ID -I');
assert.equal(read.ok && read.canonical, '8810 ID-I');
console.log('8810ID -I →', read.canonical, read.corrections.map((c) => c.code).join(', '));

const found = findServiceCodes('Cod CPV 85311200-4; cod serviciu 8790CR-II 8790CR-C-I');
assert.deepEqual(found.map((f) => (f.kind === 'cpv' ? `CPV ${f.text}` : f.result.canonical)), ['CPV 85311200-4', '8790 CR-II', '8790 CR-C-I']);
console.log('found:', found.map((f) => (f.kind === 'cpv' ? `CPV ${f.text}` : f.result.canonical)).join(' | '));

const l = lookupServiceCode('8790 CR-D-II', { asOf: '2019-02-28' });
assert.equal(l.status, 'known');
console.log(`8790 CR-D-II on 2019-02-28: ${l.status}, verified ${l.entry?.verified}, edition ${l.edition.id}`);

const hits = searchServices('ingrijire la domiciliu', { asOf: '2024-01-31', limit: 3 }).hits;
assert.equal(hits[0]?.entry.code, '8810 ID-I');
console.log('search "ingrijire la domiciliu":', hits.map((h) => h.entry.code).join(', '));

const plan = assertPlan(JSON.parse(readFileSync(new URL('./plans/campia-turzii-2020.json', import.meta.url), 'utf8')));
const { asOf, codes } = listPlanServiceCodes(plan);
assert.equal(codes.length, 4);
for (const c of codes) console.log(`${asOf} ${c.part} ${c.raw} → ${c.canonical} ${c.status}${c.entry?.verified ? '' : ' (unverified)'}`);
