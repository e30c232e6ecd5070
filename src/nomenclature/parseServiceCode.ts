import { HG_867_2015 } from './data/hg867-2015.js';
import { indexOf } from './editionIndex.js';
import { readServiceCode, type ParseServiceCodeResult } from './readServiceCode.js';
import type { NomenclatureEdition } from './types.js';

/**
 * Options of {@link parseServiceCode}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { HG_867_2015, type ParseServiceCodeOptions } from 'plan-servicii-sociale/nomenclature';
 * const options: ParseServiceCodeOptions = { edition: HG_867_2015 };
 * options.edition?.id; //=> 'hg-867-2015'
 * ```
 */
export interface ParseServiceCodeOptions {
  /** The catalogue whose acronyms and codes decide between readings. Default: {@link HG_867_2015}. */
  readonly edition?: NomenclatureEdition;
}

/**
 * Reads a social-service code as clerks write it — "8891Cz-C-II", "8891CZ-C III", "8810ID -I",
 * "<b>8891 CZ-C-III</b>", "Cod serviciu social: 8790 CR-PFA-I", "8790CRT – I" — into its parts and
 * canonical form, and says what it corrected. A repair that could be read two ways ("CZ-VI":
 * category V and index I, or index VI) is accepted only when exactly one reading is in the catalogue;
 * otherwise the result is `service_code.ambiguous`. Never throws.
 *
 * @param raw - The text as written.
 * @param options - The catalogue to use.
 * @returns `{ ok: true, code, canonical, corrections }` or `{ ok: false, issues }`, with the
 *   `edition` whose catalogue was used.
 * @category Nomenclature
 * @example
 * ```ts
 * import { parseServiceCode } from 'plan-servicii-sociale/nomenclature';
 * const r = parseServiceCode('8891CZ-C III');
 * r.ok && r.canonical; //=> '8891 CZ-C-III'
 * r.ok && r.corrections; //=> [{ code: 'caen_separator', before: '8891CZ-C III', after: '8891 CZ-C III' }, { code: 'separators_normalized', before: 'CZ-C III', after: 'CZ-C-III' }]
 * const cpv = parseServiceCode('85311200-4');
 * cpv.ok ? null : cpv.issues[0]?.code; //=> 'service_code.cpv'
 * ```
 */
export function parseServiceCode(raw: string, options: ParseServiceCodeOptions = {}): ParseServiceCodeResult {
  return readServiceCode(raw, indexOf(options?.edition ?? HG_867_2015).grammar);
}
