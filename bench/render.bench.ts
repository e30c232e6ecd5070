// `npm run bench`: rendering a national year of plans to HTML — 3,200 plans, each the Videle
// example with its own name, year and amounts (so no two plans are alike), in its input form: each
// call validates the plan with parsePlan, lays it out, adds up its totals and writes the page.
// Aim: under 5 ms per plan. Plans are built once, not timed; the figure is the median of five
// rounds (`BENCH_RUNS=1 npm run bench` prints every round).
import { readFileSync } from 'node:fs';
import { medianTime } from './medianTime.js';
import type * as Render from '../src/render/index.js';

const dist = new URL('../dist/render/index.js', import.meta.url).href;
const { renderPlanHtml, renderPlanMarkdown } = (await import(dist)) as typeof Render;

const PLANS = 3200;
const text = readFileSync(new URL('../examples/plans/videle-2024.json', import.meta.url), 'utf8');
const plans = Array.from({ length: PLANS }, (_, i) => {
  const plan = JSON.parse(text) as { meta: { authority: { name: string }; year: number }; chapter1: { existingServices: { rows: { budget: { local: unknown } }[] } } };
  plan.meta.authority.name = `Consiliul Local al Comunei ${i}`;
  plan.meta.year = 2019 + (i % 7);
  const row = plan.chapter1.existingServices.rows[0];
  if (row) row.budget.local = String(100000 + i * 37);
  return plan;
});

let bytes = 0;
const html = medianTime(() => {
  bytes = 0;
  for (const plan of plans) {
    const r = renderPlanHtml(plan);
    if (!r.ok) throw new Error('bench: a plan did not render');
    bytes += r.html.length;
  }
  return bytes;
});
const md = medianTime(() => {
  let n = 0;
  for (const plan of plans) {
    const r = renderPlanMarkdown(plan);
    if (r.ok) n += r.markdown.length;
  }
  return n;
});
const perPlan = html.ms / PLANS;
console.log(`renderPlanHtml, ${PLANS} plans: ${html.ms.toFixed(0)} ms, ${perPlan.toFixed(2)} ms per plan (${(html.check / PLANS / 1024).toFixed(1)} kB each) (aim: under 5 ms per plan) ${perPlan < 5 ? 'ok' : 'OVER'}`);
console.log(`renderPlanMarkdown, ${PLANS} plans: ${md.ms.toFixed(0)} ms, ${(md.ms / PLANS).toFixed(2)} ms per plan`);
