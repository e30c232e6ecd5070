import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { NUMBER_RUN, readNumber, splitRun } from '../money/readNumber.js';

/**
 * One product of a written calculation: its factors as written and read.
 *
 * @category Estimates
 * @example
 * ```ts
 * import type { CalculationTerm } from 'plan-servicii-sociale/cost-standards';
 * const t: CalculationTerm = { factors: [{ written: '25', value: '25' }, { written: '14.313', value: '14313' }], product: '357825' };
 * t.product; //=> '357825'
 * ```
 */
export interface CalculationTerm {
  /** Each factor: the number as written and its exact value. */
  readonly factors: readonly { readonly written: string; readonly value: string }[];
  /** The exact product. */
  readonly product: string;
}

/**
 * A written calculation, read and redone.
 *
 * @category Estimates
 * @example
 * ```ts
 * import { checkWrittenCalculation, type CheckedCalculation } from 'plan-servicii-sociale/cost-standards';
 * const c = checkWrittenCalculation('10 copii x 11,283 lei (standardul de cost)= 112,830') as CheckedCalculation;
 * [c.computed, c.stated, c.matches]; //=> ['112830', '112830', true]
 * ```
 */
export interface CheckedCalculation {
  /** Discriminant: the text could be read. */
  readonly ok: true;
  /** The products that add up to the result (one for "a × b × c"; several for "3 × A + 4 × B"). */
  readonly terms: readonly CalculationTerm[];
  /** Numbers of the text that are in no product ("7 copii în medie pe lună"), as written. */
  readonly ignored: readonly string[];
  /** The exact result of the terms. */
  readonly computed: string;
  /** The result the text states. */
  readonly stated: string;
  /** Whether the stated result is the computed one. */
  readonly matches: boolean;
  /**
   * When it does not match: factors that, written otherwise, would give the stated result as a
   * whole number ("15 lei/oră" → "11"), the likely slip.
   */
  readonly impliedFactors: readonly { readonly written: string; readonly wouldBe: string }[];
  /** `budget.calculation_wrong` when it does not match. */
  readonly issues: readonly Issue[];
}

/**
 * What {@link checkWrittenCalculation} returns: the checked calculation, or why it could not be
 * read (`budget.calculation_unreadable`).
 *
 * @category Estimates
 * @example
 * ```ts
 * import { checkWrittenCalculation, type WrittenCalculationResult } from 'plan-servicii-sociale/cost-standards';
 * const r: WrittenCalculationResult = checkWrittenCalculation('buget local');
 * r.ok; //=> false
 * ```
 */
export type WrittenCalculationResult = CheckedCalculation | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Why a written calculation could not be read: `not_text`; `equals_sign` (not exactly one "=");
 * `number` (a number that cannot be read, in `params.detail`); `result_side` (neither side is a
 * single number facing an expression); `no_product` (no multiplication).
 *
 * @category Estimates
 * @example
 * ```ts
 * import { checkWrittenCalculation, UNREADABLE_REASONS } from 'plan-servicii-sociale/cost-standards';
 * const r = checkWrittenCalculation('25 copii x 14.313 lei');
 * r.ok || [r.issues[0]?.params.reason, UNREADABLE_REASONS.includes('equals_sign')]; //=> ['equals_sign', true]
 * ```
 */
export const UNREADABLE_REASONS = ['not_text', 'equals_sign', 'number', 'result_side', 'no_product'] as const;

const OPERATOR = /^[x×*·+]$/iu;

interface Token {
  readonly kind: 'number' | 'times' | 'plus' | 'word';
  readonly text: string;
  readonly value?: Dec;
}

function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let last = 0;
  const words = (chunk: string) => {
    for (const w of chunk.split(/(\s+|[×*·+]|(?<!\p{L})x(?!\p{L}))/iu)) {
      const t = w?.trim();
      if (!t) continue;
      if (OPERATOR.test(t)) tokens.push({ kind: t === '+' ? 'plus' : 'times', text: t });
      else tokens.push({ kind: 'word', text: t });
    }
  };
  for (const m of text.matchAll(NUMBER_RUN)) {
    words(text.slice(last, m.index));
    let offset = m.index;
    for (const part of splitRun(m[0])) {
      const at = text.indexOf(part, offset);
      words(text.slice(offset, at));
      const read = readNumber(part, { twoDecimalUnit: true });
      if (!read.ok) return part;
      tokens.push({ kind: 'number', text: part, value: new Dec(read.digits) });
      offset = at + part.length;
    }
    last = m.index + m[0].length;
  }
  words(text.slice(last));
  return tokens;
}

/**
 * Reads a calculation as plans write it in a budget cell and redoes it exactly:
 * "50 persoane x 15 lei/ora x 2 ore/zi x 20 zile x 12 luni=264,000 lei",
 * "257,083 lei= 7 copii in medie pe luna 3 copii *46,321 lei 4 copii *29,530 lei",
 * "41, 220 lei =  916 lei /lună/familie *15 familii (cu o medie de 3 copii) *3 luni".
 *
 * The rules: the text is split at "="; the side with one number is the stated result, the other
 * the calculation. Factors are joined by "x", "×", "*" or "·" (words between a number and the sign
 * are units); products side by side or joined by "+" add up. Numbers in no product and text in
 * parentheses are ignored (and listed). Numbers are read as amounts in lei: "11,283" is eleven
 * thousand. A result that differs is reported as `budget.calculation_wrong` with the right figure.
 *
 * @param text - The cell's text.
 * @param options - Path of the text, put on issues.
 * @category Estimates
 * @example
 * ```ts
 * import { checkWrittenCalculation } from 'plan-servicii-sociale/cost-standards';
 * const c = checkWrittenCalculation('50 persoane x 15 lei/ora x 2 ore/zi x 20 zile x 12 luni=264,000 lei');
 * c.ok && [c.computed, c.stated, c.matches]; //=> ['360000', '264000', false]
 * c.ok && c.impliedFactors; //=> [{ written: '15', wouldBe: '11' }]
 * c.ok && c.issues[0]?.params.difference; //=> '-96000'
 * ```
 */
export function checkWrittenCalculation(text: unknown, options: { readonly path?: readonly (string | number)[] } = {}): WrittenCalculationResult {
  const path = options.path ?? [];
  const shown = typeof text === 'string' ? text.slice(0, 300) : String(text).slice(0, 40);
  const unreadable = (reason: (typeof UNREADABLE_REASONS)[number], detail?: string): WrittenCalculationResult => ({
    ok: false,
    issues: [createIssue('budget.calculation_unreadable', path, { text: shown, reason, ...(detail !== undefined ? { detail } : {}) })],
  });
  if (typeof text !== 'string') return unreadable('not_text');
  const clean = text
    .slice(0, 2000)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\([^()]*\)?/g, ' ')
    .replace(/\s+/g, ' ');
  const sides = clean.split('=');
  if (sides.length !== 2) return unreadable('equals_sign');
  const read = sides.map(tokenize);
  const failed = read.find((t): t is string => typeof t === 'string');
  if (failed !== undefined) return unreadable('number', failed);
  const [left, right] = read as [Token[], Token[]];
  const hasOperator = (t: Token[]) => t.some((x) => x.kind === 'times' || x.kind === 'plus');
  const numbers = (t: Token[]) => t.filter((x) => x.kind === 'number');
  let expression: Token[];
  let result: Token[];
  if (hasOperator(left) && !hasOperator(right) && numbers(right).length === 1) [expression, result] = [left, right];
  else if (hasOperator(right) && !hasOperator(left) && numbers(left).length === 1) [expression, result] = [right, left];
  else return unreadable('result_side');

  // Products: number (times number)+; anything else between numbers ends a product.
  const terms: Token[][] = [];
  const ignored: string[] = [];
  let current: Token[] = [];
  let pendingTimes = false;
  const close = () => {
    if (current.length > 1) terms.push(current);
    else ignored.push(...current.map((t) => t.text));
    current = [];
  };
  for (const token of expression) {
    if (token.kind === 'times') pendingTimes = current.length > 0;
    else if (token.kind === 'plus') {
      close();
      pendingTimes = false;
    } else if (token.kind === 'number') {
      if (!pendingTimes) close();
      current.push(token);
      pendingTimes = false;
    }
  }
  close();
  if (terms.length === 0) return unreadable('no_product');

  const computedTerms = terms.map((factors) => ({
    factors: factors.map((f) => ({ written: f.text, value: toDecimalString(f.value as Dec) })),
    product: factors.reduce((a, f) => a.times(f.value as Dec), new Dec(1)),
  }));
  const computed = computedTerms.reduce((a, t) => a.plus(t.product), new Dec(0));
  const stated = numbers(result)[0]?.value as Dec;
  const matches = computed.equals(stated);
  const impliedFactors: { written: string; wouldBe: string }[] = [];
  const issues: Issue[] = [];
  if (!matches) {
    if (computedTerms.length === 1) {
      const only = terms[0] as Token[];
      only.forEach((factor, i) => {
        const others = only.reduce((a, f, j) => (j === i ? a : a.times(f.value as Dec)), new Dec(1));
        if (others.isZero()) return;
        const wouldBe = stated.dividedBy(others);
        if (wouldBe.isInteger() && !wouldBe.isZero()) impliedFactors.push({ written: factor.text, wouldBe: wouldBe.toFixed(0) });
      });
    }
    issues.push(
      createIssue('budget.calculation_wrong', path, {
        text: text.slice(0, 300),
        expected: toDecimalString(computed),
        found: toDecimalString(stated),
        difference: toDecimalString(stated.minus(computed)),
      }),
    );
  }
  return {
    ok: true,
    terms: computedTerms.map((t) => ({ factors: t.factors, product: toDecimalString(t.product) })),
    ignored,
    computed: toDecimalString(computed),
    stated: toDecimalString(stated),
    matches,
    impliedFactors,
    issues,
  };
}
