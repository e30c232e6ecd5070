import { Dec, toDecimalString } from '../internal/decimal.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import { NUMBER_RUN, readNumber, splitRun } from './readNumber.js';
import type { MoneyUnit, PerUnit } from './units.js';

/**
 * Options of {@link parseAmount}.
 *
 * @category Money
 * @example
 * ```ts
 * import type { ParseAmountOptions } from 'plan-servicii-sociale/money';
 * const options: ParseAmountOptions = { unit: 'lei' };
 * options.unit; //=> 'lei'
 * ```
 */
export interface ParseAmountOptions {
  /**
   * The unit when the text does not write one (a budget cell is in lei; a table may be in *mii
   * lei*). Giving `lei` or `euro` also settles a comma before three digits ("11,283") as a
   * thousands separator, since those units have at most two decimals. Default: `lei`, assumed
   * (`unitStated: false`), which does not settle the comma.
   */
  readonly unit?: MoneyUnit;
  /** The decimal separator, when the caller knows it (a table that writes "1,500" for 1.5). */
  readonly decimalSeparator?: ',' | '.';
  /** Path of the text in the caller's data, put on every issue. */
  readonly path?: readonly (string | number)[];
}

/**
 * An amount read by {@link parseAmount}.
 *
 * @category Money
 * @example
 * ```ts
 * import { parseAmount, type ParsedAmount } from 'plan-servicii-sociale/money';
 * const read = parseAmount('2100 lei subvenție / an / beneficiar') as ParsedAmount;
 * [read.value, read.per, read.rest]; //=> ['2100', ['year', 'beneficiary'], 'subvenție']
 * ```
 */
export interface ParsedAmount {
  /** Discriminant. */
  readonly ok: true;
  /** Exact decimal string in `unit`: no grouping, a dot before decimals ("36669", "36669.50"). */
  readonly value: string;
  /** `RON` for lei and *mii lei*, `EUR` for euro. */
  readonly currency: 'RON' | 'EUR';
  /** The unit written in the text, or the assumed one. */
  readonly unit: MoneyUnit;
  /** Whether the text wrote the unit (otherwise it is the option, or `lei`). */
  readonly unitStated: boolean;
  /** What the amount is per ("lei/an/beneficiar" → `['year', 'beneficiary']`); `[]` for a sum. */
  readonly per: readonly PerUnit[];
  /** A count written in the "per" part ("/30 beneficiari" → 30). */
  readonly perCount?: number;
  /** Words of the text that are neither the amount, its unit nor its "per" part ("PNRR"). */
  readonly rest?: string;
  /** The text as given. */
  readonly raw: string;
  /** Remarks about how the text was read (a comma read as thousands, a stray space). */
  readonly warnings: readonly Issue[];
}

/**
 * A text {@link parseAmount} could not read as an amount, with the reason as issues.
 *
 * @category Money
 * @example
 * ```ts
 * import { parseAmount, type AmountNotRead } from 'plan-servicii-sociale/money';
 * const read = parseAmount('75,2%') as AmountNotRead;
 * read.issues[0]?.code; //=> 'amount.percentage'
 * ```
 */
export interface AmountNotRead {
  /** Discriminant. */
  readonly ok: false;
  /** The text as given (or a short description of a non-string). */
  readonly raw: string;
  /** Why: `amount.percentage`, `amount.count`, `amount.no_number`, `amount.several_numbers`, `amount.ambiguous_separator`, `amount.leading_zero`, `amount.bad_grouping`, `amount.too_many_decimals`, `type.invalid`. */
  readonly issues: readonly Issue[];
}

/**
 * What {@link parseAmount} returns.
 *
 * @category Money
 * @example
 * ```ts
 * import { parseAmount, type ParseAmountResult } from 'plan-servicii-sociale/money';
 * const result: ParseAmountResult = parseAmount('158838 lei');
 * result.ok && result.value; //=> '158838'
 * ```
 */
export type ParseAmountResult = ParsedAmount | AmountNotRead;

const UNIT_WORD = /(?<!\p{L})(mii\s+(?:lei|ron)|lei|ron|euro|eur|€)(?!\p{L})\.?/giu;
const PER_WORDS: Readonly<Record<string, PerUnit>> = {
  an: 'year', ani: 'year', anual: 'year',
  luna: 'month', luni: 'month', lunar: 'month',
  zi: 'day', zile: 'day',
  ora: 'hour', ore: 'hour',
  beneficiar: 'beneficiary', beneficiari: 'beneficiary', benef: 'beneficiary',
  persoana: 'person', persoane: 'person', pers: 'person',
  familie: 'family', familii: 'family',
  copil: 'child', copii: 'child',
  loc: 'place', locuri: 'place',
};
const PER_PART = /(?:\/|(?<!\p{L})pe\s)\s*(?:(\d+)\s*)?(\p{L}+)\.?/gu;

/** Words after a number that make it a count or a duration, not money ("7 copii", "3 luni"). */
const COUNT_WORDS = new Set([
  'beneficiar', 'beneficiari', 'benef', 'copil', 'copii', 'tineri', 'persoana', 'persoane', 'pers', 'familie', 'familii',
  'loc', 'locuri', 'paturi', 'luna', 'luni', 'zi', 'zile', 'ora', 'ore', 'ani', 'asistenti', 'cazuri', 'participanti',
]);

function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function unitOf(word: string): MoneyUnit {
  const w = fold(word).replace(/\s+/g, ' ');
  if (w.startsWith('mii')) return 'mii lei';
  return w === 'lei' || w === 'ron' ? 'lei' : 'euro';
}

function notRead(raw: string, issue: Issue): AmountNotRead {
  return { ok: false, raw, issues: [issue] };
}

/** Blanks out `[start, end)` of `text` so that later scans skip it but positions stay. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * Reads an amount as plans write it: "2.233.600", "158838 lei", "36.669,00 lei", "257,083 lei",
 * "41, 220 lei", "33,827,50 lei", "336.696,0 0 lei", "700.000,00lei/an/30 beneficiari",
 * "10000 EURO", "1640958 lei PNRR", "sponsorizare 30.000".
 *
 * Returns the exact value in the written unit, the currency, what the amount is per and the words
 * left over (`rest`), with `warnings` saying how the text was read. A text that is not an amount
 * ("75,2%"), holds several numbers ("25 copii x 14.313 lei"), or is written so that its value
 * cannot be told ("00763.737"; "1,500" with no unit: thousands or decimals?) is rejected with an
 * issue that says why, never guessed. The rules are in the "Money and rounding" guide.
 *
 * Text in parentheses is kept in `rest` and not read ("75.000 lei (L.358)").
 *
 * @param raw - The text as written.
 * @param options - Unit when none is written, decimal separator, path for the issues.
 * @category Money
 * @example
 * ```ts
 * import { parseAmount } from 'plan-servicii-sociale/money';
 * const a = parseAmount('36.669,00 lei /an/beneficiar');
 * a.ok && [a.value, a.unit, a.per]; //=> ['36669', 'lei', ['year', 'beneficiary']]
 * const b = parseAmount('257,083 lei');
 * b.ok && [b.value, b.warnings[0]?.code]; //=> ['257083', 'amount.comma_thousands']
 * const c = parseAmount('1,500');
 * c.ok || c.issues[0]?.code; //=> 'amount.ambiguous_separator'
 * const d = parseAmount('1,500', { unit: 'lei' });
 * d.ok && d.value; //=> '1500'
 * parseAmount('00763.737').ok; //=> false
 * ```
 */
export function parseAmount(raw: unknown, options: ParseAmountOptions = {}): ParseAmountResult {
  const path = options.path ?? [];
  if (typeof raw !== 'string') {
    const shown = raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw;
    return notRead(shown, createIssue('type.invalid', path, { expected: 'text', received: shown }));
  }
  const text = raw.slice(0, 2000).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  // Parenthesised text is kept as it is, never read as the amount.
  const parenthesised: string[] = [];
  let scan = text;
  for (let m = /\([^()]*\)?/.exec(scan); m; m = /\([^()]*\)?/.exec(scan)) {
    parenthesised.push(m[0]);
    scan = blank(scan, m.index, m.index + m[0].length);
  }
  if (/\d\s*%/.test(scan)) return notRead(raw, createIssue('amount.percentage', path, { raw }));

  let unit: MoneyUnit | undefined;
  for (const m of scan.matchAll(UNIT_WORD)) {
    unit ??= unitOf(m[1] ?? '');
    scan = blank(scan, m.index, m.index + m[0].length);
  }
  const per: PerUnit[] = [];
  let perCount: number | undefined;
  for (const m of scan.matchAll(PER_PART)) {
    const word = PER_WORDS[fold(m[2] ?? '')];
    if (!word) continue;
    per.push(word);
    if (m[1] !== undefined) perCount = Number(m[1]);
    scan = blank(scan, m.index, m.index + m[0].length);
  }

  const runs: { text: string; index: number }[] = [];
  for (const m of scan.matchAll(NUMBER_RUN)) {
    let offset = m.index;
    for (const part of splitRun(m[0])) {
      const at = scan.indexOf(part, offset);
      runs.push({ text: part, index: at });
      offset = at + part.length;
    }
  }
  if (runs.length === 0) return notRead(raw, createIssue('amount.no_number', path, { raw }));
  if (runs.length > 1) return notRead(raw, createIssue('amount.several_numbers', path, { raw, numbers: runs.map((r) => r.text) }));
  const run = runs[0] as { text: string; index: number };

  const countWord = /^\s*(\p{L}+)/u.exec(scan.slice(run.index + run.text.length))?.[1];
  if (countWord !== undefined && COUNT_WORDS.has(fold(countWord))) {
    return notRead(raw, createIssue('amount.count', path, { raw, word: countWord }));
  }
  const assumed = unit === undefined;
  const effectiveUnit = unit ?? options.unit ?? 'lei';
  const twoDecimalUnit = (!assumed || options.unit !== undefined) && effectiveUnit !== 'mii lei';
  const read = readNumber(run.text, { decimalSeparator: options.decimalSeparator, twoDecimalUnit });
  if (!read.ok) {
    const params = read.code === 'amount.ambiguous_separator' ? { separator: read.separator, asThousands: read.asThousands, asDecimals: read.asDecimals } : {};
    return notRead(raw, createIssue(read.code, path, { raw, ...params }));
  }
  const sign = /(?:^|[^\p{L}\d])([-−]) ?$/u.exec(scan.slice(0, run.index));
  let value = new Dec(read.digits);
  if (sign) value = value.negated();
  const maxDecimals = effectiveUnit === 'mii lei' ? 5 : 2;
  if (value.decimalPlaces() > maxDecimals) return notRead(raw, createIssue('amount.too_many_decimals', path, { value: raw }));
  const written = toDecimalString(value);
  const warnings: Issue[] = [];
  if (read.commaThousands) warnings.push(createIssue('amount.comma_thousands', path, { raw, value: written, unit: effectiveUnit }));
  if (read.repeatedSeparator) warnings.push(createIssue('amount.repeated_separator', path, { raw, separator: read.repeatedSeparator, value: written }));
  if (read.straySpace) warnings.push(createIssue('amount.stray_space', path, { raw, value: written }));

  const before = scan.slice(0, sign ? run.index - sign[0].length + sign[0].indexOf(sign[1] ?? '-') : run.index);
  const after = scan.slice(run.index + run.text.length);
  const words = [before, after]
    .map((part) => part.replace(/\s+/g, ' ').replace(/^[\s=:;,.\-–—/*x×]+|[\s=:;,\-–—/*x×]+$/gu, '').trim())
    .filter((part) => part.length > 0);
  const rest = [...words, ...parenthesised].join(' ').trim();
  return {
    ok: true,
    value: written,
    currency: effectiveUnit === 'euro' ? 'EUR' : 'RON',
    unit: effectiveUnit,
    unitStated: !assumed,
    per,
    ...(perCount !== undefined ? { perCount } : {}),
    ...(rest ? { rest } : {}),
    raw,
    warnings,
  };
}
