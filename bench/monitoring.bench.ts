// `npm run bench`: rolling up a national year of reports — 3,200 plans of 200 actions, each with
// a status for 3 years — with rollupStatuses (per plan: index the tree, check every record,
// combine the years, count up the levels per period and across them, largest-remainder
// percentages at every node), against a single flat pass that only counts the records' statuses
// per plan, in one run. Aim: under 2 seconds in all.
//
// Plans (2 components × 2 general objectives × 5 specific objectives × 2 measures × 5 actions)
// and records are built once, not timed; `BENCH_RUNS=1 npm run bench` prints every round (the
// figure is the median of five).
import { medianTime } from './medianTime.js';
import type * as Monitoring from '../src/monitoring/index.js';

const dist = new URL('../dist/monitoring/index.js', import.meta.url).href;
const { ACTION_STATUSES, actionTree, rollupStatuses } = (await import(dist)) as typeof Monitoring;

const PLANS = 3200;
const YEARS = [2021, 2022, 2023];
const periods = YEARS.map((year) => ({ year }));
let seed = 11;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const plan = {
  actionPlan: {
    components: range(2).map(() => ({
      title: 'Componenta',
      generalObjectives: range(2).map(() => ({
        title: 'Obiectiv general',
        specificObjectives: range(5).map(() => ({ title: 'Obiectiv specific', measures: range(2).map(() => ({ title: 'Măsura', actions: range(5).map(() => ({ title: 'Acțiune', deadline: 'Trim I-IV' })) })) })),
      })),
    })),
  },
};
const keys: string[] = [];
const collect = (n: Monitoring.StatusTreeNode): void => {
  if (n.level === 'action') keys.push(n.key);
  n.children.forEach(collect);
};
collect(actionTree(plan));
if (keys.length !== 200) throw new Error(`bench: ${keys.length} actions per plan, expected 200`);

// Each plan's tree is built once (a council builds it once per plan), and its records: mostly
// done, some partly or not done, a few with evidence only.
const plans = range(PLANS).map(() => ({
  tree: actionTree(plan),
  records: keys.flatMap((action) =>
    periods.map((period) => {
      const r = next() % 20;
      return r === 0 ? { action, period, evidence: 'activități' } : { action, period, status: ACTION_STATUSES[r < 15 ? 2 : r < 17 ? 3 : 4] as Monitoring.ActionStatus };
    }),
  ),
}));

function library(): number {
  let done = 0;
  for (const p of plans) {
    const r = rollupStatuses(p.tree, { records: p.records, periods });
    if (!r.ok || r.issues.length) throw new Error('bench: rollup refused');
    done += r.root.counts.done;
  }
  return done;
}

const INDEX = new Map<string, number>(ACTION_STATUSES.map((s, i) => [s, i]));
function flat(): number {
  let done = 0;
  for (const p of plans) {
    const counts = new Int32Array(ACTION_STATUSES.length + 1);
    for (const r of p.records) (counts[r.status === undefined ? ACTION_STATUSES.length : (INDEX.get(r.status) as number)] as number)++;
    done += counts[2] as number;
  }
  return done;
}


const lib = medianTime(library);
const raw = medianTime(flat);
console.log(`Status rollup: ${PLANS} plans × ${keys.length} actions × ${YEARS.length} years = ${(PLANS * keys.length * YEARS.length).toLocaleString('en')} records, node ${process.version}`);
console.log(`single flat pass counting statuses  ${raw.ms.toFixed(0)} ms`);
console.log(`rollupStatuses (unit: action)       ${lib.ms.toFixed(0)} ms`);
console.log(`ratio                               ${(lib.ms / raw.ms).toFixed(2)}× (aim: under 2 s in all) ${lib.ms < 2000 ? 'ok' : 'OVER'}`);
if (lib.check <= 0 || raw.check <= 0) throw new Error('bench: nothing counted');
