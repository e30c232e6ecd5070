import type { NomenclatureEdition } from './types.js';

/**
 * Options of {@link mergeNomenclature}.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import type { MergeNomenclatureOptions } from 'plan-servicii-sociale/nomenclature';
 * const o: MergeNomenclatureOptions = { mode: 'replace' };
 * o.mode; //=> 'replace'
 * ```
 */
export interface MergeNomenclatureOptions {
  /** `merge` (default): entries of `extra` replace those of `base` with the same code, new ones are added. `replace`: `extra` alone. */
  readonly mode?: 'merge' | 'replace';
}

/**
 * Combines the bundled catalogue with a list the user loaded ({@link loadNomenclature}), for one
 * call's `edition` option: never a global. Entries keep their own sources and `verified` flags; the
 * result's acronyms and CAEN classes are the union, its `complete` flag is `extra`'s.
 *
 * @param base - Usually {@link HG_867_2015}.
 * @param extra - A validated edition.
 * @param options - Merge or replace.
 * @returns A new edition; neither input is changed.
 * @category Nomenclature
 * @example
 * ```ts
 * import { HG_867_2015, lookupServiceCode, mergeNomenclature } from 'plan-servicii-sociale/nomenclature';
 * const extra = { ...HG_867_2015, id: 'local-additions', entries: [{ ...HG_867_2015.entries[0]!, code: '8899 CZ-C-I', caen: '8899', type: 'CZ', category: 'C', index: 'I', name: 'Centru de zi (exemplu)' }] };
 * const merged = mergeNomenclature(HG_867_2015, extra);
 * merged.entries.length; //=> 71
 * lookupServiceCode('8899 CZ-C-I', { asOf: '2024-01-31', edition: merged }).status; //=> 'known'
 * ```
 */
export function mergeNomenclature(base: NomenclatureEdition, extra: NomenclatureEdition, options: MergeNomenclatureOptions = {}): NomenclatureEdition {
  if (options.mode === 'replace') return extra;
  const byCode = new Map(base.entries.map((e) => [e.code, e] as const));
  for (const e of extra.entries) byCode.set(e.code, e);
  const union = <T extends { acronym?: string; code?: string }>(a: readonly T[], b: readonly T[]) => {
    const key = (x: T) => x.acronym ?? x.code ?? '';
    const m = new Map(a.map((x) => [key(x), x] as const));
    for (const x of b) m.set(key(x), x);
    return [...m.values()];
  };
  return {
    ...base,
    id: `${base.id}-${extra.id}`.slice(0, 60),
    title: `${base.title} + ${extra.title}`,
    lastChecked: extra.lastChecked < base.lastChecked ? extra.lastChecked : base.lastChecked,
    complete: extra.complete,
    coverage: `${base.coverage} Merged with: ${extra.coverage}`,
    serviceTypes: union(base.serviceTypes, extra.serviceTypes),
    categories: union(base.categories, extra.categories),
    caenClasses: union(base.caenClasses, extra.caenClasses),
    entries: [...byCode.values()],
  };
}
