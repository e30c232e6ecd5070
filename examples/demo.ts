// `npm run demo`: validates the bundled example plans and prints what a reader of a plan wants to
// see first. Runs on the sources (no build needed); examples/*.mjs run against the built package.
import { readFileSync } from 'node:fs';
import { parsePlan, summarizePlan, type Issue, type Plan, type PlanSummary, type SourceTotals } from '../src/index.js';
import { HG_867_2015, listPlanServiceCodes } from '../src/nomenclature/index.js';

const PLANS = [
  ['videle-2024.json', 'Videle 2024 (seed 002, the whole plan)'],
  ['targu-frumos-2019.json', 'Târgu Frumos 2019 (seed 001, chapter I parts left empty)'],
  ['campia-turzii-2020.json', 'Câmpia Turzii 2020 (seed 003, chapters I.A, I.B, III and the objectives)'],
] as const;

/** Romanian grouping: 1.640.958 lei, 36.669,50 lei. (The money capability will bring formatAmount.) */
function lei(value: string, currency: 'RON' | 'EUR' = 'RON'): string {
  const [int = '0', frac] = value.split('.');
  const grouped = int.replace(/\B(?=(?:\d{3})+(?!\d))/g, '.');
  return `${grouped}${frac ? `,${frac}` : ''} ${currency === 'RON' ? 'lei' : 'EUR'}`;
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
}
console.log(invalid ? `\n${invalid} plan(s) invalid.` : '\nToate planurile sunt valide. / All plans are valid.');
process.exitCode = invalid ? 1 : 0;
