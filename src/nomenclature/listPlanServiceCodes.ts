import { planDate } from '../plan/planDate.js';
import type { Plan } from '../plan/schemas/plan.js';
import { HG_867_2015 } from './data/hg867-2015.js';
import { findServiceCodes } from './findServiceCodes.js';
import { lookupServiceCode, type ServiceCodeLookup } from './lookupServiceCode.js';
import type { Correction } from './readServiceCode.js';
import { checkAsOf, editionUsed, type EditionUsed } from './editionIndex.js';
import type { NomenclatureEdition } from './types.js';

/**
 * One service code of a plan: where it is, what was written, how it reads and what the catalogue
 * says of it.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import type { PlanServiceCode } from 'plan-servicii-sociale/nomenclature';
 * const row: Pick<PlanServiceCode, 'raw' | 'canonical' | 'status'> = { raw: '8891Cz-C-II', canonical: '8891 CZ-C-II', status: 'known' };
 * row.status; //=> 'known'
 * ```
 */
export interface PlanServiceCode {
  /** Path of the code cell in the plan. */
  readonly path: readonly (string | number)[];
  /** Part of chapter I: I.A, I.B or I.C. */
  readonly part: 'I.A' | 'I.B' | 'I.C';
  /** Name of the service on that row. */
  readonly service?: string;
  /** The code as written. */
  readonly raw: string;
  /** Canonical form, when readable. */
  readonly canonical?: string;
  /** What was corrected. */
  readonly corrections: readonly Correction[];
  /** Catalogue status as of the plan's date. */
  readonly status: ServiceCodeLookup['status'];
  /** The catalogue entry, when listed. */
  readonly entry?: ServiceCodeLookup['entry'];
  /** Why it could not be read, when it could not. */
  readonly problem?: string;
}

/**
 * Lists every service code in a plan's chapter I (A, B and C) with its raw text, canonical form,
 * corrections and catalogue status as of the plan's decision date (or 1 January of its year).
 *
 * @param plan - A parsed plan.
 * @param options - The catalogue (default {@link HG_867_2015}) and an `asOf` date overriding the plan's.
 * @returns One row per code (a cell with two codes gives two rows), in document order, and the edition used.
 * @category Nomenclature
 * @example
 * ```ts
 * import { assertPlan } from 'plan-servicii-sociale';
 * import { listPlanServiceCodes } from 'plan-servicii-sociale/nomenclature';
 * const plan = assertPlan({
 *   meta: { authority: { kind: 'local_council', name: 'CL Videle', uat: 'Videle' }, year: 2024, decision: { kind: 'HCL', number: '13', date: '2024-01-31' } },
 *   chapter1: { existingServices: { rows: [{ serviceCode: '8891Cz-C-II', name: 'Centru de îngrijire de zi' }] } },
 * });
 * const { codes } = listPlanServiceCodes(plan);
 * codes.map((c) => [c.raw, c.canonical, c.status, c.corrections.map((x) => x.code)]); //=> [['8891Cz-C-II', '8891 CZ-C-II', 'known', ['case_normalized', 'caen_separator']]]
 * ```
 */
export function listPlanServiceCodes(
  plan: Plan,
  options: { readonly edition?: NomenclatureEdition; readonly asOf?: string } = {},
): { readonly asOf: string; readonly edition: EditionUsed; readonly codes: readonly PlanServiceCode[] } {
  const edition = options.edition ?? HG_867_2015;
  const asOf = checkAsOf(options.asOf ?? planDate(plan));
  const parts = [
    ['I.A', 'existingServices', plan.chapter1?.existingServices?.rows ?? []],
    ['I.B', 'proposedServices', plan.chapter1?.proposedServices?.rows ?? []],
    ['I.C', 'contracting', plan.chapter1?.contracting?.rows ?? []],
  ] as const;
  const codes: PlanServiceCode[] = [];
  for (const [part, key, rows] of parts) {
    rows.forEach((row, i) => {
      const cell = row.serviceCode;
      if (cell?.kind !== 'code') return;
      const path = ['chapter1', key, 'rows', i, 'serviceCode'];
      const whole = lookupServiceCode(cell.raw, { asOf, edition });
      const found = whole.parsed.ok ? [] : findServiceCodes(cell.raw, { edition });
      const several = found.length > 1 && found.every((f) => f.kind === 'service');
      // A cell with several codes ("8790CR-II 8790CR-C-I") gives one row per code, each with the cell's raw text.
      const lookups = several ? found.flatMap((f) => (f.kind === 'service' ? [lookupServiceCode(f.text, { asOf, edition })] : [])) : [whole];
      for (const r of lookups) {
        codes.push({
          path,
          part,
          ...(row.name ? { service: row.name } : {}),
          raw: cell.raw,
          ...(r.parsed.ok ? { canonical: r.parsed.canonical } : { problem: r.parsed.issues[0]?.code }),
          corrections: r.parsed.ok ? r.parsed.corrections : [],
          status: r.status,
          ...(r.entry ? { entry: r.entry } : {}),
        });
      }
    });
  }
  return { asOf, edition: editionUsed(edition, asOf), codes };
}
