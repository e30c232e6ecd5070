import { HG_867_2015 } from './data/hg867-2015.js';
import { indexOf } from './editionIndex.js';
import { readServiceCode, type ParseServiceCodeResult } from './readServiceCode.js';
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
  | { readonly kind: 'cpv'; readonly text: string; readonly start: number; readonly end: number };

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

/** Longest text scanned (characters); the rest is ignored. */
const MAX_TEXT = 1_000_000;
const TAG = /<[^<>]{0,200}>/g;
const CANDIDATE = /(?<![\d.])(\d{8}-\d)(?!\d)|(?<![\d.])(\d{4})([\s\-\u2010-\u2015\u2212]{0,3}[a-z]{1,6}(?:[\s\-\u2010-\u2015\u2212]{1,3}[a-z]{1,6}){0,3})/gi;
const TOKEN_END = /[a-z]+/gi;

/**
 * Finds the codes in free text: "Cod 8899CZ-F-I", "Cod serviciu social: 8790 CR-PFA-I", two codes in
 * one cell ("8790CR-II 8790CR-C-I"), HTML around them. A CPV procurement code ("85311200-4") is
 * returned as `kind: 'cpv'`, never as a nomenclature code. Each code is read with
 * {@link parseServiceCode}; words after a code are not taken into it.
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
  if (typeof text !== 'string') return [];
  const grammar = indexOf(options.edition ?? HG_867_2015).grammar;
  const scanned = text.slice(0, MAX_TEXT).replace(TAG, (tag) => ' '.repeat(tag.length));
  const found: FoundCode[] = [];
  for (const m of scanned.matchAll(CANDIDATE)) {
    if (m[1]) {
      found.push({ kind: 'cpv', text: m[1], start: m.index, end: m.index + m[1].length });
      continue;
    }
    const whole = `${m[2] ?? ''}${m[3] ?? ''}`;
    const ends = [...whole.matchAll(TOKEN_END)].map((t) => t.index + t[0].length);
    for (let k = ends.length - 1; k >= 0; k -= 1) {
      const candidate = whole.slice(0, ends[k]);
      const result = readServiceCode(candidate, grammar);
      if (result.ok) {
        found.push({ kind: 'service', text: candidate, start: m.index, end: m.index + candidate.length, result });
        break;
      }
    }
  }
  return found;
}
