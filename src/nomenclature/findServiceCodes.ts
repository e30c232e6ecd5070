import { HG_867_2015 } from './data/hg867-2015.js';
import { indexOf } from './editionIndex.js';
import type { ParseServiceCodeResult } from './readServiceCode.js';
import { scanServiceCodes } from './scanServiceCodes.js';
import type { NomenclatureEdition } from './types.js';

/**
 * A code found in free text: a nomenclature code (read, with its corrections) or a CPV
 * procurement code, with its position in the text.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { findServiceCodes, type FoundCode } from 'plan-servicii-sociale/nomenclature';
 * const [found]: FoundCode[] = findServiceCodes('Cod 8899CZ-F-I');
 * found?.kind; //=> 'service'
 * ```
 */
export type FoundCode =
  | { readonly kind: 'service'; readonly text: string; readonly start: number; readonly end: number; readonly result: ParseServiceCodeResult & { ok: true } }
  | { readonly kind: 'cpv'; readonly text: string; readonly start: number; readonly end: number }
  | { readonly kind: 'unreadable'; readonly text: string; readonly start: number; readonly end: number; readonly result: ParseServiceCodeResult & { ok: false } };

/**
 * Options of {@link findServiceCodes}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { HG_867_2015, type FindServiceCodesOptions } from 'plan-servicii-sociale/nomenclature';
 * const o: FindServiceCodesOptions = { edition: HG_867_2015 };
 * o.edition?.id; //=> 'hg-867-2015'
 * ```
 */
export interface FindServiceCodesOptions {
  /** Catalogue deciding between readings. Default: {@link HG_867_2015}. */
  readonly edition?: NomenclatureEdition;
}

/**
 * Finds the codes in free text: "Cod 8899CZ-F-I", "Cod serviciu social: 8790 CR-PFA-I", two codes in
 * one cell ("8790CR-II 8790CR-C-I"), HTML around them. A CPV procurement code ("85311200-4") is
 * returned as `kind: 'cpv'`, never as a nomenclature code. Each code is read with
 * {@link parseServiceCode}; words after a code are not taken into it, but a shortened reading is
 * accepted only when the catalogue lists it ("8891 CZ-C-IIcentru" is not "8891 CZ-C"). Text that
 * starts with a CAEN class of the nomenclature and a service type but cannot be read is returned as
 * `kind: 'unreadable'` with the reason; other numbers (years, phone numbers) are ignored.
 *
 * @param text - Any text (up to 1,000,000 characters are scanned).
 * @param options - The catalogue to use.
 * @returns The codes in order of appearance.
 * @category Nomenclature
 * @example
 * ```ts
 * import { findServiceCodes } from 'plan-servicii-sociale/nomenclature';
 * findServiceCodes('8790CR-II 8790CR-C-I').map((f) => (f.kind === 'service' ? f.result.canonical : f.text)); //=> ['8790 CR-II', '8790 CR-C-I']
 * findServiceCodes('Cod CPV 85311200-4 și Cod serviciu social 8810ID-I').map((f) => f.kind); //=> ['cpv', 'service']
 * ```
 */
export function findServiceCodes(text: string, options: FindServiceCodesOptions = {}): FoundCode[] {
  return scanServiceCodes(text, indexOf(options.edition ?? HG_867_2015).grammar);
}
