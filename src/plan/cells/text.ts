import * as z from 'zod';

/** Longest text accepted in one field (characters). */
export const MAX_TEXT = 20_000;
/** Longest list accepted in one field. */
const MAX_ITEMS = 5_000;

/** Optional free text as written (may be empty: an empty cell). */
export const text = () => z.string().max(MAX_TEXT);

/** Required text: not empty, not only spaces. */
export const requiredText = () =>
  z
    .string()
    .max(MAX_TEXT)
    .refine((v) => v.trim() !== '', { params: { code: 'text.blank' }, message: 'The text is empty or only spaces.' });

/** A list of texts. */
export const textList = () => z.array(requiredText()).max(MAX_ITEMS);

/** A list of items. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ITEMS);

/** Whether `v` is an ISO day "YYYY-MM-DD" that exists in the calendar. */
export function isCalendarDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** ISO calendar day "YYYY-MM-DD" that exists in the calendar. */
export const isoDay = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a calendar day in the YYYY-MM-DD format.')
    .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isCalendarDay(v), {
      params: { code: 'date.invalid' },
      message: 'Not a calendar day in the YYYY-MM-DD format.',
    });

/** First and last year a plan may have. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** A plan year: a whole number between 2000 and 2100 (issues map to `year.invalid`). */
export const planYear = () => z.int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
