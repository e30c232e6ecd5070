/**
 * How often a recurring deadline comes back: *lunar* (month), *trimestrial* (quarter),
 * *semestrial* (half-year), *anual* (year), *săptămânal* (week), *zilnic* (day), or
 * *periodic* with no stated period.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { RECURRENCE_PERIODS } from 'plan-servicii-sociale/monitoring';
 * RECURRENCE_PERIODS; //=> ['day', 'week', 'month', 'quarter', 'half-year', 'year', 'periodic']
 * ```
 */
export const RECURRENCE_PERIODS = ['day', 'week', 'month', 'quarter', 'half-year', 'year', 'periodic'] as const;

/**
 * One of {@link RECURRENCE_PERIODS}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { RecurrencePeriod } from 'plan-servicii-sociale/monitoring';
 * const p: RecurrencePeriod = 'quarter';
 * p; //=> 'quarter'
 * ```
 */
export type RecurrencePeriod = (typeof RECURRENCE_PERIODS)[number];

/**
 * The kinds of {@link Deadline}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { DEADLINE_KINDS } from 'plan-servicii-sociale/monitoring';
 * DEADLINE_KINDS.length; //=> 9
 * ```
 */
export const DEADLINE_KINDS = ['date', 'month', 'quarterRange', 'year', 'recurring', 'permanent', 'onDemand', 'conditional', 'unparsed'] as const;

/**
 * A deadline (*termen*) as {@link parseDeadline} reads it. Every kind keeps the text as written in
 * `raw`; the kinds tied to the calendar carry the year they fall in (the plan year when the text
 * names none):
 *
 * - `date`: a day ("31.03.2020"), ISO `date`;
 * - `month`: a month ("Martie 2020"), `month` 1–12; when a cell names several months ("Mai 2020
 *   Decembrie 2020"), `month` is the last one and `earlier` lists the others, in order;
 * - `quarterRange`: quarters `from`–`to` ("trim I- IV" is 1–4, "TRIM II" is 2–2; "semestrul I" is 1–2);
 * - `year`: a whole year ("2019"); `throughout` when the text says the work goes on all year
 *   ("Pe tot parcursul anului 2024");
 * - `recurring`: comes back every `period` ("lunar", "trimestrial", "Anual"); `periods` lists every
 *   period named ("trimestrial / anual"); `condition` keeps the rest of the text ("înainte de
 *   fundamentarea bugetului"), or the whole text when the period is named inside a sentence
 *   ("Planul de acțiune va fi actualizat anual pe pagina de internet…");
 * - `permanent`: continuous, no due date ("Permanent");
 * - `onDemand`: whenever needed ("Ori de câte ori este necesar");
 * - `conditional`: after or according to an `event` ("După aprobare", "Conform Calendarului de evenimente");
 * - `unparsed`: not recognised; nothing is guessed.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { Deadline } from 'plan-servicii-sociale/monitoring';
 * const d: Deadline = { kind: 'quarterRange', raw: 'trim I- IV', year: 2021, from: 1, to: 4 };
 * d.kind; //=> 'quarterRange'
 * ```
 */
export type Deadline =
  | { readonly kind: 'date'; readonly raw: string; readonly year: number; readonly date: string }
  | {
      readonly kind: 'month';
      readonly raw: string;
      readonly year: number;
      readonly month: number;
      readonly earlier?: readonly { readonly year: number; readonly month: number }[];
    }
  | { readonly kind: 'quarterRange'; readonly raw: string; readonly year: number; readonly from: number; readonly to: number }
  | { readonly kind: 'year'; readonly raw: string; readonly year: number; readonly throughout?: true }
  | {
      readonly kind: 'recurring';
      readonly raw: string;
      readonly year: number;
      readonly period: RecurrencePeriod;
      readonly periods: readonly RecurrencePeriod[];
      readonly condition?: string;
    }
  | { readonly kind: 'permanent'; readonly raw: string; readonly year?: number }
  | { readonly kind: 'onDemand'; readonly raw: string }
  | { readonly kind: 'conditional'; readonly raw: string; readonly event: string }
  | { readonly kind: 'unparsed'; readonly raw: string };

/**
 * One of {@link DEADLINE_KINDS}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { DeadlineKind } from 'plan-servicii-sociale/monitoring';
 * const k: DeadlineKind = 'permanent';
 * k; //=> 'permanent'
 * ```
 */
export type DeadlineKind = Deadline['kind'];
