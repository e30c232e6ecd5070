// `npm run demo`: validates the bundled example plans and prints what a reader of a plan wants to
// see first. Runs on the sources (no build needed); examples/*.mjs run against the built package.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../src/index.js';
import { HG_867_2015 } from '../src/nomenclature/index.js';
import { issueListLines, summaryLines } from '../src/cli/summaryText.js';
import { formatAmount } from '../src/money/index.js';
import { costStandardAsOf, estimateServiceCost } from '../src/cost-standards/index.js';
import { checkBudgetLabel, reconcileBudgetTable, splitIntoQuarters, totalsByFunctionalCode, yearToDate } from '../src/budget/index.js';
import {
  actionTree,
  BUCKET_LABELS,
  buildReport,
  comparePublishedCounts,
  recordsFromResults,
  rollupStatuses,
  type ActionResult,
  type CountBucket,
  type Period,
  type PublishedCounts,
} from '../src/monitoring/index.js';
import { renderPlanHtml, renderPlanMarkdown } from '../src/render/index.js';

const PLANS = [
  ['videle-2024.json', 'Videle 2024 (seed 002, the whole plan)'],
  ['targu-frumos-2019.json', 'Târgu Frumos 2019 (seed 001, chapter I parts left empty)'],
  ['campia-turzii-2020.json', 'Câmpia Turzii 2020 (seed 003, chapters I.A, I.B, III and the objectives)'],
  ['bacau-2021.json', 'Bacău 2021 (seed 004, chapter I as reprinted in the 2021–2023 report)'],
] as const;

/** Romanian grouping: 1.640.958 lei, 36.669,50 lei. */
function lei(value: string, currency: 'RON' | 'EUR' = 'RON'): string {
  return formatAmount(value, { unit: currency === 'RON' ? 'lei' : 'euro' });
}

/** Lines of the summary, indented under the plan's heading. */
function print(lines: readonly string[]): void {
  for (const line of lines) console.log(`  ${line}`);
}

let invalid = 0;
for (const [file, title] of PLANS) {
  const input: unknown = JSON.parse(readFileSync(new URL(`./plans/${file}`, import.meta.url), 'utf8'));
  const result = parsePlan(input, { nomenclature: HG_867_2015 });
  console.log(`\n== ${title} — examples/plans/${file}`);
  if (!result.ok) {
    invalid += 1;
    console.log('  PLAN INVALID');
    print(issueListLines(result.issues));
    continue;
  }
  // The same text as `plan-servicii-sociale summary` (src/cli/summaryText.ts).
  print(summaryLines(result.plan, result.issues));
}
// Estimates that show their work, with a dated standard.
console.log('\n== Estimări din standarde de cost (estimateServiceCost, costStandardAsOf)');
const cia = costStandardAsOf({ key: 'adults-disability/care-and-assistance-centre' }, '2021-06-30');
if (cia.known) {
  const e = estimateServiceCost({ groups: [{ count: 40, rate: cia }] });
  if (e.ok) console.log(`  CIA, 40 locuri, la 30.06.2021: ${e.steps.map((x) => x.ro).join('; ')} (${cia.citation}, în vigoare de la ${cia.validFrom})`);
}
const later = costStandardAsOf({ key: 'maternal-assistance/one-child' }, '2026-03-01');
if (!later.known) console.log(`  Asistență maternală, la 01.03.2026: ${later.message.ro}`);
const home = estimateServiceCost({ groups: [{ count: 50, label: 'persoane', rate: { value: '15', period: 'hour', source: 'plan Bacău 2021' }, hoursPerDay: 2, daysPerMonth: 20, months: 12 }] });
if (home.ok) console.log(`  Îngrijire la domiciliu (seed 004): ${home.steps[0]?.ro} — planul scrie 264.000 lei`);

// Quarterly budget tables of seed 003 (Câmpia Turzii 2020), reconciled cell by cell.
console.log('\n== Tabele bugetare trimestriale, Câmpia Turzii 2020 — examples/budget/campia-turzii-2020.json (reconcileBudgetTable)');
const budget = JSON.parse(readFileSync(new URL('./budget/campia-turzii-2020.json', import.meta.url), 'utf8')) as { tables: { functionalCode?: string; title?: string; unit?: string; rows: { code?: string; label?: string }[] }[] };
const num = (v: unknown) => formatAmount(String(v), { unit: 'lei' }).replace(/ lei$/, '');
for (const [i, table] of budget.tables.entries()) {
  const r = reconcileBudgetTable(table, { path: ['tables', i] });
  console.log(`  ${table.functionalCode ?? '(fără cod)'} ${table.title ?? ''} [${table.unit ?? 'unitate netipărită'}, ${table.rows.length} rânduri]`);
  if (!r.ok) {
    print(issueListLines(r.issues));
    continue;
  }
  if (r.consistent) console.log('    se închide: fiecare rând și fiecare coloană');
  // One line per row: the columns that do not add up, with expected / found / difference.
  const sums = new Map<string, string[]>();
  for (const issue of r.issues) {
    const p = issue.params as Record<string, string>;
    if (issue.code === 'budget_table.children_mismatch' || issue.code === 'budget_table.child_exceeds_parent') {
      const key = `${issue.code === 'budget_table.children_mismatch' ? 'suma rândurilor de sub' : 'mai mare decât părintele'} ${p.rowCode === '0' ? 'TOTAL' : p.rowCode} (rândul ${p.line})`;
      sums.set(key, [...(sums.get(key) ?? []), `${p.columnLabel}: așteptat ${num(p.expected)}, tipărit ${num(p.found)}, diferență ${num(p.difference)}`]);
    } else console.log(`    ${issue.severity.padEnd(7)} ${issue.code}: ${issue.message.ro}`);
  }
  for (const [key, columns] of sums) console.log(`    error   ${key}:\n      ${columns.join('\n      ')}`);
  const labels = table.rows.filter((row) => row.code && row.label).map((row) => checkBudgetLabel(row.code as string, row.label as string));
  const differing = labels.filter((l) => l.ok && l.match === 'different').length;
  console.log(`    denumiri: ${labels.length - differing} din ${labels.length} sunt denumirea oficială (exactă, prescurtată sau variantă); ${differing} diferă (checkBudgetLabel)`);
}
const byCode = totalsByFunctionalCode(budget.tables.map((t) => (t.unit === 'mii lei' ? { ...t, unit: 'lei' } : t)), { assumeUnit: 'lei' });
if (byCode.ok) {
  console.log('  Totaluri pe cod funcțional, cu sumele citite în lei (totalsByFunctionalCode):');
  for (const t of byCode.totals) console.log(`    ${t.functionalCode.padEnd(12)} ${(t.name ?? '').slice(0, 45).padEnd(45)} ${lei(t.annual ?? '0')}`);
}
const ytd = yearToDate(budget.tables[0]?.rows[0]);
if (ytd.ok) console.log(`  Execuție planificată cumulat (yearToDate, total 65.02.50.00): ${ytd.quarters.map((q) => `T${q.quarter} ${num(q.yearToDate)} / rămas ${num(q.remaining)}`).join('; ')}`);
const split = splitIntoQuarters('323400', { monthsOfOperation: [4, 5, 6, 7, 8, 9, 10, 11, 12] }, { decimals: 0 });
if (split.ok) console.log(`  Creșa, 323.400 lei, dacă ar funcționa din aprilie (splitIntoQuarters): ${split.quarters.map(num).join(' / ')}`);

// The yearly report of seed 004 (Bacău, 2021–2023): statuses read from the result texts, rolled up
// and compared with the counts the report printed; the monitoring chapter's data as of a day.
console.log('\n== Raportul de monitorizare Bacău 2021–2023 — examples/report/bacau-2021-2023.json (plan-servicii-sociale/monitoring)');
const report = JSON.parse(readFileSync(new URL('./report/bacau-2021-2023.json', import.meta.url), 'utf8')) as {
  plan: unknown;
  periods: Period[];
  results: ActionResult[];
  publishedCounts: PublishedCounts[];
};
const reportPlan = parsePlan(report.plan);
const converted = recordsFromResults(report.results, { periods: report.periods });
if (reportPlan.ok && converted.ok) {
  const freeText = converted.issues.filter((i) => i.code === 'status.free_text').length;
  console.log(`  ${report.results.length} rezultate citite (parseStatus): ${converted.records.length} înregistrări pe ani; ${freeText} texte fără stadiu, numărate ca „realizat”, cum face raportul`);
  const built = buildReport(reportPlan.plan, converted.records, { periods: report.periods, asOf: '2024-01-31', evidence: 'done' });
  if (built.ok) {
    const r = built.report;
    const c = r.summary.counts;
    const p = r.summary.percentages;
    console.log(`  Responsabil: ${r.responsibleInstitution}; ${c.total} acțiuni (câte una pe rând, anii combinați)`);
    console.log(`  realizat ${c.done} (${p.done}%), parțial realizat ${c.partly_done} (${p.partly_done}%), nerealizat ${c.not_done} (${p.not_done}%), fără rezultat ${c.noRecord} (${p.noRecord}%)`);
    for (const comp of r.rollup.children) console.log(`    ${comp.title.slice(0, 60).padEnd(60)} ${comp.counts.total} / ${comp.counts.done} / ${comp.counts.partly_done} / ${comp.counts.not_done}`);
    console.log(`  Restante la ${r.asOf}: ${r.summary.overdue} (termen trecut, nerealizate sau parțial), de exemplu:`);
    for (const a of r.actions.filter((x) => x.overdue).slice(0, 3)) {
      console.log(`    ${a.path.at(-1)?.id ?? ''} ${a.title.slice(0, 60)} — termen „${a.deadline?.raw}”, stadiu ${a.stage ? BUCKET_LABELS[a.stage].ro : '-'} (${Object.entries(a.stageByPeriod).map(([y, s]) => `${y}: ${BUCKET_LABELS[s].ro}`).join(', ')})`);
    }
    const compared = comparePublishedCounts(rollupStatuses(actionTree(reportPlan.plan), { records: converted.records, periods: report.periods, evidence: 'done' }), report.publishedCounts);
    if (compared.ok) {
      const boxes = new Set(compared.differences.map((d) => d.node));
      console.log(`  Casetele tipărite (total / realizat / parțial / nerealizat): ${report.publishedCounts.length - boxes.size} din ${report.publishedCounts.length} reproduse exact (comparePublishedCounts); diferențe:`);
      for (const d of compared.differences.filter((x) => x.kind !== 'computed' || x.column === 'total')) {
        const what = d.kind === 'parts' ? 'suma coloanelor casetei' : d.kind === 'children' ? 'suma casetelor de sub ea' : 'rândurile de acțiuni';
        console.log(`    rândul ${d.line} ${d.id ?? `componenta „${d.title.slice(0, 30)}…”`}: „${BUCKET_LABELS[d.column as CountBucket]?.ro ?? d.column}” tipărit ${d.published}, ${what} ${d.kind === 'computed' ? 'dau' : 'dă'} ${d.computed}`);
      }
    }
  }
}

// The Videle plan as the annex a council approves: a printable HTML page and Markdown, written
// into out/demo/ (git ignores out/).
console.log('\n== Planul Videle 2024 ca document (plan-servicii-sociale/render)');
const videle: unknown = JSON.parse(readFileSync(new URL('./plans/videle-2024.json', import.meta.url), 'utf8'));
const folder = fileURLToPath(new URL('../out/demo/', import.meta.url));
mkdirSync(folder, { recursive: true });
const page = renderPlanHtml(videle);
const md = renderPlanMarkdown(videle);
if (page.ok && md.ok) {
  writeFileSync(`${folder}videle-2024.html`, page.html);
  writeFileSync(`${folder}videle-2024.md`, md.markdown);
  const tables = page.html.match(/<table /g)?.length ?? 0;
  console.log(`  Scris în ${folder}:`);
  console.log(`    videle-2024.html (${(page.html.length / 1024).toFixed(0)} kB, ${tables} tabele, totalurile calculate de bibliotecă; deschideți-l într-un browser și tipăriți-l pe A4)`);
  console.log(`    videle-2024.md (${(md.markdown.length / 1024).toFixed(0)} kB, aceleași tabele în Markdown)`);
  console.log('  Același lucru din linia de comandă: npx plan-servicii-sociale render examples/plans/videle-2024.json --to html -o videle-2024.html');
} else {
  invalid += 1;
  print(issueListLines(page.issues));
}

console.log(invalid ? `\n${invalid} plan(s) invalid.` : '\nToate planurile sunt valide. / All plans are valid.');
process.exitCode = invalid ? 1 : 0;
