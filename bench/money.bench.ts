// `npm run bench`: summing and allocating a national-scale set — 3,200 plans × 30 services × 5
// funding sources (480,000 amounts) — with the library, against a bare decimal.js loop doing the
// same arithmetic on the same values, in one run. Aim: under 1 second, within 2× of the bare loop.
//
// Per plan: each service's total of its 5 sources, the plan's 5 totals by source (over 30
// services), the grand total, and the grand total split into 4 quarters to the ban.
import { medianTime } from './medianTime.js';
import Decimal from 'decimal.js';
import type * as Money from '../src/money/index.js';

const dist = new URL('../dist/money/index.js', import.meta.url).href;
const { allocate, sumAmounts } = (await import(dist)) as typeof Money;

const PLANS = 3200;
const SERVICES = 30;
const SOURCES = 5;
// Deterministic amounts with 0 or 2 decimals, as canonical strings.
let seed = 42;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
const plans: string[][][] = Array.from({ length: PLANS }, () =>
  Array.from({ length: SERVICES }, () =>
    Array.from({ length: SOURCES }, () => {
      const lei = next() % 5_000_000;
      return next() % 3 === 0 ? `${lei}.${String(next() % 100).padStart(2, '0')}` : String(lei);
    }),
  ),
);

function library(): string {
  let check = '0';
  for (const services of plans) {
    for (const sources of services) sumAmounts(sources);
    const bySource = Array.from({ length: SOURCES }, (_, s) => sumAmounts(services.map((row) => row[s] as string)));
    const total = sumAmounts(bySource);
    const quarters = allocate(total, [1, 1, 1, 1]);
    if (quarters.ok) check = quarters.parts[0] as string;
  }
  return check;
}

const D = Decimal.clone({ precision: 60 });
function bare(): string {
  let check = '0';
  for (const services of plans) {
    for (const sources of services) sources.reduce((a, v) => a.plus(new D(v)), new D(0));
    const bySource = Array.from({ length: SOURCES }, (_, s) => services.reduce((a, row) => a.plus(new D(row[s] as string)), new D(0)));
    const total = bySource.reduce((a, v) => a.plus(v), new D(0));
    // Quarters: cut to the ban, the remainder bani to the first quarters.
    const bani = total.times(100);
    const base = bani.dividedToIntegerBy(4);
    const left = bani.minus(base.times(4)).toNumber();
    check = base.plus(left > 0 ? 1 : 0).dividedBy(100).toFixed(2);
  }
  return check;
}


const lib = medianTime(library);
const raw = medianTime(bare);
if (new Decimal(lib.check).minus(new Decimal(raw.check)).abs().greaterThan(0.01)) throw new Error(`bench: results differ (${lib.check} vs ${raw.check})`);
const ratio = lib.ms / raw.ms;
console.log(`Money: ${PLANS} plans × ${SERVICES} services × ${SOURCES} sources = ${(PLANS * SERVICES * SOURCES).toLocaleString('en')} amounts, node ${process.version}`);
console.log(`bare decimal.js loop        ${raw.ms.toFixed(0)} ms`);
console.log(`sumAmounts + allocate       ${lib.ms.toFixed(0)} ms`);
console.log(`ratio                       ${ratio.toFixed(2)}× (aim: under 1 s and within 2×) ${lib.ms < 1000 && ratio <= 2 ? 'ok' : 'OVER'}`);
