import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { showValue } from '../plan/cells/markers.js';
import { parseStatus } from './parseStatus.js';
import { periodKey, type Period, type StatusRecord } from './status.js';

/**
 * A result as a report prints it for one action: the action's tree key and the text of its
 * result cell (*indicator rezultat*).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { ActionResult } from 'plan-servicii-sociale/monitoring';
 * const r: ActionResult = { action: 'c1.g1.s1.m5.a5', text: '2021 realizat 2022 realizat 2023 nerealizat' };
 * r.action; //=> 'c1.g1.s1.m5.a5'
 * ```
 */
export interface ActionResult {
  /** Key of the action in the plan's tree. */
  readonly action: string;
  /** The result as written. */
  readonly text: string;
}

/**
 * What {@link recordsFromResults} returns: one status record per action and period, and the
 * issues of reading the texts (with the path of the result they come from).
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { recordsFromResults, type RecordsFromResultsResult } from 'plan-servicii-sociale/monitoring';
 * const r: RecordsFromResultsResult = recordsFromResults([{ action: 'g1.a1', text: 'REALIZAT' }], { periods: [{ year: 2021 }] });
 * r.ok && r.records; //=> [{ action: 'g1.a1', period: { year: 2021 }, status: 'done' }]
 * ```
 */
export type RecordsFromResultsResult =
  | { readonly ok: true; readonly records: readonly StatusRecord[]; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Turns the result texts of a report into status records, one per action and period, with
 * {@link parseStatus}:
 *
 * - a status given for a year goes to the periods of that year ("2023 nerealizat");
 * - a status given for no year ("REALIZAT") goes to every period;
 * - free text with no status gives records with `evidence` and no `status`: per year when the text
 *   is split by years, else the whole text in every period. The rollup's `evidence` option decides
 *   how they count.
 *
 * Evidence that follows a status is kept on its record. Years outside `periods` are reported
 * (`monitoring.period_outside`) and dropped.
 *
 * @param results - The results, each with its action key.
 * @param options - The report's periods.
 * @category Monitoring
 * @example
 * ```ts
 * import { recordsFromResults } from 'plan-servicii-sociale/monitoring';
 * const periods = [{ year: 2021 }, { year: 2022 }, { year: 2023 }];
 * const r = recordsFromResults([{ action: 'c1.g1.s1.m5.a5', text: '2021 realizat 2022 realizat 2023 nerealizat' }], { periods });
 * r.ok && r.records.map((x) => x.status); //=> ['done', 'done', 'not_done']
 * const f = recordsFromResults([{ action: 'c1.g1.s1.m1.a1', text: 'În 2021 8 angajări În 2022 5 angajări' }], { periods });
 * f.ok && f.records.map((x) => [x.period.year, x.evidence]); //=> [[2021, '8 angajări'], [2022, '5 angajări']]
 * ```
 */
export function recordsFromResults(results: readonly ActionResult[], options: { readonly periods: readonly Period[] }): RecordsFromResultsResult {
  if (!Array.isArray(results)) return { ok: false, issues: [createIssue('type.invalid', ['results'], { expected: 'array', received: showValue(results) })] };
  const periods = (options as { periods?: unknown } | null | undefined)?.periods;
  if (!Array.isArray(periods) || !periods.length || !periods.every((p: Partial<Period> | null) => typeof p === 'object' && p !== null && Number.isInteger(p.year))) {
    return { ok: false, issues: [createIssue('value.required', ['periods'], {})] };
  }
  const ps = periods as readonly Period[];
  const years = new Set(ps.map((p) => p.year));
  const records: StatusRecord[] = [];
  const issues: Issue[] = [];
  results.forEach((r, i) => {
    const action = (r as Partial<ActionResult> | null)?.action;
    const text = (r as Partial<ActionResult> | null)?.text;
    if (typeof action !== 'string' || action === '') {
      issues.push(createIssue('value.required', [i, 'action'], {}));
      return;
    }
    const parsed = parseStatus(text as string);
    issues.push(...parsed.issues.map((x) => ({ ...x, path: [i, 'text', ...x.path] })));
    if (!parsed.ok) return;
    for (const y of new Set([...parsed.statuses, ...parsed.evidence].map((s) => s.year).filter((v) => v !== undefined))) {
      if (!years.has(y)) issues.push(createIssue('monitoring.period_outside', [i, 'text'], { action, period: String(y), periods: ps.map(periodKey).join(', ') }));
    }
    const general = parsed.evidence.filter((e) => e.year === undefined).map((e) => e.text);
    for (const period of ps) {
      const st = parsed.statuses.find((s) => s.year === period.year) ?? parsed.statuses.find((s) => s.year === undefined);
      const own = parsed.evidence.filter((e) => e.year === period.year).map((e) => e.text);
      // A year the text gives no status for: only its own evidence, if any, makes a record.
      if (!st && parsed.statuses.length && !own.length) continue;
      const pieces = [...(st || !parsed.statuses.length ? general : []), ...(st?.evidence !== undefined ? [st.evidence] : []), ...own];
      if (!st && !pieces.length) continue;
      const evidence = pieces.join(' ');
      records.push({ action, period: { ...period }, ...(st ? { status: st.status } : {}), ...(evidence ? { evidence } : {}) });
    }
  });
  return { ok: true, records, issues };
}
