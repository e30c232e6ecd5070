// `npm run bench`: parsePlan on the Videle example against JSON.parse of the same text, in one run.
// Reports the median time of each over several rounds and their ratio (aim: parsePlan within 10×).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type * as Library from '../src/index.js';

// The built package (npm run bench builds first), typed by the sources.
const dist = new URL('../dist/index.js', import.meta.url).href;
const { parsePlan } = (await import(dist)) as typeof Library;

const text = readFileSync(new URL('../examples/plans/videle-2024.json', import.meta.url), 'utf8');
const data: unknown = JSON.parse(text);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median microseconds per call of `fn` over `rounds` rounds of `iterations` calls. */
function measure(fn: () => unknown, iterations: number, rounds = 15): number {
  for (let i = 0; i < iterations; i += 1) fn();
  const perCall: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) fn();
    perCall.push(((performance.now() - start) * 1000) / iterations);
  }
  return median(perCall);
}

const result = parsePlan(data);
if (!result.ok) throw new Error('bench: the Videle example must be valid');

const jsonParse = measure(() => JSON.parse(text), 2000);
const parse = measure(() => parsePlan(data), 500);
const both = measure(() => parsePlan(JSON.parse(text)), 500);
const ratio = parse / jsonParse;

console.log(`Videle example: ${(text.length / 1024).toFixed(1)} kB of JSON, node ${process.version}`);
console.log(`JSON.parse(text)            ${jsonParse.toFixed(1)} µs`);
console.log(`parsePlan(data)             ${parse.toFixed(1)} µs`);
console.log(`parsePlan(JSON.parse(text)) ${both.toFixed(1)} µs`);
console.log(`ratio parsePlan / JSON.parse: ${ratio.toFixed(2)}× (aim: within 10×) ${ratio <= 10 ? 'ok' : 'OVER'}`);
