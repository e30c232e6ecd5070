import { isCalendarDay } from '../plan/cells/text.js';
import type { CodeGrammar } from './readServiceCode.js';
import type { NomenclatureEdition, NomenclatureEntry } from './types.js';

/** Lookup structures of an edition, built once per edition object (the edition is never changed). */
export interface EditionIndex {
  readonly grammar: CodeGrammar;
  readonly byCode: ReadonlyMap<string, NomenclatureEntry>;
}

const cache = new WeakMap<NomenclatureEdition, EditionIndex>();

/** The index of `edition`, cached per edition object. */
export function indexOf(edition: NomenclatureEdition): EditionIndex {
  let index = cache.get(edition);
  if (!index) {
    const byCode = new Map(edition.entries.map((e) => [e.code, e] as const));
    const shapes = new Map<string, Set<string>>();
    for (const e of edition.entries) {
      const shape = shapes.get(e.type) ?? new Set<string>();
      shape.add(e.category ?? '');
      shapes.set(e.type, shape);
    }
    index = {
      byCode,
      grammar: {
        types: new Set(edition.serviceTypes.map((t) => t.acronym)),
        categories: new Set(edition.categories.map((c) => c.acronym)),
        caen: new Set([...edition.caenClasses.map((c) => c.code), ...edition.entries.map((e) => e.caen)]),
        shapes,
        indexless: new Set(edition.entries.filter((e) => e.index === null).map((e) => e.code)),
        known: new Set(byCode.keys()),
        edition: { id: edition.id, title: edition.title, lastChecked: edition.lastChecked },
      },
    };
    cache.set(edition, index);
  }
  return index;
}

/**
 * Checks an `asOf` option: an existing ISO day. A wrong one is a programmer mistake (the library
 * never guesses a date), so it throws.
 */
export function checkAsOf(asOf: unknown): string {
  if (typeof asOf === 'string' && isCalendarDay(asOf)) return asOf;
  throw new TypeError(`plan-servicii-sociale: asOf must be an ISO day such as "2024-01-31", got ${typeof asOf === 'string' ? JSON.stringify(asOf.slice(0, 40)) : typeof asOf}`);
}

/** Whether the edition itself applies on `asOf`. */
export function editionInForce(edition: NomenclatureEdition, asOf: string): boolean {
  return edition.validFrom <= asOf && (edition.validTo === undefined || edition.validTo > asOf);
}

/** Whether `entry` exists on `asOf` (ISO day); entries with an unknown start count as existing. */
export function inForce(entry: NomenclatureEntry, asOf: string): boolean {
  if (entry.validFrom !== null && entry.validFrom > asOf) return false;
  return entry.validTo === undefined || entry.validTo > asOf;
}

/** The entry's name as of `asOf` (dated names), or its latest name. */
export function nameAsOf(entry: NomenclatureEntry, asOf: string): string {
  if (!entry.names) return entry.name;
  let name = entry.name;
  for (const n of [...entry.names].sort((a, b) => a.from.localeCompare(b.from))) if (n.from <= asOf) name = n.name;
  return name;
}

/**
 * Which data a result used, as of which date: every result that read the catalogue carries one.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { lookupServiceCode, type EditionUsed } from 'plan-servicii-sociale/nomenclature';
 * const used: EditionUsed = lookupServiceCode('8810 ID-I', { asOf: '2020-02-27' }).edition;
 * [used.id, used.asOf]; //=> ['hg-867-2015', '2020-02-27']
 * ```
 */
export interface EditionUsed {
  /** Edition id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** The day its data was last checked against its sources. */
  readonly lastChecked: string;
  /** The date the catalogue was read as of. */
  readonly asOf: string;
}

/** The `edition` record of a result. */
export function editionUsed(edition: NomenclatureEdition, asOf: string): EditionUsed {
  return { id: edition.id, title: edition.title, lastChecked: edition.lastChecked, asOf };
}
