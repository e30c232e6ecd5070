// The timing every benchmark uses: one warm-up call, then `rounds` timed calls; the median, and the
// last call's result (so the work cannot be optimised away and can be checked).
// `BENCH_RUNS=1 npm run bench` prints every round.
import { performance } from 'node:perf_hooks';

export function medianTime<T>(fn: () => T, rounds = 5): { ms: number; check: T } {
  let check = fn();
  const runs: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const start = performance.now();
    check = fn();
    runs.push(performance.now() - start);
  }
  if (process.env.BENCH_RUNS) console.log(runs.map((r) => r.toFixed(0)).join(' '));
  runs.sort((a, b) => a - b);
  return { ms: runs[Math.floor(runs.length / 2)] as number, check };
}
