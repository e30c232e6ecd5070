/**
 * The code grammar of HG 867/2015: `CAEN TYPE-CATEGORY-INDEX` ("8891 CZ-C-II"). Acronyms are those
 * of the reference data (shared/reference/nomenclature/acronyms.json); an edition may add its own.
 */
export const HG_867_SERVICE_TYPES = ['CR', 'CZ', 'ID', 'SIS', 'CPDH', 'CPCSA', 'SF'] as const;

/** Beneficiary categories and the qualifier MS of HG 867/2015 codes. */
export const HG_867_CATEGORIES = ['C', 'V', 'D', 'F', 'MC', 'T', 'VD', 'PFA', 'VTP', 'AD', 'PD', 'PN', 'MS'] as const;

/** CAEN Rev.2 classes the codes of HG 867/2015 use (reference data caen.json). */
export const HG_867_CAEN_CLASSES = ['8710', '8720', '8730', '8790', '8810', '8891', '8899'] as const;

/** For each service type, the categories its codes take in the reference data ('' for none: 8790 CR-II, 8810 ID-I). */
export const HG_867_SHAPES = {
  CR: ['MS', 'AD', 'V', 'D', 'C', 'MC', 'T', '', 'VD', 'PFA', 'VTP', 'PD'],
  CZ: ['V', 'D', 'C', 'F', 'VD', 'AD', 'VTP', 'PFA', 'PN'],
  ID: [''],
  SIS: [''],
  CPDH: [''],
  CPCSA: [''],
  SF: ['C'],
} as const;

/** Codes of the reference data written without an index. */
export const HG_867_INDEXLESS = ['8790 SF-C', '8899 CPCSA'] as const;

/** Roman numerals from I to XXIX, the range an index can take. */
const ROMAN_INDEX = /^X{0,2}(?:IX|IV|V?I{0,3})$/;

/** Whether `s` is a non-empty Roman index. */
export function isRomanIndex(s: string): boolean {
  return s.length > 0 && s.length <= 6 && ROMAN_INDEX.test(s);
}

/**
 * The parts of a service code.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { formatServiceCode, type ServiceCodeParts } from 'plan-servicii-sociale/nomenclature';
 * const parts: ServiceCodeParts = { caen: '8810', type: 'ID', category: null, index: 'I' };
 * formatServiceCode(parts); //=> '8810 ID-I'
 * ```
 */
export interface ServiceCodeParts {
  /** CAEN Rev.2 class, four digits. */
  readonly caen: string;
  /** Service type acronym (CR, CZ, ID...). */
  readonly type: string;
  /** Beneficiary category acronym (C, V, D...), `null` when the code has none. */
  readonly category: string | null;
  /** Roman index, `null` when the code has none. */
  readonly index: string | null;
}

/**
 * Writes a code in the canonical form: CAEN, one space, then type, category and index joined by
 * hyphens, parts that do not exist left out ("8891 CZ-C-II", "8810 ID-I", "8899 CPCSA").
 *
 * @param code - The parts of a code.
 * @returns The canonical string.
 * @category Nomenclature
 * @example
 * ```ts
 * import { formatServiceCode } from 'plan-servicii-sociale/nomenclature';
 * formatServiceCode({ caen: '8891', type: 'CZ', category: 'C', index: 'II' }); //=> '8891 CZ-C-II'
 * ```
 */
export function formatServiceCode(code: ServiceCodeParts): string {
  let rest = code.type;
  if (code.category) rest += `-${code.category}`;
  if (code.index) rest += `-${code.index}`;
  return `${code.caen} ${rest}`;
}
