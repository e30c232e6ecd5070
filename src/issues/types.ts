/**
 * How serious an {@link Issue} is.
 *
 * - `error`: the document is invalid; `parsePlan` returns `ok: false`.
 * - `warning`: the document is valid but something is likely wrong (a total that does not add up).
 * - `info`: a remark worth showing (an empty section, a value kept as written).
 *
 * @category Issues
 * @example
 * ```ts
 * import type { Severity } from 'plan-servicii-sociale';
 * const s: Severity = 'warning';
 * s; //=> 'warning'
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A message in both languages of the library: Romanian first, then English.
 *
 * @category Issues
 * @example
 * ```ts
 * import type { LocalizedMessage } from 'plan-servicii-sociale';
 * const m: LocalizedMessage = { ro: 'Lipsește anul planului.', en: 'The plan year is missing.' };
 * m.en; //=> 'The plan year is missing.'
 * ```
 */
export interface LocalizedMessage {
  /** Romanian text. */
  readonly ro: string;
  /** English text. */
  readonly en: string;
}

/**
 * One finding about user data: what is wrong (`code`), where (`path`), how serious (`severity`),
 * the values involved (`params`) and a message in Romanian and English.
 *
 * The `code` is stable across versions and listed in {@link ISSUE_CATALOGUE}; match on it, not on
 * the message text.
 *
 * @category Issues
 * @example
 * ```ts
 * import { parsePlan, type Issue } from 'plan-servicii-sociale';
 * const result = parsePlan({ meta: { authority: { kind: 'local_council', name: 'Consiliul Local Videle', uat: 'Videle' } } });
 * const first: Issue | undefined = result.issues[0];
 * first?.code; //=> 'value.required'
 * first?.path; //=> ['meta', 'year']
 * ```
 */
export interface Issue {
  /** Stable identifier of the rule, e.g. `amount.not_exact`. */
  readonly code: IssueCode;
  /** Path into the input: object keys and array indexes. `[]` is the document itself. */
  readonly path: readonly (string | number)[];
  /** How serious the finding is. */
  readonly severity: Severity;
  /** Structured values of the finding (the rejected value, the expected total...). */
  readonly params: Readonly<Record<string, unknown>>;
  /** Human-readable message built from the catalogue. */
  readonly message: LocalizedMessage;
  /** Legal reference behind the rule, when there is one (e.g. "Ordinul MMJS 1086/2018"). */
  readonly legalReference?: string;
}

import type { ISSUE_CATALOGUE } from './catalogue.js';

/**
 * Every issue code the library can report. See {@link ISSUE_CATALOGUE} for their meaning.
 *
 * @category Issues
 * @example
 * ```ts
 * import type { IssueCode } from 'plan-servicii-sociale';
 * const code: IssueCode = 'amount.not_exact';
 * code; //=> 'amount.not_exact'
 * ```
 */
export type IssueCode = keyof typeof ISSUE_CATALOGUE;
