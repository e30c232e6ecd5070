// `npm run demo`: validates the bundled example plans and prints what a reader of a plan wants to
// see first. Runs on the sources (no build needed); examples/*.mjs run against the built package.
import { readFileSync } from 'node:fs';
import { parsePlan, summarizePlan, type Issue, type Plan, type PlanSummary, type SourceTotals } from '../src/index.js';
import { HG_867_2015, listPlanServiceCodes } from '../src/nomenclature/index.js';
import { formatAmount } from '../src/money/index.js';
import { checkPlanBudgets, costStandardAsOf, estimateServiceCost } from '../src/cost-standards/index.js';
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

const SOURCE_LABELS = { local: 'buget local', county: 'buget județean', state: 'buget de stat', beneficiaries: 'contribuții beneficiari', other: 'alte surse' } as const;
const STATE_LABELS = { rows: 'completată', empty: 'goală în document', not_applicable: '„Nu este cazul”', none: 'nu există („-”)', absent: 'lipsește din document' } as const;

function printTotals(title: string, totals: readonly SourceTotals[]): void {
  if (totals.length === 0) {
    console.log(`  ${title}: nicio sumă`);
    return;
  }
  for (const t of totals) {
    const parts = Object.entries(t.bySource)
      .filter(([, v]) => v !== '0')
      .map(([k, v]) => `${SOURCE_LABELS[k as keyof typeof SOURCE_LABELS]} ${lei(v, t.currency)}`);
    console.log(`  ${title}: ${lei(t.total, t.currency)}${parts.length ? ` (${parts.join(', ')})` : ''}`);
  }
}

function printIssues(issues: readonly Issue[]): void {
  if (issues.length === 0) {
    console.log('  Validare: fără observații.');
    return;
  }
  console.log(`  Validare: ${issues.length} observații`);
  for (const i of issues) console.log(`    [${i.severity}] ${i.code} la ${i.path.join('.') || '(document)'}: ${i.message.ro}`);
}

const STATUS_LABELS = { known: 'în nomenclator', unknown: 'necunoscut', not_in_force: 'nu era în vigoare', invalid: 'nu este un cod' } as const;

function printCodes(plan: Plan): void {
  const { asOf, codes } = listPlanServiceCodes(plan);
  if (codes.length === 0) return;
  console.log(`  Coduri de servicii sociale (nomenclator ${HG_867_2015.id}, la ${asOf}):`);
  for (const c of codes) {
    const fixes = c.corrections.map((x) => x.code).join(', ');
    const status = `${STATUS_LABELS[c.status]}${c.entry ? (c.entry.verified ? ', verificat' : ', neverificat') : ''}`;
    console.log(`    ${c.part} ${JSON.stringify(c.raw).padEnd(16)} → ${(c.canonical ?? '—').padEnd(14)} ${status}${fixes ? ` (corecturi: ${fixes})` : ''}`);
  }
}

function printSummary(s: PlanSummary): void {
  console.log(`  ${s.authority}, anul ${s.year}${s.decision ? `, aprobat prin ${s.decision}` : ''}`);
  console.log(`  Secțiuni: ${s.sections.map((x) => `${x.section} ${STATE_LABELS[x.state]}${x.state === 'rows' && x.rows ? ` (${x.rows})` : ''}`).join('; ')}`);
  for (const svc of s.services) {
    const facts = [svc.code && `cod ${svc.code}`, svc.capacity && `capacitate ${svc.capacity}`, svc.occupancy && `ocupare ${svc.occupancy}`].filter(Boolean);
    const money = svc.budget.map((b) => lei(b.total, b.currency)).join(' + ') || 'fără sumă';
    console.log(`  ${svc.part} ${svc.name}${facts.length ? ` — ${facts.join(', ')}` : ''} — ${money}`);
  }
  printTotals('Buget servicii existente (I.A)', s.budgets.existing);
  printTotals('Buget servicii propuse (I.B)', s.budgets.proposed);
  printTotals('Buget contractare (I.C)', s.budgets.contracting);
  const subsidy = Object.entries(s.budgets.subsidy).map(([c, v]) => lei(v, c as 'RON' | 'EUR'));
  if (subsidy.length) console.log(`  Buget subvenționare (I.D): ${subsidy.join(' + ')}`);
  const training = Object.entries(s.training.budget).map(([c, v]) => lei(v, c as 'RON' | 'EUR'));
  console.log(`  Formare (cap. III): ${s.training.persons} persoane, ${training.join(' + ') || 'fără buget'}`);
  const ap = s.actionPlan;
  if (ap.generalObjectives) console.log(`  Plan de acțiune: ${ap.generalObjectives} obiective generale, ${ap.specificObjectives} specifice, ${ap.actions} acțiuni`);
}

/** Budgets against the cost standards: written calculations redone, shares, legal minimums. */
function printBudgetChecks(plan: Plan): void {
  const check = checkPlanBudgets(plan);
  if (!check.ok) return;
  const withStandard = check.services.filter((s) => s.standard || s.calculations.length > 0);
  if (withStandard.length === 0 && check.issues.length === 0) return;
  console.log('  Bugete și standarde de cost (checkPlanBudgets):');
  for (const s of withStandard) {
    const shares = s.shares ? Object.entries(s.shares).filter(([, v]) => v !== '0.0').map(([k, v]) => `${SOURCE_LABELS[k as keyof typeof SOURCE_LABELS]} ${v.replace('.', ',')}%`).join(', ') : '';
    const minimum = s.legalMinimum ? `; minim ${s.beneficiaries} × ${lei(s.standard?.value ?? '0')} = ${lei(s.legalMinimum)}${s.shortfall ? `, lipsesc ${lei(s.shortfall)}` : ' (acoperit)'}` : '';
    const calcs = s.calculations.map((c) => `calcul ${c.matches ? 'corect' : `GREȘIT: dă ${lei(c.computed)}, nu ${lei(c.stated)}`}`).join('; ');
    console.log(`    ${s.part} ${(s.name ?? '').slice(0, 60)}: ${s.totals.map((t) => lei(t.total, t.currency)).join(' + ')}${shares ? ` (${shares})` : ''}${minimum}${calcs ? `; ${calcs}` : ''}`);
  }
  printIssues(check.issues);
}

let invalid = 0;
for (const [file, title] of PLANS) {
  const input: unknown = JSON.parse(readFileSync(new URL(`./plans/${file}`, import.meta.url), 'utf8'));
  const result = parsePlan(input, { nomenclature: HG_867_2015 });
  console.log(`\n== ${title} — examples/plans/${file}`);
  if (!result.ok) {
    invalid += 1;
    console.log('  PLAN INVALID');
    printIssues(result.issues);
    continue;
  }
  printSummary(summarizePlan(result.plan));
  printCodes(result.plan);
  printIssues(result.issues);
  printBudgetChecks(result.plan);
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
    printIssues(r.issues);
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

console.log(invalid ? `\n${invalid} plan(s) invalid.` : '\nToate planurile sunt valide. / All plans are valid.');
process.exitCode = invalid ? 1 : 0;
