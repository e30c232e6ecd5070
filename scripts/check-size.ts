// Size budget per entry: the built ESM entry bundled with its dependencies (zod, decimal.js,
// date-fns), minified and gzipped. Also checks that the root entry carries no reference table
// (modules under a `data/` folder), so the tables stay in their own subpaths.
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
}

// Budgets in bytes, gzipped. Of these, zod 4 is about 25 kB and decimal.js about 12 kB; the
// library's own code about 10 kB (the JSON Schema is dropped unless `planJsonSchema` is used).
const BUDGETS: readonly Budget[] = [
  { entry: 'dist/index.js', what: 'plan-servicii-sociale (everything)', maxGzip: 56 * 1024 },
  { entry: 'dist/index.js', what: 'plan-servicii-sociale { parsePlan }', maxGzip: 50 * 1024, only: 'parsePlan' },
  { entry: 'dist/plan/index.js', what: 'plan-servicii-sociale/plan (everything)', maxGzip: 56 * 1024 },
  { entry: 'dist/plan/index.js', what: 'plan-servicii-sociale/plan { parsePlan }', maxGzip: 50 * 1024, only: 'parsePlan' },
];

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
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).length;
  const tables = Object.keys(result.metafile.inputs).filter((p) => /(?:^|\/)data\//.test(p) && !p.includes('node_modules'));
  const ok = gzip <= budget.maxGzip && (budget.entry !== 'dist/index.js' || tables.length === 0);
  if (!ok) failed = true;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.what}: ${(code.length / 1024).toFixed(1)} kB min, ${(gzip / 1024).toFixed(1)} kB gzip (budget ${(budget.maxGzip / 1024).toFixed(1)} kB)${tables.length ? `; reference tables in root: ${tables.join(', ')}` : ''}`,
  );
}
if (failed) {
  console.error('size check failed');
  process.exit(1);
}
