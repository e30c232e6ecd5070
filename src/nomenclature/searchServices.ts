import { foldText } from '../plan/cells/markers.js';
import { HG_867_2015 } from './data/hg867-2015.js';
import { nomenclatureAsOf } from './nomenclatureAsOf.js';
import type { EditionUsed } from './editionIndex.js';
import type { NomenclatureEdition, NomenclatureEntry } from './types.js';

/**
 * Options of {@link searchServices}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import type { SearchServicesOptions } from 'plan-servicii-sociale/nomenclature';
 * const o: SearchServicesOptions = { asOf: '2024-01-31', limit: 5 };
 * o.limit; //=> 5
 * ```
 */
export interface SearchServicesOptions {
  /** Search among codes in force on this ISO day. */
  readonly asOf: string;
  /** Most results returned. Default 10. */
  readonly limit?: number;
  /** The catalogue. Default: {@link HG_867_2015}. */
  readonly edition?: NomenclatureEdition;
}

/**
 * A search hit with its score (higher is better).
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { searchServices, type SearchHit } from 'plan-servicii-sociale/nomenclature';
 * const [hit]: SearchHit[] = searchServices('persoane fara adapost', { asOf: '2024-01-31' }).hits;
 * hit?.entry.category; //=> 'PFA'
 * ```
 */
export interface SearchHit {
  /** The entry. */
  readonly entry: NomenclatureEntry;
  /** Relevance: whole-name match, then name start, then words in the name, code or section. */
  readonly score: number;
}

const words = (s: string) => foldText(s).split(/[^a-z0-9]+/).filter(Boolean);
/** A crude Romanian stem: words of 5-6 letters lose their last letter, longer ones two (creșă ~ creșe, vârstnici ~ vârstnice). */
const stem = (w: string) => (w.length < 5 ? w : w.slice(0, w.length - (w.length > 6 ? 2 : 1)));

function score(entry: NomenclatureEntry, query: string, queryWords: readonly string[]): number {
  const name = foldText(entry.name);
  const code = foldText(entry.code).replace(/[\s-]/g, '');
  const compactQuery = query.replace(/[\s-]/g, '');
  if (compactQuery.length >= 4 && code.startsWith(compactQuery)) return 100;
  if (name === query) return 90;
  const haystack = new Set([...words(entry.name), ...words(entry.section ?? '')]);
  const nameWords = words(entry.name);
  let matched = 0;
  let inName = 0;
  for (const w of queryWords) {
    const s = stem(w);
    const hitName = nameWords.some((n) => n.startsWith(s));
    if (hitName) inName += 1;
    if (hitName || [...haystack].some((n) => n.startsWith(s))) matched += 1;
  }
  if (matched === 0) return 0;
  return (name.startsWith(query) ? 40 : 0) + inName * 10 + matched * 5 + (matched === queryWords.length ? 20 : 0);
}

/**
 * Finds services by name, ignoring case and diacritics ("ingrijire la domiciliu" finds "Îngrijire
 * la domiciliu"), ranked: a code prefix first, then the whole name, a name that starts with the
 * query, and names or sections containing its words (a word matches the start of a word, long words
 * without their ending, so "centru" finds "centre" and "cresa" finds "Creșe"). Ties keep catalogue order.
 *
 * @param query - Words or a code prefix.
 * @param options - Date, limit and catalogue.
 * @returns The hits and the edition used.
 * @throws TypeError when `asOf` is not an ISO day.
 * @category Nomenclature
 * @example
 * ```ts
 * import { searchServices } from 'plan-servicii-sociale/nomenclature';
 * searchServices('ingrijire la domiciliu', { asOf: '2024-01-31', limit: 3 }).hits.map((h) => h.entry.type); //=> ['ID', 'ID', 'ID']
 * searchServices('8891 CZ', { asOf: '2024-01-31', limit: 2 }).hits.map((h) => h.entry.code); //=> ['8891 CZ-C-I', '8891 CZ-C-II']
 * ```
 */
export function searchServices(query: string, options: SearchServicesOptions): { readonly edition: EditionUsed; readonly hits: readonly SearchHit[] } {
  const snapshot = nomenclatureAsOf(options?.asOf, { edition: options?.edition ?? HG_867_2015 });
  const q = typeof query === 'string' ? foldText(query.slice(0, 200)) : '';
  // Words of one or two letters ("de", "la", "și") match too much to rank by; a code prefix is kept whole.
  const qWords = words(q).filter((w) => w.length > 2 || /\d/.test(w));
  if (qWords.length === 0) return { edition: snapshot.edition, hits: [] };
  const hits = snapshot.entries
    .map((entry, i) => ({ entry, score: score(entry, q, qWords), i }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, Math.max(0, Math.floor(options.limit ?? 10)))
    .map(({ entry, score: s }) => ({ entry, score: s }));
  return { edition: snapshot.edition, hits };
}
