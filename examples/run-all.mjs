// `npm run check:examples`: runs every example against the built package (dist/, resolved through
// the package's own exports map), then every ```js block of the README. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
if (!existsSync(new URL('dist/index.js', root))) {
  console.error('examples: dist/ is missing, run `npm run build` first');
  process.exit(2);
}
const run = (file) => {
  process.stdout.write(`> node ${file}\n`);
  execFileSync(process.execPath, [file], { cwd: root, stdio: 'inherit' });
};
for (const file of readdirSync(new URL('examples/', root)).sort()) {
  if (/\.(?:mjs|cjs)$/.test(file) && file !== 'run-all.mjs') run(`examples/${file}`);
}
const readme = readFileSync(new URL('README.md', root), 'utf8');
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length === 0) {
  console.error('examples: the README has no ```js block to run');
  process.exit(1);
}
mkdirSync(new URL('out/', root), { recursive: true });
blocks.forEach((code, i) => {
  const file = `out/readme-${i + 1}.mjs`;
  writeFileSync(new URL(file, root), code);
  run(file);
});
console.log(`examples: ${readdirSync(new URL('examples/', root)).filter((f) => /\.(?:mjs|cjs)$/.test(f)).length - 1} scripts and ${blocks.length} README blocks ran`);
