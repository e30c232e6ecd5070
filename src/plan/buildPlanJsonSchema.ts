import * as z from 'zod';
import { CELL_JSON_SCHEMAS } from './cells/cellSchema.js';
import { ActionPlanSchema, ActionSchema, IndicatorSchema } from './schemas/actionPlan.js';
import { BudgetChapterSchema, BudgetTableSchema } from './schemas/budgetChapter.js';
import { Chapter1Schema, ContractingServiceSchema, ExistingServiceSchema, FundingBudgetSchema, ProposedServiceSchema, SubsidyProgrammeSchema } from './schemas/chapter1.js';
import { PublicInformationSchema } from './schemas/chapter2.js';
import { TrainingSchema } from './schemas/chapter3.js';
import { DomainProgrammeSchema } from './schemas/domainProgramme.js';
import { PlanMetaSchema } from './schemas/meta.js';
import { MonitoringSchema } from './schemas/monitoring.js';
import { PlanSchema } from './schemas/plan.js';

/**
 * Generates the JSON Schema (draft 2020-12) of a plan document from the zod schemas: the input
 * shape, with the table cells described by their hand-written fragments. Run at build time by
 * `scripts/build-json-schema.ts`; a test checks the committed file is up to date. The ids live in
 * a registry local to this call: zod's global registry is never touched.
 */
export function buildPlanJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [PlanMetaSchema, 'PlanMeta'],
    [Chapter1Schema, 'Chapter1'],
    [FundingBudgetSchema, 'FundingBudget'],
    [ExistingServiceSchema, 'ExistingService'],
    [ProposedServiceSchema, 'ProposedService'],
    [ContractingServiceSchema, 'ContractingService'],
    [SubsidyProgrammeSchema, 'SubsidyProgramme'],
    [PublicInformationSchema, 'PublicInformation'],
    [TrainingSchema, 'Training'],
    [ActionPlanSchema, 'ActionPlan'],
    [ActionSchema, 'Action'],
    [IndicatorSchema, 'Indicator'],
    [DomainProgrammeSchema, 'DomainProgramme'],
    [BudgetChapterSchema, 'BudgetChapter'],
    [BudgetTableSchema, 'BudgetTable'],
    [MonitoringSchema, 'Monitoring'],
  ];
  for (const [schema, id] of named) registry.add(schema, { id });
  for (const [schema, { id }] of CELL_JSON_SCHEMAS) registry.add(schema, { id });

  const schema = z.toJSONSchema(PlanSchema, {
    io: 'input',
    unrepresentable: 'any',
    metadata: registry,
    override: (ctx) => {
      const cell = CELL_JSON_SCHEMAS.get(ctx.zodSchema as unknown as z.ZodType);
      if (!cell) return;
      const target = ctx.jsonSchema as Record<string, unknown>;
      for (const key of Object.keys(target)) if (key !== 'id') delete target[key];
      Object.assign(target, structuredClone(cell.jsonSchema));
    },
  });
  return {
    ...schema,
    $id: 'https://www.npmjs.com/package/plan-servicii-sociale/plan.schema.json',
    title: 'Planul anual de acțiune privind serviciile sociale (Ordinul MMJS 1086/2018)',
    description:
      'A plan document as accepted by parsePlan of the plan-servicii-sociale package. The JSON Schema checks structure; value rules (exact amounts, calendar dates, non-blank names) are checked by the library.',
  };
}
