import { HG_867_2015 } from './data/hg867-2015.js';
import { checkAsOf, editionInForce, editionUsed, inForce, nameAsOf, type EditionUsed } from './editionIndex.js';
import type { NomenclatureEdition, NomenclatureEntry } from './types.js';

/**
 * The catalogue as it stood on a date: the entries in force, each with the name it had then.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { nomenclatureAsOf, type NomenclatureSnapshot } from 'plan-servicii-sociale/nomenclature';
 * const s: NomenclatureSnapshot = nomenclatureAsOf('2019-02-28');
 * s.edition.asOf; //=> '2019-02-28'
 * ```
 */
export interface NomenclatureSnapshot {
  /** Which data, as of which date. */
  readonly edition: EditionUsed;
  /** Entries in force on the date, names as of the date. */
  readonly entries: readonly NomenclatureEntry[];
}

/**
 * The catalogue in force on a date, so a 2019 plan is checked against the 2019 list: entries that
 * did not yet exist or were removed are left out, and renamed entries carry the name they had then
 * (8790 CR-D-II was "Centre de recuperare și reabilitare" until HG 1433/2022). Entries whose start
 * date is not known are kept. Before the edition applies, the list is empty.
 *
 * @param asOf - ISO day.
 * @param options - The catalogue. Default: {@link HG_867_2015}.
 * @returns The entries and the edition used.
 * @throws TypeError when `asOf` is not an ISO day.
 * @category Nomenclature
 * @example
 * ```ts
 * import { nomenclatureAsOf } from 'plan-servicii-sociale/nomenclature';
 * nomenclatureAsOf('2019-02-28').entries.find((e) => e.code === '8790 CR-D-II')?.name; //=> 'Centre de recuperare și reabilitare'
 * nomenclatureAsOf('2024-01-31').entries.find((e) => e.code === '8790 CR-D-II')?.name; //=> 'Centre de abilitare și reabilitare'
 * nomenclatureAsOf('2015-01-01').entries.length; //=> 0
 * ```
 */
export function nomenclatureAsOf(asOf: string | undefined, options: { readonly edition?: NomenclatureEdition } = {}): NomenclatureSnapshot {
  const day = checkAsOf(asOf);
  const edition = options?.edition ?? HG_867_2015;
  const entries = editionInForce(edition, day)
    ? edition.entries.filter((e) => inForce(e, day)).map((e) => (e.names ? { ...e, name: nameAsOf(e, day) } : e))
    : [];
  return { edition: editionUsed(edition, day), entries };
}
