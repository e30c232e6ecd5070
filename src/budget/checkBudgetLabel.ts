import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { showValue } from '../plan/cells/markers.js';
import { foldLabel, isAbbreviation } from './labels.js';
import { parseBudgetCode, type ParseBudgetCodeOptions } from './parseBudgetCode.js';

/**
 * How a printed label compares with the official name of its code:
 *
 * - `exact`: the same text;
 * - `same`: the same words once case, diacritics, punctuation and spacing are folded;
 * - `variant`: the same words as another official wording of the name (another edition, the
 *   execution data: "Indemnizatii de delegare" for 10.01.13);
 * - `abbreviated`: the official words written short, as clerks do ("Contr.asig.pt. munca");
 * - `different`: none of these (a typo, another name, a label that says something else);
 * - `no_official_name`: the code is read but the classification holds no name for it (a
 *   functional code of another chapter, such as 65.02.50).
 *
 * @category Budget tables
 * @example
 * ```ts
 * import type { LabelMatch } from 'plan-servicii-sociale/budget';
 * const m: LabelMatch = 'abbreviated';
 * m; //=> 'abbreviated'
 * ```
 */
export type LabelMatch = 'exact' | 'same' | 'variant' | 'abbreviated' | 'different' | 'no_official_name';

/**
 * What {@link checkBudgetLabel} returns: how the label matches, the official name, and a warning
 * when it differs; or, when the code cannot be read, the code's issues.
 *
 * @category Budget tables
 * @example
 * ```ts
 * import { checkBudgetLabel, type BudgetLabelCheck } from 'plan-servicii-sociale/budget';
 * const r: BudgetLabelCheck = checkBudgetLabel('10.01.01', 'Salarii de baza');
 * r.ok && r.match; //=> 'exact'
 * ```
 */
export type BudgetLabelCheck =
  | {
      readonly ok: true;
      readonly match: LabelMatch;
      /** Canonical code. */
      readonly code: string;
      /** The label as given. */
      readonly printed: string;
      /** Official name of the code ("TOTAL" for a total row). */
      readonly official: string;
      /** `budget_code.label_mismatch` (warning) when `match` is `different`; otherwise empty. */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Says whether the label printed beside a budget code is its official name. Case, diacritics,
 * punctuation and spacing are folded; the clerks' abbreviations are accepted when each printed
 * word is the start of the official word or its letters in order ("contr" for *contribuții*, "pt"
 * for *pentru*, "num." for *numerar*) and only small words (*de*, *și*, *pentru*, *din care*) are
 * left out or added. Other official wordings of the name count as a `variant`. Anything else is
 * `different`, with a `budget_code.label_mismatch` warning that quotes both texts. A total row
 * ("0") matches any label with the word *total*.
 *
 * @param code - The code as printed ("*01", "20.02.00").
 * @param printedLabel - The label as printed.
 * @param options - Classification data and kind, as for `parseBudgetCode`.
 * @category Budget tables
 * @example
 * ```ts
 * import { checkBudgetLabel } from 'plan-servicii-sociale/budget';
 * const a = checkBudgetLabel('57.02.01', 'Ajutoare sociale num.');
 * a.ok && [a.match, a.official]; //=> ['abbreviated', 'Ajutoare sociale in numerar']
 * const b = checkBudgetLabel('10.03.07', 'Contr.asig.pt. munca');
 * b.ok && b.match; //=> 'abbreviated'
 * const c = checkBudgetLabel('*01', 'Cheltuieli curente');
 * c.ok && c.match; //=> 'same'
 * const d = checkBudgetLabel('10.02.06', 'Youchere vacanta');
 * d.ok && [d.match, d.issues[0]?.code]; //=> ['different', 'budget_code.label_mismatch']
 * checkBudgetLabel('68.02.1.00', 'CRESA').ok; //=> false
 * ```
 */
export function checkBudgetLabel(code: string, printedLabel: string, options: ParseBudgetCodeOptions = {}): BudgetLabelCheck {
  const parsed = parseBudgetCode(code, options);
  if (!parsed.ok) return parsed;
  if (typeof printedLabel !== 'string') {
    return { ok: false, issues: [createIssue('type.invalid', [], { expected: 'string', received: showValue(printedLabel) })] };
  }
  const official = parsed.kind === 'total' ? 'TOTAL' : (parsed.name ?? '');
  const result = (match: LabelMatch) => ({
    ok: true as const,
    match,
    code: parsed.code,
    printed: printedLabel,
    official,
    issues: match === 'different' ? [createIssue('budget_code.label_mismatch', [], { code: parsed.code, printed: printedLabel, official })] : [],
  });
  const printed = foldLabel(printedLabel);
  if (parsed.kind === 'total') return result(printed.includes('total') ? 'same' : 'different');
  if (official === '') return result('no_official_name');
  if (printedLabel === official) return result('exact');
  const key = printed.join(' ');
  if (key === foldLabel(official).join(' ')) return result('same');
  const others = parsed.entry?.otherNames ?? [];
  if (others.some((n) => foldLabel(n).join(' ') === key)) return result('variant');
  if ([official, ...others].some((n) => isAbbreviation(printed, foldLabel(n)))) return result('abbreviated');
  return result('different');
}
