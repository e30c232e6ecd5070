import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { foldText, showValue } from '../plan/cells/markers.js';
import { isCalendarDay, YEAR_RANGE } from '../plan/cells/text.js';
import { RECURRENCE_PERIODS, type Deadline, type RecurrencePeriod } from './deadline.js';

/**
 * Options of {@link parseDeadline}.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import type { ParseDeadlineOptions } from 'plan-servicii-sociale/monitoring';
 * const o: ParseDeadlineOptions = { planYear: 2021 };
 * o.planYear; //=> 2021
 * ```
 */
export interface ParseDeadlineOptions {
  /** The plan year: deadlines that name no year ("trim I- IV", "Martie", "Anual") fall in it. */
  readonly planYear: number;
}

/**
 * What {@link parseDeadline} returns: the deadline and warnings (`deadline.unparsed`,
 * `date.invalid`), or `ok: false` when the text is not a string or the plan year is not valid.
 *
 * @category Monitoring
 * @example
 * ```ts
 * import { parseDeadline, type ParseDeadlineResult } from 'plan-servicii-sociale/monitoring';
 * const r: ParseDeadlineResult = parseDeadline('Permanent', { planYear: 2021 });
 * r.ok && r.deadline.kind; //=> 'permanent'
 * ```
 */
export type ParseDeadlineResult =
  | { readonly ok: true; readonly deadline: Deadline; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const MONTHS: Readonly<Record<string, number>> = {
  ianuarie: 1, ian: 1, februarie: 2, feb: 2, febr: 2, martie: 3, mar: 3, mart: 3, aprilie: 4, apr: 4, mai: 5,
  iunie: 6, iun: 6, iulie: 7, iul: 7, august: 8, aug: 8, septembrie: 9, sept: 9, sep: 9, octombrie: 10, oct: 10,
  noiembrie: 11, noi: 11, nov: 11, decembrie: 12, dec: 12,
};
/** Misspellings seen in published plans, with the right word. */
const MISSPELT_MONTHS: Readonly<Record<string, string>> = { noembrie: 'noiembrie', septembire: 'septembrie', fabruarie: 'februarie' };
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const RECURRENCE: Readonly<Record<string, RecurrencePeriod>> = {
  zilnic: 'day', zilnica: 'day', saptamanal: 'week', saptamanala: 'week', lunar: 'month', lunara: 'month', lunare: 'month',
  trimestrial: 'quarter', trimestriala: 'quarter', trimestriale: 'quarter', semestrial: 'half-year', semestriala: 'half-year',
  anual: 'year', anuala: 'year', anuale: 'year', annual: 'year', periodic: 'periodic', periodica: 'periodic', periodice: 'periodic',
};

const PERMANENT = /^(?:in )?(?:permanen(?:t|ta|te)|continuu|continua|continuu si permanent)(?: (\d{4}))?$/;
const ON_DEMAND = /^(?:ori de cate ori (?:este |e |va fi )?(?:necesar|nevoie|cazul|situatia o impune)|la nevoie|la cerere|la solicitare|cand este (?:necesar|cazul))$/;
const CONDITIONAL = /^(?:dupa|ulterior|conform|potrivit|odata cu|in urma|la momentul|in functie de)\b/;
const QUARTER = /^trim(?:estr(?:ul|ele))?\.? ?(iv|i{1,3}|[1-4])(?: ?[-–,] ?(?:trim(?:estrul)?\.? ?)?(iv|i{1,3}|[1-4]))?(?: (\d{4}))?$/;
const HALF = /^sem(?:estrul)?\.? ?(i{1,2}|[12])(?: (\d{4}))?$/;
const DAY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(?:anul )?(\d{4})$/;
const THROUGHOUT = /^(?:pe )?(?:tot parcursul|toata durata|toata perioada|intregul|intreg) anului(?: (\d{4}))?$/;
const PREFIX = /^(?:termen(?: de realizare)?:? |pana (?:la|in) |in |la )/;

/** The text of `raw` after its first `n` words (words end at spaces, "/" and ","), as written, leading punctuation trimmed. */
function afterWords(raw: string, n: number): string {
  let end = 0;
  const words = raw.matchAll(/[^\s/,]+/g);
  for (let i = 0; i < n; i++) {
    const w = words.next();
    if (w.done) return '';
    end = w.value.index + w.value[0].length;
  }
  return raw
    .slice(end)
    .replace(/^[\s,;:/–-]+/, '')
    .trim();
}

function yearOk(y: number): boolean {
  return y >= YEAR_RANGE.min && y <= YEAR_RANGE.max;
}

function recurring(raw: string, f: string, year: number): Deadline | undefined {
  const words = f.split(/[\s/,]+/).filter(Boolean);
  const periods: RecurrencePeriod[] = [];
  let n = 0;
  for (const w of words) {
    const p = RECURRENCE[w];
    if (p === undefined) {
      if (w === 'si' || w === 'sau') {
        n++;
        continue;
      }
      break;
    }
    if (!periods.includes(p)) periods.push(p);
    n++;
  }
  if (!periods.length) return undefined;
  periods.sort((a, b) => RECURRENCE_PERIODS.indexOf(a) - RECURRENCE_PERIODS.indexOf(b));
  const condition = afterWords(raw, n);
  // "Anual 2023": the year it names. Any other year in the rest ("Semestrial 2022-2023",
  // "trimestrial, până la 31.03.2024") is not read: better unparsed than the wrong year.
  const own = /^(?:anul )?(\d{4})$/.exec(afterWords(f, n));
  if (own) return yearOk(Number(own[1])) ? { kind: 'recurring', raw, year: Number(own[1]), period: periods[0] as RecurrencePeriod, periods } : undefined;
  if (/\d{4}/.test(condition)) return undefined;
  return { kind: 'recurring', raw, year, period: periods[0] as RecurrencePeriod, periods, ...(condition ? { condition } : {}) };
}

function calendar(raw: string, f: string, planYear: number, issues: Issue[]): Deadline | undefined {
  const g = f.replace(PREFIX, '');
  const iso = ISO_DAY.exec(g);
  let m = DAY.exec(g);
  if (m || iso) {
    const [d, mo, y] = iso ? [iso[3], iso[2], iso[1]] : [m?.[1], m?.[2], m?.[3]];
    const day = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (isCalendarDay(day) && yearOk(Number(y))) return { kind: 'date', raw, year: Number(y), date: day };
    issues.push(createIssue('date.invalid', [], { value: raw.trim() }));
    return undefined;
  }
  m = QUARTER.exec(g);
  if (m) {
    const from = ROMAN[m[1] as string] as number;
    const to = m[2] === undefined ? from : (ROMAN[m[2]] as number);
    const year = m[3] === undefined ? planYear : Number(m[3]);
    return from <= to && yearOk(year) ? { kind: 'quarterRange', raw, year, from, to } : undefined;
  }
  m = HALF.exec(g);
  if (m) {
    const half = ROMAN[m[1] as string] as number;
    const year = m[2] === undefined ? planYear : Number(m[2]);
    return yearOk(year) ? { kind: 'quarterRange', raw, year, from: half * 2 - 1, to: half * 2 } : undefined;
  }
  m = THROUGHOUT.exec(g);
  if (m) {
    const year = m[1] === undefined ? planYear : Number(m[1]);
    return yearOk(year) ? { kind: 'year', raw, year, throughout: true } : undefined;
  }
  m = YEAR.exec(g);
  if (m) return yearOk(Number(m[1])) ? { kind: 'year', raw, year: Number(m[1]) } : undefined;
  return months(raw, g, planYear, issues);
}

/** One or more months, each with or without its year: "Martie 2020", "Mai 2020 Decembrie 2020", "mai si iunie". */
function months(raw: string, g: string, planYear: number, issues: Issue[]): Deadline | undefined {
  const found: { year: number; month: number }[] = [];
  const misspelt: string[] = [];
  const words = g.split(/[\s,;]+/).filter((w) => w && w !== 'si' && w !== 'luna');
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] as string).replace(/\.$/, '');
    const right = MISSPELT_MONTHS[w];
    const month = MONTHS[right ?? w];
    if (month === undefined) return undefined;
    if (right !== undefined) misspelt.push(right);
    const next = words[i + 1];
    const year = next !== undefined && /^\d{4}$/.test(next) ? Number(next) : undefined;
    if (year !== undefined) i++;
    found.push({ year: year ?? Number.NaN, month });
  }
  // A month without a year follows the one before it, in the next year when it comes earlier in
  // the calendar ("noiembrie 2024, ianuarie" is January 2025); leading ones take the first year
  // written ("mai si iunie 2020"), else the plan year.
  const firstYear = found.find((m) => !Number.isNaN(m.year))?.year ?? planYear;
  found.forEach((m, i) => {
    if (!Number.isNaN(m.year)) return;
    const prev = found[i - 1];
    m.year = prev === undefined ? firstYear : prev.month < m.month ? prev.year : prev.year + 1;
  });
  for (let i = 1; i < found.length; i++) {
    const a = found[i - 1] as { year: number; month: number };
    const b = found[i] as { year: number; month: number };
    if (b.year * 12 + b.month <= a.year * 12 + a.month) return undefined; // not in calendar order: not guessed
  }
  const last = found.at(-1);
  if (!last || !found.every((f) => yearOk(f.year))) return undefined;
  for (const right of misspelt) issues.push(createIssue('deadline.misspelt', [], { value: raw.trim(), expected: right }));
  const earlier = found.slice(0, -1);
  return { kind: 'month', raw, year: last.year, month: last.month, ...(earlier.length ? { earlier } : {}) };
}

/** A period named inside a sentence: "Planul de acțiune va fi actualizat anual pe pagina de internet…". */
function recurringInside(raw: string, f: string, year: number): Deadline | undefined {
  // A sentence that names a day, a month or a year is not read: its period could be anything.
  if (/\d{4}/.test(f) || months(raw, f, year, []) !== undefined) return undefined;
  const periods = [...new Set(f.split(/[\s/,;.]+/).flatMap((w) => (RECURRENCE[w] !== undefined ? [RECURRENCE[w]] : [])))];
  if (!periods.length) return undefined;
  periods.sort((a, b) => RECURRENCE_PERIODS.indexOf(a) - RECURRENCE_PERIODS.indexOf(b));
  return { kind: 'recurring', raw, year, period: periods[0] as RecurrencePeriod, periods, condition: raw.trim() };
}

/**
 * Reads a deadline (*termen*) as councils write it into a typed {@link Deadline}, relative to the
 * plan year. It reads Romanian month names with and without diacritics ("Martie 2020", "Decembrie
 * 2024", "martie"), quarters in Roman or Arabic numerals ("trim I- IV", "TRIM I - II", "Trim. II",
 * "trimestrul IV 2021"), half-years ("semestrul II"), days ("31.03.2020"), years ("2019"), "Pe tot
 * parcursul anului 2024", recurring periods ("lunar", "trimestrial / anual", "Annual înainte de
 * fundamentarea bugetului"), "Permanent", "Ori de câte ori este necesar", and conditions ("După
 * aprobare", "Conform Calendarului de evenimente").
 *
 * What it does not recognise is `unparsed`, with the text kept and a `deadline.unparsed`
 * warning: nothing is guessed. A day that does not exist ("31.02.2020") is `unparsed` with
 * `date.invalid`. Only a text that is not a string, or a plan year outside 2000–2100, gives
 * `ok: false`.
 *
 * @param raw - The deadline as written.
 * @param options - The plan year.
 * @category Monitoring
 * @example
 * ```ts
 * import { parseDeadline } from 'plan-servicii-sociale/monitoring';
 * const q = parseDeadline('trim I- IV', { planYear: 2021 });
 * q.ok && q.deadline; //=> { kind: 'quarterRange', raw: 'trim I- IV', year: 2021, from: 1, to: 4 }
 * const m = parseDeadline('Martie 2020', { planYear: 2020 });
 * m.ok && m.deadline; //=> { kind: 'month', raw: 'Martie 2020', year: 2020, month: 3 }
 * const c = parseDeadline('După aprobare', { planYear: 2019 });
 * c.ok && c.deadline; //=> { kind: 'conditional', raw: 'După aprobare', event: 'aprobare' }
 * const u = parseDeadline('10 ani', { planYear: 2021 });
 * u.ok && [u.deadline.kind, u.issues[0]?.code]; //=> ['unparsed', 'deadline.unparsed']
 * ```
 */
export function parseDeadline(raw: string, options: ParseDeadlineOptions): ParseDeadlineResult {
  const planYear = (options as ParseDeadlineOptions | null | undefined)?.planYear;
  if (typeof planYear !== 'number' || !Number.isInteger(planYear) || !yearOk(planYear)) {
    return { ok: false, issues: [createIssue('year.invalid', ['planYear'], { value: showValue(planYear), min: YEAR_RANGE.min, max: YEAR_RANGE.max })] };
  }
  if (typeof raw !== 'string') {
    return { ok: false, issues: [createIssue('type.invalid', [], { expected: 'string', received: raw === null ? 'null' : typeof raw })] };
  }
  const f = foldText(raw)
    .replace(/^[\s\-–•*·]+/, '')
    // Dashes join their neighbours ("trim I-IV"); slashes stay words for `recurring` ("trimestrial / anual").
    .replace(/\s*([-–])\s*/g, '$1')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ');
  const issues: Issue[] = [];
  const deadline = readFolded(raw, f, planYear, issues);
  if (deadline) return { ok: true, deadline, issues };
  issues.push(createIssue('deadline.unparsed', [], { value: raw.trim().slice(0, 200) }));
  return { ok: true, deadline: { kind: 'unparsed', raw }, issues };
}

function readFolded(raw: string, f: string, planYear: number, issues: Issue[]): Deadline | undefined {
  if (f === '') return undefined;
  const p = PERMANENT.exec(f);
  if (p) return p[1] !== undefined && yearOk(Number(p[1])) ? { kind: 'permanent', raw, year: Number(p[1]) } : { kind: 'permanent', raw };
  if (ON_DEMAND.test(f)) return { kind: 'onDemand', raw };
  const c = CONDITIONAL.exec(f);
  if (c) {
    const event = afterWords(raw, c[0].split(' ').length);
    if (event) return { kind: 'conditional', raw, event };
  }
  return recurring(raw, f, planYear) ?? calendar(raw, f.replace(/ \/ /g, '/'), planYear, issues) ?? recurringInside(raw, f, planYear);
}
