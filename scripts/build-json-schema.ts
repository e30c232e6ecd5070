// Writes src/plan/plan.schema.json (bundled as `planJsonSchema`) and dist/plan.schema.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPlanJsonSchema } from '../src/plan/buildPlanJsonSchema.js';

const text = `${JSON.stringify(buildPlanJsonSchema(), null, 2)}\n`;
const target = process.argv[2] ?? 'both';
if (target !== 'dist') writeFileSync(new URL('../src/plan/plan.schema.json', import.meta.url), text);
if (target !== 'src') {
  mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../dist/plan.schema.json', import.meta.url), text);
}
console.log(`plan.schema.json: ${text.length} bytes`);
