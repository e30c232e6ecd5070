// ESM consumer of the built package: validates every example plan and prints one line each.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parsePlan, summarizePlan } from 'plan-servicii-sociale';

const dir = new URL('./plans/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
assert.ok(files.length >= 3, 'the three example plans are there');
for (const file of files) {
  const result = parsePlan(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  assert.equal(result.ok, true, `${file} is valid`);
  const summary = summarizePlan(result.plan);
  console.log(`${file}: ${summary.authority} ${summary.year}, ${summary.services.length} services, ${result.issues.length} warnings/notes`);
}
