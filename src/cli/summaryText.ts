// The summary of a parsed plan as lines of text: what `plan-servicii-sociale summary` prints and
// what `npm run demo` prints for each example plan. Lines are indented relative to the summary
// (nested lines by two spaces); the caller indents the whole.
import { summarizePlan, type Issue, type Plan, type PlanSummary, type SourceTotals } from '../index.js';
import { checkPlanBudgets, type ServiceBudgetCheck } from '../cost-standards/index.js';
import { roDate } from '../internal/text.js';
import { formatAmount } from '../money/index.js';
import { HG_867_2015, listPlanServiceCodes, type PlanServiceCode } from '../nomenclature/index.js';
import { countWords } from './issueReport.js';
import { msg, type Lang, type MessageKey } from './messages.js';

type Source = keyof SourceTotals['bySource'];

/** An amount the Romanian way, as the plan is written: 1.640.958 lei, 36.669,50 lei, 10.000 euro. */
function lei(value: string, currency: 'RON' | 'EUR' = 'RON'): string {
  return formatAmount(value, { unit: currency === 'RON' ? 'lei' : 'euro' });
}

function sourceLabel(lang: Lang, source: string): string {
  return msg(lang, `summary.source.${source as Source}`);
}

/** One line per currency: the total and its sources ("158.838 lei (buget local 158.838 lei)"). */
function totalsLines(title: string, totals: readonly SourceTotals[], lang: Lang): string[] {
  if (totals.length === 0) return [msg(lang, 'summary.totals.none', { title })];
  return totals.map((t) => {
    const parts = Object.entries(t.bySource)
      .filter(([, v]) => v !== '0')
      .map(([k, v]) => `${sourceLabel(lang, k)} ${lei(v, t.currency)}`);
    return `${title}: ${lei(t.total, t.currency)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  });
}

/** A list of issues under a "Validare: 2 observații" heading; paths joined with dots. */
export function issueListLines(issues: readonly Issue[], lang: Lang = 'ro'): string[] {
  if (issues.length === 0) return [msg(lang, 'summary.issues.none')];
  return [
    msg(lang, 'summary.issues.count', { count: countWords(lang, 'issue', issues.length) }),
    ...issues.map((i) => {
      const severity = msg(lang, `severity.${i.severity}`);
      return `  ${msg(lang, 'summary.issue', { severity, code: i.code, path: i.path.join('.') || '(document)', message: i.message[lang] })}`;
    }),
  ];
}

/** The approving decision: "HCL nr. 13 din 31.01.2024" ("… of 31.01.2024" in English). */
function decisionText(decision: NonNullable<Plan['meta']['decision']>, lang: Lang): string {
  const { kind, number, date } = decision;
  return date ? msg(lang, 'summary.decision.dated', { kind, number, date: roDate(date) }) : msg(lang, 'summary.decision', { kind, number });
}

function codeLine(c: PlanServiceCode, lang: Lang): string {
  const fixes = c.corrections.map((x) => x.code).join(', ');
  const verified = c.entry ? msg(lang, c.entry.verified ? 'summary.code.verified' : 'summary.code.unverified') : '';
  const status = `${msg(lang, `summary.code.${c.status}`)}${verified}`;
  const corrections = fixes ? msg(lang, 'summary.code.corrections', { corrections: fixes }) : '';
  return `  ${c.part} ${JSON.stringify(c.raw).padEnd(16)} → ${(c.canonical ?? '—').padEnd(14)} ${status}${corrections}`;
}

/** The service codes of chapter I, read and looked up in the nomenclature as of the plan's date. */
function codeLines(plan: Plan, lang: Lang): string[] {
  const { asOf, codes } = listPlanServiceCodes(plan);
  if (codes.length === 0) return [];
  return [msg(lang, 'summary.codes', { edition: HG_867_2015.id, asOf }), ...codes.map((c) => codeLine(c, lang))];
}

function serviceLine(svc: PlanSummary['services'][number], lang: Lang): string {
  const facts = [
    svc.code && msg(lang, 'summary.fact.code', { value: svc.code }),
    svc.capacity && msg(lang, 'summary.fact.capacity', { value: svc.capacity }),
    svc.occupancy && msg(lang, 'summary.fact.occupancy', { value: svc.occupancy }),
  ].filter(Boolean);
  const money = svc.budget.map((b) => lei(b.total, b.currency)).join(' + ') || msg(lang, 'summary.no_amount');
  return `${svc.part} ${svc.name}${facts.length ? ` — ${facts.join(', ')}` : ''} — ${money}`;
}

/** The first line: authority, year, approving decision. */
function headerLine(plan: Plan, s: PlanSummary, lang: Lang): string {
  const decision = plan.meta.decision ? msg(lang, 'summary.approved', { decision: decisionText(plan.meta.decision, lang) }) : '';
  return `${msg(lang, 'summary.header', { authority: s.authority, year: s.year })}${decision}`;
}

/** Authority, sections, services, budget totals, training, action plan. */
function overviewLines(plan: Plan, lang: Lang): string[] {
  const s = summarizePlan(plan);
  const lines = [headerLine(plan, s, lang)];
  const sections = s.sections.map((x) => `${x.section} ${msg(lang, `summary.state.${x.state}`)}${x.state === 'rows' && x.rows ? ` (${x.rows})` : ''}`);
  lines.push(msg(lang, 'summary.sections', { sections: sections.join('; ') }));
  lines.push(...s.services.map((svc) => serviceLine(svc, lang)));
  const parts = [
    ['summary.totals.existing', s.budgets.existing],
    ['summary.totals.proposed', s.budgets.proposed],
    ['summary.totals.contracting', s.budgets.contracting],
  ] as const satisfies readonly (readonly [MessageKey, readonly SourceTotals[]])[];
  for (const [title, totals] of parts) lines.push(...totalsLines(msg(lang, title), totals, lang));
  const subsidy = Object.entries(s.budgets.subsidy).map(([c, v]) => lei(v, c as 'RON' | 'EUR'));
  if (subsidy.length) lines.push(msg(lang, 'summary.subsidy', { amounts: subsidy.join(' + ') }));
  const training = Object.entries(s.training.budget).map(([c, v]) => lei(v, c as 'RON' | 'EUR'));
  lines.push(msg(lang, 'summary.training', { persons: s.training.persons, budget: training.join(' + ') || msg(lang, 'summary.training.no_budget') }));
  const ap = s.actionPlan;
  if (ap.generalObjectives) lines.push(msg(lang, 'summary.action_plan', { general: ap.generalObjectives, specific: ap.specificObjectives, actions: ap.actions }));
  return lines;
}

/** One service against the cost standards: totals, shares by source, legal minimum, written calculations. */
function budgetCheckLine(s: ServiceBudgetCheck, lang: Lang): string {
  const percent = (v: string) => (lang === 'ro' ? v.replace('.', ',') : v);
  const shares = s.shares
    ? Object.entries(s.shares)
        .filter(([, v]) => v !== '0.0')
        .map(([k, v]) => `${sourceLabel(lang, k)} ${percent(v)}%`)
        .join(', ')
    : '';
  const covered = s.shortfall ? msg(lang, 'summary.shortfall', { amount: lei(s.shortfall) }) : msg(lang, 'summary.covered');
  const minimum = s.legalMinimum
    ? `${msg(lang, 'summary.minimum', { count: s.beneficiaries ?? '', standard: lei(s.standard?.value ?? '0'), minimum: lei(s.legalMinimum) })}${covered}`
    : '';
  const calcs = s.calculations
    .map((c) => (c.matches ? msg(lang, 'summary.calculation.right') : msg(lang, 'summary.calculation.wrong', { computed: lei(c.computed), stated: lei(c.stated) })))
    .join('; ');
  const totals = s.totals.map((t) => lei(t.total, t.currency)).join(' + ');
  return `  ${s.part} ${(s.name ?? '').slice(0, 60)}: ${totals}${shares ? ` (${shares})` : ''}${minimum}${calcs ? `; ${calcs}` : ''}`;
}

/** Budgets against the cost standards (checkPlanBudgets): written calculations redone, shares, legal minimums. */
function budgetCheckLines(plan: Plan, lang: Lang): string[] {
  const check = checkPlanBudgets(plan);
  if (!check.ok) return [];
  const withStandard = check.services.filter((s) => s.standard || s.calculations.length > 0);
  if (withStandard.length === 0 && check.issues.length === 0) return [];
  return [msg(lang, 'summary.budgets'), ...withStandard.map((s) => budgetCheckLine(s, lang)), ...issueListLines(check.issues, lang)];
}

/**
 * The summary of a plan `parsePlan` accepted, with the issues it returned: overview, service
 * codes, issues, budgets against the cost standards.
 */
export function summaryLines(plan: Plan, issues: readonly Issue[], lang: Lang = 'ro'): string[] {
  return [...overviewLines(plan, lang), ...codeLines(plan, lang), ...issueListLines(issues, lang), ...budgetCheckLines(plan, lang)];
}
