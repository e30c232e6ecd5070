import type { Plan } from '../plan/schemas/plan.js';
import { actionPlanBlocks, budgetChapterBlocks, domainProgrammeBlocks, monitoringBlocks } from './addedParts.js';
import { roDate } from '../internal/text.js';
import { chapter1Blocks } from './chapter1.js';
import { chapter2Blocks, chapter3Blocks } from './chapters23.js';
import { newContext, paragraph, type BuildContext } from './context.js';
import type { Block, RenderedDocument } from './document.js';
import { labelsFor } from './labels.js';
import type { RenderPlanOptions } from './types.js';

/** "HCL nr. 13 din 31.01.2024". */
function decisionText(plan: Plan, ctx: BuildContext): string | undefined {
  const d = plan.meta.decision;
  if (!d) return undefined;
  return ctx.L('decision', { kind: d.kind, number: d.number, date: d.date ? ctx.L('decisionDate', { date: roDate(d.date) }) : '' });
}

function identityBlocks(plan: Plan, title: string, ctx: BuildContext): Block[] {
  const { L } = ctx;
  const m = plan.meta;
  const decision = decisionText(plan, ctx);
  const fields = [
    { label: L('authority'), value: m.authority.name },
    { label: L('county'), value: m.authority.county },
    { label: L('draftedBy'), value: m.draftedBy ? [m.draftedBy.name, m.draftedBy.reference].filter(Boolean).join(', ') : undefined },
    { label: L('registration'), value: m.registration },
    { label: L('vote'), value: m.decision?.vote },
    { label: L('generalObjective'), value: m.generalObjective },
  ].flatMap((f) => (f.value ? [{ label: f.label, value: f.value }] : []));
  const strategies = (m.strategies ?? []).map((s) =>
    [
      [s.title, s.period && `(${s.period})`, s.approvedBy && `– ${s.approvedBy}`].filter(Boolean).join(' ') + (s.objective ? `: ${s.objective}` : ''),
      ...(s.priorities ?? []).map((p) => `– ${p}`),
    ].join('\n'),
  );
  return [
    ...(decision ? paragraph(L('annexOf', { decision }), 'annex') : []),
    { kind: 'heading', level: 1, text: title },
    { kind: 'fields', items: fields },
    ...(strategies.length ? [...paragraph(L('strategies')), { kind: 'list', items: strategies } as const] : []),
    ...(m.legalBasis?.length ? [...paragraph(L('legalBasis')), { kind: 'list', items: m.legalBasis } as const] : []),
  ];
}

/**
 * Whose budget the template's title names, in the genitive Romanian needs: "Consiliul Local al
 * Orașului Videle" becomes "Consiliului Local al Orașului Videle"; a name written otherwise ("CL
 * Videle") is put after the kind of council, which is then in the genitive.
 */
function budgetOwner(plan: Plan, lang: 'ro' | 'en'): string {
  const { kind, name } = plan.meta.authority;
  if (lang === 'en') return name;
  if (/^consiliul\s/iu.test(name)) return name.replace(/^consiliul/iu, (w) => (w[0] === 'C' ? 'Consiliului' : 'consiliului'));
  const council = kind === 'county_council' ? 'consiliului județean' : kind === 'general_council_bucharest' ? 'Consiliului General al Municipiului București' : 'consiliului local';
  return `${council} (${name})`;
}

/** The whole plan as a document, in the template's order. */
export function planDocument(plan: Plan, options: RenderPlanOptions = {}): RenderedDocument {
  const lang = options.lang ?? 'ro';
  const ctx = newContext(labelsFor(lang));
  const title = options.title ?? plan.meta.title ?? ctx.L('documentTitle', { authority: budgetOwner(plan, lang), year: plan.meta.year });
  return {
    lang,
    title,
    blocks: [
      ...identityBlocks(plan, title, ctx),
      ...chapter1Blocks(plan.chapter1, ctx),
      ...chapter2Blocks(plan.chapter2, ctx),
      ...chapter3Blocks(plan.chapter3, ctx),
      ...actionPlanBlocks(plan.actionPlan, ctx),
      ...domainProgrammeBlocks(plan.domainProgramme, ctx),
      ...budgetChapterBlocks(plan.budgetChapter, ctx),
      ...monitoringBlocks(plan.monitoring, ctx),
      ...paragraph(ctx.L('generatedBy'), 'note'),
    ],
  };
}
