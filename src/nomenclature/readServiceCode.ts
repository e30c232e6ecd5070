import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { HG_867_CAEN_CLASSES, HG_867_CATEGORIES, HG_867_INDEXLESS, HG_867_SERVICE_TYPES, HG_867_SHAPES, formatServiceCode, isRomanIndex, type ServiceCodeParts } from './grammar.js';

/**
 * What was corrected while reading a code, with the text before and after:
 *
 * - `markup_removed`: HTML tags around the code (`<b>8891 CZ-C-III</b>`);
 * - `punctuation_removed`: brackets, quotes or a final full stop around it (`(8891 CZ-C-III)`);
 * - `prefix_removed`: "Cod", "Cod serviciu social:" before it;
 * - `characters_normalized`: Unicode forms such as Roman numeral characters (Ⅲ → III);
 * - `dash_normalized`: en/em dashes and other dashes turned into "-";
 * - `case_normalized`: lower-case letters upper-cased (`8891Cz-C-II`);
 * - `roman_normalized`: an index written in digits or with l for I (`CZ-C-2`, `CZ-C-ll` → `CZ-C-II`);
 * - `caen_separator`: no space, several spaces or a hyphen after the CAEN class (`8891CZ-C-II`);
 * - `separators_normalized`: spaces instead of hyphens, or spaces around them (`CZ-C III`, `ID -I`);
 * - `glued_split`: letters written together split into parts (`CRT-I` → `CR-T-I`, `CZ-CIII` → `CZ-C-III`);
 * - `reading_chosen`: a repair chosen because it is the only reading the catalogue lists
 *   (`8810 CZ-VI` → `8810 CZ-V-I`).
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { parseServiceCode, type CorrectionCode } from 'plan-servicii-sociale/nomenclature';
 * const r = parseServiceCode('8891Cz-C-II');
 * const codes: CorrectionCode[] = r.ok ? r.corrections.map((c) => c.code) : [];
 * codes; //=> ['case_normalized', 'caen_separator']
 * ```
 */
export type CorrectionCode =
  | 'markup_removed'
  | 'punctuation_removed'
  | 'prefix_removed'
  | 'characters_normalized'
  | 'dash_normalized'
  | 'case_normalized'
  | 'roman_normalized'
  | 'caen_separator'
  | 'separators_normalized'
  | 'glued_split'
  | 'reading_chosen';

/**
 * One correction made while reading a code.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { parseServiceCode, type Correction } from 'plan-servicii-sociale/nomenclature';
 * const r = parseServiceCode('8810ID -I');
 * const last: Correction | undefined = r.ok ? r.corrections.at(-1) : undefined;
 * last; //=> { code: 'separators_normalized', before: 'ID -I', after: 'ID-I' }
 * ```
 */
export interface Correction {
  /** Stable code of the correction. */
  readonly code: CorrectionCode;
  /** The text before. */
  readonly before: string;
  /** The text after. */
  readonly after: string;
}

/**
 * What reading a code gives: the parts, the canonical form and every correction, or the issues
 * that say why the text is not a code. `raw` is always the text as given.
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { parseServiceCode, type ParseServiceCodeResult } from 'plan-servicii-sociale/nomenclature';
 * const r: ParseServiceCodeResult = parseServiceCode('85311200-4');
 * r.ok; //=> false
 * ```
 */
export type ParseServiceCodeResult =
  | {
      readonly ok: true;
      readonly raw: string;
      readonly code: ServiceCodeParts;
      readonly canonical: string;
      readonly corrections: readonly Correction[];
      /** The catalogue used to decide between readings; absent when the grammar was used alone. */
      readonly edition: EditionRef | undefined;
    }
  | { readonly ok: false; readonly raw: string; readonly issues: readonly Issue[]; readonly edition: EditionRef | undefined };

/**
 * The catalogue a reading used to decide between readings (no date: reading a code does not depend
 * on one).
 *
 * @category Nomenclature
 * @example
 * ```ts
 * import { parseServiceCode, type EditionRef } from 'plan-servicii-sociale/nomenclature';
 * const ref: EditionRef | undefined = parseServiceCode('8810 CZ-VI').edition;
 * ref?.id; //=> 'hg-867-2015'
 * ```
 */
export interface EditionRef {
  /** Edition id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** The day its data was last checked against its sources. */
  readonly lastChecked: string;
}

const ROMAN_NUMERALS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const ARABIC_INDEX = /^([A-Z][A-Z\s-]*[\s-])(\d{1,2})$/;
const L_FOR_I = /^([A-Z][A-Z\s-]*[\s-])([IVX]*L[IVXL]*)$/;

/**
 * The index written with Latin letters: "8891 CZ-C-2" → "CZ-C-II" (1 to 29), and a lower-case l
 * typed for I ("CZ-C-ll" → "CZ-C-II"). Anything else is returned as it is.
 */
function romanIndexOf(rest: string): string {
  const digits = ARABIC_INDEX.exec(rest);
  if (digits) {
    const n = Number(digits[2]);
    if (n < 1 || n > 29) return rest;
    return `${digits[1]}${'X'.repeat(Math.floor(n / 10))}${ROMAN_NUMERALS[n % 10]}`;
  }
  const ls = L_FOR_I.exec(rest);
  if (ls) {
    const index = (ls[2] as string).replace(/L/g, 'I');
    return isRomanIndex(index) ? `${ls[1]}${index}` : rest;
  }
  return rest;
}

/** The runs of letters of `s` (which holds only A-Z, spaces and hyphens), without split's regex. */
function lettersRuns(s: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i += 1) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const letter = c >= 65 && c <= 90;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      runs.push(s.slice(start, i));
      start = -1;
    }
  }
  return runs;
}

/** Grammar and catalogue a reading is checked against. */
export interface CodeGrammar {
  readonly types: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
  /** CAEN classes the codes use. */
  readonly caen: ReadonlySet<string>;
  /** For each service type, the categories it takes ('' for none). */
  readonly shapes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Canonical codes written without an index ("8899 CPCSA"). */
  readonly indexless: ReadonlySet<string>;
  /** Canonical codes of the catalogue: a repaired reading must be one of them. Absent: grammar only. */
  readonly known?: ReadonlySet<string>;
  /** The edition the catalogue comes from, named in results. */
  readonly edition?: EditionRef;
}

/** The HG 867/2015 grammar with no catalogue (its shapes are those of the bundled data; a test keeps them equal). */
export const HG_867_GRAMMAR: CodeGrammar = {
  types: new Set(HG_867_SERVICE_TYPES),
  categories: new Set(HG_867_CATEGORIES),
  caen: new Set(HG_867_CAEN_CLASSES),
  shapes: new Map(Object.entries(HG_867_SHAPES).map(([t, cats]) => [t, new Set<string>(cats)])),
  indexless: new Set(HG_867_INDEXLESS),
};

/** Longest run of letters in a code: a type glued to a category, or a category to an index ("PFAVII"). */
const MAX_PART = 10;

/** A run of characters other than spaces, digits and hyphens at least twice as long as a part can be. */
const LONG_RUN = /[^\s\d-]{21}/;

/** Longest text read as one code. */
export const MAX_CODE_LENGTH = 200;

const MARKUP = /<[^<>]{0,200}>/g;
const PREFIX = /^\s*cod(?:ul)?(?:\s+serviciu(?:\s+social)?)?\s*[:.]?\s*/i;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const CPV = /^\d{8}-\d$/;
// eslint-disable-next-line no-control-regex -- any character outside ASCII
const NON_ASCII = /[^\x00-\x7F]/;
const MESSY_SPACE = /\s{2}|[^\S ]/;
/** Zero-width characters and the soft hyphen, which NFKC keeps. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Whether a code has brackets, quotes or final punctuation around it (not global: `test` keeps no state). */
const EDGE_PUNCTUATION_AT = /^[(["'\u201E\u201C\u201D\u00AB]|[)\]"'\u201E\u201C\u201D\u00BB.,;:]$/;
/** Brackets, quotes and final punctuation around a code. */
const EDGE_PUNCTUATION = /^[(["'\u201E\u201C\u201D\u00AB]+\s*|\s*[)\]"'\u201E\u201C\u201D\u00BB.,;:]+$/g;
const HEAD = /^(\d{4})([\s-]*)([^\s-].*)?$/;

interface Reading {
  readonly type: string;
  readonly category: string | null;
  readonly index: string | null;
  readonly glued: boolean;
}

function tailReadings(tokens: readonly string[], from: number, type: string, g: CodeGrammar, out: Reading[]): void {
  const n = tokens.length - from;
  if (n === 0) {
    out.push({ type, category: null, index: null, glued: false });
    return;
  }
  const a = tokens[from] ?? '';
  if (n === 2) {
    const b = tokens[from + 1] ?? '';
    if (g.categories.has(a) && isRomanIndex(b)) out.push({ type, category: a, index: b, glued: false });
    return;
  }
  if (n > 2) return;
  if (g.categories.has(a)) out.push({ type, category: a, index: null, glued: false });
  if (isRomanIndex(a)) out.push({ type, category: null, index: a, glued: false });
  for (let i = 1; i < a.length; i += 1) {
    const cat = a.slice(0, i);
    if (!g.categories.has(cat)) continue;
    const idx = a.slice(i);
    if (isRomanIndex(idx)) out.push({ type, category: cat, index: idx, glued: true });
  }
}

function readings(tokens: readonly string[], g: CodeGrammar): Reading[] {
  const first = tokens[0] ?? '';
  const out: Reading[] = [];
  if (g.types.has(first)) tailReadings(tokens, 1, first, g, out);
  if (tokens.length > 2) return out;
  for (let i = 2; i < first.length; i += 1) {
    const type = first.slice(0, i);
    if (!g.types.has(type)) continue;
    const cat = first.slice(i);
    if (!g.categories.has(cat)) continue;
    const idx = tokens[1] ?? null;
    if (idx === null || isRomanIndex(idx)) out.push({ type, category: cat, index: idx, glued: true });
  }
  return out;
}

/**
 * Common spellings with every part spelt out ("8891Cz-C-II", "8810ID -I"): one regular expression
 * and set lookups, no repair, so exactly one reading. Anything else takes the general path; both
 * give the same result for these inputs (tests check it).
 */
const FAST = /^(\d{4})([ -]?)([a-z]{2,5})( ?- ?| )([a-z]{1,3})(?:( ?- ?| )([a-z]{1,8}))?$/i;
const SIMPLE_INDEX = new Set(['I', 'II', 'III']);

function readFast(raw: string, g: CodeGrammar): ParseServiceCodeResult | undefined {
  const m = FAST.exec(raw);
  if (!m) return undefined;
  // Index access, not destructuring: destructuring a match walks the array iterator (slow on a hot path).
  const text = m[0];
  const caen = m[1] ?? '';
  const sep = m[2] ?? '';
  const t = m[3] ?? '';
  const sep2 = m[4] ?? '';
  const second = m[5] ?? '';
  const sep3 = m[6];
  const third = m[7];
  const type = t.toUpperCase();
  if (!g.types.has(type) || !g.caen.has(caen)) return undefined;
  let category: string | null = null;
  let index: string;
  if (third !== undefined) {
    category = second.toUpperCase();
    index = third.toUpperCase();
    if (!g.categories.has(category) || !isRomanIndex(index)) {
      if (index.includes('L')) return undefined; // an l typed for I: the general reader repairs it
      // Every part spelt out, but the category or the index is not one of the nomenclature (and no
      // l typed for I to repair): the general reader finds no reading either, and says so in these words.
      return {
        ok: false,
        raw,
        issues: [createIssue('service_code.invalid', [], { value: raw, reason: 'the category or index is not one of the nomenclature' })],
        edition: g.edition,
      };
    }
    if (!fits(g, type, category)) return undefined;
  } else {
    index = second.toUpperCase();
    if (!SIMPLE_INDEX.has(index) || !fits(g, type, null)) return undefined;
  }
  const canonicalRest = category ? `${type}-${category}-${index}` : `${type}-${index}`;
  const canonical = `${caen} ${canonicalRest}`;
  if (text === canonical) return { ok: true, raw, code: { caen, type, category, index }, canonical, corrections: [], edition: g.edition };
  const corrections: Correction[] = [];
  const upper = text.toUpperCase();
  if (upper !== text) corrections.push({ code: 'case_normalized', before: text, after: upper });
  const rest = upper.slice(4 + sep.length);
  if (sep !== ' ') corrections.push({ code: 'caen_separator', before: upper, after: `${caen} ${rest}` });
  if (sep2 !== '-' || (sep3 !== undefined && sep3 !== '-')) corrections.push({ code: 'separators_normalized', before: rest, after: canonicalRest });
  return { ok: true, raw, code: { caen, type, category, index }, canonical, corrections, edition: g.edition };
}

/** Whether a type takes that category (or none), per the grammar's shapes. */
function fits(g: CodeGrammar, type: string, category: string | null): boolean {
  const shape = g.shapes.get(type);
  return shape === undefined || shape.has(category ?? '');
}

/**
 * Reads one code. Never throws; `g.known` (the catalogue) decides between readings when a repair
 * is ambiguous.
 */
export function readServiceCode(raw: unknown, g: CodeGrammar): ParseServiceCodeResult {
  if (typeof raw === 'string' && raw.length <= 40) {
    const fast = readFast(raw, g);
    if (fast) return fast;
  }
  return readGeneral(raw, g);
}

/** The general reader (every spelling); `readServiceCode` tries a fast path first. Exported for tests. */
export function readGeneral(raw: unknown, g: CodeGrammar): ParseServiceCodeResult {
  const rawText = typeof raw === 'string' ? raw : String(raw);
  const fail = (issue: Issue): ParseServiceCodeResult => ({ ok: false, raw: rawText, issues: [issue], edition: g.edition });
  if (typeof raw !== 'string') return fail(createIssue('type.invalid', [], { expected: 'string', received: typeof raw }));
  if (raw.length > MAX_CODE_LENGTH) return fail(createIssue('service_code.too_long', [], { length: raw.length, max: MAX_CODE_LENGTH }));
  const corrections: Correction[] = [];
  let s = raw;
  const step = (code: CorrectionCode, next: string) => {
    if (next !== s) corrections.push({ code, before: s.trim(), after: next.trim() });
    s = next;
  };
  if (s.includes('<')) step('markup_removed', s.replace(MARKUP, ' '));
  if (NON_ASCII.test(s)) {
    // Before NFKC (costly per character, and it can lengthen a text): a run of letters far longer
    // than any part of a code cannot become one.
    if (LONG_RUN.test(s)) return fail(createIssue('service_code.invalid', [], { value: rawText, reason: `a part has more than ${MAX_PART} letters` }));
    step('characters_normalized', s.replace(INVISIBLE, '').normalize('NFKC'));
    // NFKC can lengthen a text (ﬀ → ff): the limit applies again.
    if (s.length > MAX_CODE_LENGTH) return fail(createIssue('service_code.too_long', [], { length: s.length, max: MAX_CODE_LENGTH }));
    step('dash_normalized', s.replace(DASHES, '-'));
  }
  s = s.trim();
  if (EDGE_PUNCTUATION_AT.test(s)) step('punctuation_removed', s.replace(EDGE_PUNCTUATION, ''));
  if (/^\s*c/i.test(s)) step('prefix_removed', s.replace(PREFIX, ''));
  s = s.trim();
  if (MESSY_SPACE.test(s)) s = s.replace(/\s+/g, ' ');
  if (s === '') return fail(createIssue('service_code.empty', [], {}));
  const upper = s.toUpperCase();
  if (upper !== s) step('case_normalized', upper);
  if (CPV.test(s)) return fail(createIssue('service_code.cpv', [], { value: s }));
  const head = HEAD.exec(s);
  if (!head) return fail(createIssue('service_code.no_caen', [], { value: rawText }));
  const caen = head[1] ?? '';
  const sep = head[2] ?? '';
  let rest = head[3] ?? '';
  if (!g.caen.has(caen)) {
    return fail(createIssue('service_code.invalid', [], { value: rawText, reason: `${caen} is not a CAEN class of the nomenclature (${[...g.caen].join(', ')})` }));
  }
  if (rest === '' || !/^[A-Z]/.test(rest)) {
    const reason = /^[\d\s-]*$/.test(s) ? 'only digits, no service type' : 'no service type after the CAEN class';
    return fail(createIssue('service_code.invalid', [], { value: rawText, reason }));
  }
  if (rest.trimEnd().endsWith('-')) return fail(createIssue('service_code.invalid', [], { value: rawText, reason: 'it ends with a hyphen: a part is missing' }));
  const romanRest = romanIndexOf(rest);
  if (romanRest !== rest) {
    corrections.push({ code: 'roman_normalized', before: rest, after: romanRest });
    rest = romanRest;
  }
  if (!/^[A-Z\s-]+$/.test(rest)) return fail(createIssue('service_code.invalid', [], { value: rawText, reason: 'characters other than letters, spaces and hyphens' }));
  const tokens = lettersRuns(rest);
  if (tokens.some((t) => t.length > MAX_PART)) {
    return fail(createIssue('service_code.invalid', [], { value: rawText, reason: `a part has more than ${MAX_PART} letters` }));
  }
  if (tokens.length > 4) return fail(createIssue('service_code.invalid', [], { value: rawText, reason: 'too many parts' }));
  const all = readings(tokens, g);
  const canonicalOf = (r: Reading) => formatServiceCode({ caen, type: r.type, category: r.category, index: r.index });
  // Readings the nomenclature's structure allows: the type takes that category, and an index is
  // there unless the code is one written without it.
  const valid = all.filter((r) => fits(g, r.type, r.category) && (r.index !== null || g.indexless.has(canonicalOf(r))));
  if (valid.length === 0) {
    if (all.length > 0) {
      return fail(createIssue('service_code.invalid', [], { value: rawText, reason: `no code of the nomenclature has this shape (${all.map(canonicalOf).join(', ')})` }));
    }
    const first = tokens[0] ?? '';
    let typeKnown = false;
    for (const t of g.types) if (first.startsWith(t)) typeKnown = true;
    return fail(
      typeKnown
        ? createIssue('service_code.invalid', [], { value: rawText, reason: 'the category or index is not one of the nomenclature' })
        : createIssue('service_code.unknown_type', [], { value: rawText, type: first, allowed: [...g.types] }),
    );
  }
  // A repair (letters split apart) is accepted only when the catalogue lists its result; without a
  // catalogue, only when it is the one reading the structure allows.
  const listed = g.known ? valid.filter((r) => g.known?.has(canonicalOf(r))) : [];
  let chosen: Reading | undefined;
  if (valid.length === 1 && (!valid[0]?.glued || !g.known || listed.length === 1)) chosen = valid[0];
  else if (listed.length === 1) chosen = listed[0];
  if (!chosen) return fail(createIssue('service_code.ambiguous', [], { value: rawText, readings: all.map(canonicalOf) }));
  const parts: ServiceCodeParts = { caen, type: chosen.type, category: chosen.category, index: chosen.index };
  const canonical = formatServiceCode(parts);
  if (sep !== ' ') corrections.push({ code: 'caen_separator', before: s, after: `${caen} ${rest}` });
  const canonicalRest = canonical.slice(5);
  if (rest !== canonicalRest) corrections.push({ code: chosen.glued ? 'glued_split' : 'separators_normalized', before: rest, after: canonicalRest });
  if (all.length > 1 && chosen.glued) corrections.push({ code: 'reading_chosen', before: all.map(canonicalOf).join(' | '), after: canonical });
  return { ok: true, raw, code: parts, canonical, corrections, edition: g.edition };
}
