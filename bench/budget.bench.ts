// `npm run bench`: reconciling a national-scale set of budget tables — 3,200 tables of 60 rows —
// with reconcileBudgetTable, against a single pass that only adds up the rows' five columns with
// decimal.js, in one run. Aim: under 1 second in all.
//
// Each table is built once (not timed) by buildBudgetTable from leaves of titles 10, 20 and 57
// with deterministic amounts, then given to reconcileBudgetTable as plain JSON (strings), as a
// user's table would be: validated by the schema, codes read, every row, parent and column checked.
// `BENCH_RUNS=1 npm run bench` prints every round (the figure is the median of five).
import { medianTime } from './medianTime.js';
import Decimal from 'decimal.js';
import type * as Budget from '../src/budget/index.js';

const dist = new URL('../dist/budget/index.js', import.meta.url).href;
const { BUDGET_CLASSIFICATION, buildBudgetTable, reconcileBudgetTable } = (await import(dist)) as typeof Budget;

const TABLES = 3200;
const ROWS = 60;
let seed = 7;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);

// Leaves of titles 10, 20 and 57, taken in turn from each article until the table, with its
// parents (total, 01, titles, articles), has 60 rows.
const candidates = BUDGET_CLASSIFICATION.economic.filter((e) => e.level === 3 && /^(?:10|20|57)\./.test(e.code)).map((e) => e.code);
const byArticle = new Map<string, string[]>();
for (const c of candidates) byArticle.set(c.slice(0, 5), [...(byArticle.get(c.slice(0, 5)) ?? []), c]);
const leafCodes: string[] = [];
const rowCount = (leaves: string[]) => leaves.length + new Set(leaves.map((c) => c.slice(0, 5))).size + new Set(leaves.map((c) => c.slice(0, 2))).size + 2;
for (let k = 0; rowCount(leafCodes) < ROWS; k++) {
  for (const list of byArticle.values()) {
    const c = list[k];
    if (c !== undefined && rowCount([...leafCodes, c]) <= ROWS) leafCodes.push(c);
  }
}
const tables = Array.from({ length: TABLES }, () => {
  const built = buildBudgetTable(
    leafCodes.map((code) => {
      const q = () => String(next() % 500_000);
      return { code, q1: q(), q2: q(), q3: q(), q4: q() };
    }),
    { functionalCode: '68.02.05.02', unit: 'lei', year: 2026 },
  );
  if (!built.ok) throw new Error('bench: table not built');
  return JSON.parse(JSON.stringify(built.table)) as { rows: Record<string, { value: string } | string>[] };
});
const rows = tables[0]?.rows.length;
if (rows !== ROWS) throw new Error(`bench: ${rows} rows per table, expected ${ROWS}`);

function library(): number {
  let findings = 0;
  for (const t of tables) {
    const r = reconcileBudgetTable(t);
    findings += r.ok ? r.issues.length : 1;
  }
  return findings;
}

const D = Decimal.clone({ precision: 60 });
const COLUMNS = ['annual', 'q1', 'q2', 'q3', 'q4'] as const;
function bare(): number {
  let sum = new D(0);
  for (const t of tables) {
    for (const row of t.rows) for (const c of COLUMNS) sum = sum.plus(new D((row[c] as { value: string }).value));
  }
  return sum.isZero() ? 1 : 0;
}


const lib = medianTime(library);
const raw = medianTime(bare);
if (lib.check !== 0 || raw.check !== 0) throw new Error(`bench: the built tables should reconcile (${lib.check} findings)`);
console.log(`Budget tables: ${TABLES} tables × ${ROWS} rows × 5 columns = ${(TABLES * ROWS * 5).toLocaleString('en')} cells, node ${process.version}`);
console.log(`single pass adding up the rows      ${raw.ms.toFixed(0)} ms`);
console.log(`reconcileBudgetTable                ${lib.ms.toFixed(0)} ms`);
console.log(`ratio                               ${(lib.ms / raw.ms).toFixed(2)}× (aim: under 1 s in all) ${lib.ms < 1000 ? 'ok' : 'OVER'}`);
