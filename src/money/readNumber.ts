/**
 * Reading one written number ("2.233.600", "36.669,00", "41, 220", "336.696,0 0", "33,827,50")
 * into a plain decimal string. Shared by parseAmount and the calculation checker. The rules are
 * written out in docs/money-and-rounding.md; keep the two in step.
 */

/** A run of digits joined by ".", ",", ", ", ". " or single spaces. */
export const NUMBER_RUN = /\d+(?:(?:[.,] ?| )\d+)*/g;

/** How the reader settles a single separator followed by exactly three digits. */
export interface NumberContext {
  /** The decimal separator, when the caller knows it. */
  readonly decimalSeparator?: ',' | '.' | undefined;
  /** An amount in lei or euro has at most two decimals: "11,283" is then eleven thousand. */
  readonly twoDecimalUnit: boolean;
}

/** Why a number could not be read, with the parameters of its issue. */
export type NumberFailure =
  | { readonly ok: false; readonly code: 'amount.leading_zero' | 'amount.bad_grouping' }
  | { readonly ok: false; readonly code: 'amount.ambiguous_separator'; readonly separator: string; readonly asThousands: string; readonly asDecimals: string };

/** A number read, with the remarks the reading needed. */
export interface NumberRead {
  readonly ok: true;
  /** Plain decimal: digits, optionally a dot and digits, as written (trailing zeros kept). */
  readonly digits: string;
  readonly commaThousands: boolean;
  readonly repeatedSeparator: string | undefined;
  readonly straySpace: boolean;
}

interface Sep {
  readonly char: '.' | ',' | ' ';
  /** A space follows the sign (", 220"). */
  readonly spaced: boolean;
}

/** Splits a run into digit groups and the separators between them. */
function tokens(run: string): { groups: string[]; seps: Sep[] } {
  const groups: string[] = [];
  const seps: Sep[] = [];
  for (const m of run.matchAll(/(\d+)|([.,]) ?| /g)) {
    if (m[1] !== undefined) groups.push(m[1]);
    else seps.push({ char: (m[2] ?? ' ') as Sep['char'], spaced: m[2] !== undefined && m[0].length === 2 });
  }
  return { groups, seps };
}

/**
 * Where a run should be cut into separate numbers: at a plain space that is neither a thousands
 * space ("1 234 567") nor a stray space inside decimals ("336.696,0 0"). Returns the runs.
 */
export function splitRun(run: string): string[] {
  const { groups, seps } = tokens(run);
  const out: string[] = [];
  let current = groups[0] ?? '';
  for (let i = 0; i < seps.length; i++) {
    const sep = seps[i] as Sep;
    const next = groups[i + 1] ?? '';
    if (sep.char !== ' ') {
      current += sep.char + (sep.spaced ? ' ' : '') + next;
      continue;
    }
    const before = seps[i - 1];
    const prevGroup = groups[i] ?? '';
    const thousandsSpace = next.length === 3 && (before === undefined ? prevGroup.length <= 3 : before.char === ' ' || prevGroup.length === 3);
    const inDecimals = before !== undefined && before.char !== ' ' && prevGroup.length < 3 && prevGroup.length + next.length <= 2;
    if (thousandsSpace || inDecimals) current += ` ${next}`;
    else {
      out.push(current);
      current = next;
    }
  }
  out.push(current);
  return out;
}

const ok = (digits: string, extra: Partial<Omit<NumberRead, 'ok' | 'digits'>> = {}): NumberRead => ({
  ok: true,
  digits,
  commaThousands: extra.commaThousands ?? false,
  repeatedSeparator: extra.repeatedSeparator,
  straySpace: extra.straySpace ?? false,
});

/** Reads one run (as cut by {@link splitRun}). */
export function readNumber(run: string, context: NumberContext): NumberRead | NumberFailure {
  const { groups, seps } = tokens(run);
  const marks = seps.map((s, i) => ({ ...s, i })).filter((s) => s.char !== ' ');
  const spacedSign = marks.some((m) => m.spaced);
  // Index (in seps) of the decimal separator, or -1.
  let decimalAt = -1;
  let commaThousands = false;
  let repeatedSeparator: string | undefined;
  const kinds = new Set(marks.map((m) => m.char));
  const last = marks[marks.length - 1];
  if (context.decimalSeparator) {
    const own = marks.filter((m) => m.char === context.decimalSeparator);
    if (own.length > 1) return { ok: false, code: 'amount.bad_grouping' };
    decimalAt = own[0]?.i ?? -1;
  } else if (kinds.size === 2 && last) {
    if (marks.filter((m) => m.char === last.char).length > 1) return { ok: false, code: 'amount.bad_grouping' };
    decimalAt = last.i;
  } else if (last && marks.length > 1) {
    const lastGroup = groups[last.i + 1] ?? '';
    if (lastGroup.length === 1 || lastGroup.length === 2) {
      decimalAt = last.i;
      repeatedSeparator = last.char;
    }
  } else if (last) {
    const after = groups.slice(last.i + 1).join('');
    if (after.length === 1 || after.length === 2) decimalAt = last.i;
    else if (after.length === 3 && last.char === ',') {
      const digits = groups.join('');
      if (!context.twoDecimalUnit) {
        const int = groups.slice(0, last.i + 1).join('');
        return { ok: false, code: 'amount.ambiguous_separator', separator: ',', asThousands: digits.replace(/^0+(?=\d)/, ''), asDecimals: `${int}.${after}` };
      }
      commaThousands = true;
    } else if (after.length !== 3) return { ok: false, code: 'amount.bad_grouping' };
  }
  const intGroups = decimalAt < 0 ? groups : groups.slice(0, decimalAt + 1);
  const decGroups = decimalAt < 0 ? [] : groups.slice(decimalAt + 1);
  const first = intGroups[0] ?? '';
  if (first.length > 1 && first.startsWith('0')) return { ok: false, code: 'amount.leading_zero' };
  if (intGroups.length > 1) {
    if (first.length > 3 || intGroups.slice(1).some((g) => g.length !== 3)) return { ok: false, code: 'amount.bad_grouping' };
    const groupSeps = new Set(seps.slice(0, intGroups.length - 1).map((s) => s.char));
    if (groupSeps.size > 1 && !(groupSeps.size === 2 && groupSeps.has(' '))) return { ok: false, code: 'amount.bad_grouping' };
  }
  const int = intGroups.join('');
  const dec = decGroups.join('');
  return ok(dec ? `${int}.${dec}` : int, { commaThousands, repeatedSeparator, straySpace: decGroups.length > 1 || spacedSign });
}
