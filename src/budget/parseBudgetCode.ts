import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { showValue } from '../plan/cells/markers.js';
import { economicAncestors, economicParent, indexOf, type ClassificationIndex } from './classificationIndex.js';
import { BUDGET_CLASSIFICATION } from './data/classification.js';
import { readCodeSpelling } from './readCode.js';
import type { BudgetClassification, BudgetClassificationEntry } from './types.js';

/**
 * Options of {@link parseBudgetCode}.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { ParseBudgetCodeOptions } from 'plan-servicii-sociale/budget';
 * const o: ParseBudgetCodeOptions = { kind: 'economic' };
 * o.kind; //=> 'economic'
 * ```
 */
export interface ParseBudgetCodeOptions {
  /**
   * Which classification the code belongs to. Without it: a code printed with four segments, or
   * one only the functional classification has, is functional; otherwise economic.
   */
  readonly kind?: 'functional' | 'economic';
  /**
   * For a functional code, the form: `local` (*bugete locale*, `CC.02.SS.PP`, the default when the
   * second segment is `02`) or `generic` (`CC.SS.PP`, as the execution data writes it). `68.02`
   * is chapter 68 of local budgets in the local form, subchapter *Servicii publice descentralizate*
   * in the generic one.
   */
  readonly form?: 'local' | 'generic';
  /** The classification to use; the bundled {@link BUDGET_CLASSIFICATION} by default. */
  readonly classification?: BudgetClassification;
}

/**
 * A budget code read: canonical, with its place in the classification.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { parseBudgetCode, type BudgetCode } from 'plan-servicii-sociale/budget';
 * const r = parseBudgetCode('*01');
 * const code: BudgetCode | undefined = r.ok ? r : undefined;
 * code?.children.slice(0, 3); //=> ['10', '20', '30']
 * ```
 */
export interface BudgetCode {
  readonly ok: true;
  /** The text as given. */
  readonly raw: string;
  /** Canonical code: no star, no trailing `.00` ("20.02", "68.02.05.02"); "0" for a total row. */
  readonly code: string;
  /** Classification, or `total` for the total row's "0". */
  readonly kind: 'functional' | 'economic' | 'total';
  /** Form of a functional code. */
  readonly form?: 'local' | 'generic';
  /** The position in the classification; absent for "0" and for a code of another chapter the data does not hold. */
  readonly entry?: BudgetClassificationEntry;
  /** Official name, when the position is known. */
  readonly name?: string;
  /** Parent code: for an economic title, its aggregate (01, 70, 79) or `null`. */
  readonly parent: string | null;
  /** Ancestors, nearest first ("57.02.03": 57.02, 57, 01). */
  readonly ancestors: readonly string[];
  /** Codes directly under it, in order (for an aggregate, its titles). */
  readonly children: readonly string[];
  /** A functional code's twin in the other form ("68.02.15.01" ↔ "68.15.01"), when known. */
  readonly equivalent?: string;
  /** Typographic marks dropped from the printed code ("*"). */
  readonly marks: readonly string[];
  /** Remarks that do not stop the reading: a functional code outside chapter 68. */
  readonly issues: readonly Issue[];
}

/**
 * A code that could not be read, or is not in the classification.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { parseBudgetCode, type BudgetCodeError } from 'plan-servicii-sociale/budget';
 * const r = parseBudgetCode('68.02.1.00');
 * const e: BudgetCodeError | undefined = r.ok ? undefined : r;
 * e?.issues[0]?.code; //=> 'budget_code.malformed'
 * ```
 */
export interface BudgetCodeError {
  readonly ok: false;
  /** The text as given. */
  readonly raw: string;
  /** Canonical code, when it is well formed but unknown. */
  readonly code?: string;
  /** What is wrong: `budget_code.malformed`, `budget_code.unknown`, `budget_code.not_economic`. */
  readonly issues: readonly Issue[];
}

/**
 * What {@link parseBudgetCode} returns.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { parseBudgetCode, type BudgetCodeResult } from 'plan-servicii-sociale/budget';
 * const r: BudgetCodeResult = parseBudgetCode('57');
 * r.ok && r.name; //=> 'Asistenta sociala'
 * ```
 */
export type BudgetCodeResult = BudgetCode | BudgetCodeError;

const fail = (raw: string, issue: Issue, code?: string): BudgetCodeError =>
  code === undefined ? { ok: false, raw, issues: [issue] } : { ok: false, raw, code, issues: [issue] };

function functionalCode(raw: string, code: string, marks: readonly string[], form: 'local' | 'generic', index: ClassificationIndex): BudgetCodeResult {
  const segments = code.split('.');
  const local = form === 'local';
  const entries = local ? index.functional : index.generic;
  const children = local ? index.functionalChildren : index.genericChildren;
  const entry = entries.get(code);
  const chapter = segments[0] as string;
  const issues: Issue[] = [];
  if (chapter !== '68') {
    const chapterEntry = entries.get(local ? `${chapter}.02` : chapter);
    issues.push(createIssue('budget_code.other_chapter', [], { code, chapter, chapterName: chapterEntry?.name ?? '—' }));
  } else if (!entry) {
    return fail(raw, createIssue('budget_code.unknown', [], { code, edition: index.classification.edition }), code);
  }
  const minLength = local ? 2 : 1;
  const parentOf = (c: string): string | null => {
    const known = entries.get(c);
    if (known) return known.parent;
    const parts = c.split('.');
    return parts.length > minLength ? parts.slice(0, -1).join('.') : null;
  };
  const ancestors: string[] = [];
  for (let p = parentOf(code); p !== null && !ancestors.includes(p) && p !== code; p = parentOf(p)) ancestors.push(p);
  const equivalent = entry?.genericCode ?? entry?.localCode;
  return {
    ok: true,
    raw,
    code,
    kind: 'functional',
    form,
    ...(entry ? { entry, name: entry.name } : {}),
    parent: ancestors[0] ?? null,
    ancestors,
    children: children.get(code) ?? [],
    ...(equivalent !== undefined ? { equivalent } : {}),
    marks,
    issues,
  };
}

/**
 * Reads a budget code as plans print it — "68.02.05.02", "65.02.50.00", "*01", "*20", "20.02.00",
 * "57", "0" for a total row — and finds it in the budget classification:
 *
 * - the canonical code drops the typographic star and the trailing `.00` padding;
 * - a functional code is read in the local-budget form (`68.02.SS.PP`) when its second segment is
 *   `02`, in the generic form (`68.SS.PP`, as execution data writes it) otherwise;
 * - the answer gives the official name, the parent (an economic title's parent is its aggregate:
 *   01 *cheltuieli curente*, 70 *cheltuieli de capital*, 79 *operațiuni financiare*), all
 *   ancestors and the children.
 *
 * It fails with `budget_code.malformed` when a segment is not two digits ("68.02.1.00"),
 * `budget_code.unknown` when a well-formed code is not in the classification, and
 * `budget_code.not_economic` when a four-segment (functional) code is read as economic. A
 * functional code outside chapter 68 is read, with the warning `budget_code.other_chapter`
 * ("65.02.50.00" is education). Never throws on user data.
 *
 * @param raw - The code as written.
 * @param options - Which classification, which form, and the classification data to use.
 * @category Budget tables
 * @example
 * ```ts
 * import { parseBudgetCode } from 'plan-servicii-sociale/budget';
 * const c = parseBudgetCode('20.02.00');
 * c.ok && [c.code, c.kind, c.name, c.parent]; //=> ['20.02', 'economic', 'Reparatii curente', '20']
 * const f = parseBudgetCode('68.02.15.01');
 * f.ok && [f.kind, f.form, f.name, f.ancestors, f.equivalent]; //=> ['functional', 'local', 'Ajutor social', ['68.02.15', '68.02'], '68.15.01']
 * const t = parseBudgetCode('57.02.03');
 * t.ok && t.ancestors; //=> ['57.02', '57', '01']
 * const e = parseBudgetCode('65.02.50.00');
 * e.ok && [e.code, e.issues[0]?.code]; //=> ['65.02.50', 'budget_code.other_chapter']
 * parseBudgetCode('68.02.1.00').issues[0]?.params; //=> { code: '68.02.1.00', segment: '1' }
 * parseBudgetCode('20.01.99').issues[0]?.code; //=> 'budget_code.unknown'
 * parseBudgetCode('0').ok && parseBudgetCode('0').kind; //=> 'total'
 * ```
 */
export function parseBudgetCode(raw: string, options: ParseBudgetCodeOptions = {}): BudgetCodeResult {
  if (typeof raw !== 'string') {
    const shown = showValue(raw);
    return fail(shown, createIssue('type.invalid', [], { expected: 'string', received: shown }));
  }
  const index = indexOf(options.classification ?? BUDGET_CLASSIFICATION);
  const spelling = readCodeSpelling(raw);
  if (!spelling.ok) return fail(raw, createIssue('budget_code.malformed', [], { code: raw.trim().slice(0, 40), segment: spelling.segment }));
  const { segments, marks } = spelling;
  const code = segments.join('.');
  if (spelling.total) return { ok: true, raw, code, kind: 'total', parent: null, ancestors: [], children: [], marks, issues: [] };
  const functional =
    options.kind === 'functional' ||
    (options.kind === undefined &&
      (spelling.printed.length === 4 || (!index.economic.has(code) && (index.functional.has(code) || index.generic.has(code) || segments[0] === '68'))));
  if (functional) {
    const form = options.form ?? (segments[1] === '02' ? 'local' : 'generic');
    return functionalCode(raw, code, marks, form, index);
  }
  if (spelling.printed.length === 4) return fail(raw, createIssue('budget_code.not_economic', [], { code: raw.trim() }), code);
  const entry = index.economic.get(code);
  if (!entry) return fail(raw, createIssue('budget_code.unknown', [], { code, edition: index.classification.edition }), code);
  const ancestors = economicAncestors(code, index);
  return {
    ok: true,
    raw,
    code,
    kind: 'economic',
    entry,
    name: entry.name,
    parent: economicParent(code, index),
    ancestors,
    children: index.economicChildren.get(code) ?? [],
    marks,
    issues: [],
  };
}
