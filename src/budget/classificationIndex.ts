// Internal: lookups over a budget classification, built once per classification object.
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { foldLabel } from './labels.js';
import { VALID_CLASSIFICATIONS, loadBudgetClassification } from './loadBudgetClassification.js';
import type { BudgetClassification, BudgetClassificationEntry } from './types.js';

/** Lookups over one classification. */
export interface ClassificationIndex {
  readonly classification: BudgetClassification;
  readonly economic: ReadonlyMap<string, BudgetClassificationEntry>;
  readonly functional: ReadonlyMap<string, BudgetClassificationEntry>;
  readonly generic: ReadonlyMap<string, BudgetClassificationEntry>;
  /** Children by parent code, per form; the members of an aggregate count as its children. */
  readonly economicChildren: ReadonlyMap<string, readonly string[]>;
  readonly functionalChildren: ReadonlyMap<string, readonly string[]>;
  readonly genericChildren: ReadonlyMap<string, readonly string[]>;
  /** The aggregate (01, 70, 79) a title belongs to. */
  readonly aggregateOf: ReadonlyMap<string, string>;
  /** Economic codes by folded official name (for rows printed without a code). */
  readonly economicByName: ReadonlyMap<string, readonly string[]>;
  /** Row codes already read, by their printed form (tables repeat the same few hundred codes). */
  readonly rowCodes: Map<string, unknown>;
}

const cache = new WeakMap<BudgetClassification, ClassificationIndex>();


function childrenOf(entries: readonly BudgetClassificationEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (parent: string, child: string) => {
    const list = out.get(parent);
    if (list) list.push(child);
    else out.set(parent, [child]);
  };
  for (const e of entries) {
    if (e.parent !== null) add(e.parent, e.code);
    for (const m of e.members ?? []) add(e.code, m);
  }
  for (const list of out.values()) list.sort(compareCodes);
  return out;
}

/** The lookups of `classification`, built on first use and kept while the object lives. */
export function indexOf(given: BudgetClassification): ClassificationIndex {
  let index = cache.get(given);
  if (index) return index;
  let classification = given;
  if (given !== BUDGET_CLASSIFICATION && !VALID_CLASSIFICATIONS.has(given)) {
    const loaded = loadBudgetClassification(given);
    if (!loaded.ok) {
      const why = loaded.issues[0]?.message.en ?? 'not a classification';
      throw new TypeError(`plan-servicii-sociale: the classification option must be one returned by loadBudgetClassification (${why})`);
    }
    classification = loaded.classification;
  }
  const aggregateOf = new Map<string, string>();
  for (const e of classification.economic) for (const m of e.members ?? []) aggregateOf.set(m, e.code);
  const economicByName = new Map<string, string[]>();
  for (const e of classification.economic) {
    const key = foldLabel(e.name).join(' ');
    const list = economicByName.get(key);
    if (list) list.push(e.code);
    else economicByName.set(key, [e.code]);
  }
  index = {
    classification,
    economic: new Map(classification.economic.map((e) => [e.code, e])),
    functional: new Map(classification.functional.map((e) => [e.code, e])),
    generic: new Map(classification.functionalGeneric.map((e) => [e.code, e])),
    economicChildren: childrenOf(classification.economic),
    functionalChildren: childrenOf(classification.functional),
    genericChildren: childrenOf(classification.functionalGeneric),
    aggregateOf,
    economicByName,
    rowCodes: new Map(),
  };
  cache.set(given, index);
  return index;
}

/** Longest the cache of read row codes grows, per classification. */
const MAX_CACHED_CODES = 20_000;

/** `compute(key)`, remembered per classification for the next table that prints the same code. */
export function cachedRowCode<T>(index: ClassificationIndex, key: string, compute: () => T): T {
  if (index.rowCodes.has(key)) return index.rowCodes.get(key) as T;
  const value = compute();
  if (index.rowCodes.size < MAX_CACHED_CODES) index.rowCodes.set(key, value);
  return value;
}

/**
 * Orders codes as the classification does ("10.01.05" before "10.01.30", "20" before "57.02", a
 * position before the positions under it). Every segment of a canonical code has two digits, so
 * the order of the strings is the order of the numbers.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Parent of an economic code: the classification's parent, or for a code it lacks the code one
 * segment shorter; a title's parent is its aggregate (01, 70, 79) or `null`.
 */
export function economicParent(code: string, index: ClassificationIndex): string | null {
  const entry = index.economic.get(code);
  const parent = entry ? entry.parent : code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
  return parent ?? index.aggregateOf.get(code) ?? null;
}

/** Ancestors of an economic code, nearest first ("57.02.03" → 57.02, 57, 01). */
export function economicAncestors(code: string, index: ClassificationIndex): string[] {
  const out: string[] = [];
  for (let p = economicParent(code, index); p !== null && !out.includes(p); p = economicParent(p, index)) out.push(p);
  return out;
}

/**
 * Economic codes in the order a budget table prints them: the total "0" first, then each position
 * followed by the positions under it, siblings by code (01, 10, 10.01, 10.01.01, …, 20, …, 70, 71, …).
 */
export function inTableOrder(codes: Iterable<string>, index: ClassificationIndex): string[] {
  const paths = new Map<string, string[]>();
  for (const c of codes) paths.set(c, c === '0' ? [] : [...economicAncestors(c, index)].reverse().concat(c));
  return [...paths.keys()].sort((a, b) => {
    const x = paths.get(a) as string[];
    const y = paths.get(b) as string[];
    for (let k = 0; k < Math.min(x.length, y.length); k++) {
      const c = compareCodes(x[k] as string, y[k] as string);
      if (c) return c;
    }
    return x.length - y.length;
  });
}
