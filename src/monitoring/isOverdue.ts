import { format, isValid, parseISO } from 'date-fns';
import type { Deadline } from './deadline.js';
import { finalDueDate } from './dueDates.js';

/** The day (YYYY-MM-DD) of a Date or an ISO day string; a prefixed TypeError when it is not one. */
export function dayOf(asOf: Date | string, name = 'asOf'): string {
  const d = typeof asOf === 'string' ? parseISO(asOf) : asOf;
  if (!(d instanceof Date) || !isValid(d) || (typeof asOf === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(asOf))) {
    throw new TypeError(`plan-servicii-sociale: ${name} must be a valid Date or a "YYYY-MM-DD" day, got ${String(asOf).slice(0, 40)}`);
  }
  return format(d, 'yyyy-MM-dd');
}

/**
 * Whether a deadline has passed on a day: its last due day (see {@link dueDates}: the day, the
 * month's or the range's last quarter's last day, 31 December of a year or of a recurring
 * deadline's year) is before `asOf`. The day itself is still in time. Deadlines with no due day
 * (`permanent`, `onDemand`, `conditional`, `unparsed`, `periodic`) are never overdue; whether an
 * action is late also depends on its status, which {@link buildReport} combines.
 *
 * @param deadline - A deadline from `parseDeadline`.
 * @param asOf - The day to judge on: a Date (its local day) or "YYYY-MM-DD".
 * @throws TypeError when `asOf` is not a valid day (a programming error, not a data error).
 * @category Monitoring
 * @example
 * ```ts
 * import { isOverdue, parseDeadline } from 'plan-servicii-sociale/monitoring';
 * const d = parseDeadline('Martie 2020', { planYear: 2020 });
 * d.ok && [isOverdue(d.deadline, '2020-03-31'), isOverdue(d.deadline, '2020-04-01')]; //=> [false, true]
 * isOverdue({ kind: 'permanent', raw: 'Permanent' }, '2030-01-01'); //=> false
 * ```
 */
export function isOverdue(deadline: Deadline, asOf: Date | string): boolean {
  const today = dayOf(asOf);
  const due = finalDueDate(deadline);
  return due !== undefined && due < today;
}
