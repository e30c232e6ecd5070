import { HG_867_2015 } from './data/hg867-2015.js';
import { checkAsOf, editionInForce, editionUsed, inForce, indexOf, type EditionUsed } from './editionIndex.js';
import { readServiceCode, type ParseServiceCodeResult } from './readServiceCode.js';
import type { NomenclatureEdition, NomenclatureEntry } from './types.js';

/**
 * Options of {@link lookupServiceCode}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import type { LookupServiceCodeOptions } from 'plan-servicii-sociale/nomenclature';
 * const o: LookupServiceCodeOptions = { asOf: '2019-02-28' };
 * o.asOf; //=> '2019-02-28'
 * ```
 */
export interface LookupServiceCodeOptions {
  /** The day the code must be in force (ISO day), typically the plan's decision date. Required: the library never reads the clock. */
  readonly asOf: string;
  /** The catalogue. Default: {@link HG_867_2015}. */
  readonly edition?: NomenclatureEdition;
}

/**
 * What {@link lookupServiceCode} answers:
 *
 * - `known`: the code is in the catalogue and in force on `asOf` (`entry.verified` says how sure);
 * - `not_in_force`: listed, but not in force on that day (before it existed, or after its removal);
 * - `unknown`: a well-formed code the catalogue does not list (the bundled list is partial);
 * - `invalid`: not a code at all (`parsed.issues` says why).
 *
 * Every answer names the edition and date it used.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { lookupServiceCode, type ServiceCodeLookup } from 'plan-servicii-sociale/nomenclature';
 * const r: ServiceCodeLookup = lookupServiceCode('8891 CZ-C-II', { asOf: '2024-01-31' });
 * r.status; //=> 'known'
 * ```
 */
export interface ServiceCodeLookup {
  /** The answer. */
  readonly status: 'known' | 'not_in_force' | 'unknown' | 'invalid';
  /** The catalogue entry, when listed. */
  readonly entry?: NomenclatureEntry;
  /** The reading of the input. */
  readonly parsed: ParseServiceCodeResult;
  /** Which data was used, as of which date. */
  readonly edition: EditionUsed;
}

/**
 * Looks a code up in the catalogue in force on a date: known, unknown, not in force, or not a
 * code. The input may be written as clerks write it; it is read first.
 *
 * @param code - A code, canonical or as written.
 * @param options - `asOf` date and the catalogue.
 * @returns The answer with the entry and the edition used.
 * @throws TypeError when `asOf` is not an ISO day (a programmer mistake; the library never guesses a date).
 * @category Nomenclature
 * @example
 * ```ts
 * import { lookupServiceCode } from 'plan-servicii-sociale/nomenclature';
 * const r = lookupServiceCode('8810ID -I', { asOf: '2024-01-31' });
 * [r.status, r.entry?.code, r.entry?.verified, r.edition.id]; //=> ['known', '8810 ID-I', true, 'hg-867-2015']
 * lookupServiceCode('8891 CZ-C-II', { asOf: '2014-06-01' }).status; //=> 'not_in_force'
 * lookupServiceCode('8899 CZ-C-IX', { asOf: '2024-01-31' }).status; //=> 'unknown'
 * ```
 */
export function lookupServiceCode(code: string, options: LookupServiceCodeOptions): ServiceCodeLookup {
  const edition = options?.edition ?? HG_867_2015;
  const asOf = checkAsOf(options?.asOf);
  const index = indexOf(edition);
  const parsed = readServiceCode(code, index.grammar);
  const used = editionUsed(edition, asOf);
  if (!parsed.ok) return { status: 'invalid', parsed, edition: used };
  const entry = index.byCode.get(parsed.canonical);
  if (!entry) return { status: 'unknown', parsed, edition: used };
  return { status: editionInForce(edition, asOf) && inForce(entry, asOf) ? 'known' : 'not_in_force', entry, parsed, edition: used };
}
