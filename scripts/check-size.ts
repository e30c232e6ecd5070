// Size budget per entry: the built ESM entry bundled with its dependencies (zod, decimal.js,
// date-fns), minified and gzipped. Also checks that the root and ./plan entries carry no reference
// table: the bundled output must not contain a string that only the tables hold (their sources).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

interface Budget {
  readonly entry: string;
  /** What a consumer imports. */
  readonly what: string;
  /** Maximum gzipped bytes. */
  readonly maxGzip: number;
  /** Import only this export (tree-shaken size), or everything. */
  readonly only?: string;
  /** The bundle must not carry a reference table. */
  readonly noTables?: boolean;
  /** Packages the user installs beside ours (an optional peer), left out of the count. */
  readonly external?: readonly string[];
}

// Budgets in bytes, gzipped. Of these, zod 4 is about 25 kB and decimal.js about 12 kB; the
// library's own code about 12 kB (the JSON Schema is dropped unless `planJsonSchema` is used).
// The issue catalogue (every code's Romanian and English message, about 4 kB) is one object in the
// root: the money and cost-standard codes added 2.3 kB to it, hence 62/57 kB since issue 5; the
// budget-table and budget-code messages (issue 6) another 1.8 kB in every entry, hence 64/59 kB.
// The monitoring messages (issue 7) brought the root to 63.8/58.9 kB: the next codes need a new
// look at the catalogue (split per subpath) or a raised budget. ./monitoring carries zod, the
// catalogue and date-fns' few functions, no decimal.js and no reference table. ./render (issue 8)
// validates its input with parsePlan, so it carries the plan entry (about 59 kB) and its own 13 kB
// of layout and labels (one ro/en table, the report's words included: 71.9 kB for renderPlanHtml
// after the review fixes, hence 75); renderReportHtml adds the monitoring code (about 19 kB more). ./render/docx
// is counted without `docx`, the optional peer the user installs.
const BUDGETS: readonly Budget[] = [
  { entry: 'dist/index.js', what: 'plan-servicii-sociale (everything)', maxGzip: 64 * 1024, noTables: true },
  { entry: 'dist/index.js', what: 'plan-servicii-sociale { parsePlan }', maxGzip: 59 * 1024, only: 'parsePlan', noTables: true },
  { entry: 'dist/plan/index.js', what: 'plan-servicii-sociale/plan (everything)', maxGzip: 64 * 1024, noTables: true },
  { entry: 'dist/plan/index.js', what: 'plan-servicii-sociale/plan { parsePlan }', maxGzip: 59 * 1024, only: 'parsePlan', noTables: true },
  { entry: 'dist/nomenclature/index.js', what: 'plan-servicii-sociale/nomenclature (everything, catalogue included)', maxGzip: 64 * 1024 },
  { entry: 'dist/nomenclature/index.js', what: 'plan-servicii-sociale/nomenclature { parseServiceCode }', maxGzip: 51 * 1024, only: 'parseServiceCode' },
  { entry: 'dist/money/index.js', what: 'plan-servicii-sociale/money (everything)', maxGzip: 27 * 1024, noTables: true },
  { entry: 'dist/money/index.js', what: 'plan-servicii-sociale/money { parseAmount, formatAmount }', maxGzip: 25 * 1024, only: 'parseAmount, formatAmount', noTables: true },
  { entry: 'dist/cost-standards/index.js', what: 'plan-servicii-sociale/cost-standards (everything, table included)', maxGzip: 75 * 1024 },
  { entry: 'dist/budget/index.js', what: 'plan-servicii-sociale/budget (everything, classification included)', maxGzip: 90 * 1024 },
  { entry: 'dist/monitoring/index.js', what: 'plan-servicii-sociale/monitoring (everything)', maxGzip: 56 * 1024, noTables: true },
  { entry: 'dist/monitoring/index.js', what: 'plan-servicii-sociale/monitoring { parseDeadline, isOverdue }', maxGzip: 48 * 1024, only: 'parseDeadline, isOverdue', noTables: true },
  { entry: 'dist/render/index.js', what: 'plan-servicii-sociale/render (everything)', maxGzip: 94 * 1024, noTables: true },
  { entry: 'dist/render/index.js', what: 'plan-servicii-sociale/render { renderPlanHtml }', maxGzip: 75 * 1024, only: 'renderPlanHtml', noTables: true },
  { entry: 'dist/render/docx/index.js', what: 'plan-servicii-sociale/render/docx (docx itself not counted)', maxGzip: 75 * 1024, noTables: true, external: ['docx'] },
];

/** Strings only the reference tables hold (the sources every entry cites). */
const TABLE_MARKERS = ['citizennext/servicii-sociale', 'legislatie.just.ro', 'telegrafonline.ro', 'hack-for-facts-eb-client'];

let failed = false;
for (const budget of BUDGETS) {
  const contents = budget.only
    ? `export { ${budget.only} } from ${JSON.stringify(`./${budget.entry}`)};`
    : `export * from ${JSON.stringify(`./${budget.entry}`)};`;
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: [...(budget.external ?? [])],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).length;
  const text = new TextDecoder().decode(code);
  const tables = budget.noTables ? TABLE_MARKERS.filter((m) => text.includes(m)) : [];
  const ok = gzip <= budget.maxGzip && tables.length === 0;
  if (!ok) failed = true;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.what}: ${(code.length / 1024).toFixed(1)} kB min, ${(gzip / 1024).toFixed(1)} kB gzip (budget ${(budget.maxGzip / 1024).toFixed(1)} kB)${tables.length ? `; carries a reference table (found ${tables.join(', ')})` : ''}`,
  );
}
if (failed) {
  console.error('size check failed');
  process.exit(1);
}
