import { eachDayOfInterval, eachWeekOfInterval, endOfWeek, format, lastDayOfMonth, lastDayOfQuarter } from 'date-fns';
import type { Deadline } from './deadline.js';

const day = (d: Date): string => format(d, 'yyyy-MM-dd');
const monthEnd = (year: number, month: number): string => day(lastDayOfMonth(new Date(year, month - 1, 1)));
const quarterEnd = (year: number, quarter: number): string => day(lastDayOfQuarter(new Date(year, (quarter - 1) * 3, 1)));

/**
 * The days (YYYY-MM-DD) a deadline falls due in a year, in order:
 *
 * - `date`: that day; `month`: its last day; `year`: 31 December;
 * - `quarterRange`: the last day of each quarter of the range (checkpoints: "trim I- IV" gives
 *   31 March, 30 June, 30 September, 31 December);
 * - `recurring`: every period's last day in the year (each day, each week's Sunday, each
 *   month, quarter or half-year, or 31 December); `periodic`, with no stated period, none;
 * - `permanent`, `onDemand`, `conditional`, `unparsed`: none (no due day can be read).
 *
 * Days outside `year` are left out, so a "Martie 2020" deadline has none in 2021.
 *
 * @param deadline - A deadline from `parseDeadline`.
 * @param year - The year to list.
 * @category Monitoring
 * @example
 * ```ts
 * import { dueDates, parseDeadline } from 'plan-servicii-sociale/monitoring';
 * const q = parseDeadline('TRIM I - II', { planYear: 2021 });
 * q.ok && dueDates(q.deadline, 2021); //=> ['2021-03-31', '2021-06-30']
 * const r = parseDeadline('semestrial', { planYear: 2021 });
 * r.ok && dueDates(r.deadline, 2021); //=> ['2021-06-30', '2021-12-31']
 * dueDates({ kind: 'permanent', raw: 'Permanent' }, 2021); //=> []
 * ```
 */
export function dueDates(deadline: Deadline, year: number): string[] {
  if (!Number.isInteger(year)) return [];
  const all = ((): string[] => {
    switch (deadline?.kind) {
      case 'date':
        return [deadline.date];
      case 'month':
        return [...(deadline.earlier ?? []), deadline].map((m) => monthEnd(m.year, m.month));
      case 'year':
        return [`${deadline.year}-12-31`];
      case 'quarterRange': {
        const out: string[] = [];
        for (let q = deadline.from; q <= deadline.to; q++) out.push(quarterEnd(deadline.year, q));
        return out;
      }
      case 'recurring':
        return recurringDays(deadline.period, year);
      default:
        return [];
    }
  })();
  const prefix = `${year}-`;
  return all.filter((d) => d.startsWith(prefix));
}

function recurringDays(period: Extract<Deadline, { kind: 'recurring' }>['period'], year: number): string[] {
  const start = new Date(year, 0, 1);
  const end = new Date(year, 11, 31);
  switch (period) {
    case 'day':
      return eachDayOfInterval({ start, end }).map(day);
    case 'week':
      return eachWeekOfInterval({ start, end }, { weekStartsOn: 1 })
        .map((w) => endOfWeek(w, { weekStartsOn: 1 }))
        .filter((d) => d.getFullYear() === year)
        .map(day);
    case 'month':
      return Array.from({ length: 12 }, (_, m) => monthEnd(year, m + 1));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => quarterEnd(year, q));
    case 'half-year':
      return [`${year}-06-30`, `${year}-12-31`];
    case 'year':
      return [`${year}-12-31`];
    default:
      return [];
  }
}

/** The last due day of a deadline in its own year, if it has one. */
export function finalDueDate(deadline: Deadline): string | undefined {
  if (deadline?.kind === 'recurring') return deadline.period === 'periodic' ? undefined : `${deadline.year}-12-31`;
  if (deadline?.kind === 'date' || deadline?.kind === 'month' || deadline?.kind === 'year' || deadline?.kind === 'quarterRange') {
    return dueDates(deadline, deadline.year).at(-1);
  }
  return undefined;
}
