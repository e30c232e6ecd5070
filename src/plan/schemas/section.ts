import * as z from 'zod';
import { list, text } from '../cells/text.js';

/**
 * How a section of the template is filled when it has no rows:
 * `not_applicable` ("Nu este cazul") or `none` ("nu avem prevăzute..."). A section with rows has
 * no status; a section present with no rows and no status is "empty as published".
 *
 * @category Plan model
 * @example
 * ```ts
 * import { SECTION_STATUSES } from 'plan-servicii-sociale';
 * SECTION_STATUSES; //=> ['not_applicable', 'none']
 * ```
 */
export const SECTION_STATUSES = ['not_applicable', 'none'] as const;

/** Fields every table section has: its status, the sentence printed instead of or beside rows. */
export function sectionShape<T extends z.ZodType>(row: T) {
  return {
    /** Heading as printed, when it says more than the template's ("Serviciile sociale existente la nivel local"). */
    heading: text().optional(),
    /** `not_applicable` or `none` when the document says so instead of giving rows. */
    status: z.enum(SECTION_STATUSES).optional(),
    /** The text printed for the section, as written ("Nu este cazul", "Instruirea va fi realizată de..."). */
    statement: text().optional(),
    /** The table rows (empty when the section has none). */
    rows: list(row).default([]),
  };
}

/** Rows and a not-applicable status contradict each other. */
export function checkSectionStatus(value: { status?: string | undefined; rows: readonly unknown[] }, ctx: z.RefinementCtx): void {
  if (value.status !== undefined && value.rows.length > 0) {
    ctx.addIssue({
      code: 'custom',
      message: `The section is marked "${value.status}" but has ${value.rows.length} rows.`,
      params: { code: 'section.rows_when_not_applicable', status: value.status, rows: value.rows.length },
      path: ['status'],
    });
  }
}

/** A table section of rows of `row`. */
export function section<T extends z.ZodType>(row: T) {
  return z.strictObject(sectionShape(row)).superRefine(checkSectionStatus);
}
