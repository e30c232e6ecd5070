import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { safeParseWithIssues } from '../plan/issuesFromZod.js';
import { indexOf } from './editionIndex.js';
import { formatServiceCode } from './grammar.js';
import { readServiceCode } from './readServiceCode.js';
import { NomenclatureEditionSchema, type NomenclatureEdition } from './types.js';

/**
 * What {@link loadNomenclature} returns.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { loadNomenclature, type LoadNomenclatureResult } from 'plan-servicii-sociale/nomenclature';
 * const r: LoadNomenclatureResult = loadNomenclature({});
 * r.ok; //=> false
 * ```
 */
export type LoadNomenclatureResult =
  | { readonly ok: true; readonly edition: NomenclatureEdition; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Validates a fuller or newer official list (JSON in the shape of {@link NomenclatureEditionSchema})
 * so it can be passed as `edition` to any function of this module, alone or merged with the bundled
 * one ({@link mergeNomenclature}). Bad rows are reported with their path: each entry's code must be
 * the canonical form of its parts, codes must be unique, types, categories and CAEN classes must be
 * among the edition's own, dates must be calendar days and end after they start. Never throws;
 * nothing global changes.
 *
 * @param input - Parsed JSON.
 * @returns The edition, or the issues.
 * @category Nomenclature
 * @example
 * ```ts
 * import { HG_867_2015, loadNomenclature } from 'plan-servicii-sociale/nomenclature';
 * const mine = { ...HG_867_2015, id: 'hg-867-2015-local', entries: [{ ...HG_867_2015.entries[0]!, code: '8710 CR-MS-II' }] };
 * const r = loadNomenclature(mine);
 * r.ok ? null : r.issues.map((i) => [i.code, i.path.join('.')]); //=> [['service_code.invalid', 'entries.0.code']]
 * loadNomenclature(HG_867_2015).ok; //=> true
 * ```
 */
export function loadNomenclature(input: unknown): LoadNomenclatureResult {
  const parsed = safeParseWithIssues(NomenclatureEditionSchema, input);
  if (!parsed.ok) return parsed;
  const edition = parsed.data;
  const grammar = { ...indexOf(edition).grammar, known: undefined };
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const types = new Set(edition.serviceTypes.map((t) => t.acronym));
  const categories = new Set(edition.categories.map((c) => c.acronym));
  const classes = new Set(edition.caenClasses.map((c) => c.code));
  if (edition.validTo !== undefined && edition.validTo <= edition.validFrom) {
    issues.push(createIssue('date.invalid', ['validTo'], { value: edition.validTo }));
  }
  edition.entries.forEach((entry, i) => {
    const at = (key: string) => ['entries', i, key];
    if (!types.has(entry.type)) issues.push(createIssue('value.not_allowed', at('type'), { value: entry.type, allowed: [...types] }));
    if (entry.category !== null && !categories.has(entry.category)) {
      issues.push(createIssue('value.not_allowed', at('category'), { value: entry.category, allowed: [...categories] }));
    }
    if (!classes.has(entry.caen)) issues.push(createIssue('value.not_allowed', at('caen'), { value: entry.caen, allowed: [...classes] }));
    if (entry.validTo !== undefined && entry.validFrom !== null && entry.validTo <= entry.validFrom) {
      issues.push(createIssue('date.invalid', at('validTo'), { value: entry.validTo }));
    }
    const path = ['entries', i, 'code'];
    const expected = formatServiceCode(entry);
    const read = readServiceCode(entry.code, grammar);
    if (entry.code !== expected || (read.ok && read.canonical !== entry.code)) {
      issues.push(createIssue('service_code.invalid', path, { value: entry.code, reason: `the code does not match its parts (${expected})` }));
    }
    const first = seen.get(entry.code);
    if (first !== undefined) issues.push(createIssue('service_code.invalid', path, { value: entry.code, reason: `the code is listed twice (entries.${first})` }));
    else seen.set(entry.code, i);
  });
  return issues.length ? { ok: false, issues } : { ok: true, edition, issues };
}
