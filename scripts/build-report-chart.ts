// Writes the charts of the guide "Tracking a plan through the year" (docs/media/*.svg) from the
// example report; test/monitoring/guideCharts.test.ts fails when they are out of date.
// `npx tsx scripts/build-report-chart.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsePlan } from '../src/plan/index.js';
import { buildReport, recordsFromResults, statusChartSvg, type ActionResult, type Period } from '../src/monitoring/index.js';

const root = new URL('../', import.meta.url);

/** The guide's charts, by file name. */
export function guideCharts(): Record<string, string> {
  const ex = JSON.parse(readFileSync(new URL('examples/report/bacau-2021-2023.json', root), 'utf8')) as { plan: unknown; periods: Period[]; results: ActionResult[] };
  const plan = parsePlan(ex.plan);
  const records = recordsFromResults(ex.results, { periods: ex.periods });
  if (!plan.ok || !records.ok) throw new Error('build-report-chart: the example report does not parse');
  const r = buildReport(plan.plan, records.records, { periods: ex.periods, asOf: '2024-01-31', evidence: 'done' });
  if (!r.ok) throw new Error('build-report-chart: no report');
  const component = r.report.rollup.children[0];
  if (!component) throw new Error('build-report-chart: no component');
  return {
    'bacau-2021-2023-objectives.svg': statusChartSvg(component, { title: 'Protecția copilului, Bacău 2021–2023, pe obiective generale', idPrefix: 'bacau-bar', width: 720 }),
    'bacau-2021-2023-pie.svg': statusChartSvg(component, { kind: 'pie', title: 'Protecția copilului, Bacău 2021–2023: 156 de acțiuni', idPrefix: 'bacau-pie' }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [name, svg] of Object.entries(guideCharts())) writeFileSync(new URL(`docs/media/${name}`, root), svg);
}
